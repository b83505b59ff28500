// Blind measurement set 5 (test/fixtures/realism-blind5): 18 enterprise standards written without seeing any fixture,
// run once on the final code of session 3 before any fix — 12 products under a baseline (蛋黄酥, 广式月饼, 火锅底料,
// 调和油, 婴儿连体衣, 男式T恤, 真皮休闲鞋, 牛皮手提包, 实木餐桌, 布艺沙发, 强化地板, 木质积木), 3 without one (LED 台灯, 水性
// 木器涂料, PP 餐盒) and 3 services; .md, UTF-8 and GBK .txt. That run: format precision 0.95 / recall 1.00, looser
// 1.00 / 1.00, missing 0.21 / 1.00 — 19 false missing indicators, all from baselines picked by a word naming what the
// product is used on (书桌 for a lamp, 木家具 for a coating, 糕点 for a food box). Fixed afterwards, with one false
// test-method finding ("气味、滋味" tested by "5.1 色泽、透明度、气味和滋味"). Left as they are: N02's 表干/实干时间 tested
// by "5.2 干燥时间" (a false test-method finding) and P06's 耐唾液色牢度, covered by "同时符合GB 18401的规定".
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDir, scoredOutcome } from './realism-helpers.ts';

const DIR = path.join(import.meta.dirname, 'fixtures', 'realism-blind5');
const { audit } = fixtureDir(DIR);

const EXPECTED: Record<string, string[]> = {
  'N01-led-taideng.md': [],
  // completeness/test-method is a known false alarm: 表干时间 and 实干时间 are tested by "5.2 干燥时间"
  'N02-shuixing-muqi-tuliao.md': ['completeness/test-method', 'references/outdated', 'wording/must'],
  'N03-pp-canhe.txt': ['annex/label', 'references/outdated'],
  'P01-danhuangsu.md': [],
  'P02-guangshi-yuebing.txt': [
    'foreword/drafting-basis', 'foreword/patent-statement', 'looser:酸价', 'references/lead-in', 'references/outdated',
    'terms/lead-in', 'wording/forbidden-negation', 'wording/self-reference',
  ],
  'P03-huoguo-diliao.md': ['completeness/test-method', 'missing:致病菌', 'wording/must'],
  'P04-tiaheyou.txt': ['looser:溶剂残留量', 'numbering/continuity', 'references/outdated'],
  'P06-yinger-liantiyi.md': ['annex/label', 'completeness/inspection-items', 'looser:pH值'],
  'P07-nanshi-txu.txt': [],
  // GB 20400 is listed but never cited in the body (the expectation missed it; the tool is right)
  'P08-zhenpi-xiuxianxie.md': ['completeness/test-method', 'numbering/tables', 'references/outdated', 'references/unused'],
  'P09-niupi-shoutibao.txt': ['looser:可分解有害芳香胺染料', 'references/list-format', 'wording/self-reference'],
  'P10-shimu-canzhuo.md': ['age/review-period', 'missing:TVOC', 'missing:二甲苯', 'missing:甲苯', 'missing:苯', 'references/outdated'],
  'P11-buyi-shafa.txt': [],
  'P12-qianghua-diban.md': ['identity/ics-ccs', 'references/outdated', 'units/non-legal'],
  'P14-muzhi-jimu.txt': ['looser:可迁移元素铅', 'references/outdated', 'wording/forbidden-negation'],
  'S01-jujia-baojie.md': [],
  'S02-muying-huli.txt': ['foreword/drafters', 'structure/service-elements', 'wording/forbidden-negation', 'wording/must'],
  'S03-waimai-peisong.txt': ['numbering/continuity', 'references/lead-in', 'references/unused'],
};

describe('blind set 5', () => {
  it('has an expectation for every fixture', () => {
    expect(readdirSync(DIR).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', async (file, expected) => {
    expect(scoredOutcome(await audit(file))).toEqual(expected);
  });
});
