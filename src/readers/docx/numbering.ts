// Rebuilds Word's automatic numbering labels ("5", "5.1", "附录A", "a)") from numbering.xml.
// Counters live per abstract numbering definition (after numStyleLink resolution), so several
// w:num instances of one list continue each other; a w:num with startOverride restarts the list
// (from the first overridden level down) where it is first used, its overrides replacing w:start.
import { parseXml, wAttr, isOn, type Attrs } from './xml.ts';
import { toInt, type Styles } from './styles.ts';
import { formatNumber, bulletText } from './numfmt.ts';

interface LevelDef {
  start: number;
  numFmt: string;
  lvlText: string | null;
  isLgl: boolean;
  /** lvlRestart: undefined = restart after any higher level, 0 = never, n = after level n (1-based). */
  restart?: number;
  pStyle?: string;
}

interface AbstractNum {
  id: string;
  levels: Map<number, LevelDef>;
  numStyleLink?: string;
}

interface NumDef {
  abstractId: string;
  startOverrides: Map<number, number>;
  levelOverrides: Map<number, LevelDef>;
}

interface ListState {
  counts: (number | undefined)[];
}

const MAX_LEVELS = 9;

export class Numbering {
  private readonly abstracts = new Map<string, AbstractNum>();
  private readonly nums = new Map<string, NumDef>();
  private readonly lists = new Map<string, ListState>();
  private readonly usedNums = new Set<string>();
  readonly warnings: string[] = [];
  private readonly missing = new Set<string>();

  private constructor(private readonly styles: Styles) {}

  static parse(bytes: Uint8Array | null, styles: Styles): Numbering {
    const n = new Numbering(styles);
    if (bytes) n.load(bytes);
    return n;
  }

  private load(bytes: Uint8Array): void {
    let abs: AbstractNum | null = null;
    let num: NumDef | null = null;
    let lvl: LevelDef | null = null;
    let lvlIndex = 0;
    let overrideIlvl: number | null = null;
    parseXml(bytes, 'word/numbering.xml', {
      open: (name, a) => {
        switch (name) {
          case 'w:abstractNum':
            abs = { id: wAttr(a, 'abstractNumId') ?? '', levels: new Map() };
            break;
          case 'w:num':
            num = { abstractId: '', startOverrides: new Map(), levelOverrides: new Map() };
            this.nums.set(wAttr(a, 'numId') ?? '', num);
            break;
          case 'w:abstractNumId':
            if (num) num.abstractId = wAttr(a, 'val') ?? '';
            break;
          case 'w:lvlOverride':
            overrideIlvl = toInt(wAttr(a, 'ilvl')) ?? 0;
            break;
          case 'w:startOverride':
            if (num && overrideIlvl !== null) num.startOverrides.set(overrideIlvl, toInt(wAttr(a, 'val')) ?? 0);
            break;
          case 'w:numStyleLink':
            if (abs) abs.numStyleLink = wAttr(a, 'val');
            break;
          case 'w:lvl':
            lvl = { start: 0, numFmt: 'decimal', lvlText: null, isLgl: false };
            lvlIndex = toInt(wAttr(a, 'ilvl')) ?? 0;
            break;
          default:
            if (lvl) readLevelProp(lvl, name, a);
        }
      },
      close: (name) => {
        if (name === 'w:lvl' && lvl) {
          if (overrideIlvl !== null && num) num.levelOverrides.set(lvlIndex, lvl);
          else if (abs && !abs.levels.has(lvlIndex)) abs.levels.set(lvlIndex, lvl);
          lvl = null;
        } else if (name === 'w:lvlOverride') {
          overrideIlvl = null;
        } else if (name === 'w:abstractNum' && abs) {
          if (!this.abstracts.has(abs.id)) this.abstracts.set(abs.id, abs);
          abs = null;
        } else if (name === 'w:num') {
          num = null;
        }
      },
    });
  }

