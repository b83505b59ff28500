// Word 97-2003 automatic numbering, rebuilt from the binary file ([MS-DOC]): paragraph properties (PAPX FKPs) give
// each paragraph its style and list (ilfo/ilvl, directly or through the style), the list tables (PlfLst, PlfLfo)
// give each level its number format and label template. word-extractor drops all of this; drafts made with the
// SAC template number every clause this way, so without it a .doc has no clause numbers at all.
import OleCompoundDoc from 'word-extractor/lib/ole-compound-doc.js';
import BufferReader from 'word-extractor/lib/buffer-reader.js';
import { bulletText, formatNumber } from '../docx/numfmt.ts';

/** One paragraph of the main text, in order. */
export interface DocParagraph {
  /** Text with field codes removed (for aligning with word-extractor's text), without the paragraph mark. */
  text: string;
  /** Automatic numbering label ("5.1", "附录A", "a)"), null when the paragraph is not numbered. */
  label: string | null;
  /** Name of the paragraph style. */
  style: string | null;
  /** Outline level + 1 from the paragraph or its style (heading styles), null for body text. */
  headingLevel: number | null;
  inTable: boolean;
  /** What ends the paragraph: a paragraph mark, a table cell mark, or a table row mark (the row's end). */
  mark: 'paragraph' | 'cell' | 'row';
  /** For a row mark: the row's cell layout (sprmTDefTable), when present. */
  layout: RowLayout | null;
}

/** Cell edges of a table row (twips, itcMac + 1 values) and which cells continue a vertical merge. */
export interface RowLayout {
  edges: number[];
  continued: boolean[];
}

interface Level {
  start: number;
  nfc: number;
  legal: boolean;
  template: string;
}

interface ParaProps {
  ilfo?: number;
  ilvl?: number;
  outline?: number;
  inTable?: boolean;
  rowEnd?: boolean;
  layout?: RowLayout;
  /** sprmPHugePapx: the rest of the properties sit in the Data stream at this offset. */
  huge?: number;
}

interface Style {
  name: string;
  base: number;
  props: ParaProps;
}

// FibRgFcLcb97 offsets in the WordDocument stream (Word 97 and later).
const FC = { stshf: 0x00a2, plcfBtePapx: 0x0102, clx: 0x01a2, plfLst: 0x02e2, plfLfo: 0x02ea } as const;
const CCP_TEXT = 0x004c;

const NFC: Record<number, string> = {
  0: 'decimal', 1: 'upperRoman', 2: 'lowerRoman', 3: 'upperLetter', 4: 'lowerLetter', 10: 'ideographDigital',
  11: 'japaneseCounting', 14: 'decimalFullWidth', 17: 'japaneseDigitalTenThousand', 18: 'decimalEnclosedCircle',
  19: 'decimalFullWidth2', 22: 'decimalZero', 26: 'decimalEnclosedFullstop', 27: 'decimalEnclosedParen',
  28: 'decimalEnclosedCircleChinese', 29: 'ideographEnclosedCircle', 30: 'ideographTraditional', 31: 'ideographZodiac',
  33: 'taiwaneseCounting', 35: 'taiwaneseCountingThousand', 36: 'taiwaneseDigital', 37: 'chineseCounting',
  38: 'chineseLegalSimplified', 39: 'chineseCountingThousand', 255: 'none',
};
const NFC_BULLET = 23;

