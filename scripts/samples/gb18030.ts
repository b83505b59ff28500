// A tiny GB18030 encoder for the build script. Node can decode GB18030 (TextDecoder) but not encode it, so the
// reverse map is built once by decoding every two-byte GBK code and the four-byte codes of the BMP.
const decoder = new TextDecoder('gb18030', { fatal: true });
let reverse: Map<string, number[]> | null = null;

function buildReverse(): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const bytes = [lead, trail];
      const ch = decodeOrNull(bytes);
      if (ch && !map.has(ch)) map.set(ch, bytes);
    }
  }
  // Four-byte codes b1 b2 b3 b4 (0x81-0x84, 0x30-0x39, 0x81-0xFE, 0x30-0x39) cover the rest of the BMP.
  for (let b1 = 0x81; b1 <= 0x84; b1++) {
    for (let b2 = 0x30; b2 <= 0x39; b2++) {
      for (let b3 = 0x81; b3 <= 0xfe; b3++) {
        for (let b4 = 0x30; b4 <= 0x39; b4++) {
          const bytes = [b1, b2, b3, b4];
          const ch = decodeOrNull(bytes);
          if (ch && ch.length === 1 && !map.has(ch)) map.set(ch, bytes);
        }
      }
    }
  }
  return map;
}

function decodeOrNull(bytes: number[]): string | null {
  try {
    const s = decoder.decode(Uint8Array.from(bytes));
    return s.includes('\uFFFD') ? null : s;
  } catch {
    return null;
  }
}

/** Encodes BMP text as GB18030; throws on a character outside the BMP. */
export function encodeGb18030(text: string): Uint8Array {
  reverse ??= buildReverse();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      out.push(code);
      continue;
    }
    const bytes = reverse.get(ch);
    if (!bytes) throw new Error(`cannot encode U+${code.toString(16).toUpperCase()} in GB18030`);
    out.push(...bytes);
  }
  return Uint8Array.from(out);
}

/** Characters of the text that need four-byte GB18030 codes (i.e. are not in GBK). */
export function nonGbkChars(text: string): string[] {
  reverse ??= buildReverse();
  return [...new Set([...text].filter((ch) => (reverse!.get(ch)?.length ?? 0) === 4))];
}
