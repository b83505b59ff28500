// Cover fields: ICS/CCS, code line, category line, standard number, 代替 line, Chinese and English titles,
// issue/implementation dates, publisher line, 备案号.
import type { Cover, CoverField } from './types.ts';
import type { ParaItem } from './items.ts';
import { ENTERPRISE_CODE_LINE, enterpriseCodeOf, findStandardNumbers, foldFullWidthAlnum, formatRef, type StdMatch } from './std-number.ts';
import { locOf } from './tables.ts';
import { compact, hasCjk } from './text.ts';

const COVER_CLAUSE = '封面';

export function emptyCover(): Cover {
  return {
    standardNumber: null, code: null, enterpriseCode: null, replaces: [], categoryLine: null, titleZh: null, titleEn: null,
    ics: null, ccs: null, issued: null, effective: null, publisher: null, company: null, filingNumber: null,
  };
}

function field(value: string, raw: string, p: ParaItem): CoverField {
  return { value, raw, loc: locOf(p.pos, COVER_CLAUSE) };
}

const DATE = String.raw`(\d{4})\s*(?:[-—－–./]|年)\s*(\d{1,2})\s*(?:[-—－–./]|月)\s*(\d{1,2})\s*日?`;
/** "2024-05-10 发布", "2024年5月10日实施", and the label-first form "发布日期：2024-05-10". */
const DATE_RE = new RegExp(`${DATE}\\s*(发\\s*布|实\\s*施)|(发\\s*布|实\\s*施)\\s*(?:日\\s*期)?\\s*[:：]?\\s*${DATE}`, 'g');
const ORGANISATION = /(局|委员会|公司|厂|中心|协会|学会|联合会|研究院|研究所)$/;
const CATEGORY_RE = /(企业标准|国家标准|行业标准|地方标准|团体标准|标准化指导性技术文件)$/;

