// Walks a WordprocessingML part (document, header, footer) and produces paragraphs and tables in
// reading order: tracked deletions and field codes dropped, field results kept, text boxes read in
// place, w:sdt content kept, tables with gridSpan/vMerge, automatic numbering labels rebuilt.
import type { RawBlock, RawParagraph, RawTable } from '../types.ts';
import { parseXml, wAttr, isOn, type Attrs } from './xml.ts';
import { PPrCollector, toInt, type Styles } from './styles.ts';
import type { Numbering } from './numbering.ts';
import { symbolChar } from './symbols.ts';

/** Subtrees whose content is never displayed (or displayed elsewhere: mc:Fallback repeats mc:Choice). */
const SKIP = new Set([
  'w:del', 'w:moveFrom', 'mc:Fallback', 'w:instrText', 'w:delText', 'w:delInstrText',
  'w:sdtPr', 'w:sdtEndPr', 'w:tblPr', 'w:tblGrid', 'w:tblPrEx', 'w:sectPr', 'w:customXmlPr', 'w:smartTagPr',
  'w:rPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'w:numberingChange',
]);

interface ParaCtx {
  parts: string[];
  ppr: PPrCollector;
  inPPr: boolean;
  /** A page break came before any text of this paragraph. */
  breakBefore: boolean;
  /** A page break came after some text: the next paragraph starts a page. */
  breakAfter: boolean;
  index: number;
}

interface CellCtx {
  paras: string[];
  span: number;
  vMerge: 'restart' | 'continue' | null;
}

interface RowCtx {
  cells: CellCtx[];
  before: number;
  after: number;
}

interface TableCtx {
  rows: RowCtx[];
  row: RowCtx | null;
  cell: CellCtx | null;
  index: number;
}

export interface WalkOptions {
  styles: Styles;
  /** Null for headers/footers: their paragraphs must not advance the body's list counters. */
  numbering: Numbering | null;
}

export class BodyWalker {
  readonly blocks: RawBlock[] = [];
  readonly warnings: string[] = [];
  private readonly paras: ParaCtx[] = [];
  private readonly tables: TableCtx[] = [];
  private skipDepth = 0;
  private inText = false;
  private inRunProps = false;
  private runHidden = false;
  /** Open fields, true once past their separator (showing the result). */
  private readonly fields: boolean[] = [];
  private fieldCodeDepth = 0;
  private pendingPageBreak = false;
  private bodyIndex = 0;
  /** Footnote/endnote references seen: their text lives in other parts, which are not read. */
  noteReferences = 0;

  constructor(private readonly opts: WalkOptions) {}

  walk(bytes: Uint8Array, part: string): this {
    parseXml(bytes, part, {
      open: (name, attrs) => this.open(name, attrs),
      close: (name) => this.close(name),
      text: (t) => this.text(t),
    });
    return this;
  }

  private get para(): ParaCtx | undefined {
    return this.paras[this.paras.length - 1];
  }

  private push(s: string): void {
    const p = this.para;
    if (p && !this.runHidden && this.fieldCodeDepth === 0) p.parts.push(s);
  }

