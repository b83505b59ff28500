// JIT tuning for short-lived work. An audit runs each function over one document and moves on; V8's optimising
// compiler, left at its defaults, spent about as much CPU compiling as the audit spent running: it inlined the
// big rule, baseline and pdf.js functions into each other (single compiles of 100–200 ms) and optimised
// functions that had run only a few times. Measured on the benchmark batch (2 workers, same output bytes):
// 300 docx 4.1 → 3.2 s, 80 PDFs 6.1 → 4.7 s, 1,000 mixed documents 22 → 18 s; pdf-parse alone did not change.
import v8 from 'node:v8';

/** Optimise later (a larger budget before a function is considered hot) and without inlining. */
const FLAGS = ['--no-turbo-inlining', '--interrupt-budget=300000'];

let tuned = false;

/** Measured on Node 20 (V8 11). Other V8 versions tier differently (Maglev) and V8 prints an error for a flag it
 *  does not know, so they keep their defaults. */
const TUNED_V8_MAJOR = '11';

/**
 * Sets the flags for the rest of the process: the compiler reads them when it compiles, and workers created
 * afterwards take them too. Tuning only: nothing depends on it taking effect.
 */
export function tuneJit(): void {
  if (tuned) return;
  tuned = true;
  if (process.versions.v8.split('.')[0] !== TUNED_V8_MAJOR) return;
  for (const flag of FLAGS) v8.setFlagsFromString(flag);
}