async function streamBytes(doc: OleCompoundDoc, name: string): Promise<Buffer | null> {
  try {
    const stream = doc.stream(name);
    const chunks: Buffer[] = [];
    return await new Promise<Buffer>((resolve, reject) => {
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  } catch {
    return null;
  }
}

/** The paragraphs of the main text with their numbering labels; null when the file's structures cannot be read. */
export async function readDocParagraphs(data: Uint8Array): Promise<DocParagraph[] | null> {
  try {
    const ole = new OleCompoundDoc(new BufferReader(Buffer.from(data.buffer, data.byteOffset, data.byteLength)));
    await ole.read();
    const word = await streamBytes(ole, 'WordDocument');
    if (!word || word.length < 0x2f2 || word.readUInt16LE(0) !== 0xa5ec) return null;
    const table = await streamBytes(ole, (word.readUInt16LE(0x0a) & 0x0200) !== 0 ? '1Table' : '0Table');
    if (!table) return null;
    return paragraphs(word, table, await streamBytes(ole, 'Data'));
  } catch {
    return null;
  }
}

function range(word: Buffer, at: number, table: Buffer): Buffer | null {
  const fc = word.readUInt32LE(at);
  const lcb = word.readUInt32LE(at + 4);
  if (lcb === 0 || fc + lcb > table.length) return null;
  return table.subarray(fc, fc + lcb);
}

/** Operand length of a sprm at `at` (the sprm's own two bytes excluded); null when it cannot be sized. */
function operandLength(buf: Buffer, sprm: number, at: number): number | null {
  switch (sprm >> 13) {
    case 0: case 1: return 1;
    case 2: case 4: case 5: return 2;
    case 3: return 4;
    case 7: return 3;
    default: {
      if (at >= buf.length) return null;
      if (sprm === 0xd608) return at + 1 < buf.length ? 2 + buf.readUInt16LE(at) - 1 : null; // sprmTDefTable
      const cb = buf[at]!;
      return sprm === 0xc615 && cb === 255 ? null : 1 + cb; // sprmPChgTabs with its long form: give up
    }
  }
}

function readSprms(buf: Buffer, start: number, end: number, into: ParaProps): void {
  for (let at = start; at + 2 <= end;) {
    const sprm = buf.readUInt16LE(at);
    const len = operandLength(buf, sprm, at + 2);
    if (len === null || at + 2 + len > end) return;
    const op = at + 2;
    if (sprm === 0x460b) into.ilfo = buf.readInt16LE(op);
    else if (sprm === 0x260a) into.ilvl = buf[op]!;
    else if (sprm === 0x2640) into.outline = buf[op]!;
    else if (sprm === 0x2416) into.inTable = buf[op] !== 0;
    else if (sprm === 0x2417 || sprm === 0x244c) into.rowEnd = buf[op] !== 0; // sprmPFTtp, sprmPFInnerTtp
    else if (sprm === 0x6646) into.huge = buf.readUInt32LE(op);
    else if (sprm === 0xd608) into.layout = rowLayout(buf, op + 2, op + len);
    at = op + len;
  }
}

/** TDefTableOperand after its size: itcMac, the cell edges, then one TC80 (20 bytes) per cell. */
function rowLayout(buf: Buffer, at: number, end: number): RowLayout | undefined {
  const cells = buf[at];
  if (cells === undefined || cells === 0 || at + 1 + 2 * (cells + 1) > end) return undefined;
  const edges = Array.from({ length: cells + 1 }, (_, i) => buf.readInt16LE(at + 1 + 2 * i));
  const tc = at + 1 + 2 * (cells + 1);
  // TC80.tcgrf bits 5–6 (vertMerge): 1 = continues the cell above
  const continued = Array.from({ length: cells }, (_, i) => tc + 20 * i + 2 <= end && ((buf.readUInt16LE(tc + 20 * i) >> 5) & 3) === 1);
  return { edges, continued };
}

function readStyles(stsh: Buffer | null): Style[] {
  if (!stsh || stsh.length < 6) return [];
  const cbStshi = stsh.readUInt16LE(0);
  const cstd = stsh.readUInt16LE(2);
  const baseSize = stsh.readUInt16LE(4);
  const styles: Style[] = [];
  let at = 2 + cbStshi;
  for (let i = 0; i < cstd && at + 2 <= stsh.length; i++) {
    const cb = stsh.readUInt16LE(at);
    const std = at + 2;
    at = std + cb;
    if (cb === 0 || at > stsh.length) {
      styles.push({ name: '', base: 0xfff, props: {} });
      continue;
    }
    const stk = stsh.readUInt16LE(std + 2) & 0x0f;
    const base = stsh.readUInt16LE(std + 2) >> 4;
    let p = std + baseSize;
    const cch = stsh.readUInt16LE(p);
    const name = stsh.toString('utf16le', p + 2, p + 2 + 2 * cch);
    p += 2 + 2 * cch + 2;
    const props: ParaProps = {};
    if (stk === 1) {
      if ((p - std) % 2) p++;
      const cbUpx = stsh.readUInt16LE(p);
      // UpxPapx: istd, then the paragraph sprms
      if (cbUpx >= 2) readSprms(stsh, p + 4, Math.min(p + 2 + cbUpx, at), props);
    }
    styles.push({ name, base, props });
  }
  return styles;
}

/** The style's own properties over those of its bases. */
function styleProps(styles: Style[], istd: number): ParaProps {
  const chain: ParaProps[] = [];
  const seen = new Set<number>();
  for (let i = istd; i < styles.length && !seen.has(i); i = styles[i]!.base) {
    seen.add(i);
    chain.unshift(styles[i]!.props);
  }
  return Object.assign({}, ...chain) as ParaProps;
}

function readLevel(buf: Buffer, at: number): { level: Level; end: number } {
  const start = buf.readInt32LE(at);
  const nfc = buf[at + 4]!;
  const legal = (buf[at + 5]! & 0x04) !== 0;
  const cbChpx = buf[at + 24]!;
  const cbPapx = buf[at + 25]!;
  let p = at + 28 + cbPapx + cbChpx;
  const cch = buf.readUInt16LE(p);
  const template = buf.toString('utf16le', p + 2, p + 2 + 2 * cch);
  p += 2 + 2 * cch;
  return { level: { start, nfc, legal, template }, end: p };
}

interface List {
  lsid: number;
  levels: Level[];
}

function readLists(word: Buffer, table: Buffer): { lists: List[]; lfoLsid: number[] } {
  const lst = range(word, FC.plfLst, table);
  const lfo = range(word, FC.plfLfo, table);
  const lists: List[] = [];
  if (lst) {
    const base = word.readUInt32LE(FC.plfLst);
    const count = lst.readInt16LE(0);
    let at = base + 2 + 28 * count;
    for (let i = 0; i < count; i++) {
      const lstf = base + 2 + 28 * i;
      const simple = (table[lstf + 26]! & 0x01) !== 0;
      const levels: Level[] = [];
      for (let k = 0; k < (simple ? 1 : 9); k++) {
        const { level, end } = readLevel(table, at);
        levels.push(level);
        at = end;
      }
      lists.push({ lsid: table.readInt32LE(lstf), levels });
    }
  }
  const lfoLsid: number[] = [];
  if (lfo) {
    const count = lfo.readInt32LE(0);
    for (let i = 0; i < count && 4 + 16 * (i + 1) <= lfo.length; i++) lfoLsid.push(lfo.readInt32LE(4 + 16 * i));
  }
  return { lists, lfoLsid };
}

interface Piece {
  cpStart: number;
  cpEnd: number;
  fc: number;
  compressed: boolean;
}

function readPieces(word: Buffer, table: Buffer): Piece[] {
  const clx = range(word, FC.clx, table);
  if (!clx) return [];
  let at = 0;
  while (at < clx.length && clx[at] === 0x01) at += 3 + clx.readUInt16LE(at + 1);
  if (clx[at] !== 0x02) return [];
  const lcb = clx.readUInt32LE(at + 1);
  const plc = clx.subarray(at + 5, at + 5 + lcb);
  const n = (lcb - 4) / 12;
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const raw = plc.readUInt32LE(4 * (n + 1) + 8 * i + 2);
    const compressed = (raw & 0x40000000) !== 0;
    pieces.push({
      cpStart: plc.readUInt32LE(4 * i), cpEnd: plc.readUInt32LE(4 * (i + 1)),
      fc: compressed ? (raw & 0x3fffffff) / 2 : raw, compressed,
    });
  }
  return pieces;
}

interface Run {
  fcStart: number;
  fcEnd: number;
  istd: number;
  props: ParaProps;
}

function readParagraphRuns(word: Buffer, table: Buffer, data: Buffer | null): Run[] {
  const plc = range(word, FC.plcfBtePapx, table);
  if (!plc) return [];
  const n = (plc.length - 4) / 8;
  const runs: Run[] = [];
  for (let i = 0; i < n; i++) {
    const pn = plc.readUInt32LE(4 * (n + 1) + 4 * i) & 0x3fffff;
    const fkp = word.subarray(pn * 512, pn * 512 + 512);
    if (fkp.length < 512) continue;
    const crun = fkp[511]!;
    for (let j = 0; j < crun; j++) {
      const offset = fkp[(crun + 1) * 4 + j * 13]! * 2;
      let start: number;
      let end: number;
      if (fkp[offset] !== 0) {
        start = offset + 1;
        end = start + 2 * fkp[offset]! - 1;
      } else {
        start = offset + 2;
        end = start + 2 * fkp[offset + 1]!;
      }
      if (offset === 0 || end > 511) continue;
      const props: ParaProps = {};
      readSprms(fkp, start + 2, end, props);
      // Table rows of many columns carry their properties in the Data stream (sprmPHugePapx).
      if (props.huge !== undefined && data && props.huge + 2 <= data.length) {
        readSprms(data, props.huge + 2, Math.min(data.length, props.huge + 2 + data.readUInt16LE(props.huge)), props);
      }
      runs.push({ fcStart: fkp.readUInt32LE(4 * j), fcEnd: fkp.readUInt32LE(4 * (j + 1)), istd: fkp.readUInt16LE(start), props });
    }
  }
  return runs.sort((a, b) => a.fcStart - b.fcStart);
}

function runAt(runs: Run[], fc: number): Run | undefined {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = runs[mid]!;
    if (fc < r.fcStart) hi = mid - 1;
    else if (fc >= r.fcEnd) lo = mid + 1;
    else return r;
  }
  return undefined;
}