  private open(name: string, a: Attrs): void {
    if (this.skipDepth > 0) {
      this.skipDepth++;
      return;
    }
    const p = this.para;
    if (p?.inPPr) {
      p.ppr.open(name, a);
      return;
    }
    if (SKIP.has(name)) {
      this.skipDepth = 1;
      return;
    }
    if (this.inRunProps) {
      if (name === 'w:vanish') this.runHidden = isOn(a);
      return;
    }
    switch (name) {
      case 'w:p':
        if (this.paras.length === 0 && this.tables.length === 0) this.bodyIndex++;
        this.paras.push({ parts: [], ppr: new PPrCollector(), inPPr: false, breakBefore: false, breakAfter: false, index: this.bodyIndex });
        break;
      case 'w:pPr':
        if (p) p.inPPr = true;
        break;
      case 'w:r':
        this.runHidden = false;
        break;
      case 'w:rPr':
        this.inRunProps = true;
        break;
      case 'w:t':
      case 'm:t':
        this.inText = true;
        break;
      case 'w:tab':
      case 'w:ptab':
        this.push('\t');
        break;
      case 'w:cr':
        this.push('\n');
        break;
      case 'w:noBreakHyphen':
        this.push('-');
        break;
      case 'w:sym':
        this.push(symbolChar(wAttr(a, 'font'), wAttr(a, 'char')));
        break;
      case 'w:br':
        this.onBreak(wAttr(a, 'type'));
        break;
      case 'w:fldChar':
        this.onFieldChar(wAttr(a, 'fldCharType'));
        break;
      case 'w:footnoteReference':
      case 'w:endnoteReference':
        this.noteReferences++;
        break;
      case 'w:altChunk':
        this.warnings.push('an embedded document (w:altChunk) was not read');
        break;
      case 'w:tbl':
        if (this.paras.length === 0 && this.tables.length === 0) this.bodyIndex++;
        this.tables.push({ rows: [], row: null, cell: null, index: this.bodyIndex });
        break;
      case 'w:tr': {
        const t = this.table;
        if (t) t.row = { cells: [], before: 0, after: 0 };
        break;
      }
      case 'w:gridBefore':
      case 'w:gridAfter': {
        const row = this.table?.row;
        const n = Math.min(Math.max(toInt(wAttr(a, 'val')) ?? 0, 0), 64);
        if (row) row[name === 'w:gridBefore' ? 'before' : 'after'] = n;
        break;
      }
      case 'w:tc': {
        const t = this.table;
        if (t) t.cell = { paras: [], span: 1, vMerge: null };
        break;
      }
      case 'w:gridSpan': {
        const cell = this.table?.cell;
        if (cell) cell.span = Math.min(Math.max(toInt(wAttr(a, 'val')) ?? 1, 1), 64);
        break;
      }
      case 'w:vMerge': {
        const cell = this.table?.cell;
        if (cell) cell.vMerge = wAttr(a, 'val') === 'restart' ? 'restart' : 'continue';
        break;
      }
    }
  }

  private close(name: string): void {
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    const p = this.para;
    if (p?.inPPr) {
      if (p.ppr.depth === 0) p.inPPr = false; // closing the w:pPr itself
      else p.ppr.close();
      return;
    }
    if (this.inRunProps) {
      if (name === 'w:rPr') this.inRunProps = false;
      return;
    }
    switch (name) {
      case 'w:t':
      case 'm:t':
        this.inText = false;
        break;
      case 'w:r':
        this.runHidden = false;
        break;
      case 'w:p':
        this.closeParagraph();
        break;
      case 'w:tc': {
        const t = this.table;
        if (t?.cell && t.row) t.row.cells.push(t.cell);
        if (t) t.cell = null;
        break;
      }
      case 'w:tr': {
        const t = this.table;
        if (t?.row) t.rows.push(t.row);
        if (t) t.row = null;
        break;
      }
      case 'w:tbl':
        this.closeTable();
        break;
    }
  }

  private text(t: string): void {
    if (this.inText && this.skipDepth === 0) this.push(t);
  }

  private get table(): TableCtx | undefined {
    return this.tables[this.tables.length - 1];
  }

  private onBreak(type: string | undefined): void {
    const p = this.para;
    if (!p || this.runHidden || this.fieldCodeDepth > 0) return;
    if (type === 'page') {
      if (p.parts.join('').trim() === '') p.breakBefore = true;
      else p.breakAfter = true;
    } else if (type !== 'column') {
      p.parts.push('\n');
    }
  }

  private onFieldChar(type: string | undefined): void {
    if (type === 'begin') {
      this.fields.push(false);
      this.fieldCodeDepth++;
    } else if (type === 'separate') {
      const i = this.fields.length - 1;
      if (i >= 0 && !this.fields[i]) {
        this.fields[i] = true;
        this.fieldCodeDepth--;
      }
    } else if (type === 'end') {
      const inResult = this.fields.pop();
      if (inResult === false) this.fieldCodeDepth--;
    }
  }

