// Display width shared by the text-table reader, the PDF model and the reporters.
import { describe, expect, it } from 'vitest';
import { codePointWidth, displayWidth } from '../src/text-width.ts';
import { displayWidth as terminalWidth } from '../src/reporters/width.ts';

describe('displayWidth', () => {
  it('counts CJK, full-width forms and U+3000 as two columns, Latin and digits as one', () => {
    expect(displayWidth('甲醛含量')).toBe(8);
    expect(displayWidth('GB/T 2912.1')).toBe(11);
    expect(displayWidth('≤ 75 mg/kg')).toBe(10);
    expect(displayWidth('项　目')).toBe(6);
    expect(displayWidth('（ＡＢＣ）')).toBe(10);
  });

  it('counts a character outside the BMP once, with its own width', () => {
    expect(displayWidth('𠀀a')).toBe(3); // CJK Extension B
    expect(codePointWidth(0x0301)).toBe(0); // combining acute accent
  });

  it('ignores colour escapes on the terminal', () => {
    expect(terminalWidth('\u001b[31m错误\u001b[39m')).toBe(4);
  });
});
