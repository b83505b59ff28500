// Loads the pdf.js build that pdf-parse 2 ships with (pdf-parse's text API gives no item positions, which the
// line/table/header rebuilding needs), once per process: the import alone costs about 0.35 s.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

export interface PdfjsRuntime {
  pdfjs: Pdfjs;
  /** Directories (with trailing slash) of the packed CJK CMaps and standard fonts; without the CMaps, PDFs that
   *  use predefined Chinese encodings (UniGB-UCS2-H …) come back as empty text. */
  cMapUrl: string;
  standardFontDataUrl: string;
}

let runtime: Promise<PdfjsRuntime> | null = null;

/** Resolves pdfjs-dist from pdf-parse's own location, so both always use the same copy and version. */
function pdfjsDir(): string {
  const pdfParseEntry = createRequire(import.meta.url).resolve('pdf-parse');
  return path.dirname(createRequire(pdfParseEntry).resolve('pdfjs-dist/package.json'));
}

export function loadPdfjs(): Promise<PdfjsRuntime> {
  if (!runtime) {
    runtime = importPdfjs();
    runtime.catch(() => (runtime = null)); // a failed import is retried by the next call
  }
  return runtime;
}

async function importPdfjs(): Promise<PdfjsRuntime> {
  const dir = pdfjsDir();
  // The legacy build's core-js polyfills replace Array.prototype.push and JSON.parse for the whole thread with
  // versions that are several times slower (push: ~8×), which slows all our own code too. Node 20's built-ins
  // already behave as the polyfills intend, so the originals are put back. pdf.js's worker bundle carries its
  // own copy of the push polyfill and would install it again when the first document loads it, so it is
  // imported here too, under the same guard, and handed to pdf.js as its in-thread worker (globalThis.pdfjsWorker
  // is pdf.js's documented hook for that).
  const { push } = Array.prototype;
  const { parse } = JSON;
  let pdfjs: Pdfjs;
  try {
    pdfjs = (await import(pathToFileURL(path.join(dir, 'legacy/build/pdf.mjs')).href)) as Pdfjs;
    const worker: unknown = await import(pathToFileURL(path.join(dir, 'legacy/build/pdf.worker.mjs')).href);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  } finally {
    Array.prototype.push = push;
    JSON.parse = parse;
  }
  return {
    pdfjs,
    cMapUrl: path.join(dir, 'cmaps') + path.sep,
    standardFontDataUrl: path.join(dir, 'standard_fonts') + path.sep,
  };
}
