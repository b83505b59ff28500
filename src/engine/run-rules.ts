// Runs the format rules of a profile over one document and turns their reports into findings.
import type { StandardDocument, Loc } from '../model/types.ts';
import type { Finding, Lang, Severity } from './types.ts';
import type { Profile, Report, Rule } from '../rules/types.ts';
import type { StatusRegistry } from '../registry/types.ts';
import { localize } from './messages.ts';

export interface RuleSettings {
  /** Effective severity per rule id, or 'off'. Missing ids use the rule default. */
  severity: Record<string, Severity | 'off'>;
  options: Record<string, Record<string, unknown>>;
}

export interface RunRulesInput {
  doc: StandardDocument;
  rules: readonly Rule[];
  profile: Profile;
  auditDate: string;
  registry: StatusRegistry;
  lang: Lang;
  settings: RuleSettings;
}

const EXCERPT_MAX = 120;

export function excerptAt(doc: StandardDocument, loc: Loc | null, given?: string): string {
  const raw = given ?? (loc && loc.line >= 1 ? doc.lines[loc.line - 1] ?? '' : '');
  const s = raw.replace(/\s+/g, ' ').trim();
  return s.length > EXCERPT_MAX ? s.slice(0, EXCERPT_MAX - 1) + '…' : s;
}

export function runRules(input: RunRulesInput): { findings: Finding[]; checked: string[] } {
  const { doc, rules, profile, auditDate, registry, lang, settings } = input;
  const findings: Finding[] = [];
  const checked: string[] = [];
  for (const rule of rules) {
    const { meta } = rule;
    if (!meta.profiles.includes(profile)) continue;
    const configured = settings.severity[meta.id];
    if (configured === 'off') continue;
    checked.push(meta.id);
    const report = (r: Report): void => {
      const tpl = meta.messages[r.messageId];
      if (!tpl) throw new Error(`rule ${meta.id} reported unknown messageId "${r.messageId}"`);
      const sugTpl = meta.suggestions?.[r.suggestionId ?? r.messageId];
      findings.push({
        ruleId: meta.id,
        category: meta.category,
        severity: configured ?? r.severity ?? meta.severity,
        message: localize(tpl, lang, r.data),
        basis: meta.basis,
        location: {
          clause: r.loc?.clause ?? null,
          page: r.loc?.page ?? null,
          line: r.loc?.line ?? null,
          paragraph: r.loc?.paragraph ?? null,
          excerpt: excerptAt(doc, r.loc, r.excerpt),
        },
        indicator: null,
        baseline: null,
        expected: null,
        found: null,
        suggestion: sugTpl ? localize(sugTpl, lang, r.data) : null,
        ...(r.verify ? { verify: true } : {}),
      });
    };
    try {
      rule.check({ doc, profile, auditDate, registry, options: settings.options[meta.id] ?? {}, report });
    } catch (err) {
      // A crashing rule must not take the document down: report it as an internal problem of that rule.
      findings.push({
        ruleId: meta.id, category: meta.category, severity: 'warning',
        message: (lang === 'en' ? 'Rule crashed: ' : '规则执行出错：') + (err instanceof Error ? err.message : String(err)),
        basis: meta.basis,
        location: { clause: null, page: null, line: null, paragraph: null, excerpt: '' },
        indicator: null, baseline: null, expected: null, found: null, suggestion: null,
      });
    }
  }
  return { findings, checked };
}
