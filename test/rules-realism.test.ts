// Regressions from running std-audit on real public standards (/tmp/real/REPORT.md) and on blind measurement sets:
// each fixture is a short excerpt of the minimal reproduction, with the false positives it used to raise and the
// defects it must still find.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditText, docFromText, ruleIds, replaceOnce } from './helpers.ts';
import { detectProfile } from '../src/engine/profile.ts';
import { extractDeclared } from '../src/indicators/extract.ts';
import { findModals, modifiesNoun } from '../src/rules/util/modal.ts';
import type { DocumentResult } from '../src/engine/types.ts';
import { standard } from './baselines-fixture.ts';

const DIR = path.join(import.meta.dirname, 'fixtures', 'rules', 'realism');
const fixture = (name: string): string => readFileSync(path.join(DIR, name), 'utf8');


/** "ruleId:severity" of every finding of the given rules. */
function found(r: DocumentResult, ...ids: string[]): string[] {
  return r.findings.filter((f) => ids.includes(f.ruleId)).map((f) => `${f.ruleId}:${f.severity}`).sort();
}

describe('combined terms chapter, names and noun phrases (issues 3, 4, 5a, 13, 15)', () => {
  const text = fixture('combined-terms.md');

  it('GB/T 45688-style "3 术语、定义和缩略语" with the lead-in in 3.1 raises nothing', async () => {
    const r = await auditText(text, 'combined-terms.md');
    expect(r.profile).toBe('national');
    expect(ruleIds(r)).toEqual([]);
  });

  it('the sub-clause 3.1 without its lead-in is still reported', async () => {
    const r = await auditText(replaceOnce(text, ['下列术语和定义适用于本文件。\n\n####', '####']), 'no-lead-in.md');
    expect(found(r, 'terms/lead-in')).toEqual(['terms/lead-in:error']);
  });

  it('可以 + a verb of capability in a definition is a property; 可以 + another verb is a permission', async () => {
    const capable = await auditText(replaceOnce(text, ['整车企业自建的平台。', '整车企业自建的、可以明确辨识的平台。']), 'capable.md');
    expect(found(capable, 'terms/definition-requirements')).toEqual([]);
    const permitted = await auditText(replaceOnce(text, ['整车企业自建的平台。', '整车企业自建的平台，可以采用云部署。']), 'permitted.md');
    expect(found(permitted, 'terms/definition-requirements')).toEqual(['terms/definition-requirements:warning']);
  });

  it('a modal in the foreword or scope outside names is still reported', async () => {
    const r = await auditText(replaceOnce(text,
      ['本文件主要起草人：孙巍、蒋可心、赵应龙。', '本文件主要起草人：孙巍、蒋可心、赵应龙。各单位应遵照执行。'],
      ['本文件规定了可验证凭证的动态监测技术要求。', '本文件规定了动态监测技术要求，平台应具备报警功能。'],
    ), 'modals.md');
    expect(found(r, 'foreword/no-requirements', 'wording/scope-requirements'))
      .toEqual(['foreword/no-requirements:warning', 'wording/scope-requirements:error']);
  });

  it('"g" next to 加速度 is the acceleration of gravity; "500g" of a mass is still glued', async () => {
    const r = await auditText(replaceOnce(text, ['平台应具备动态监测功能。', '平台应具备动态监测功能，终端质量不大于500g。']), 'grams.md');
    expect(r.findings.filter((f) => f.ruleId === 'units/spacing').map((f) => f.location.clause)).toEqual(['4.1']);
  });

  it('"4N" of a washing programme (GB/T 8629) is no number of newtons; "40N" of a force is still glued', async () => {
    const programme = await auditText(replaceOnce(text, ['平台应具备动态监测功能。', '平台应具备动态监测功能，外壳按洗涤程序4N清洗。']), 'wash.md');
    expect(programme.findings.filter((f) => f.ruleId === 'units/spacing')).toEqual([]);
    const force = await auditText(replaceOnce(text, ['平台应具备动态监测功能。', '平台应具备动态监测功能，按键力不大于40N。']), 'force.md');
    expect(force.findings.filter((f) => f.ruleId === 'units/spacing').map((f) => f.location.clause)).toEqual(['4.1']);
  });
});

describe('old-form group standard (issue 16)', () => {
  it('本部分/本规范, a 〔year〕N号 policy document, 必须 in a one-cell table, the lead-in under "术语和缩略语"', async () => {
    const r = await auditText(fixture('group-misses.md'), 'group-misses.md');
    expect(found(r, 'wording/self-reference', 'references/laws', 'wording/must', 'terms/lead-in', 'numbering/lone-subclause')).toEqual([
      'references/laws:warning', 'terms/lead-in:error', 'wording/must:error',
      'wording/self-reference:warning', 'wording/self-reference:warning', 'wording/self-reference:warning',
    ]);
    expect(r.findings.filter((f) => f.ruleId === 'wording/self-reference').map((f) => f.location.clause)).toEqual(['1', '3', '4.1']);
  });

  it('本规范 inside a quoted title and 本规范性… are not self-references', async () => {
    const r = await auditText(replaceOnce(fixture('group-misses.md'),
      ['本部分定义了区域控制器间接口。', '本文件定义了区域控制器间接口。'],
      ['适用于本部分。', '适用于本文件。'],
      ['本规范重点针对', '“本规范”一词在旧文件中指《接口本规范》，本规范性内容重点针对'],
    ), 'quoted.md');
    expect(found(r, 'wording/self-reference')).toEqual([]);
  });
});

