// Non-legal units and wrongly written unit symbols in paragraphs, table cells and captions.
// Sources (format-rules.md §4.8, all [S]): ppm/ppb/pphm not to be used (GB 3101), rpm is not a legal symbol; 度 is the plane-angle unit,
// not a temperature; 公分/公尺/公升 are not legal names; kgf is obsolete; symbol case errors (Kg, ML, Mpa…).
// Deliberately not flagged: "°C" (the ISO form of ℃), "ml" (l is a legal litre symbol), mPa·s (viscosity),
// mmHg/kcal/atm (listed only as obsolete by one source and still used in medical/nutrition contexts).
import { defineRule } from '../types.ts';
import type { Severity } from '../../engine/types.ts';
import { scanPieces } from '../util/text-scan-b.ts';
import { around } from '../util/text.ts';

interface Hit {
  messageId: string;
  index: number;
  token: string;
  fix: string;
  severity?: Severity;
}

const RATIO = /(?<![A-Za-z])(ppm|ppb|pphm)(?![A-Za-z])/gi;
/** Revolutions per minute after a number: "2 000 rpm" (the legal form is r/min). */
const RPM = /(?<=\d\s?)rpm(?![A-Za-z])/gi;
/** A number + 度 after a temperature word in the same phrase: "温度30度", "水温不超过40度", "零下18度". */
const TEMPERATURE_DU = /(温度?|摄氏|零下)[^，,。；;、\d]{0,8}?(-?\d+(?:\.\d+)?(?:\s*[~～至—–-]\s*-?\d+(?:\.\d+)?)?)\s*度(?![数量])/g;
/** A number + 度 before a water/temperature word or a process run at that temperature: "40度温水", "30度以下的温水",
 *  "-20度冷冻24 h", "25度以下贮存", "在20度的环境中放置". */
const DU_BEFORE_WATER = /(-?\d+(?:\.\d+)?)\s*度(?=(?:以[下上])?的?(?:[温热冷凉]水|水温|高温|低温|恒温|冷冻|冷藏|冻结|烘烤|烘干|加热|蒸煮|杀菌|保温|[贮储保]存|环境))/g;
const OLD_NAMES: Record<string, string> = { 公分: 'cm', 公尺: 'm', 公升: 'L', 公厘: 'mm' };
const OLD_NAME = /(?<=(?:\d\s*)|每)(公分|公尺|公升|公厘)/g;
const KGF = /(?<![A-Za-z])kgf(?![A-Za-z])/gi;
const CASE_FIX: Record<string, string> = {
  Kg: 'kg', KG: 'kg', kG: 'kg',
  KM: 'km', Km: 'km',
  ML: 'mL', Ml: 'mL',
  Mpa: 'MPa', MPA: 'MPa', mpa: 'MPa',
  KPa: 'kPa', Kpa: 'kPa', KPA: 'kPa', kpa: 'kPa',
  pa: 'Pa',
  HZ: 'Hz', hz: 'Hz',
  KHz: 'kHz', KHZ: 'kHz', Khz: 'kHz', khz: 'kHz',
  KW: 'kW', Kw: 'kW',
  KV: 'kV', Kv: 'kV',
  KJ: 'kJ', Kj: 'kJ',
};
/** A wrong-case symbol right after a number (one optional space) or inside a unit expression ("mg/Kg", "/(KG)");
 *  not after "Q/", "T/" (enterprise and group codes such as "Q/KM"), nor in plain brackets ("机器学习（ML）"). */
const WRONG_CASE = new RegExp(`(?:(?<=\\d)\\s?|(?<=(?<![A-Z])/|/[（(]))(${Object.keys(CASE_FIX).sort((a, b) => b.length - a.length).join('|')})(?![A-Za-z])`, 'g');
/** A table cell that is nothing but a unit expression: the 单位 column of "| 静曲强度 | Mpa | ≥35 |", "| 密度 | Kg/m³ |".
 *  Its wrongly written symbols are those at its start or after "/" or a bracket. Symbols that also stand for other
 *  things on their own (ML, KM, pa) are left out. */
