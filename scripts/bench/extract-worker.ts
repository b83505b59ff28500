// Pure text extraction of one PDF with pdf-parse, with the cMap/font options the PDF reader uses: the floor the
// audit is compared with. Speaks the audit's worker-pool protocol (src/engine/pool.ts).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from '../../src/engine/pool.ts';

const pdfjsDir = path.dirname(createRequire(createRequire(import.meta.url).resolve('pdf-parse')).resolve('pdfjs-dist/package.json'));
const cMapUrl = path.join(pdfjsDir, 'cmaps') + path.sep;
const standardFontDataUrl = path.join(pdfjsDir, 'standard_fonts') + path.sep;
// Imported, not required: require('pdf-parse') would pick pdf-parse's self-contained CommonJS bundle instead of
// the pdfjs-dist build the audit uses.
const pdfParse = import('pdf-parse');

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
