// Each annex is labelled "附录A" with "（规范性）" or "（资料性）" (2020 form).
import { defineRule } from '../types.ts';
import { annexes } from '../util/doc.ts';

export default defineRule({
  meta: {
    id: 'annex/label',
    category: 'annex',
    severity: 'error',
    basis: 'GB/T 1.1—2020 10.4.1',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: { zh: '附录标明“（规范性）”或“（资料性）”', en: 'Each annex is marked "（规范性）" or "（资料性）"' },
    rationale: {
      zh: 'GB/T 1.1—2020中附录编号下标明附录的性质“（规范性）”或“（资料性）”；GB/T 1.1—2009的“（规范性附录）”“（资料性附录）”已被代替，未标明性质则无法判断附录内容是否为要求（“附录性质不明确”）。',
      en: 'In GB/T 1.1—2020 each annex number is followed by its status "（规范性）" or "（资料性）"; the 2009 "（规范性附录）"/"（资料性附录）" is superseded, and an annex without status leaves unclear whether it contains requirements.',
    },
    messages: {
      missing: { zh: '附录{letter}未标明“（规范性）”或“（资料性）”', en: 'Annex {letter} is not marked "（规范性）" or "（资料性）"' },
      nonStandard: { zh: '附录{letter}的性质写作“{found}”，应为“（规范性）”或“（资料性）”', en: 'Annex {letter} is marked "{found}"; write "（规范性）" or "（资料性）"' },
      outdated: { zh: '附录{letter}的性质写作“{found}”，为GB/T 1.1—2009的写法，应为“（{label}）”', en: 'Annex {letter} is marked "{found}" (GB/T 1.1—2009 form); write "（{label}）"' },
    },
    suggestions: {
      outdated: { zh: '改为“（{label}）”', en: 'Write "（{label}）"' },
    },
    examples: { good: '附录A\n（规范性）\n抽样方案', bad: '附录A\n（规范性附录）\n抽样方案' },
  },
  check(ctx) {
    for (const a of annexes(ctx.doc)) {
      const letter = a.annex?.letter ?? '';
      const raw = a.annex?.labelRaw ?? null;
      if (raw && /附录/.test(raw)) {
        const label = /资料/.test(raw) ? '资料性' : '规范性';
        ctx.report({ messageId: 'outdated', data: { letter, found: raw.trim(), label }, loc: a.loc });
      } else if (raw && !a.annex?.label) {
        ctx.report({ messageId: 'nonStandard', data: { letter, found: raw.trim() }, loc: a.loc });
      } else if (!a.annex?.label) {
        ctx.report({ messageId: 'missing', data: { letter }, loc: a.loc });
      }
    }
  },
});
