// Reader/model notes and error details are shown in Chinese: every note the readers and the model can write,
// and every kind of unsupported file the sniffer names, has a translation.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localizeReaderText } from '../src/engine/reader-text.ts';

const SRC = path.join(import.meta.dirname, '..', 'src');

/** Every note literal written in src/readers and src/model, with each ${…} replaced by a sample value. */
function noteLiterals(): string[] {
  const out = new Set<string>();
  for (const dir of ['readers', 'model']) {
    for (const f of readdirSync(path.join(SRC, dir), { recursive: true, encoding: 'utf8' }).filter((x) => x.endsWith('.ts'))) {
      const text = readFileSync(path.join(SRC, dir, f), 'utf8');
      const calls = text.matchAll(/(?:warnings\.(?:push|unshift)\(|warnings: \[|const warnings = \[|out\.push\()\s*(['`])((?:(?!\1).)+)\1/g);
      for (const m of calls) out.add(m[2]!.replace(/\$\{[^}]+\}/g, '7'));
    }
  }
  return [...out].sort();
}

describe('localizeReaderText', () => {
  it('finds the notes in the sources (the scan itself works)', () => {
    expect(noteLiterals().length).toBeGreaterThanOrEqual(15);
  });

  it.each(noteLiterals())('translates "%s"', (note) => {
    const zh = localizeReaderText(note, 'zh');
    expect(zh).not.toBe(note);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each([
    'PNG image (scanned? run OCR first)', 'RAR archive', 'RTF document (save it as .docx)', 'Excel workbook (.xlsx)',
    'OFD document (convert it to PDF)', 'password-protected Office document (remove the password and save as .docx)',
    'not a regular file (device, pipe or socket)', 'not a .docx file, and not text',
  ])('translates the error detail "%s"', (detail) => {
    expect(localizeReaderText(detail, 'zh')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('keeps the values and leaves English alone', () => {
    expect(localizeReaderText('PDF has 812 pages; only the first 500 were read', 'zh')).toBe('PDF 共 812 页，只读取了前 500 页');
    expect(localizeReaderText('PDF has 812 pages; only the first 500 were read', 'en')).toBe('PDF has 812 pages; only the first 500 were read');
    expect(localizeReaderText('something new', 'zh')).toBe('something new');
  });
});