  /** The level a style-linked paragraph gets when its numPr has no ilvl (w:lvl/w:pStyle link). */
  levelForStyle(numId: string, styleId: string): number | undefined {
    const abs = this.abstractFor(numId);
    if (!abs) return undefined;
    for (const [i, def] of abs.levels) if (def.pStyle === styleId) return i;
    return undefined;
  }

  /** Advances the counters for one numbered paragraph and returns its label ('' when the level shows nothing). */
  next(numId: string, ilvl: number): string | null {
    const num = this.nums.get(numId);
    const abs = this.abstractFor(numId);
    if (!num || !abs) {
      if (!this.missing.has(numId)) {
        this.missing.add(numId);
        this.warnings.push(`numbering: numId ${numId} not defined in numbering.xml; its labels are missing`);
      }
      return null;
    }
    const level = Math.min(Math.max(ilvl, 0), MAX_LEVELS - 1);
    const defAt = (i: number): LevelDef | undefined => num.levelOverrides.get(i) ?? abs.levels.get(i);
    const def = defAt(level);
    if (!def) return null;

    let state = this.lists.get(abs.id);
    if (!state) this.lists.set(abs.id, (state = { counts: [] }));
    if (!this.usedNums.has(numId)) {
      // a w:num with startOverride restarts the list where it is first used
      this.usedNums.add(numId);
      const first = Math.min(...num.startOverrides.keys());
      if (Number.isFinite(first)) for (let m = first; m < MAX_LEVELS; m++) state.counts[m] = undefined;
    }
    // startOverride replaces the level's w:start for this w:num
    const startAt = (i: number): number => num.startOverrides.get(i) ?? defAt(i)?.start ?? 0;
    state.counts[level] = (state.counts[level] ?? startAt(level) - 1) + 1;
    for (let m = level + 1; m < MAX_LEVELS; m++) {
      const restart = defAt(m)?.restart;
      if (restart === undefined || (restart > 0 && level <= restart - 1)) state.counts[m] = undefined;
    }

    if (def.numFmt === 'bullet') return def.lvlText === null ? null : bulletText(def.lvlText);
    if (def.lvlText === null) return null;
    return def.lvlText.replace(/%([1-9])/g, (_m, k: string) => {
      const i = Number(k) - 1;
      const d = defAt(i);
      if (!d) return '';
      const value = state.counts[i] ?? startAt(i);
      const fmt = def.isLgl && d.numFmt !== 'none' ? 'decimal' : d.numFmt;
      return formatNumber(value, fmt);
    });
  }

  private abstractFor(numId: string): AbstractNum | undefined {
    const seen = new Set<string>();
    let abs = this.abstracts.get(this.nums.get(numId)?.abstractId ?? '');
    // numStyleLink: the levels live in the abstractNum of the numbering style's own num.
    while (abs?.numStyleLink && !seen.has(abs.id)) {
      seen.add(abs.id);
      const linkedNumId = this.styles.numberingStyleNumId(abs.numStyleLink);
      const linked = linkedNumId === undefined ? undefined : this.abstracts.get(this.nums.get(linkedNumId)?.abstractId ?? '');
      if (!linked) break;
      abs = linked;
    }
    return abs;
  }
}

function readLevelProp(lvl: LevelDef, name: string, a: Attrs): void {
  switch (name) {
    case 'w:start': lvl.start = toInt(wAttr(a, 'val')) ?? 0; break;
    case 'w:numFmt': lvl.numFmt = wAttr(a, 'val') ?? 'decimal'; break;
    case 'w:lvlText': lvl.lvlText = wAttr(a, 'val') ?? null; break;
    case 'w:isLgl': lvl.isLgl = isOn(a); break;
    case 'w:lvlRestart': lvl.restart = toInt(wAttr(a, 'val')); break;
    case 'w:pStyle': lvl.pStyle = wAttr(a, 'val'); break;
  }
}
