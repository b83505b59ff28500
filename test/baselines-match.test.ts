// Matching documents to baselines: evidence, class statements, editions in force, and the traps.
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../src/baselines/index.ts';
import { matchBaselines, statedClasses } from '../src/baselines/match.ts';
import { findBaseline } from '../src/baselines/catalogue.ts';
import { docFromText } from './helpers.ts';
import { standard, table, type StdParts } from './baselines-fixture.ts';

const cat = loadCatalogue();

async function match(p: Partial<StdParts> & Pick<StdParts, 'title' | 'scope'>, auditDate = '2026-11-23', explicit: string[] = []) {
  const doc = await docFromText(standard({ requirements: '表面应平整。', ...p }));
  return matchBaselines(doc, cat, { explicit, auditDate, lang: 'zh' }).matches;
}

const ids = (ms: Awaited<ReturnType<typeof match>>) => ms.map((m) => m.baseline.id);

describe('matching', () => {
  it('matches by the title and states the evidence', async () => {
    const ms = await match({ title: '纯棉针织内衣', scope: '本文件适用于针织内衣。' });
    expect(ids(ms)).toEqual(['GB 18401-2010']);
    expect(ms[0]!.reasons.join()).toContain('针织');
  });

  it('a product word in what the product is used on, in or with is not the product (purpose modifiers with lists)', async () => {
    expect(ids(await match({ title: 'LED护眼台灯', scope: '本文件适用于放置在家庭书桌、办公桌上使用的LED护眼台灯。' }))).toEqual([]);
    expect(ids(await match({ title: '水性木器涂料', scope: '本文件适用于用于室内木家具、木门窗表面涂装的水性木器涂料。' }))).toEqual([]);
    expect(ids(await match({ title: '一次性餐盒', scope: '本文件适用于用于盛装米饭、面条、糕点等即食食品的一次性餐盒。' }))).toEqual([]);
    expect(ids(await match({ title: '蛋糕味奶糖', scope: '本文件适用于以白砂糖、乳粉为主要原料制成的蛋糕味奶糖。' }))).toEqual([]);
    // the head noun still names the product, whatever the purpose phrase before it
    expect(ids(await match({ title: '书桌', scope: '本文件适用于放置在卧室中使用的实木书桌。' }))).toEqual(['GB 18584-2024']);
    expect(ids(await match({ title: '桃酥', scope: '本文件适用于以小麦粉、植物油为主要原料，用于早餐食用的糕点。' }))).toEqual(['GB 7099-2015']);
  });

  it('matches by the scope when the title names no product of the catalogue', async () => {
    expect(ids(await match({ title: '连体衣', scope: '本文件适用于以棉为原料的婴幼儿针织服装。' }))).toEqual(['GB 18401-2010', 'GB 31701-2015']);
  });

  it('GB 31701 brings in GB 18401 ("products must meet both")', async () => {
    const ms = await match({ title: '婴儿爬服', scope: '本文件适用于36个月及以下婴幼儿穿着的爬服。' });
    expect(ids(ms)).toEqual(['GB 18401-2010', 'GB 31701-2015']);
    expect(ms[0]!.reasons).toEqual(['GB 31701-2015 要求产品同时符合本标准']);
  });

  it('a title word settles the product: covers of excluded products are textiles, excluded words in the scope do not undo a title', async () => {
    expect(ids(await match({ title: '弹力沙发套', scope: '本文件适用于针织弹力沙发套。' }))).toEqual(['GB 18401-2010']);
    expect(ids(await match({ title: '防水床笠', scope: '本文件适用于用于床垫保护的防水床笠。' }))).toEqual(['GB 18401-2010']);
    expect(ids(await match({ title: '弹簧软床垫', scope: '本文件适用于带可拆洗床垫套的弹簧软床垫。' }))).toEqual(['GB 18584-2024']);
    expect(ids(await match({ title: '仿毛皮外套', scope: '本文件适用于腈纶仿毛皮外套。' }))).toEqual(['GB 18401-2010']);
    expect(ids(await match({ title: '真皮沙发', scope: '本文件适用于牛皮革沙发。' }))).toEqual(['GB 18584-2024', 'GB 20400-2006']);
  });

  it('"不适合婴幼儿" is not a class A statement', async () => {
    const doc = await docFromText(standard({ title: '女式睡衣', scope: '本文件适用于直接接触皮肤的女式睡衣。本产品不适合36个月及以下婴幼儿穿着。', requirements: '表面应平整。' }));
    expect(statedClasses(doc, findBaseline(cat, 'GB 18401-2010')!).classes).toEqual(['B']);
  });

  it('no match: no baseline', async () => {
    expect(await match({ title: '不锈钢保温杯', scope: '本文件适用于不锈钢保温杯。' })).toEqual([]);
    expect(await match({ title: '商用冷柜', scope: '本文件适用于商用冷柜。' })).toEqual([]);
  });

  it('children\'s furniture is not a children\'s textile', async () => {
    expect(ids(await match({ title: '儿童衣柜', scope: '本文件适用于儿童衣柜。' }))).toEqual(['GB 18584-2024']);
  });

  it('trap: a furniture standard citing GB 6675.4 as a test method is not a toy', async () => {
    const ms = await match({
      title: '儿童书桌', scope: '本文件适用于儿童书桌。', refs: ['GB 6675.4 玩具安全　第4部分：特定元素的迁移'],
      requirements: '色漆涂层可迁移元素应符合表1的规定。',
      methods: '### 5.1 可迁移元素\n\n按GB 6675.4规定的方法测定。',
    });
    expect(ids(ms)).toEqual(['GB 18584-2024']);
  });

  it('trap: a toy box is furniture, not a toy', async () => {
    expect(ids(await match({ title: '儿童玩具收纳柜', scope: '本文件适用于儿童玩具收纳柜。' }))).toEqual(['GB 18584-2024']);
  });

  it('trap: a food standard citing GB 2762 is a food standard, not a contaminants standard', async () => {
    const ms = await match({
      title: '火锅底料', scope: '本文件适用于火锅底料。', refs: ['GB 2762 食品安全国家标准　食品中污染物限量'],
      requirements: '### 4.1 污染物限量\n\n污染物限量应符合GB 2762的规定。',
    });
    expect(ids(ms)).toEqual(['GB 31644-2018']);
  });

  it('exclusions: GB 18401 does not apply to toys, shoes or bags', async () => {
    expect(ids(await match({ title: '毛绒玩具', scope: '本文件适用于以纺织面料制成的毛绒玩具。' }))).toEqual(['GB 6675.1-2014', 'GB 6675.4-2014']);
    expect(ids(await match({ title: '帆布鞋', scope: '本文件适用于以纺织面料为鞋面的帆布鞋。' }))).toEqual([]);
  });

  it('the scope\'s "不适用于" part is not evidence', async () => {
    expect(ids(await match({ title: '保温杯', scope: '本文件适用于保温杯。本文件不适用于纺织品和家具。' }))).toEqual([]);
  });

  it('a material named only in the scope does not add a baseline when the title names the product', async () => {
    expect(ids(await match({ title: '桃酥', scope: '本文件适用于以小麦粉、食用植物油为原料制成的桃酥。' }))).toEqual(['GB 7099-2015']);
    expect(ids(await match({ title: '板式衣柜', scope: '本文件适用于以刨花板、纤维板为基材的板式衣柜。' }))).toEqual(['GB 18584-2024']);
  });

  it('a requirement citing the baseline is evidence when the product words name nothing', async () => {
    const ms = await match({ title: '缝纫线制品', scope: '本文件适用于本公司产品。', refs: ['GB 18401 国家纺织产品基本安全技术规范'], requirements: '产品的安全性能应符合GB 18401 B类的规定。' });
    expect(ids(ms)).toEqual(['GB 18401-2010']);
    expect(ms[0]!.citedAsRequirement.length).toBe(1);
  });

  it('explicit ids override matching; unknown ids are reported', async () => {
    const doc = await docFromText(standard({ title: '纯棉针织内衣', scope: '本文件适用于针织内衣。', requirements: '表面应平整。' }));
    const r = matchBaselines(doc, cat, { explicit: ['GB 20400', 'GB 9999-2020'], auditDate: '2026-11-23', lang: 'en' });
    expect(r.matches.map((m) => m.baseline.id)).toEqual(['GB 20400-2006']);
    expect(r.matches[0]!.reasons).toEqual(['baseline GB 20400-2006 given explicitly']);
    expect(r.unknown).toEqual(['GB 9999-2020']);
  });
});

