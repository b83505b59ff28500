// The benchmark batch: N documents in mixed formats made with the samples builder's renderers, kept under
// /tmp/std-audit-bench-<hash>/ so a re-run of the benchmark does not rebuild it. LibreOffice is slow (~1 s a file),
// so only a few distinct PDFs/.docs are converted; the copies get a distinct trailing comment so every file has its
// own content hash (the cache measurement must not be flattered by duplicates).
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Format, StandardSpec } from '../samples/model.ts';
import { renderDocx } from '../samples/render-docx.ts';
import { renderMarkdown } from '../samples/render-md.ts';
import { renderTextGbk } from '../samples/render-txt.ts';
import { convert, sofficeVersion } from '../samples/libreoffice.ts';
import { allStandards } from '../samples/standards/index.ts';
import { autoNumberedBases, nthVariant, type Variant } from './variants.ts';

/** Share of each format in the batch (a district's uploads: mostly Word and PDF). */
const MIX: [Format, number][] = [['pdf', 0.3], ['docx', 0.3], ['doc', 0.1], ['txt', 0.15], ['md', 0.15]];
/** Distinct LibreOffice conversions; the rest of the PDFs/.docs are copies. */
const DISTINCT_PDF = 30;
const DISTINCT_DOC = 10;

export interface BatchFile {
  /** Absolute path (relative to the corpus directory in manifest.json). */
  file: string;
  format: Format;
  /** PDF pages (pdf only). */
  pages?: number;
}

export interface Corpus {
  dir: string;
  files: BatchFile[];
  /** Seconds it took to build, or null when it came from the cache. */
  builtIn: number | null;
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** Everything the batch depends on: the generator sources, the sample sources, N and the LibreOffice version. */
function corpusKey(docs: number): string {
  const h = createHash('sha256').update(`${docs}\n${sofficeVersion() ?? 'no-soffice'}\n`);
  const sources = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts')).sort().map((f) => path.join(dir, f));
  for (const f of [path.join(here, 'corpus.ts'), path.join(here, 'variants.ts'), ...sources(path.join(here, '../samples'))]) {
    h.update(f).update(readFileSync(f));
  }
  return h.digest('hex').slice(0, 12);
}

function counts(docs: number): Map<Format, number> {
  const out = new Map<Format, number>();
  let left = docs;
  MIX.forEach(([format, share], i) => {
    const n = i === MIX.length - 1 ? left : Math.round(docs * share);
    out.set(format, n);
    left -= n;
  });
  return out;
}

function pad(n: number): string {
  return String(n).padStart(4, '0');
}

/** Copies of converted files up to `total`, each with a trailing comment line that readers ignore. */
function replicate(sources: string[], total: number, dir: string, ext: string): void {
  for (let i = 0; i < total; i++) {
    const src = sources[i % sources.length]!;
    const dest = path.join(dir, `${pad(i)}-${path.basename(src, `.${ext}`)}.${ext}`);
    copyFileSync(src, dest);
    if (i >= sources.length) appendFileSync(dest, `\n%std-audit-bench copy ${i}\n`);
  }
}

async function pdfPages(file: string): Promise<number> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  try {
    return doc.numPages;
  } finally {
    await doc.destroy();
  }
}

async function build(dir: string, docs: number, log: (s: string) => void): Promise<void> {
  if (!sofficeVersion()) throw new Error('soffice (LibreOffice) is needed to make the benchmark PDFs and .docs');
  const n = counts(docs);
  const work = path.join(dir, 'work');
  for (const f of ['pdf', 'docx', 'doc', 'txt', 'md']) mkdirSync(path.join(dir, 'batch', f), { recursive: true });
  for (const w of ['pdf', 'doc', 'src-pdf', 'src-doc']) mkdirSync(path.join(work, w), { recursive: true });
  let k = 0; // variant counter: every generated document has its own number and title
  const next = (bases: readonly StandardSpec[], long?: boolean): Variant => nthVariant(bases, k++, long);

  log(`rendering ${n.get('docx')} docx, ${n.get('txt')} txt, ${n.get('md')} md …`);
  for (let i = 0; i < n.get('docx')!; i++) {
    const v = next(autoNumberedBases);
    writeFileSync(path.join(dir, 'batch/docx', `${pad(i)}-${v.name}.docx`), await renderDocx(v.spec, 'auto'));
  }
  for (let i = 0; i < n.get('txt')!; i++) {
    const v = next(allStandards);
    writeFileSync(path.join(dir, 'batch/txt', `${pad(i)}-${v.name}.txt`), renderTextGbk(v.spec));
  }
  for (let i = 0; i < n.get('md')!; i++) {
    const v = next(allStandards);
    writeFileSync(path.join(dir, 'batch/md', `${pad(i)}-${v.name}.md`), renderMarkdown(v.spec));
  }

  const pdfSources = await Promise.all(Array.from({ length: Math.min(DISTINCT_PDF, n.get('pdf')!) }, async () => {
    const v = next(autoNumberedBases, true); // PDFs of realistic length
    const src = path.join(work, 'src-pdf', `${v.name}.docx`);
    writeFileSync(src, await renderDocx(v.spec, 'auto'));
    return src;
  }));
  const docSources = await Promise.all(Array.from({ length: Math.min(DISTINCT_DOC, n.get('doc')!) }, async () => {
    const v = next(allStandards);
    const src = path.join(work, 'src-doc', `${v.name}.docx`);
    writeFileSync(src, await renderDocx(v.spec, 'typed')); // legacy .doc files carry typed numbers
    return src;
  }));
  log(`converting ${pdfSources.length} PDFs and ${docSources.length} .docs with LibreOffice …`);
  const [pdfs, docFiles] = await Promise.all([
    convert(pdfSources, 'pdf', path.join(work, 'pdf')),
    convert(docSources, 'doc', path.join(work, 'doc')),
  ]);
  replicate(pdfs, n.get('pdf')!, path.join(dir, 'batch/pdf'), 'pdf');
  replicate(docFiles, n.get('doc')!, path.join(dir, 'batch/doc'), 'doc');
  rmSync(work, { recursive: true, force: true });

  const files: BatchFile[] = [];
  for (const [format] of MIX) {
    for (const name of readdirSync(path.join(dir, 'batch', format)).sort()) {
      const file = path.join('batch', format, name);
      files.push({ file, format, ...(format === 'pdf' ? { pages: await pdfPages(path.join(dir, file)) } : {}) });
    }
  }
  writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(files, null, 1));
}

/** The batch of `docs` documents, built once and then reused. */
export async function benchCorpus(docs: number, log: (s: string) => void): Promise<Corpus> {
  const dir = path.join(os.tmpdir(), `std-audit-bench-${corpusKey(docs)}`);
  const manifest = path.join(dir, 'manifest.json');
  let builtIn: number | null = null;
  if (!existsSync(manifest)) {
    const started = performance.now();
    // Built aside and renamed, so an interrupted build is never taken for a complete one.
    const tmp = `${dir}.tmp-${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    await build(tmp, docs, log);
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
    builtIn = (performance.now() - started) / 1000;
  }
  const files = (JSON.parse(readFileSync(manifest, 'utf8')) as BatchFile[]).map((f) => ({ ...f, file: path.join(dir, f.file) }));
  return { dir, files, builtIn };
}
