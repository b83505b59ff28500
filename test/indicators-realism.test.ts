// Realistic enterprise product standards (test/fixtures/indicators-realism/: Markdown and plain-text exports with
// varied table shapes — grade columns, class columns, sub-item columns, "≤" and unit columns, transposed tables,
// rows the reader could not align, prose limits, delegations "应符合GB …的规定"), each with the exact set of
// indicator/missing and indicator/looser findings a careful inspector expects, and the baselines applied (with class).
// The comment above each entry says why.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditText } from './helpers.ts';
import { expandList } from '../src/indicators/names.ts';
import { fromRowLine } from '../src/indicators/extract.ts';

const DIR = path.join(import.meta.dirname, 'fixtures', 'indicators-realism');

type Expected = { baselines: string[]; findings: [rule: 'missing' | 'looser', indicator: string, baseline: string][] };

const EXPECTED: Record<string, Expected> = {
  // B; all present (耐摩擦(干) = dry rubbing; 耐汗渍(酸、碱)). none
  'b01-towel.md': { baselines: ['GB 18401-2010 B'], findings: [] },
  // C class; pH 4.0～9.5 > 9.0 → looser. 31701 C: wet rubbing not required.
  'b02-kids-down.md': { baselines: ['GB 18401-2010 C', 'GB 31701-2015 C'], findings: [['looser', 'pH值', 'GB 18401-2010']] },
  // 18584-2024, 色漆. TVOC missing; 铬 100 > 60 looser.
  'b04-dining-set.txt': { baselines: ['GB 18584-2024'], findings: [['looser', '可迁移元素铬', 'GB 18584-2024'], ['missing', 'TVOC', 'GB 18584-2024']] },
  // 18584-2024; 苯 0.10 > 0.06 looser. 18401 excluded (沙发).
  'b05-fabric-sofa.md': { baselines: ['GB 18584-2024'], findings: [['looser', '苯', 'GB 18584-2024']] },
  // all ≤0.124 → none
  'b06-laminate.md': { baselines: ['GB 18580-2017'], findings: [] },
  // mg/L vs mg/m³ → unresolved only; none
  'b07-blockboard.txt': { baselines: ['GB 18580-2017'], findings: [] },
  // 6675.4: 钡 1200 > 1000 looser (◐).
  'b08-wooden-toy.md': { baselines: ['GB 6675.1-2014', 'GB 6675.4-2014'], findings: [['looser', '可迁移元素钡', 'GB 6675.4-2014']] },
  // 7099 (花生油 added fat): 过氧化值 missing (◐).
  'b10-cantonese-mooncake.md': { baselines: ['GB 7099-2015'], findings: [['missing', '过氧化值', 'GB 7099-2015']] },
  // all present; 微生物限量 → GB 7099 covers 霉菌. none
  'b11-bread.md': { baselines: ['GB 7099-2015'], findings: [] },
  // all present. none
  'b12-sesame-oil.md': { baselines: ['GB 2716-2018'], findings: [] },
  // 31644: all delegations present. 2716 must not apply (蘸料 - exclusions 火锅/调味料). none
  'b13-dipping-sauce.txt': { baselines: ['GB 31644-2018'], findings: [] },
  // B; 异味 and 可分解致癌芳香胺染料 missing.
  'b14-sweatpants.txt': { baselines: ['GB 18401-2010 B'], findings: [['missing', '可分解致癌芳香胺染料', 'GB 18401-2010'], ['missing', '异味', 'GB 18401-2010']] },
  // coatings baselines status-only → no baseline; none
  'b15-wall-paint.md': { baselines: [], findings: [] },
  // 18584 all equal; 20400 free formaldehyde 75 & azo 30 fine; but the 18584 甲醛 and 20400 游离甲醛 must not cross-match. none
  'b16-leather-sofa.md': { baselines: ['GB 18584-2024', 'GB 20400-2006'], findings: [] },
  // B; whole delegation but a declared 合格品 耐干摩擦 2-3 < 3 → looser (a declared limit looser than mandatory is a violation even with the delegation).
  'c01-shirt-pdf.txt': { baselines: ['GB 18401-2010 B'], findings: [['looser', '耐干摩擦色牢度', 'GB 18401-2010']] },
  // B (直接接触皮肤), NOT A (不适合婴幼儿). All in prose, all equal → none.
  'c04-pajamas-prose.md': { baselines: ['GB 18401-2010 B'], findings: [] },
  // whole delegation via table row '基本安全性能 | 符合GB 18401—2010 B类要求' → none
  'c05-socks.md': { baselines: ['GB 18401-2010 B'], findings: [] },
  // 2716: 过氧化值 0.30 > 0.25 looser. Mycotoxins: own limit (黄曲霉毒素B1) instead of citing GB 2761 → delegationOwnLimits unresolved (not missing).
  'c08-peanut-oil.md': { baselines: ['GB 2716-2018'], findings: [['looser', '过氧化值', 'GB 2716-2018']] },
  // 18584: 甲醛 0.10 > 0.08 looser. GB 18580 not applied (家具) and its citation does not satisfy 18584 formaldehyde.
  'c09-bookcase.txt': { baselines: ['GB 18584-2024'], findings: [['looser', '甲醛', 'GB 18584-2024']] },
  // A; 涂料印花 → GB 31701 总铅 (≤90) and 总镉 (≤100) required (◐) → missing both.
  'c10-infant-print.md': { baselines: ['GB 18401-2010 A', 'GB 31701-2015 A'], findings: [['missing', '总铅', 'GB 31701-2015'], ['missing', '总镉', 'GB 31701-2015']] },
  // 2-row header; footnote marks; A类不合格 must not make A. B → none
  'd01-polo-2rowheader.md': { baselines: ['GB 18401-2010 B'], findings: [] },
  // textile bedding; not furniture (no 18584). 18401 delegated whole via list → none
  'd02-mattress-protector.md': { baselines: ['GB 18401-2010 B'], findings: [] },
  // textile cover → 18401 C (delegated) → none; must not be furniture (18584 excludes 沙发套)
  'd03-sofa-cover.md': { baselines: ['GB 18401-2010 C'], findings: [] },
  // faux fur (仿毛皮) is textile: 18401 B, all present → none; baseline list must be [18401 B]
  'd04-faux-fur.md': { baselines: ['GB 18401-2010 B'], findings: [] },
  // 18584: 甲醛 0.124 (E1 panel value) > 0.08 → looser. 苯/甲苯/二甲苯 in one sentence with 分别 → equal; TVOC equal.
  'd05-wardrobe-e1.md': { baselines: ['GB 18584-2024'], findings: [['looser', '甲醛', 'GB 18584-2024']] },
  // 7099: 过氧化值 0.50 > 0.25 looser (◐). 霉菌ᵇ footnote mark ok.
  'd06-walnut-cake.md': { baselines: ['GB 7099-2015'], findings: [['looser', '过氧化值', 'GB 7099-2015']] },
  // A,B columns by class names; 耐唾液 3-4 < 4 (A) looser. GB 31701 also applies (婴幼儿+内衣) for A: 耐湿摩擦 missing (◐).
  'd07-cotton-knit-ab.md': { baselines: ['GB 18401-2010 A,B', 'GB 31701-2015 A,B'], findings: [['looser', '耐唾液色牢度', 'GB 18401-2010'], ['missing', '耐湿摩擦色牢度', 'GB 31701-2015']] },
  // class columns with statements; C dry rubbing 2-3 < 3 looser.
  'e01-hoodie-classheaders.md': { baselines: ['GB 18401-2010 A,B,C'], findings: [['looser', '耐干摩擦色牢度', 'GB 18401-2010']] },
  // toy without the word 玩具 in the title; limits in a transposed annex table, 1 000 with a thin space. GB 6675.1 phthalate DBP group (◐) is missing.
  'e02-blocks-notoyword.md': { baselines: ['GB 6675.1-2014', 'GB 6675.4-2014'], findings: [['missing', '邻苯二甲酸酯(DBP+BBP+DEHP)', 'GB 6675.1-2014']] },
  // 羽绒被 keyword; B; 耐干摩擦色牢度 missing.
  'e03-down-quilt.md': { baselines: ['GB 18401-2010 B'], findings: [['missing', '耐干摩擦色牢度', 'GB 18401-2010']] },
  // whitespace-aligned table with 序号 column; B; 甲醛 100 > 75 looser.
  'e04-shirt-txtrow.txt': { baselines: ['GB 18401-2010 B'], findings: [['looser', '甲醛含量', 'GB 18401-2010']] },
  // Written against GB 18584-2001; audit date 2026-11 → GB 18584-2024 applies (indoor, 色漆 mentioned). 甲醛 in mg/L (desiccator) cannot be compared with mg/m³ → unresolved (not missing, not looser). Missing: 苯, 甲苯, 二甲苯, TVOC, 可迁移元素 锑, 砷, 钡, 硒. Pb/Cd/Cr/Hg ("可溶性") equal.
  'f07-wardrobe-old.md': { baselines: ['GB 18584-2024'], findings: [['missing', 'TVOC', 'GB 18584-2024'], ['missing', '二甲苯', 'GB 18584-2024'], ['missing', '可迁移元素砷', 'GB 18584-2024'], ['missing', '可迁移元素硒', 'GB 18584-2024'], ['missing', '可迁移元素钡', 'GB 18584-2024'], ['missing', '可迁移元素锑', 'GB 18584-2024'], ['missing', '甲苯', 'GB 18584-2024'], ['missing', '苯', 'GB 18584-2024']] },
  // GB 18584-2024, indoor, no 色漆 → VOC only. TVOC 0.60 > 0.50 → looser. Others stricter (info).
  'f08-office-chair.md': { baselines: ['GB 18584-2024'], findings: [['looser', 'TVOC', 'GB 18584-2024']] },
  // GB 18584-2024; children's furniture with coatings → elements required; transposed table (elements as columns). 苯 not declared → missing. All others equal/stricter. Not a toy (GB 6675.4 only a method).
  'f09-kids-desk.md': { baselines: ['GB 18584-2024'], findings: [['missing', '苯', 'GB 18584-2024']] },
  // GB 18584-2024 all equal; GB 18401 must not be applied to the mattress (床垫 exclusion) → nothing.
  'f10-mattress.txt': { baselines: ['GB 18584-2024'], findings: [] },
  // GB 7099 (fat added: 食用植物油). 霉菌 ≤200 > 150 CFU/g → looser (◐). Acid/peroxide equal. Pathogens delegated.
  'k15-mooncake.txt': { baselines: ['GB 7099-2015'], findings: [['looser', '霉菌', 'GB 7099-2015']] },
  // GB 2716: acid value all grades ≤3 ok; peroxide in mmol/kg cannot be converted → unresolved (not missing/looser). Solvent residue 不得检出 → stricter. Contaminants/mycotoxins delegated. Nothing missing/looser.
  'k16-rapeseed-oil.md': { baselines: ['GB 2716-2018'], findings: [] },
  // GB 31644: contaminants → GB 2762 ok, pathogens → GB 29921 ok, additives: "国家相关规定" does not name GB 2760 → missing. GB 2716 must not apply (火锅/底料 exclusion) despite 牛油 / oil words.
  'k17-hotpot.md': { baselines: ['GB 31644-2018'], findings: [['missing', '食品添加剂', 'GB 31644-2018']] },
  // GB 2716: solvent residue 50 > 20 → looser (◐). Mycotoxins (GB 2761) not mentioned → missing delegation.
  'k18-blend-oil.txt': { baselines: ['GB 2716-2018'], findings: [['looser', '溶剂残留量', 'GB 2716-2018'], ['missing', '真菌毒素限量', 'GB 2716-2018']] },
  // GB 18580-2017: 甲醛释放量 0.20 > 0.124 mg/m³ → looser.
  'p11-plywood.md': { baselines: ['GB 18580-2017'], findings: [['looser', '甲醛释放量', 'GB 18580-2017']] },
  // Delegation "甲醛释放量应符合GB 18580的规定" → nothing.
  'p12-flooring.md': { baselines: ['GB 18580-2017'], findings: [] },
  // B类 (marking). "甲醛含量、pH值、异味、可分解致癌芳香胺染料 按GB 18401规定执行" delegates those four. 合格品 耐干摩擦 2-3 < ≥3 (B) → looser. Colour fastness water/perspiration OK for all grades. 耐汗渍 (not split acid/alkaline) covers both perspiration indicators.
  't01-tshirt-grades.md': { baselines: ['GB 18401-2010 B'], findings: [['looser', '耐干摩擦色牢度', 'GB 18401-2010']] },
  // A类. 甲醛 ≤30 > 20 → looser. 耐唾液色牢度 absent → missing (GB 18401 A). GB 31701: 耐湿摩擦 ≥3 equal (A). Pb/Cd only for coated/pigment prints → not required.
  't02-infant-bodysuit.md': { baselines: ['GB 18401-2010 A', 'GB 31701-2015 A'], findings: [['looser', '甲醛含量', 'GB 18401-2010'], ['missing', '耐唾液色牢度', 'GB 18401-2010']] },
  // Whole delegation "基本安全技术要求应符合GB 18401—2010中B类的规定" → nothing missing, nothing looser.
  't03-bedding-prose.txt': { baselines: ['GB 18401-2010 B'], findings: [] },
  // C类; curtain: perspiration fastness not assessed (5.2). All declared equal. No finding.
  't04-curtain.txt': { baselines: ['GB 18401-2010 C'], findings: [] },
  // Class columns A/B/C; no single class stated. C-column pH 4.0～10.5 is looser than 4.0～9.0 (note a relaxation is only for non-final products; a garment is final) → looser pH (C).
  't05-downjacket-3class.md': { baselines: ['GB 18401-2010 A,B,C'], findings: [['looser', 'pH值', 'GB 18401-2010']] },
  // GB 20400 B类 (direct skin contact). 游离甲醛 100 > 75 → looser (◐ warning). Azo ≤30 equal. Not a textile: GB 18401 must not apply (皮革 exclusion).
  't06-leather-gloves.txt': { baselines: ['GB 20400-2006 B'], findings: [['looser', '游离甲醛', 'GB 20400-2006']] },
  // GB 6675.4: 铅 100 > 90 → looser (◐). Others equal. GB 6675.1 DBP+BBP+DEHP ≤0.1% equal; DNOP+DINP+DIDP only for mouth toys (not stated) → not required.
  'y13-blocks.md': { baselines: ['GB 6675.1-2014', 'GB 6675.4-2014'], findings: [['looser', '可迁移元素铅', 'GB 6675.4-2014']] },
  // GB 6675 (所有部分) delegation covers 6675.1/6675.4. GB 18401 excluded (玩具). Nothing.
  'y14-plush.txt': { baselines: ['GB 6675.1-2014', 'GB 6675.4-2014'], findings: [] },
  // Shoes: excluded from GB 18401/GB 31701/GB 20400 (合成革); GB 30585 has no shipped values → no baseline, nothing.
  'z19-kids-shoes.md': { baselines: [], findings: [] },
  // Not a textile product (cup). The only GB 18401 citation is for the sleeve and is "C类" — even if 18401 were applied by citation, the whole-sleeve delegation covers it. Expected: nothing missing/looser.
  'z20-cup.md': { baselines: ['GB 18401-2010 C'], findings: [] },
};