  private closeParagraph(): void {
    const p = this.paras.pop();
    if (!p) return;
    const { styles, numbering } = this.opts;
    const own = p.ppr.props;
    const styleId = p.ppr.styleId ?? styles.defaultParagraphStyle;
    const style = styles.resolve(styleId);
    let label: string | null = null;
    const numId = own.numId ?? style?.numId;
    if (numbering && numId !== undefined && numId !== '0') {
      // a style numPr without ilvl takes its level from the w:lvl whose pStyle names the style
      const ilvl = own.numId !== undefined
        ? own.ilvl ?? 0
        : own.ilvl ?? style?.numIlvl
          ?? (styleId ? numbering.levelForStyle(numId, styleId) : undefined)
          ?? (style?.numStyleId ? numbering.levelForStyle(numId, style.numStyleId) : undefined)
          ?? style?.ilvl
          ?? 0;
      label = numbering.next(numId, ilvl) || null;
    }
    // a break right after the label ("附录A" ↵ "（规范性）") is layout, not text
    const text = p.parts.join('').replace(/^\n+|\n+$/g, '');
    const cell = this.table?.cell;
    if (cell) {
      cell.paras.push(label ? `${label} ${text}` : text);
      return;
    }
    const pageBreakBefore = this.pendingPageBreak || p.breakBefore || (own.pageBreakBefore ?? style?.pageBreakBefore ?? false);
    if (text.trim() === '' && !label) {
      this.pendingPageBreak = pageBreakBefore || p.breakAfter || p.ppr.sectionPageBreak;
      return;
    }
    const outline = own.outlineLvl ?? style?.outlineLvl;
    const block: RawParagraph = {
      kind: 'paragraph',
      text,
      numLabel: label,
      style: style?.name ?? null,
      headingLevel: outline !== undefined && outline >= 0 && outline <= 8 ? outline + 1 : headingFromName(style?.name),
      align: own.align ?? style?.align ?? null,
      pageBreakBefore,
      pos: { line: 0, page: null, paragraph: p.index },
    };
    this.blocks.push(block);
    this.pendingPageBreak = p.breakAfter || p.ppr.sectionPageBreak;
  }

  private closeTable(): void {
    const t = this.tables.pop();
    if (!t) return;
    const { rows, merged } = tableGrid(t.rows);
    const outer = this.table?.cell;
    if (outer) {
      // nested table: flattened into the enclosing cell, one line per row
      for (const r of rows) outer.paras.push(r.filter((c) => c !== '').join('\t'));
      return;
    }
    if (rows.length === 0) return;
    const block: RawTable = { kind: 'table', rows, pos: { line: 0, page: null, paragraph: t.index } };
    if (merged.some((r) => r.some((m) => m !== ''))) block.merged = merged;
    this.blocks.push(block);
    this.pendingPageBreak = false; // the table took the new page
  }
}

function tableGrid(rowCtxs: RowCtx[]): { rows: string[][]; merged: string[][] } {
  const rows: string[][] = [];
  const merged: string[][] = [];
  for (const r of rowCtxs) {
    const cells: string[] = [];
    const flags: string[] = [];
    const pad = (n: number): void => {
      for (let i = 0; i < n; i++) cells.push(''), flags.push('');
    };
    pad(r.before);
    for (const c of r.cells) {
      const cont = c.vMerge === 'continue';
      cells.push(cont ? '' : c.paras.join('\n').trim());
      flags.push(cont ? 'v' : '');
      for (let k = 1; k < c.span; k++) cells.push(''), flags.push(cont ? 'v' : 'h');
    }
    pad(r.after);
    rows.push(cells);
    merged.push(flags);
  }
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (let i = 0; i < rows.length; i++) {
    while (rows[i]!.length < width) rows[i]!.push(''), merged[i]!.push('');
  }
  return { rows, merged };
}

function headingFromName(name: string | null | undefined): number | null {
  const m = name ? /^(?:heading|标题)\s*([1-9])$/i.exec(name.trim()) : null;
  return m ? Number(m[1]) : null;
}
