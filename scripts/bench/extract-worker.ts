// Pure text extraction of one PDF with pdf-parse, with the cMap/font options the PDF reader uses: the floor the
// audit is compared with. Speaks the audit's worker-pool protocol (src/engine/pool.ts). With workerData
// { tuned: true }, pdf.js is first loaded the way the audit loads it (keeping the thread's built-ins), so that
// floor has the audit's own advantages.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from '../../src/engine/pool.ts';

const pdfjsDir = path.dirname(createRequire(createRequire(import.meta.url).resolve('pdf-parse')).resolve('pdfjs-dist/package.json'));
const cMapUrl = path.join(pdfjsDir, 'cmaps') + path.sep;
const standardFontDataUrl = path.join(pdfjsDir, 'standard_fonts') + path.sep;
// Imported, not required: require('pdf-parse') would pick pdf-parse's self-contained CommonJS bundle instead of
// the pdfjs-dist build the audit uses.
const tuned = (workerData as { tuned?: boolean } | null)?.tuned === true;
// Required, not imported: the worker runs under tsx's require hook only (see extract-worker.cjs).
const loadPdfjs = (): Promise<unknown> => (createRequire(import.meta.url)('../../src/readers/pdf/pdfjs.ts') as typeof import('../../src/readers/pdf/pdfjs.ts')).loadPdfjs();
const pdfParse = (tuned ? loadPdfjs() : Promise.resolve()).then(() => import('pdf-parse'));

export interface Extracted {
  pages: number;
  chars: number;
}

async function extract(file: string): Promise<Extracted> {
  const { PDFParse, VerbosityLevel } = await pdfParse;
  const parser = new PDFParse({ data: await readFile(file), cMapUrl, cMapPacked: true, standardFontDataUrl, verbosity: VerbosityLevel.ERRORS });
  try {
    const result = await parser.getText();
    return { pages: result.total, chars: result.text.length };
  } finally {
    await parser.destroy();
  }
}

const port = parentPort!;
port.on('message', ({ id, task }: WorkerRequest<string>) => {
  extract(task)
    .then((result) => port.postMessage({ id, ok: true, result } satisfies WorkerReply<Extracted>))
    .catch((err: unknown) => port.postMessage({ id, ok: false, error: String(err) } satisfies WorkerReply<Extracted>));
});
port.postMessage({ ready: true } satisfies WorkerReply<Extracted>);