/** ISO date for valid calendar dates, '' otherwise (the raw text is kept for the dates rule). */
export function isoDate(y: string, m: string, d: string): string {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const dt = new Date(Date.UTC(year, month - 1, day));
  const valid = dt.getUTCFullYear() === year && dt.getUTCMonth() === month - 1 && dt.getUTCDate() === day;
  return valid ? `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : '';
}

/**
 * A year set off by a space or a range mark ("Q/ABC 001 2023", "Q/ABC 001~2023"): in running text such a year is not
 * part of the number, but on the cover's number line it is (identity/number-dash reports the connector).
 */
const LOOSE_YEAR = /^[ \t\u00a0\u3000]*([~～]?)[ \t\u00a0\u3000]*((?:19|20)\d{2})(?!\d)/;

function withLooseYear(text: string, m: StdMatch): StdMatch {
  const y = m.ref.year === null ? LOOSE_YEAR.exec(text.slice(m.index + m.text.length)) : null;
  if (!y) return m;
  return { ...m, text: m.text + y[0], ref: { ...m.ref, year: y[2]!, yearSep: y[1] || ' ' } };
}

/** The whole line is a standard number (optionally followed by a 代替 note). */
function numberLine(text: string) {
  const found = findStandardNumbers(text);
  const first = found[0] && withLooseYear(text, found[0]);
  if (!first) return null;
  const before = compact(text.slice(0, first.index));
  const after = compact(text.slice(first.index + first.text.length));
  if (before !== '' || (after !== '' && !/^代替/.test(after))) return null;
  return first;
}

function englishLike(text: string): boolean {
  const letters = (text.match(/[A-Za-z]/g) ?? []).length;
  return !hasCjk(text) && letters >= 4 && letters / compact(text).length > 0.6 && /[A-Za-z]{2,}/.test(text) && !/^(ICS|CCS)\b/i.test(text);
}

export function parseCover(paras: ParaItem[]): Cover {
  const cover = emptyCover();
  const titleParts: ParaItem[] = [];
  let numberIndex: number | null = null;
  let numberYear: string | null = null;
  let inlineTitle: CoverField | null = null;
  let lastEnglish = -2;

  paras.forEach((p, idx) => {
    const t = p.text.trim();
    const c = compact(t);
    let used = false;
    const ics = t.match(/ICS\s*[:：]?\s*(\d{2}(?:\.\d{2,3}){0,2}(?:\s*[;；,，]\s*\d{2}(?:\.\d{2,3}){0,2})*)/i);
    if (ics && !cover.ics) {
      cover.ics = field(ics[1]!, ics[0], p);
      used = true;
    }
    const ccs = t.match(/CCS\s*[:：]?\s*([A-Z]\s*\d{2})/i) ?? (/^[A-Z]\s?\d{2}$/.test(t) ? t.match(/^([A-Z]\s?\d{2})$/) : null);
    if (ccs && !cover.ccs) {
      cover.ccs = field(ccs[1]!.replace(/^([A-Z])\s*/, '$1 '), ccs[0], p);
      used = true;
    }
    if (used) return;
    const filing = t.match(/备案号\s*[:：]?\s*(.*)$/);
    if (filing) {
      cover.filingNumber = field(filing[1]!.trim(), t, p);
      return;
    }
    if (/^代\s*替/.test(c)) {
      for (const m of findStandardNumbers(t)) cover.replaces.push(field(formatRef(m.ref), t, p));
      return;
    }
    const dates = [...t.matchAll(DATE_RE)];
    if (dates.length) {
      for (const d of dates) {
        const [y, m, day, label] = d[4] ? [d[1]!, d[2]!, d[3]!, d[4]] : [d[6]!, d[7]!, d[8]!, d[5]!];
        const f = field(isoDate(y, m, day), d[0].trim(), p);
        if (compact(label) === '发布') cover.issued ??= f;
        else cover.effective ??= f;
      }
      return;
    }
    const publisher = t.match(/^(.+?)[\s\u3000]*发[\s\u3000]*布$/);
    if (publisher && hasCjk(publisher[1]!)) {
      // Joint publishers stand on separate lines above the one that ends with 发布.
      const prev = paras[idx - 1]?.text.trim() ?? '';
      const afterDates = cover.issued !== null || cover.effective !== null;
      const joint = afterDates && ORGANISATION.test(prev) && titleParts.at(-1) === paras[idx - 1];
      if (joint) titleParts.pop();
      const value = joint ? `${prev}\u3000${publisher[1]!.trim()}` : publisher[1]!.trim();
      cover.publisher = field(value, joint ? `${prev}\n${t}` : t, joint ? paras[idx - 1]! : p);
      return;
    }
    // A number with a year beats one without ("# GB/T 16263.2" above the real "GB/T 45906.3—2025").
    const takeNumber = (num: StdMatch): void => {
      cover.standardNumber = field(t.slice(num.index, num.index + num.text.length).trim(), t, p);
      cover.code = num.ref.code;
      cover.enterpriseCode = enterpriseCodeOf(num.ref.code);
      numberYear = num.ref.year;
      numberIndex = idx;
      const rest = t.slice(num.index + num.text.length);
      for (const m of findStandardNumbers(rest)) cover.replaces.push(field(formatRef(m.ref), t, p));
    };
    const wanted = (num: StdMatch | null | undefined): num is StdMatch =>
      !!num && (!cover.standardNumber || (numberYear === null && num.ref.year !== null));
    if (CATEGORY_RE.test(c) || /^中华人民共和国/.test(c)) {
      // "中华人民共和国国家标准 GB/T 45906.3—2025 代替 GB/T 16263.2—2006" (a cover flattened onto one line).
      const inLine = findStandardNumbers(t).find((m) => m.ref.year !== null);
      cover.categoryLine = field(inLine ? t.slice(0, inLine.index).trim() : t, t, p);
      if (wanted(inLine)) takeNumber(inLine);
      return;
    }
    const num = numberLine(t);
    if (num) {
      if (wanted(num)) takeNumber(num);
      return;
    }
    // A flattened cover: "Q/HZK 594 -2009 VHS1-12户内高压交流真空断路器" (the number, then the title).
    const lead = findStandardNumbers(t)[0];
    const after = lead ? t.slice(lead.index + lead.text.length).trim() : '';
    if (lead && lead.index === 0 && lead.ref.year && wanted(lead) && hasCjk(after) && !/[。；，]/.test(after) && !/^代\s*替/.test(after)) {
      cover.standardNumber = field(lead.text.trim(), t, p);
      cover.code = lead.ref.code;
      cover.enterpriseCode = enterpriseCodeOf(lead.ref.code);
      numberYear = lead.ref.year;
      numberIndex = idx;
      inlineTitle = field(after, after, p);
      return;
    }
    // The code line top right ("Q/ABC", "Q／ABC", "Q/370783 SDJ", "GB/T"), not an English title.
    if (ENTERPRISE_CODE_LINE.test(foldFullWidthAlnum(t)) || /^(GB|GB\/T|[A-Z]{2}\/T)$/.test(t)) return;
    if (englishLike(t) && !/^[（(]/.test(t)) {
      // A long English title wraps onto a second line.
      if (cover.titleEn && lastEnglish === idx - 1) {
        cover.titleEn = { ...cover.titleEn, value: `${cover.titleEn.value} ${t}`, raw: `${cover.titleEn.raw}\n${t}` };
      } else {
        cover.titleEn ??= field(t, t, p);
      }
      lastEnglish = idx;
      return;
    }
    // Draft stage marks ("（征求意见稿）", "（草案）") are not part of the title; another bracketed line right under
    // the title qualifies it ("客厅用皮革软体沙发⏎（含功能沙发）") and joins it below.
    if (/^[（(][^）)]*(稿|草案|完成日期)[^）)]*[)）]$/.test(t) || /(发\s*布|实\s*施)$/.test(t)) return;
    // Section names of a Markdown rendition ("## 封面") are not the title.
    if (/^(封面|目次|目录|前言|引言)$/.test(c)) return;
    if (hasCjk(t) && !/[。；]/.test(t)) titleParts.push(p);
  });

  // The Chinese title: title-like lines after the number (before it only when the number is missing).
  const afterNumber = numberIndex === null ? titleParts : titleParts.filter((p) => paras.indexOf(p) > numberIndex!);
  const heading = afterNumber.find((p) => p.headingLevel === 1);
  const parts = heading ? [heading] : consecutive(paras, afterNumber).slice(0, 3);
  if (inlineTitle) {
    cover.titleZh = inlineTitle;
  } else if (parts.length) {
    const sep = parts.length > 1 && parts.every((p) => compact(p.text).length < 12) ? '\u3000' : '';
    const value = parts.map((p) => p.text.trim()).reduce((a, b) => a + (/^[（(]/.test(b) ? '' : sep) + b);
    cover.titleZh = field(value, parts.map((p) => p.text).join('\n'), parts[0]!);
  }
  cover.company = cover.publisher?.value ?? (cover.categoryLine ? companyOfCategory(cover.categoryLine.value) : null);
  return cover;
}

/** The first run of adjacent paragraphs in `picked`. */
function consecutive(all: ParaItem[], picked: ParaItem[]): ParaItem[] {
  const first = picked[0];
  if (!first) return [];
  const run = [first];
  let at = all.indexOf(first);
  for (const p of picked.slice(1)) {
    if (all.indexOf(p) !== at + 1) break;
    run.push(p);
    at++;
  }
  return run;
}

function companyOfCategory(line: string): string | null {
  const m = compact(line).replace(/^Q[/／][A-Za-z0-9]+/, '').match(/^(.+?)企业标准$/);
  return m ? m[1]! : null;
}
