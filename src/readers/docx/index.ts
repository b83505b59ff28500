// .docx reader: safe unzip (zip.ts) + a small XML scanner, Word numbering rebuilt.
import type { RawDocument } from '../types.ts';
import { ReadError } from '../types.ts';
import { assignBlockLines } from '../lines.ts';
import { ZipArchive } from './zip.ts';
import { readRels, type Relationship } from './rels.ts';
import { Styles } from './styles.ts';
import { Numbering } from './numbering.ts';
import { BodyWalker } from './body.ts';

const DEFAULT_MAIN = 'word/document.xml';

/** The main document part of a WordprocessingML package, or null when the zip is not one. */
export function findMainPart(zip: ZipArchive): string | null {
  if (zip.has(DEFAULT_MAIN)) return DEFAULT_MAIN;
  const main = readRels(zip, '').find((r) => r.kind === 'officeDocument' && !r.external);
  return main && /^word\/[^/]+\.xml$/i.test(main.part) && zip.has(main.part) ? main.part : null;
}

export function readDocx(zip: ZipArchive, mainPart: string): RawDocument {
  const rels = readRels(zip, mainPart);
  const partOf = (kind: string, fallback: string): string => rels.find((r) => r.kind === kind && !r.external)?.part ?? fallback;
  const warnings: string[] = [];

  const styles = Styles.parse(zip.read(partOf('styles', 'word/styles.xml')));
  const numberingBytes = zip.read(partOf('numbering', 'word/numbering.xml'));
  const numbering = Numbering.parse(numberingBytes, styles);

  const main = zip.read(mainPart);
  if (!main) throw new ReadError('NOT_DOCX', `${mainPart} missing`);
  const body = new BodyWalker({ styles, numbering }).walk(main, mainPart);
  const lines = assignBlockLines(body.blocks);

  warnings.push(...body.warnings, ...numbering.warnings);
  if (body.noteReferences > 0) warnings.push(`${body.noteReferences} footnote/endnote references: the note texts are not read`);

  return {
    format: 'docx',
    encoding: null,
    blocks: body.blocks,
    headers: runningText(zip, rels, 'header', styles),
    footers: runningText(zip, rels, 'footer', styles),
    pageCount: null,
    lines,
    warnings,
  };
}

/** Distinct non-empty lines of all header (or footer) parts, in part-number order. */
function runningText(zip: ZipArchive, rels: Relationship[], kind: 'header' | 'footer', styles: Styles): string[] {
  const fromRels = rels.filter((r) => r.kind === kind && !r.external).map((r) => r.part);
  const names = fromRels.length > 0 ? fromRels : zip.names().filter((n) => new RegExp(`^word/${kind}\\d*\\.xml$`, 'i').test(n));
  const partNumber = (n: string): number => Number(/(\d+)\.xml$/i.exec(n)?.[1] ?? 0);
  const out: string[] = [];
  for (const name of [...new Set(names)].sort((a, b) => partNumber(a) - partNumber(b))) {
    const bytes = zip.read(name);
    if (!bytes) continue;
    const walker = new BodyWalker({ styles, numbering: null }).walk(bytes, name);
    for (const b of walker.blocks) {
      const texts = b.kind === 'paragraph' ? b.text.split('\n') : b.rows.map((r) => r.filter((c) => c !== '').join(' '));
      for (const t of texts) {
        const line = t.trim();
        if (line && !out.includes(line)) out.push(line);
      }
    }
  }
  return out;
}