describe('editions in force', () => {
  const wooden = { title: '实木餐桌', scope: '本文件适用于实木家具中的餐桌。', refs: ['GB 18584—2001 室内装饰装修材料　木家具中有害物质限量'], requirements: '有害物质限量应符合GB 18584—2001的规定。' };

  it('a standard written against GB 18584-2001 is checked against GB 18584-2024 after 2025-07-01, with the old edition as context', async () => {
    const ms = await match(wooden);
    expect(ids(ms)).toEqual(['GB 18584-2024']);
    expect(ms[0]!.reasons.join()).toContain('GB 18584-2001 已被 GB 18584-2024 代替（2025-07-01 实施）');
    // The requirement cites the old edition: it does not incorporate the current one.
    expect(ms[0]!.citedAsRequirement).toEqual([]);
  });

  it('before 2025-07-01 the 2001 edition applies', async () => {
    expect(ids(await match(wooden, '2025-03-01'))).toEqual(['GB 18584-2001']);
    expect(ids(await match({ title: '塑料椅', scope: '本文件适用于塑料椅。' }, '2025-03-01'))).toEqual(['GB 28481-2012']);
  });

  it('findBaseline resolves a key to the edition in force and accepts "—"', () => {
    expect(findBaseline(cat, 'GB 18584')?.id).toBe('GB 18584-2024');
    expect(findBaseline(cat, 'GB 18401—2010')?.id).toBe('GB 18401-2010');
    expect(findBaseline(cat, 'GB18401')?.id).toBe('GB 18401-2010');
  });
});

