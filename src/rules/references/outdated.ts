// Dated references to editions that are replaced/withdrawn at the audit date, per the status registry.
// Undated references mean "the latest edition" and are never flagged. Entries marked ◐ ('likely') in the
// registry only ever give warnings with a verify caveat.
import { defineRule } from '../types.ts';
import type { Localized, Severity } from '../../engine/types.ts';
import type { Loc } from '../../model/types.ts';
import { compactKey, displayId, displayRef } from '../../registry/keys.ts';
import { isNormativeCitation, ownKeys } from '../util/refs-match.ts';
import { assessEdition, type EditionFinding } from '../util/refs-status.ts';

const BASE: Record<string, Localized> = {
  replaced: {
    zh: '引用的{ref}已于{date}被{by}代替，现行版本为{current}',
    en: '{ref} was replaced by {by} on {date}; the current edition is {current}',
  },
  replacedNoDate: {
    zh: '引用的{ref}已被{by}代替（实施日期未知），现行版本为{current}',
    en: '{ref} has been replaced by {by} (implementation date unknown); the current edition is {current}',
  },
  upcoming: {
    zh: '引用的{ref}将于{date}被{by}代替（新版已发布，尚未实施）',
    en: '{ref} will be replaced by {by} on {date} (published, not yet in force)',
  },
  withdrawn: { zh: '引用的{ref}已废止', en: '{ref} has been withdrawn' },
  converted: {
    zh: '引用的{ref}已转为推荐性标准{by}（自{date}起）',
    en: '{ref} was converted to the recommended standard {by} (from {date})',
  },
  convertedNoDate: {
    zh: '引用的{ref}已转为推荐性标准{by}',
    en: '{ref} was converted to the recommended standard {by}',
  },
  notYetInForce: {
    zh: '引用的{ref}自{date}起实施，审核日{auditDate}尚未实施；在此之前现行的是{previous}',
    en: '{ref} comes into force on {date}, after the audit date {auditDate}; until then {previous} applies',
  },
  wrongPrefix: {
    zh: '不存在{ref}，该标准的编号为{correct}',
    en: '{ref} does not exist; the standard is {correct}',
  },
};

const SUGGEST: Record<string, Localized> = {
  replaced: { zh: '改为引用{current}（需要引用具体条款时注日期，否则可不注日期）', en: 'Cite {current} (dated when specific clauses are cited, otherwise undated)' },
  replacedNoDate: { zh: '核实后改为引用{current}', en: 'Verify, then cite {current}' },
  upcoming: { zh: '在{date}前评估{by}的变化并修订引用', en: 'Assess {by} before {date} and update the reference' },
  withdrawn: { zh: '删除该引用或改引现行有效的文件', en: 'Remove the reference or cite a document in force' },
  converted: { zh: '改为{by}', en: 'Cite {by}' },
  convertedNoDate: { zh: '核实后改为{by}', en: 'Verify, then cite {by}' },
  notYetInForce: { zh: '确认是否有意引用尚未实施的版本；否则引用{previous}或不注日期', en: 'Confirm the not-yet-effective edition is intended; otherwise cite {previous} or cite undated' },
  wrongPrefix: { zh: '改为{correct}', en: 'Write {correct}' },
};

const VERIFY: Localized = { zh: '（状态信息仅有二手来源，请核实）', en: ' (status from a secondary source only; verify)' };

function withVerify(base: Record<string, Localized>, suffix: Localized | null): Record<string, Localized> {
  const out: Record<string, Localized> = {};
  for (const [id, m] of Object.entries(base)) {
    out[id] = m;
    out[`${id}Verify`] = suffix ? { zh: m.zh + suffix.zh, en: m.en + suffix.en } : m;
  }
  return out;
}

interface Verdict {
  messageId: string;
  severity: Severity;
  likely: boolean;
  data: Record<string, string>;
}

function verdict(f: EditionFinding, auditDate: string): Verdict {
  const likely = f.entry.confidence === 'likely' || (f.kind === 'not-yet-in-force' && f.previous.confidence === 'likely');
  switch (f.kind) {
    case 'replaced':
      return {
        messageId: f.date ? 'replaced' : 'replacedNoDate',
        severity: likely ? 'warning' : 'error',
        likely,
        data: { by: displayId(f.by), current: displayId(f.current), date: f.date ?? '' },
      };
    case 'withdrawn':
      return { messageId: 'withdrawn', severity: likely ? 'warning' : 'error', likely, data: {} };
    case 'upcoming':
      return { messageId: 'upcoming', severity: 'warning', likely, data: { by: displayId(f.by), date: f.date } };
    case 'converted':
      return { messageId: f.date ? 'converted' : 'convertedNoDate', severity: 'warning', likely, data: { by: displayId(f.by), date: f.date ?? '' } };
    case 'not-yet-in-force':
      return { messageId: 'notYetInForce', severity: 'warning', likely, data: { date: f.date, previous: displayId(f.previous.id), auditDate } };
    case 'wrong-prefix':
      return { messageId: 'wrongPrefix', severity: 'warning', likely, data: { correct: displayId(f.entry.id) } };
  }
}

export default defineRule({
  meta: {
    id: 'references/outdated',
    category: 'references',
    severity: 'error',
    basis: 'GB/T 1.1—2020 8.6；企业标准随机抽查工作指引（2024）执行标准的时效性',
    profiles: ['enterprise-product', 'enterprise-service', 'national'],
    description: {
      zh: '注日期引用的文件在审核日未被代替或废止（依据标准状态登记表）',
      en: 'Dated references are not replaced or withdrawn at the audit date (per the standards status registry)',
    },
    rationale: {
      zh: '注日期引用只适用所注版本；该版本被代替或废止后，文件仍引用旧版即“引用作废标准”，是抽查通报中的常见问题。新版已发布但未实施时给出警告；登记表中仅有二手来源（◐）的状态只给出需核实的警告。不注日期的引用指向最新版本，不判为过期。',
      en: 'A dated reference applies only to that edition; once it is replaced or withdrawn the document cites a void standard, a defect inspectors report often. A published but not yet effective replacement gives a warning; registry statuses from a single secondary source (◐) give warnings to verify. Undated references mean the latest edition and are never outdated.',
    },
    messages: withVerify(BASE, VERIFY),
    suggestions: withVerify(SUGGEST, null),
    examples: {
      good: 'GB 2760 食品安全国家标准　食品添加剂使用标准',
      bad: 'GB 2760—2014 食品安全国家标准　食品添加剂使用标准',
    },
  },
  check(ctx) {
    const { doc, registry, auditDate } = ctx;
    const own = ownKeys(doc);
    const seen = new Set<string>();
    const consider = (key: string, year: string | null, loc: Loc, excerpt: string): void => {
      if (!year) return; // undated: the latest edition applies
      const id = `${compactKey(key)}-${year}`;
      if (seen.has(id)) return;
      seen.add(id);
      const found = assessEdition(registry, key, year, auditDate);
      if (!found) return;
      const v = verdict(found, auditDate);
      ctx.report({
        messageId: v.likely ? `${v.messageId}Verify` : v.messageId,
        data: { ref: displayRef(key, year), ...v.data },
        loc,
        excerpt,
        severity: v.severity,
        verify: v.likely,
      });
    };
    for (const e of doc.references?.entries ?? []) {
      if (e.kind === 'standard') consider(e.key, e.year, e.loc, e.raw);
    }
    for (const c of doc.citations) {
      if (isNormativeCitation(doc, c, own)) consider(c.key, c.year, c.loc, c.context);
    }
  },
});