const UNIT_CELL = /^[\s(（]*[A-Za-zμµΩ°℃%‰·/²³⁻¹0-9.()（）\s]{1,16}$/;
const UNIT_CELL_SYMBOL = new RegExp(`(?:^|[/(（\\s])(${Object.keys(CASE_FIX).filter((k) => !/^(?:ML|Ml|KM|Km|pa)$/.test(k)).join('|')})(?![A-Za-z])`, 'g');

/** mPa after a number, not the viscosity unit mPa·s: legal (millipascal) but almost always meant as MPa. */
const MILLI_PA = /(?<=\d\s?)mPa(?!\s?[·.•∙⋅*]?\s?s(?![A-Za-z]))(?![A-Za-z])/g;
const SPACED_DEGREE_C = /°\s+C(?![A-Za-z])/g;

// Each pattern is run only when the text holds a literal its matches cannot do without: most paragraphs hold none,
// and these cheap look-ups spare seven regex scans of them.
const HAS_RATIO = /pp/i;
const HAS_KGF = /kgf/i;
const HAS_RPM = /rpm/i;
const HAS_LATIN = /[A-Za-z]/;

function scan(text: string, where: 'paragraph' | 'caption' | 'cell'): Hit[] {
  const hits: Hit[] = [];
  if (where === 'cell' && UNIT_CELL.test(text) && /[A-Za-z]/.test(text)) {
    for (const m of text.matchAll(UNIT_CELL_SYMBOL)) {
      const token = m[1]!;
      hits.push({ messageId: 'wrongCase', index: m.index + m[0].indexOf(token), token, fix: CASE_FIX[token]! });
    }
  }
  if (HAS_RATIO.test(text)) for (const m of text.matchAll(RATIO)) hits.push({ messageId: 'ratio', index: m.index, token: m[0], fix: 'mg/kg、mg/L、μmol/mol 或 10⁻⁶' });
  if (HAS_RPM.test(text)) for (const m of text.matchAll(RPM)) hits.push({ messageId: 'ratio', index: m.index, token: m[0], fix: 'r/min' });
  if (text.includes('度')) for (const m of text.matchAll(TEMPERATURE_DU)) {
    const at = m.index + m[0].indexOf(m[2]!);
    hits.push({ messageId: 'temperature', index: at, token: `${m[2]}度`, fix: `${m[2]} ℃` });
  }
  if (text.includes('度')) for (const m of text.matchAll(DU_BEFORE_WATER)) {
    if (hits.some((h) => h.messageId === 'temperature' && h.index === m.index)) continue;
    hits.push({ messageId: 'temperature', index: m.index, token: `${m[1]}度`, fix: `${m[1]} ℃` });
  }
  if (text.includes('公')) for (const m of text.matchAll(OLD_NAME)) hits.push({ messageId: 'oldName', index: m.index, token: m[0], fix: OLD_NAMES[m[0]]! });
  if (HAS_KGF.test(text)) for (const m of text.matchAll(KGF)) hits.push({ messageId: 'kgf', index: m.index, token: m[0], fix: 'N（1 kgf = 9.806 65 N）' });
  if (HAS_LATIN.test(text)) for (const m of text.matchAll(WRONG_CASE)) {
    const token = m[1]!;
    hits.push({ messageId: 'wrongCase', index: m.index + m[0].indexOf(token), token, fix: CASE_FIX[token]! });
  }
  if (text.includes('mPa')) for (const m of text.matchAll(MILLI_PA)) hits.push({ messageId: 'milliPascal', index: m.index, token: m[0], fix: 'MPa', severity: 'warning' });
  if (text.includes('°')) for (const m of text.matchAll(SPACED_DEGREE_C)) hits.push({ messageId: 'spacedDegree', index: m.index, token: m[0], fix: '℃', severity: 'warning' });
  return hits.sort((a, b) => a.index - b.index);
}

export default defineRule({
  meta: {
    id: 'units/non-legal',
    category: 'units',
    severity: 'error',
    basis: '国务院关于在我国统一实行法定计量单位的命令（1984）；GB 3100—1993；GB/T 3101—1993',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: {
      zh: '使用法定计量单位及正确的单位符号（不用ppm、rpm、“度”表示温度、公分/公尺/公升、kgf、Kg/ML/Mpa等）',
      en: 'Legal units and correctly written symbols (no ppm, rpm, 度 for temperature, 公分/公尺/公升, kgf, Kg/ML/Mpa …)',
    },
    rationale: {
      zh: '标准中应使用法定计量单位，单位符号按GB 3100—1993、GB/T 3101—1993书写：ppm、ppb、pphm不能使用，转速写r/min而非rpm；“度”是平面角单位，温度用℃；公分、公尺、公升不是法定单位名称；kgf已废除；单位符号大小写有固定含义（kg而非Kg，mL而非ML，MPa而非Mpa）。',
      en: 'Standards use legal units with symbols as in GB 3100—1993 / GB/T 3101—1993: no ppm/ppb/pphm, r/min rather than rpm; 度 is the plane-angle unit, temperature is ℃; 公分/公尺/公升 are not legal names; kgf is abolished; symbol case is meaningful (kg not Kg, mL not ML, MPa not Mpa).',
    },
    messages: {
      ratio: { zh: '使用了非法定的“{token}”', en: 'Non-legal "{token}" used' },
      temperature: { zh: '用“度”表示温度：“{token}”', en: '"度" used for a temperature: "{token}"' },
      oldName: { zh: '使用了非法定单位名称“{token}”', en: 'Non-legal unit name "{token}"' },
      kgf: { zh: '使用了已废除的单位“{token}”', en: 'Abolished unit "{token}"' },
      wrongCase: { zh: '单位符号“{token}”大小写错误', en: 'Unit symbol "{token}" has the wrong case' },
      milliPascal: { zh: '“{token}”是毫帕，压力值通常应为“MPa”（兆帕），请核实', en: '"{token}" is millipascal; a pressure is usually "MPa" (megapascal) — verify' },
      spacedDegree: { zh: '摄氏度符号写成了“{token}”', en: 'Degree Celsius written as "{token}"' },
    },
    suggestions: {
      ratio: { zh: '改用{fix}', en: 'Use {fix}' },
      temperature: { zh: '改为“{fix}”', en: 'Write "{fix}"' },
      oldName: { zh: '改为“{fix}”', en: 'Write "{fix}"' },
      kgf: { zh: '改用{fix}', en: 'Use {fix}' },
      wrongCase: { zh: '改为“{fix}”', en: 'Write "{fix}"' },
      milliPascal: { zh: '如指兆帕，改为“{fix}”', en: 'If megapascal is meant, write "{fix}"' },
      spacedDegree: { zh: '改为“{fix}”', en: 'Write "{fix}"' },
    },
    examples: { good: '贮存温度不超过30 ℃，二氧化硫残留量≤50 mg/kg。', bad: '贮存温度不超过30度，二氧化硫残留量≤50 ppm，净含量500 ML。' },
  },
  check(ctx) {
    for (const piece of scanPieces(ctx.doc)) {
      const seen = new Set<string>();
      for (const h of scan(piece.text, piece.where)) {
        const id = `${h.messageId}:${h.token}`;
        if (seen.has(id)) continue; // one finding per distinct token per paragraph/cell
        seen.add(id);
        ctx.report({
          messageId: h.messageId,
          data: { token: h.token, fix: h.fix },
          loc: piece.loc,
          excerpt: around(piece.text, h.index, h.token.length),
          severity: h.severity,
        });
      }
    }
  },
});
