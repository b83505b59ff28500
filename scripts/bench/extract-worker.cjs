// Worker entry for scripts/bench/extract.ts. Node 20 does not apply tsx's ESM hooks to a worker's entry point,
// but the inherited `--import tsx` does hook require(), so the TypeScript worker is required from here.
require('./extract-worker.ts');
