// Text helpers behind the wording/foreword rules: modal verbs without the classic false hits, number parsing.
import { describe, expect, it } from 'vitest';
import { findModals, type ModalWord } from '../src/rules/util/modal.ts';
import { parseStandardNumber } from '../src/rules/util/numbers.ts';
import { parseIsoDate } from '../src/rules/util/dates.ts';
import { checkSiblings } from '../src/rules/util/sequence.ts';
import type { Clause } from '../src/model/types.ts';

const ALL: ModalWord[] = ['应', '不应', '宜', '不宜', '可', '不可', '不必', '必须', '不得'];
const words = (s: string) => findModals(s, ALL).map((h) => h.word);

describe('findModals', () => {
  it.each([
    ['应防潮、防污染，避免暴晒', ['应']],
    ['系统响应时间', []],
    ['应用范围', []],
    ['化学反应', []],
    ['相应的规定', []],
    ['对应的条款', []],
    ['供应商', []],
    ['适应环境', []],
    ['可能涉及专利', []],
    ['可靠性', []],
    ['可见异物', []],
    ['许可证', []],
    ['可燃物', []],
    ['可分解致癌芳香胺染料', []],
    ['构成本文件必不可少的条款', []],
    ['不可逆的变色', []],
    ['不得检出', []],
    ['不得已', []],
    ['适宜的温度', []],
    ['产品不得有破损', ['不得']],
    ['不可以拆卸', ['不可']],
    ['其他产品可参照使用', ['可']],
    ['不宜超过', ['不宜']],
    ['表面必须平整', ['必须']],
    ['标明“穿着前必须洗涤”字样', []],
    ['应符合《产品必须标明的事项》的规定', ['应']],
  ] as [string, ModalWord[]][])('%s -> %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('parseStandardNumber', () => {
  it('splits code, sequence, connector and year', () => {
    expect(parseStandardNumber('Q/CQMY 001—2024')).toEqual({ code: 'Q/CQMY', space: ' ', seq: '001', dash: '—', year: '2024' });
    expect(parseStandardNumber('Q/CQMY001-2024')).toMatchObject({ code: 'Q/CQMY', space: '', dash: '-', year: '2024' });
    expect(parseStandardNumber('GB/T 1.1—2020')).toMatchObject({ code: 'GB/T', seq: '1.1', year: '2020' });
    expect(parseStandardNumber('Q/CQMY 001')).toMatchObject({ seq: '001', dash: null, year: null });
  });
});

describe('parseIsoDate', () => {
  it('rejects dates that are not on the calendar', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 });
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2024-02-30')).toBeNull();
    expect(parseIsoDate('2024-13-01')).toBeNull();
  });
});

describe('checkSiblings', () => {
  const c = (number: string): Clause => ({
    number, title: null, level: number.split('.').length, element: 'other', numberSource: 'text', annex: null,
    blocks: [], children: [], loc: { line: 1, page: null, paragraph: null, clause: number },
  });
  const kinds = (nums: string[], parent: string[]) => checkSiblings(nums.map(c), parent).map((p) => p.kind);
  it('finds gaps, duplicates, wrong levels and wrong parents', () => {
    expect(kinds(['5.1', '5.2', '5.3'], ['5'])).toEqual([]);
    expect(kinds(['5.1', '5.2', '5.4'], ['5'])).toEqual(['gap']);
    expect(kinds(['5.1', '5.2', '5.2'], ['5'])).toEqual(['duplicate']);
    expect(kinds(['5.1.1'], ['5'])).toEqual(['wrong-level']);
    expect(kinds(['5.1'], ['4'])).toEqual(['wrong-parent']);
    expect(kinds(['1', '2', '4'], [])).toEqual(['gap']);
    expect(kinds(['A.1', 'A.3'], ['A'])).toEqual(['gap']);
  });
});
