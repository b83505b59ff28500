// Word numFmt values rendered the way Word shows them in list labels.

const CN_DIGITS = '〇一二三四五六七八九';
const CN_LEGAL = '零壹贰叁肆伍陆柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

function letters(n: number, base: number): string {
  if (n < 1) return String(n);
  const ch = String.fromCharCode(base + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  if (n < 1 || n > 3999) return String(n);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/** 1→一, 10→十, 11→十一, 20→二十, 105→一百零五 (legal: 壹拾, 壹佰…). */
function chineseCounting(n: number, legal: boolean): string {
  if (n < 0 || n > 9999) return String(n);
  const digits = legal ? CN_LEGAL : '零一二三四五六七八九';
  const units = legal ? ['', '拾', '佰', '仟'] : ['', '十', '百', '千'];
  if (n === 0) return digits[0]!;
  const s = String(n);
  let out = '';
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = s.charCodeAt(i) - 48;
    const unit = units[s.length - 1 - i]!;
    if (d === 0) {
      zero = true;
      continue;
    }
    if (zero && out) out += digits[0];
    zero = false;
    // 十一 rather than 一十一 for 10–19 (not in the legal form)
    if (!(d === 1 && unit === units[1] && i === 0 && !legal)) out += digits[d];
    out += unit;
  }
  return out;
}

function enclosed(n: number, first: number, max: number): string {
  return n >= 1 && n <= max ? String.fromCodePoint(first + n - 1) : String(n);
}

export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'decimal': return String(n);
    case 'decimalZero': return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'upperLetter': return letters(n, 65);
    case 'lowerLetter': return letters(n, 97);
    case 'upperRoman': return roman(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCounting(n, false);
    case 'chineseLegalSimplified':
      return chineseCounting(n, true);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return n >= 0 ? [...String(n)].map((c) => CN_DIGITS[c.charCodeAt(0) - 48]).join('') : String(n);
    case 'ideographTraditional': return n >= 1 && n <= 10 ? HEAVENLY_STEMS[n - 1]! : String(n);
    case 'ideographZodiac': return n >= 1 && n <= 12 ? EARTHLY_BRANCHES[n - 1]! : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(n, 0x2460, 20);
    case 'decimalEnclosedParen': return enclosed(n, 0x2474, 20);
    case 'decimalEnclosedFullstop': return enclosed(n, 0x2488, 20);
    case 'ideographEnclosedCircle': return n >= 1 && n <= 10 ? String.fromCodePoint(0x3280 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    case 'none': return '';
    default: return String(n);
  }
}

/** Bullet glyphs from symbol fonts sit in the private use area (U+F0xx); show them as a plain bullet. */
export function bulletText(lvlText: string): string {
  return lvlText.replace(/[\uf000-\uf0ff]/g, '•');
}
