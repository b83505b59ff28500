// `std-audit inspect <file>`: shows what the tool saw — the document model as JSON, or the text rendition.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readDocument } from '../readers/index.ts';
import { buildDocument } from '../model/build.ts';
import { detectProfile } from '../engine/profile.ts';

export interface InspectFlags {
  text?: boolean;
  raw?: boolean;
  lines?: boolean;
}

export async function runInspect(file: string, flags: InspectFlags): Promise<number> {
  const raw = await readDocument(readFileSync(file), path.basename(file));
  if (flags.raw) {
    process.stdout.write(JSON.stringify(raw, null, 2) + '\n');
    return 0;
  }
  if (flags.text) {
    const width = String(raw.lines.length).length;
    process.stdout.write(raw.lines.map((l, i) => `${String(i + 1).padStart(width)}  ${l}`).join('\n') + '\n');
    return 0;
  }
  const doc = buildDocument(raw, file);
  const { profile, reason } = detectProfile(doc);
  const shown = flags.lines ? doc : { ...doc, lines: `(${doc.lines.length} lines; use --text to print them)` };
  process.stdout.write(JSON.stringify({ profile, profileReason: reason, ...shown }, null, 2) + '\n');
  return 0;
}
