// Measures where the 目次 entries of a spec land in a LibreOffice PDF rendering, to check the page numbers stated
// in the spec. Front matter is numbered in roman numerals from the 目次 page, the body in arabic from its title page.
import { execFileSync } from 'node:child_process';
import { annexLetter, tocEntries, type StandardSpec } from './model.ts';

const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '');
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

function pdfPages(pdf: string): string[][] {
  let text: string;
  try {
    text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  } catch (err) {
    throw new Error(`pdftotext (poppler-utils) is needed to check the 目次 page numbers: ${(err as Error).message}`);
  }
  return text.split('\f').map((p) => p.split('\n').map(squeeze).filter(Boolean));
}

export function measureTocPages(pdf: string, spec: StandardSpec): Record<string, string> {
  const pages = pdfPages(pdf);
  const after = (from: number, line: string) => pages.findIndex((p, i) => i > from && p.includes(line));
  const tocPage = after(-1, '目次');
  const forewordPage = after(tocPage, '前言');
  const bodyPage = after(forewordPage, squeeze(spec.cover.titleZh));
  if (tocPage < 0 || forewordPage < 0 || bodyPage < 0) throw new Error(`${pdf}: cannot find the 目次, 前言 or body title pages`);
  const out: Record<string, string> = { 前言: ROMAN[forewordPage - tocPage]! };
  const entries = tocEntries(spec).slice(1);
  const headingLines = [
    ...spec.chapters.map((c, i) => squeeze(`${c.number ?? i + 1}${c.title}`)),
    ...(spec.annexes ?? []).map((_, i) => `附录${annexLetter(i)}`),
  ];
  entries.forEach((entry, i) => {
    const page = after(bodyPage - 1, headingLines[i]!);
    if (page < 0) throw new Error(`${pdf}: heading "${entry}" not found`);
    out[entry] = String(page - bodyPage + 1);
  });
  return out;
}