describe('class statements', () => {
  const b = findBaseline(cat, 'GB 18401-2010')!;
  async function classes(scope: string, requirements = '表面应平整。') {
    return statedClasses(await docFromText(standard({ title: '针织服装', scope, requirements })), b).classes;
  }

  it('reads 安全技术类别 statements, 婴幼儿用品 and skin contact', async () => {
    expect(await classes('本文件适用于针织服装。', '产品的安全技术类别为B类。')).toEqual(['B']);
    expect(await classes('本文件适用于婴幼儿用品。')).toEqual(['A']);
    expect(await classes('本文件适用于直接接触皮肤的针织服装。')).toEqual(['B']);
  });

  it('非直接接触皮肤 / 不直接接触皮肤 are class C, not B', async () => {
    expect(await classes('本文件适用于非直接接触皮肤的针织外衣。')).toEqual(['C']);
    expect(await classes('本文件适用于不直接接触皮肤的外衣。')).toEqual(['C']);
  });

  it('"A类不合格" is a defect class, not a product class', async () => {
    expect(await classes('本文件适用于针织服装。', '外观出现A类不合格时判为不合格品。')).toEqual([]);
    expect(await classes('本文件适用于针织服装。', '出现A类、B类缺陷时判为不合格品。')).toEqual([]);
  });

  it('classes named as excluded are not stated', async () => {
    expect(await classes('本文件适用于直接接触皮肤的成人针织内衣，婴幼儿用品除外。')).toEqual(['B']);
  });

  it('several classes are kept from the strictest', async () => {
    expect(await classes('本文件适用于针织服装。', '婴幼儿用品应符合A类要求，其他产品应符合B类要求。')).toEqual(['A', 'B']);
  });

  it('a table of class columns is not a class statement', async () => {
    expect(await classes('本文件适用于针织服装。', table('表1　安全性能', [['项目', 'A类', 'B类'], ['甲醛含量/(mg/kg)　≤', '20', '75']]))).toEqual([]);
  });
});