async function audit(file: string) {
  return auditText(readFileSync(path.join(DIR, file), 'utf8'), file);
}

describe('indicator findings on realistic enterprise standards', () => {
  it('every fixture has an expectation', () => {
    expect(readdirSync(DIR).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, want] of Object.entries(EXPECTED)) {
    it(file, async () => {
      const r = await audit(file);
      expect(r.baselines.map((b) => `${b.id}${b.class ? ' ' + b.class : ''}`)).toEqual(want.baselines);
      const got = r.findings
        .filter((f) => f.ruleId === 'indicator/missing' || f.ruleId === 'indicator/looser')
        .map((f) => [f.ruleId.slice('indicator/'.length), f.indicator, f.baseline])
        .sort((a, b) => a.join().localeCompare(b.join()));
      expect(got).toEqual([...want.findings].sort((a, b) => a.join().localeCompare(b.join())));
    });
  }
});

describe('shapes behind the fixtures', () => {
  it('a leather standard: the "≤" column sets the comparator, the found value keeps the unit', async () => {
    const r = await audit('t06-leather-gloves.txt');
    const f = r.findings.find((x) => x.ruleId === 'indicator/looser')!;
    expect([f.expected, f.found, f.severity]).toEqual(['≤75 mg/kg（B类）', '≤100 mg/kg', 'error']);
  });

  it('grade columns named 一级/二级 do not make the unit 级; mmol/kg is left unresolved', async () => {
    const r = await audit('k16-rapeseed-oil.md');
    const rows = r.findings.filter((x) => x.category === 'indicator').map((x) => [x.ruleId, x.indicator, x.found]);
    expect(rows).toEqual([
      ['indicator/stricter', '酸价', '≤1.5 mg/g'],
      ['indicator/stricter', '酸价', '≤2.0 mg/g'],
      ['indicator/unresolved', '过氧化值', '≤6.0 mmol/kg'],
      ['indicator/unresolved', '过氧化值', '≤7.5 mmol/kg'],
      ['indicator/stricter', '溶剂残留量', '不得检出'],
    ]);
  });

  it('"游离甲醛 mg/kg" of the leather is not compared with the "甲醛 mg/m³" emission of the sofa', async () => {
    const r = await audit('b16-leather-sofa.md');
    expect(r.findings.filter((x) => x.category === 'indicator' && x.indicator !== null).map((x) => x.ruleId)).toEqual([]);
  });

  it('lists sharing an ending are split', () => {
    expect(expandList('耐水、耐酸汗渍、耐碱汗渍色牢度')).toEqual(['耐水色牢度', '耐酸汗渍色牢度', '耐碱汗渍色牢度']);
    expect(expandList('耐酸、碱汗渍色牢度')).toEqual(['耐酸汗渍色牢度', '碱汗渍色牢度']);
    expect(expandList('铅、镉含量')).toEqual(['铅含量', '镉含量']);
    expect(expandList('甲醛含量、pH值、异味、可分解致癌芳香胺染料')).toEqual(['甲醛含量、pH值、异味、可分解致癌芳香胺染料']);
  });

  it('a table row that reached the model as a line of text', () => {
    const loc = { line: 1, page: null, paragraph: null, clause: '4.1' };
    const where = { number: '4.1', title: null };
    const row = fromRowLine('游离甲醛 ≤ mg/kg 300', loc, where)!;
    expect([row.name, row.value, row.unit]).toEqual(['游离甲醛', { kind: 'bound', comparator: '<=', value: 300 }, 'mg/kg']);
    expect(fromRowLine('甲醛 ≤ 75 GB/T 2912.1', loc, where)!.value).toEqual({ kind: 'bound', comparator: '<=', value: 75 });
    expect(fromRowLine('pH值 — 4.0～9.0', loc, where)!.value).toEqual({ kind: 'range', min: 4, max: 9 });
    const methods = new Set(['5.1', '5.2']);
    const ph = fromRowLine('pH值 — 4.0～8.5 5.2', loc, where, methods)!;
    expect([ph.value, ph.method]).toEqual([{ kind: 'range', min: 4, max: 8.5 }, '5.2']);
    expect(fromRowLine('项目 单位 要求', loc, where)).toBeNull();
    expect(fromRowLine('遮光率应不小于99.0%，按FZ/T 01009测定', loc, where)).toBeNull();
  });
});