describe('enterprise profile evidence (issues 6, 7)', () => {
  it('a Q/ IT guide whose title merely contains 服务 is no service standard, and no product-element errors', async () => {
    const r = await auditText(fixture('service-title.md'), 'service-title.md');
    expect(r.profile).toBe('enterprise-product');
    expect(found(r, 'structure/service-elements', 'structure/product-elements', 'completeness/test-method'))
      .toEqual(['structure/product-elements:warning']);
    // "应遵循的设计原则" names content; 可维护性 is an adjective.
    expect(found(r, 'wording/scope-requirements')).toEqual([]);
  });

  it('a title ending in 服务规范 or a 服务要求 chapter makes it a service standard', async () => {
    const byTitle = await docFromText(replaceOnce(fixture('service-title.md'), ['# 技术中台消息服务接入手册', '# 技术中台消息服务规范']), 'svc.md');
    expect(detectProfile(byTitle).profile).toBe('enterprise-service');
    const byChapter = await docFromText(replaceOnce(fixture('service-title.md'), ['## 4 设计指引', '## 4 服务要求']), 'svc2.md');
    expect(detectProfile(byChapter).profile).toBe('enterprise-service');
  });

  it('product evidence keeps the product-element errors', async () => {
    const r = await auditText(replaceOnce(fixture('service-title.md'), ['## 4 设计指引', '## 4 检验规则']), 'product.md');
    expect(found(r, 'structure/product-elements')).toEqual([
      'structure/product-elements:error', 'structure/product-elements:error', 'structure/product-elements:error',
    ]);
  });

  it('no cover number but a SAC/TC administrator, or a running-header number in the text: national', async () => {
    const text = fixture('numberless-industry.md');
    expect(detectProfile(await docFromText(text, 'n1.md')).profile).toBe('national');
    const noCommittee = replaceOnce(text, ['本文件由全国金融标准化技术委员会（SAC/TC 180）归口。\n\n', '']);
    expect(detectProfile(await docFromText(noCommittee, 'n2.md')).profile).toBe('enterprise-product');
    const header = replaceOnce(noCommittee, ['### 4.2 相关主体编码', 'JR/T 0325—2024\n\n### 4.2 相关主体编码']);
    expect(detectProfile(await docFromText(header, 'n3.md')).profile).toBe('national');
  });

  it('a code/enumeration table declares no indicators (no test-method finding)', async () => {
    const text = replaceOnce(fixture('numberless-industry.md'), ['本文件由全国金融标准化技术委员会（SAC/TC 180）归口。\n\n', '']);
    expect(extractDeclared(await docFromText(text, 'codes.md'))).toEqual([]);
    const r = await auditText(text, 'codes.md');
    expect(found(r, 'completeness/test-method')).toEqual([]);
  });
});

describe('foreword items (issue 12)', () => {
  it('empty 主要起草人 and the old approval / precedence / filing items', async () => {
    const r = await auditText(fixture('old-foreword.md'), 'old-foreword.md');
    expect(found(r, 'foreword/drafters', 'foreword/obsolete-statements')).toEqual([
      'foreword/drafters:warning',
      'foreword/obsolete-statements:warning', 'foreword/obsolete-statements:warning', 'foreword/obsolete-statements:warning',
    ]);
  });

  it('drafters named on the next (wrapped) line are not missing', async () => {
    const r = await auditText(replaceOnce(fixture('old-foreword.md'), ['本文件主要起草人：\n', '本文件主要起草人：\n\n张明、李红。\n']), 'wrapped.md');
    expect(found(r, 'foreword/drafters')).toEqual([]);
  });
});

describe('不能 as a prohibition (report §4)', () => {
  it('is a warning in a requirement, not in a condition', async () => {
    const r = await auditText(fixture('service-title.md'), 'cannot.md');
    const hits = r.findings.filter((f) => f.ruleId === 'wording/forbidden-negation');
    expect(hits.map((f) => [f.severity, f.location.clause])).toEqual([['warning', '4.2']]);
  });
});

describe('modal scanning (issues 5, 15)', () => {
  it('应答, 可验证, 可维护 are words, not modals', () => {
    expect(findModals('——第1部分：应答器报文；可验证凭证；可维护性', ['应', '可'])).toEqual([]);
  });

  it('a modal + short verb + 的 + noun names content; predicates stay requirements', () => {
    const nounPhrase = (s: string): boolean => modifiesNoun(s, findModals(s, ['应', '宜', '可'])[0]!);
    expect(nounPhrase('本文件给出了接入系统应遵循的设计原则。')).toBe(true);
    expect(nounPhrase('本文件规定了平台应当具备的条件。')).toBe(true);
    expect(nounPhrase('外壳应为红色的。')).toBe(false);
    expect(nounPhrase('产品应具有良好的稳定性。')).toBe(false);
    expect(nounPhrase('产品应符合GB 1234的规定。')).toBe(false);
  });
});

describe('completeness/inspection-items: "全部项目及X"', () => {
  it('reads the items named after "第4章规定的全部项目"', async () => {
    const doc = (items: string) => standard({
      title: '测试产品', scope: '本文件适用于测试产品。', requirements: '### 4.1 外观\n\n表面应平整。\n\n### 4.2 含水率\n\n含水率应不大于12%。',
      methods: '### 5.1 外观\n\n目测。\n\n### 5.2 含水率\n\n按GB/T 1931规定的方法测定。', factoryItems: items,
    });
    const items = (r: DocumentResult) =>
      r.findings.filter((f) => f.ruleId === 'completeness/inspection-items').map((f) => /“(.+?)”/.exec(f.message)![1]!);
    expect(items(await auditText(doc('出厂检验项目为第4章规定的全部项目及耐磨性。'), 'all-plus.md'))).toEqual(['耐磨性']);
    expect(items(await auditText(doc('出厂检验项目为第4章规定的全部项目。'), 'all.md'))).toEqual([]);
  });
});
