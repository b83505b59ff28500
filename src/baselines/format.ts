// Text for `std-audit baselines list` and `std-audit baselines show <id>` (pure; the CLI prints it).
import type { Lang } from '../engine/types.ts';
import { withUnit } from '../indicators/values.ts';
import { findBaseline, type Baseline, type Catalogue } from './types.ts';

const MARK = { confirmed: '✅', likely: '◐' } as const;

const L = {
  zh: {
    head: ['标准', '状态', '实施日期', '指标', '类别', '名称'],
    status: { current: '现行', replaced: '被代替', withdrawn: '废止', converted: '转推荐' },
    type: { mandatory: '强制性', recommended: '推荐性', industry: '行业', local: '地方' },
    legend: '✅ 已确认（不符合时报错）；◐ 待核实（仅警告）',
    notFound: (id: string) => `基线目录中没有“${id}”`,
    replacedBy: '代替者', replaces: '代替', effective: '实施', issued: '发布', scope: '适用产品', exclusions: '不适用', implies: '同时须符合',
    classes: '类别', indicators: '指标', delegations: '引用其他标准', method: '试验方法', source: '来源', applies: '适用条件',
    notRequired: '仅在声明时比较', file: '文件', statusSource: '状态来源', none: '（无指标数据，仅用于状态）', all: '全部',
  },
  en: {
    head: ['Standard', 'Status', 'In force', 'Indicators', 'Classes', 'Title'],
    status: { current: 'current', replaced: 'replaced', withdrawn: 'withdrawn', converted: 'converted to recommended' },
    type: { mandatory: 'mandatory', recommended: 'recommended', industry: 'industry', local: 'local' },
    legend: '✅ confirmed (errors); ◐ to be verified (warnings only)',
    notFound: (id: string) => `No baseline "${id}" in the catalogue`,
    replacedBy: 'Replaced by', replaces: 'Replaces', effective: 'In force', issued: 'Issued', scope: 'Products', exclusions: 'Excludes', implies: 'Also requires',
    classes: 'Classes', indicators: 'Indicators', delegations: 'Delegated to other standards', method: 'method', source: 'source', applies: 'applies',
    notRequired: 'compared only when declared', file: 'File', statusSource: 'Status source', none: '(no indicator data; status only)', all: 'all',
  },
} as const;

function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uffff]/.test(ch) && !/[✅◐]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - width(s)));
}

function counts(b: Baseline): string {
  let ok = 0;
  let likely = 0;
  for (const i of b.indicators) for (const l of i.limits) ((l.confidence ?? i.confidence) === 'confirmed' ? ok++ : likely++);
  for (const d of b.delegations) (d.confidence === 'confirmed' ? ok++ : likely++);
  return ok + likely ? `${ok}✅ ${likely}◐` : '—';
}

export function formatBaselineList(cat: Catalogue, lang: Lang): string {
  const t = L[lang];
  const rows = cat.baselines.map((b) => [
    b.id,
    t.status[b.status] + (b.replacedBy ? ` → ${b.replacedBy}` : ''),
    b.effective ?? '?',
    counts(b),
    b.classes.map((c) => c.id).join('/') || '—',
    lang === 'en' ? b.titleEn : b.title,
  ]);
  const all = [[...t.head], ...rows];
  const widths = t.head.map((_, i) => Math.max(...all.map((r) => width(r[i]!))));
  const lines = all.map((r) => r.map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i]!))).join('  ').trimEnd());
  return [...lines, '', t.legend].join('\n') + '\n';
}

export function formatBaselineShow(cat: Catalogue, id: string, lang: Lang): string | null {
  const b = findBaseline(cat, id);
  if (!b) return null;
  const t = L[lang];
  const out: string[] = [];
  out.push(`${b.id}  ${lang === 'en' ? b.titleEn : b.title}`);
  out.push(`${t.type[b.type]} · ${t.status[b.status]} · ${t.issued} ${b.issued ?? '?'} · ${t.effective} ${b.effective ?? '?'} ${MARK[b.statusConfidence]}`);
  if (b.replaces.length) out.push(`${t.replaces}: ${b.replaces.join(', ')}`);
  if (b.replacedBy) out.push(`${t.replacedBy}: ${b.replacedBy}`);
  out.push(`${t.statusSource}: ${b.statusSource}`);
  if (b.scope) {
    out.push(`${t.scope}: ${b.scope.keywords.join('、')}${b.scope.alsoRequire ? ` + (${b.scope.alsoRequire.join('、')})` : ''}`);
    if (b.scope.exclusions.length) out.push(`${t.exclusions}: ${b.scope.exclusions.join('、')}`);
    if (b.scope.implies.length) out.push(`${t.implies}: ${b.scope.implies.join('、')}`);
  }
  if (b.classes.length) {
    out.push(`${t.classes}:`);
    for (const c of b.classes) out.push(`  ${lang === 'en' ? c.nameEn : c.name}: ${c.statements.join(' / ')}`);
  }
  if (!b.indicators.length && !b.delegations.length) out.push(t.none);
  if (b.indicators.length) out.push(`${t.indicators}:`);
  for (const i of b.indicators) {
    out.push(`  ${lang === 'en' ? i.nameEn : i.name}${i.aliases.length ? ` (${i.aliases.join(', ')})` : ''}${i.unit ? ` [${i.unit}]` : ''}${i.required ? '' : ` — ${t.notRequired}`}`);
    for (const l of i.limits) {
      const unit = l.unit ?? i.unit;
      const v = withUnit(l.value, unit);
      const cls = l.classes ? l.classes.join('/') : t.all;
      out.push(`    ${cls}: ${v}${l.means ? ` (= ${l.means})` : ''} ${MARK[l.confidence ?? i.confidence]}${l.note ? ` ${l.note}` : ''}`);
    }
    if (i.applies) out.push(`    ${t.applies}: ${i.applies.note[lang]}`);
    out.push(`    ${t.method}: ${i.method ?? '—'} · ${i.clause} · ${t.source}: ${i.source}`);
  }
  if (b.delegations.length) out.push(`${t.delegations}:`);
  for (const d of b.delegations) {
    out.push(`  ${lang === 'en' ? d.nameEn : d.name} → ${d.to} ${MARK[d.confidence]} · ${d.clause} · ${t.source}: ${d.source}`);
  }
  for (const n of b.notes) out.push(`* ${n}`);
  out.push(`${t.file}: ${b.file}`);
  return out.join('\n') + '\n';
}

/** Message for an unknown id in `baselines show`. */
export function baselineNotFound(id: string, lang: Lang): string {
  return L[lang].notFound(id);
}
