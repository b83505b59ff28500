// `std-audit rules` and `std-audit explain <id>`.
import { allRules, findRule } from '../rules/index.ts';
import { ruleInfos } from '../engine/catalogue.ts';
import { localize } from '../engine/messages.ts';
import type { Lang } from '../engine/types.ts';
import { UsageError } from './settings.ts';

const SEV = { zh: { error: '错误', warning: '警告', info: '提示' }, en: { error: 'error', warning: 'warning', info: 'info' } } as const;

export function renderRules(lang: Lang, asJson: boolean): string {
  const infos = ruleInfos(lang);
  if (asJson) return JSON.stringify(infos.map((r) => ({ ...r, profiles: findRule(r.id)?.meta.profiles ?? ['enterprise-product'] })), null, 2) + '\n';
  const idW = Math.max(...infos.map((r) => r.id.length));
  const lines = infos.map((r) => `${r.id.padEnd(idW)}  ${SEV[lang][r.severity].padEnd(7)}  ${r.basis}\n${' '.repeat(idW + 2)}${r.description}`);
  const head = lang === 'en' ? `${infos.length} rules (${allRules.length} format rules + indicator checks)` : `共 ${infos.length} 条规则（格式规则 ${allRules.length} 条 + 指标核查）`;
  return `${head}\n\n${lines.join('\n')}\n`;
}

export function renderExplain(id: string, lang: Lang): string {
  const rule = findRule(id);
  if (!rule) {
    const info = ruleInfos(lang).find((r) => r.id === id);
    if (!info) throw new UsageError(`unknown rule id "${id}" (see \`std-audit rules\`)`);
    return `${info.id}  [${SEV[lang][info.severity]}]\n${info.basis}\n\n${info.description}\n\n${info.help}\n`;
  }
  const m = rule.meta;
  const L = lang === 'en'
    ? { sev: 'Severity', basis: 'Basis', profiles: 'Profiles', why: 'Why', bad: 'Bad', good: 'Good', msgs: 'Messages' }
    : { sev: '默认级别', basis: '依据', profiles: '适用', why: '说明', bad: '错误示例', good: '正确示例', msgs: '提示信息' };
  return [
    `${m.id} — ${localize(m.description, lang)}`,
    `${L.sev}: ${SEV[lang][m.severity]}    ${L.basis}: ${m.basis}    ${L.profiles}: ${m.profiles.join(', ')}`,
    '',
    `${L.why}:`,
    localize(m.rationale, lang),
    '',
    `${L.bad}:`,
    indent(m.examples.bad),
    `${L.good}:`,
    indent(m.examples.good),
    '',
    `${L.msgs}:`,
    ...Object.entries(m.messages).map(([k, v]) => `  ${k}: ${localize(v, lang)}`),
    '',
  ].join('\n');
}

function indent(s: string): string {
  return s.split('\n').map((l) => '  ' + l).join('\n');
}