/** One table row as the binary structures describe it. */
export interface RowInfo {
  cells: number;
  layout: RowLayout | null;
}

/** The table rows whose end mark was found, in document order. */
export function tableRows(paragraphs: DocParagraph[]): RowInfo[] {
  const rows: RowInfo[] = [];
  let cells = 0;
  for (const p of paragraphs) {
    if (p.mark === 'cell') cells++;
    else if (p.mark === 'row') {
      rows.push({ cells, layout: p.layout });
      cells = 0;
    }
  }
  return rows;
}

/** Label counters per list (lsid): the LFOs of one list continue each other, as in Word. */
class Counters {
  private readonly counts = new Map<number, (number | undefined)[]>();

  constructor(private readonly lists: List[], private readonly lfoLsid: number[]) {}

  next(ilfo: number, ilvl: number): string | null {
    const lsid = this.lfoLsid[ilfo - 1];
    const list = this.lists.find((l) => l.lsid === lsid);
    if (!list) return null;
    const level = Math.min(ilvl, list.levels.length - 1);
    const def = list.levels[level]!;
    let counts = this.counts.get(list.lsid);
    if (!counts) this.counts.set(list.lsid, (counts = []));
    counts[level] = (counts[level] ?? def.start - 1) + 1;
    for (let m = level + 1; m < counts.length; m++) counts[m] = undefined;
    if (def.nfc === NFC_BULLET) return bulletText(def.template);
    let label = '';
    for (const ch of def.template) {
      const code = ch.charCodeAt(0);
      if (code > 8) {
        label += ch;
        continue;
      }
      const d = list.levels[code];
      if (!d) continue;
      label += formatNumber(counts[code] ?? d.start, def.legal ? 'decimal' : (NFC[d.nfc] ?? 'decimal'));
    }
    return label;
  }
}

