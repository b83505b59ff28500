// A number written directly against its unit symbol ("50Hz", "75mg/kg"): GB/T 1.1 typesetting puts a small
// space between them. Info only, one finding per paragraph/cell (the first token), because the space is a
// typesetting detail that Word/PDF conversion often loses. ℃, %, °, ′, ″ are not checked: the rule's
// exceptions (°, ′, ″) and the common Chinese practice for ℃ and % make them noise.
import { defineRule } from '../types.ts';
import { scanPieces, type ScanPiece } from '../util/text-scan-b.ts';
import { around } from '../util/text.ts';

const UNITS = [
  'mg/kg', 'mg/L', 'g/L', 'g/m²', 'g/m2', 'μg/kg', 'μg/L', 'CFU/g', 'CFU/mL',
  'mg', 'kg', 'μg', 'g', 'mm', 'cm', 'μm', 'nm', 'km', 'm', 'mL', 'μL', 'L',
  'kHz', 'MHz', 'Hz', 'kPa', 'MPa', 'Pa', 'kW', 'W', 'kV', 'V', 'mA', 'kN', 'N', 'kJ', 'J', 'min',
];
const escape = (s: string): string => s.replace(/[/.*+?^${}()|[\]\\]/g, '\\$&');
/** A free-standing number (not part of "GB/T 5009.3", "HW-80V", "Q235A") followed directly by a unit symbol. */
const GLUED = new RegExp(
  `(?<![\\w.\\/—–\\-])(\\d+(?:\\.\\d+)?)(${UNITS.sort((a, b) => b.length - a.length).map(escape).join('|')})(?![A-Za-z0-9²³])`,
  'g',
);

/** "0.58g", "2g", "0.25g/s": next to 加速度 g is the acceleration of gravity (written without a space), not gram. */
const ACCELERATION = /加速度|振动|冲击|过载|重力|离心/;

function isGravity(piece: ScanPiece, m: RegExpExecArray): boolean {
  return m[2] === 'g' && (ACCELERATION.test(piece.context) || piece.text.startsWith('/s', m.index + m[0].length));
}

/** "洗涤程序采用4N", "按5A程序洗涤": the washing programme codes of GB/T 8629 (4N, 5A, 6N …), not 4 newtons. */
const PROGRAMME = /程序/;

function isProgrammeCode(piece: ScanPiece, m: RegExpExecArray): boolean {
  return (m[2] === 'N' || m[2] === 'A') && PROGRAMME.test(piece.text.slice(Math.max(0, m.index - 8), m.index + m[0].length + 4));
}

export default defineRule({
  meta: {
    id: 'units/spacing',
    category: 'units',
    severity: 'info',
    basis: 'GB/T 3101—1993；GB/T 1.1—2020（数值与单位符号之间留空隙）',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: {
      zh: '数值与单位符号之间留空隙（°、′、″除外）',
      en: 'A space separates a number from its unit symbol (except °, ′, ″)',
    },
    rationale: {
      zh: '按GB/T 3101和GB/T 1.1—2020的排版规则，数值与单位符号之间留四分之一个字的空隙，如“50 Hz”“75 mg/kg”；平面角单位°、′、″紧接数值。该项只作提示。',
      en: 'Per GB/T 3101 and GB/T 1.1—2020 typesetting, a quarter-em space separates the number and the unit symbol ("50 Hz", "75 mg/kg"); °, ′, ″ follow the number directly. Informational only.',
    },
    messages: {
      glued: { zh: '数值与单位符号之间没有空隙：“{token}”', en: 'No space between number and unit: "{token}"' },
    },
    suggestions: {
      glued: { zh: '改为“{fix}”', en: 'Write "{fix}"' },
    },
    examples: { good: '额定频率50 Hz；甲醛含量≤75 mg/kg。', bad: '额定频率50Hz；甲醛含量≤75mg/kg。' },
  },
  check(ctx) {
    for (const piece of scanPieces(ctx.doc)) {
      const m = [...piece.text.matchAll(GLUED)].find((x) => !isGravity(piece, x) && !isProgrammeCode(piece, x));
      if (!m) continue;
      ctx.report({
        messageId: 'glued',
        data: { token: m[0], fix: `${m[1]} ${m[2]}` },
        loc: piece.loc,
        excerpt: around(piece.text, m.index, m[0].length),
      });
    }
  },
});
