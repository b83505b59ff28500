// Old enterprise forewords carry items that are not in the GB/T 1.1—2020 foreword list: approval, precedence of
// mandatory standards, a filing (备案) validity period, the nature of the annexes (a GB/T 1.1—2009 foreword item).
import { defineRule } from '../types.ts';
import { forewordTexts } from '../util/doc.ts';
import { around, compact } from '../util/text.ts';

/** "本标准由…批准。"/"本标准批准人：…", "本标准如与强制性标准相悖，以强制性标准为准。", "本标准备案有效期为3年。" */
const STATEMENTS: { kind: string; re: RegExp }[] = [
  { kind: 'approval', re: /本(文件|标准|部分)(由[^。；]{1,60}批准|批准人)/ },
  { kind: 'precedence', re: /(与|同)[^。；]{0,12}强制性(国家|行业)?标准[^。；]{0,6}(相悖|抵触|冲突|不一致)/ },
  { kind: 'filing', re: /备案(有效期|期限)/ },
  { kind: 'interpretation', re: /本(文件|标准|部分)由[^。；]{1,60}负责解释|解释权(归|属于)/ },
  // "本标准的附录A为规范性附录，附录B为资料性附录。": the 2020 annex heading itself says （规范性）/（资料性）.
  { kind: 'annexNature', re: /附录[A-Z](和附录[A-Z]|、附录[A-Z])*(均)?为(规范性|资料性)附录/ },
];

export default defineRule({
  meta: {
    id: 'foreword/obsolete-statements',
    category: 'foreword',
    severity: 'warning',
    basis: 'GB/T 1.1—2020 8.3（前言的内容）',
    profiles: ['enterprise-product', 'enterprise-service'],
    description: {
      zh: '前言不写“由……批准”“由……负责解释”“如与强制性标准相悖”“备案有效期”“附录A为规范性附录”等旧式内容',
      en: 'No old-style foreword items (approval, interpretation, precedence of mandatory standards, filing validity, nature of annexes)',
    },
    rationale: {
      zh: 'GB/T 1.1—2020 8.3列出了前言应给出的内容（起草依据、与其他文件的关系、专利说明、提出和归口、起草单位和主要起草人、历次版本情况）。旧式企业标准前言中的“本标准由……批准。”“本标准如与强制性标准相悖，以强制性标准为准。”“本标准备案有效期为……”“本标准由……负责解释。”以及2009版前言中的“本标准的附录A为规范性附录”不在其中：强制性标准本来就必须执行，企业产品标准备案已于2015年取消，附录的性质由附录编号下的“（规范性）”“（资料性）”标明。',
      en: 'GB/T 1.1—2020 8.3 lists what a foreword gives (drafting basis, relations to other documents, patent notice, proposer and administrator, drafting organisations and drafters, edition history). Old enterprise forewords add "approved by…", "mandatory standards prevail", a filing validity period, "interpreted by…" and (2009 form) "附录A为规范性附录"; none is in the list (mandatory standards apply anyway, filing of enterprise product standards was abolished in 2015, and the annex heading states its nature).',
    },
    messages: {
      approval: { zh: '前言中的“由……批准”不是GB/T 1.1—2020规定的前言内容', en: '"Approved by…" is not a GB/T 1.1—2020 foreword item' },
      precedence: { zh: '前言中的“如与强制性标准相悖，以强制性标准为准”不是GB/T 1.1—2020规定的前言内容', en: '"Mandatory standards prevail" is not a GB/T 1.1—2020 foreword item' },
      filing: { zh: '前言中的“备案有效期”不是GB/T 1.1—2020规定的前言内容（企业产品标准备案已取消）', en: 'A filing validity period is not a GB/T 1.1—2020 foreword item (filing of enterprise product standards was abolished)' },
      interpretation: { zh: '前言中的“由……负责解释”不是GB/T 1.1—2020规定的前言内容', en: '"Interpreted by…" is not a GB/T 1.1—2020 foreword item' },
      annexNature: { zh: '前言中说明附录性质（“附录A为规范性附录”）不是GB/T 1.1—2020规定的前言内容，附录的性质标在附录编号下', en: 'Stating the nature of annexes ("附录A为规范性附录") is not a GB/T 1.1—2020 foreword item; the annex heading carries it' },
    },
    suggestions: {
      approval: { zh: '删除该句', en: 'Delete the sentence' },
      precedence: { zh: '删除该句', en: 'Delete the sentence' },
      filing: { zh: '删除该句', en: 'Delete the sentence' },
      interpretation: { zh: '删除该句', en: 'Delete the sentence' },
      annexNature: { zh: '删除该句', en: 'Delete the sentence' },
    },
    examples: {
      good: '本文件由杭州某某开关股份有限公司提出并归口。',
      bad: '本标准由杭州某某开关股份有限公司批准。\n本标准如与强制性标准相悖，以强制性标准为准。',
    },
  },
  check(ctx) {
    for (const b of forewordTexts(ctx.doc)) {
      const text = compact(b.text).replace(/,/g, '，');
      for (const { kind, re } of STATEMENTS) {
        const m = re.exec(text);
        if (m) ctx.report({ messageId: kind, loc: b.loc, excerpt: around(text, m.index, m[0].length) });
      }
    }
  },
});