function paragraphs(word: Buffer, table: Buffer, data: Buffer | null): DocParagraph[] {
  const pieces = readPieces(word, table);
  const runs = readParagraphRuns(word, table, data);
  const styles = readStyles(range(word, FC.stshf, table));
  const { lists, lfoLsid } = readLists(word, table);
  const counters = new Counters(lists, lfoLsid);
  const ccpText = word.readUInt32LE(CCP_TEXT);
  const out: DocParagraph[] = [];
  let text = '';
  const codeOnly: boolean[] = [];
  // A damaged piece table can repeat ranges: never read more characters than the stream holds bytes.
  let budget = word.length;
  for (const piece of pieces) {
    for (let cp = piece.cpStart; cp < Math.min(piece.cpEnd, ccpText); cp++) {
      if (--budget < 0) return out;
      const fc = piece.compressed ? piece.fc + (cp - piece.cpStart) : piece.fc + 2 * (cp - piece.cpStart);
      if (fc + (piece.compressed ? 1 : 2) > word.length) return out;
      const code = piece.compressed ? word[fc]! : word.readUInt16LE(fc);
      // Fields: \x13 code \x14 result \x15; the code is not text (word-extractor drops it too).
      if (code === 0x13) { codeOnly.push(true); continue; }
      if (code === 0x14) { if (codeOnly.length) codeOnly[codeOnly.length - 1] = false; continue; }
      if (code === 0x15) { codeOnly.pop(); continue; }
      const run = code === 13 || code === 7 || code === 12 ? runAt(runs, fc) : undefined;
      // \x0c ends a paragraph only as a section break; a page break inside a paragraph is followed by more of it.
      const end = code === 13 || code === 7 || (code === 12 && (!run || run.fcEnd <= fc + (piece.compressed ? 1 : 2)));
      if (!end) {
        if (code !== 12 && !codeOnly.includes(true)) text += String.fromCharCode(code);
        continue;
      }
      const style = run ? styles[run.istd] : undefined;
      const props = { ...(run ? styleProps(styles, run.istd) : {}), ...run?.props };
      const ilfo = props.ilfo ?? 0;
      const label = ilfo > 0 && ilfo <= lfoLsid.length ? counters.next(ilfo, props.ilvl ?? 0) : null;
      out.push({
        text, label: label === '' ? null : label, style: style?.name || null,
        headingLevel: props.outline !== undefined && props.outline < 9 ? props.outline + 1 : null,
        inTable: Boolean(props.inTable) || code === 7,
        mark: code !== 7 ? 'paragraph' : run?.props.rowEnd ? 'row' : 'cell',
        layout: code === 7 && run?.props.rowEnd ? run.props.layout ?? null : null,
      });
      text = '';
    }
  }
  return out;
}
