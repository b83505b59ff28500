// styles.xml: the paragraph properties that matter for structure (name, numbering, outline level,
// alignment, page break), resolved through basedOn chains.
import { parseXml, wAttr, isOn, onOff, type Attrs } from './xml.ts';

export type Align = 'left' | 'center' | 'right' | 'both';

/** Paragraph properties that can come from a paragraph's own pPr or from its style. */
export interface ParaProps {
  numId?: string;
  ilvl?: number;
  outlineLvl?: number;
  align?: Align;
  pageBreakBefore?: boolean;
}

interface StyleDef extends ParaProps {
  id: string;
  type: string;
  name: string;
  basedOn?: string;
}

export interface ResolvedStyle extends ParaProps {
  name: string | null;
  /** The style in the chain whose numPr gave numId (for the lvl/pStyle link). */
  numStyleId?: string;
  /** The ilvl written next to that numId, if any. */
  numIlvl?: number;
}

function parseJc(v: string | undefined): Align | undefined {
  switch (v) {
    case 'left': case 'start': return 'left';
    case 'center': return 'center';
    case 'right': case 'end': return 'right';
    case 'both': case 'distribute': case 'justify': case 'lowKashida': case 'mediumKashida': case 'highKashida': case 'thaiDistribute':
      return 'both';
    default: return undefined;
  }
}

/**
 * Collects ParaProps from the children of a w:pPr. Call open/close for every element inside it;
 * depth-aware so nested elements (rPr, pPrChange, tabs) do not leak in.
 */
export class PPrCollector {
  props: ParaProps = {};
  /** w:pStyle: the paragraph's style id (only meaningful for a paragraph's own pPr). */
  styleId: string | null = null;
  /** A w:sectPr in this pPr ends a section here; true when the next section starts on a new page. */
  sectionPageBreak = false;
  private readonly path: string[] = [];

  /** Elements open inside the pPr; 0 means the next close is the pPr itself. */
  get depth(): number {
    return this.path.length;
  }

  open(name: string, attrs: Attrs): void {
    const parent = this.path[this.path.length - 1];
    this.path.push(name);
    if (parent === undefined) {
      if (name === 'w:outlineLvl') this.props.outlineLvl = toInt(wAttr(attrs, 'val'));
      else if (name === 'w:jc') this.props.align = parseJc(wAttr(attrs, 'val'));
      else if (name === 'w:pageBreakBefore') this.props.pageBreakBefore = isOn(attrs);
      else if (name === 'w:sectPr') this.sectionPageBreak = true;
      else if (name === 'w:pStyle') this.styleId = wAttr(attrs, 'val') ?? null;
    } else if (parent === 'w:numPr' && this.path.length === 2) {
      if (name === 'w:ilvl') this.props.ilvl = toInt(wAttr(attrs, 'val'));
      else if (name === 'w:numId') this.props.numId = wAttr(attrs, 'val');
    } else if (parent === 'w:sectPr' && this.path.length === 2 && name === 'w:type') {
      const type = wAttr(attrs, 'val');
      this.sectionPageBreak = type !== 'continuous' && type !== 'nextColumn';
    }
  }

  close(): void {
    this.path.pop();
  }
}

export function toInt(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

export class Styles {
  private readonly defs = new Map<string, StyleDef>();
  private readonly cache = new Map<string, ResolvedStyle>();
  defaultParagraphStyle: string | null = null;

  static parse(bytes: Uint8Array | null): Styles {
    const styles = new Styles();
    if (bytes) styles.load(bytes);
    return styles;
  }

  private load(bytes: Uint8Array): void {
    let cur: StyleDef | null = null;
    let depth = 0; // depth inside the current w:style
    let ppr: PPrCollector | null = null;
    parseXml(bytes, 'word/styles.xml', {
      open: (name, attrs) => {
        if (ppr) return ppr.open(name, attrs);
        if (name === 'w:style') {
          cur = { id: wAttr(attrs, 'styleId') ?? '', type: wAttr(attrs, 'type') ?? 'paragraph', name: '' };
          const isDefault = wAttr(attrs, 'default');
          if (cur.type === 'paragraph' && isDefault !== undefined && onOff(isDefault)) {
            this.defaultParagraphStyle = cur.id;
          }
          depth = 0;
          return;
        }
        if (!cur) return;
        depth++;
        if (depth !== 1) return;
        if (name === 'w:name') cur.name = wAttr(attrs, 'val') ?? '';
        else if (name === 'w:basedOn') cur.basedOn = wAttr(attrs, 'val');
        else if (name === 'w:pPr') ppr = new PPrCollector();
      },
      close: (name) => {
        if (ppr) {
          if (ppr.depth === 0) {
            Object.assign(cur!, ppr.props);
            ppr = null;
            depth--;
          } else {
            ppr.close();
          }
          return;
        }
        if (name === 'w:style') {
          if (cur && !this.defs.has(cur.id)) this.defs.set(cur.id, cur);
          cur = null;
          return;
        }
        if (cur) depth--;
      },
    });
  }

  /** Numbering-style (type "numbering") numId, for numStyleLink resolution. */
  numberingStyleNumId(styleId: string): string | undefined {
    return this.resolve(styleId)?.numId;
  }

  resolve(styleId: string | null): ResolvedStyle | null {
    if (styleId === null) return null;
    const hit = this.cache.get(styleId);
    if (hit) return hit;
    const chain: StyleDef[] = [];
    const seen = new Set<string>();
    for (let id: string | undefined = styleId; id !== undefined && !seen.has(id); ) {
      seen.add(id);
      const def = this.defs.get(id);
      if (!def) break;
      chain.push(def);
      id = def.basedOn;
    }
    if (chain.length === 0) return null;
    const out: ResolvedStyle = { name: chain[0]!.name || chain[0]!.id };
    for (const def of chain) {
      if (out.numId === undefined && def.numId !== undefined) {
        out.numId = def.numId;
        out.numStyleId = def.id;
        out.numIlvl = def.ilvl;
      }
      out.ilvl ??= def.ilvl;
      out.outlineLvl ??= def.outlineLvl;
      out.align ??= def.align;
      out.pageBreakBefore ??= def.pageBreakBefore;
    }
    this.cache.set(styleId, out);
    return out;
  }
}
