// Terminal display width: CJK and full-width characters take two columns.

import { displayWidth as plainWidth } from '../text-width.ts';

const ANSI = /\u001b\[[0-9;]*m/g;

/** Width on a terminal: colour escapes take no columns. */
export function displayWidth(text: string): number {
  return plainWidth(text.replace(ANSI, ''));
}

export function padEndDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
