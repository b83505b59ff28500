// Laws, regulations, rules and policy documents do not belong in the normative-references list.
import { defineRule } from '../types.ts';
import type { ReferenceEntry } from '../../model/types.ts';

/** A title naming a law/regulation: 《中华人民共和国产品质量法》, 《食品安全法实施条例》, 《定量包装商品计量监督管理办法》. */
const LAW_TITLE = /《[^》]*((?<!方)法|条例|办法|规定|决定|细则)》|中华人民共和国\S*((?<!方)法|条例)|(条例|管理办法|实施细则)$/;

/**
 * An official document number: "运基信号〔2010〕267号", "国办发[2019]12号" — a policy document, not a standard.
 * OCR to Markdown may turn the brackets into "$$" ("运基信号 $$ 2010 $$ 267 号").
 */
const DOC_NUMBER = /(?:[〔［[（(]|\$+)\s*(?:19|20)\d{2}\s*(?:[〕］\]）)]|\$+)\s*第?\s*\d+\s*号/;

function isLaw(e: ReferenceEntry): boolean {
  if (e.kind === 'law') return true;
  if (e.kind === 'standard') return false;
  const raw = e.raw.trim().replace(/[；;。.，,]$/, '');
  return LAW_TITLE.test(raw) || DOC_NUMBER.test(raw);
}

export default defineRule({
  meta: {
    id: 'references/laws',
    category: 'references',
    severity: 'warning',
    basis: 'GB/T 1.1—2020 8.6',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: {
      zh: '法律、法规、规章和政策性文件不作为规范性引用文件列出',
      en: 'Laws, regulations, rules and policy documents are not listed as normative references',
    },
    rationale: {
      zh: '规范性引用文件只列标准化文件等可引用的文件；法律、行政法规、规章和政策性文件本身具有约束力，不应通过规范性引用纳入标准，也不宜写“应符合国家有关法律法规”这类笼统要求。',
      en: 'Chapter 2 lists citable documents such as standards; laws, regulations, rules and policy documents bind by themselves and are not made part of a standard by normative reference.',
    },
    messages: {
      law: { zh: '第2章列出了法律法规或政策性文件：{title}', en: 'Chapter 2 lists a law, regulation or policy document: {title}' },
    },
    suggestions: {
      law: { zh: '从第2章删除；确有需要时在正文中以资料性方式提及', en: 'Remove it from chapter 2; mention it informatively in the text if needed' },
    },
    examples: {
      good: 'GB 7718 食品安全国家标准　预包装食品标签通则',
      bad: '《中华人民共和国产品质量法》',
    },
  },
  check(ctx) {
    for (const e of ctx.doc.references?.entries ?? []) {
      if (!isLaw(e)) continue;
      ctx.report({ messageId: 'law', data: { title: e.title ?? e.raw }, loc: e.loc, excerpt: e.raw });
    }
  },
});
