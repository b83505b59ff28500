// Every label the reporters print, in Chinese and English.
import type { Lang, Localized, Severity } from '../engine/types.ts';
import { localize } from '../engine/messages.ts';

const LABELS = {
  reportTitle: { zh: '企业标准审查报告', en: 'Enterprise standard audit report' },
  reviewTitle: { zh: '企业标准审查意见书', en: 'Enterprise standard review report' },
  summary: { zh: '汇总', en: 'Summary' },
  batchSummary: { zh: '批次汇总', en: 'Batch summary' },
  documentsHeading: { zh: '文档', en: 'Documents' },
  problemTypes: { zh: '最常见问题类型', en: 'Most frequent problem types' },
  auditDate: { zh: '审查日期', en: 'Audit date' },
  tool: { zh: '工具', en: 'Tool' },

  documents: { zh: '文档总数', en: 'Documents' },
  audited: { zh: '已审查', en: 'Audited' },
  unreadable: { zh: '无法读取', en: 'Unreadable' },
  formatProblems: { zh: '有格式问题', en: 'With format problems' },
  missingIndicators: { zh: '缺少强制性指标', en: 'Missing mandatory indicators' },
  belowBaseline: { zh: '低于强制性要求', en: 'Below mandatory limits' },
  errorsWarnings: { zh: '错误 / 警告', en: 'Errors / warnings' },
  errors: { zh: '错误', en: 'Errors' },
  warnings: { zh: '警告', en: 'Warnings' },
  none: { zh: '无', en: 'none' },
  percentNote: {
    zh: '百分比以已审查（可读取）的文档数为基数。',
    en: 'Percentages are of the audited (readable) documents.',
  },

  'severity.error': { zh: '错误', en: 'error' },
  'severity.warning': { zh: '警告', en: 'warning' },
  'severity.info': { zh: '提示', en: 'info' },
  'review.error': { zh: '须修改', en: 'must fix' },
  'review.warning': { zh: '建议修改', en: 'should fix' },
  'review.info': { zh: '提示', en: 'note' },

  statusOk: { zh: '已审查', en: 'audited' },
  statusUnreadable: { zh: '无法读取', en: 'unreadable' },
  noFindings: { zh: '未发现问题', en: 'no findings' },
  readerNote: { zh: '读取说明', en: 'Reading note' },
  baselines: { zh: '适用基线', en: 'Applicable baselines' },
  noBaseline: { zh: '无适用基线', en: 'no applicable baseline in the catalogue' },
  classLabel: { zh: '{c} 类', en: 'class {c}' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
  page: { zh: '第{n}页', en: 'p. {n}' },
  line: { zh: '第{n}行', en: 'line {n}' },
  maxWarningsExceeded: {
    zh: '警告数 {n} 超过 --max-warnings 上限 {max}',
    en: '{n} warnings exceed --max-warnings {max}',
  },

  'col.no': { zh: '序号', en: 'No.' },
  'col.file': { zh: '文件', en: 'File' },
  'col.standardNumber': { zh: '标准编号', en: 'Standard number' },
  'col.title': { zh: '标准名称', en: 'Title' },
  'col.company': { zh: '企业名称', en: 'Company' },
  'col.status': { zh: '状态', en: 'Status' },
  'col.rule': { zh: '规则', en: 'Rule' },
  'col.severity': { zh: '严重程度', en: 'Severity' },
  'col.location': { zh: '位置', en: 'Location' },
  'col.clause': { zh: '条款', en: 'Clause' },
  'col.page': { zh: '页', en: 'Page' },
  'col.line': { zh: '行', en: 'Line' },
  'col.message': { zh: '问题描述', en: 'Problem' },
  'col.excerpt': { zh: '原文摘录', en: 'Excerpt' },
  'col.basis': { zh: '依据', en: 'Basis' },
  'col.baseline': { zh: '基线', en: 'Baseline' },
  'col.indicator': { zh: '指标', en: 'Indicator' },
  'col.expected': { zh: '要求值', en: 'Required' },
  'col.found': { zh: '标准值', en: 'Declared' },
  'col.suggestion': { zh: '修改建议', en: 'Suggestion' },
  'col.count': { zh: '次数', en: 'Count' },
  'col.item': { zh: '项目', en: 'Item' },
  'col.value': { zh: '数量', en: 'Value' },
  'col.auditDate': { zh: '审查日期', en: 'Audit date' },

  conclusionProblems: {
    zh: '结论：存在 {n} 项须修改的问题（格式问题 {x} 项，缺少强制性指标 {y} 项，低于强制性要求 {z} 项），请修改后重新自我声明公开。',
    en: 'Conclusion: {n} problem(s) must be corrected ({x} format, {y} missing mandatory indicator(s), {z} below mandatory limits); please correct the standard and publish the self-declaration again.',
  },
  conclusionClean: { zh: '结论：未发现须修改的问题。', en: 'Conclusion: no problems that must be corrected were found.' },
  conclusionWarnings: { zh: '另有 {n} 项建议修改的问题。', en: '{n} further issue(s) should be corrected.' },
  conclusionUnreadable: {
    zh: '结论：文件无法读取（{code}：{message}），未能审查。',
    en: 'Conclusion: the file could not be read ({code}: {message}); it was not audited.',
  },
  reviewer: { zh: '审查人：', en: 'Reviewer: ' },
  date: { zh: '日期：', en: 'Date: ' },

  githubOmitted: {
    zh: '另有 {n} 条问题未显示为注释（GitHub 每步每类最多显示 10 条）；完整结果见 SARIF/JSON 报告。',
    en: '{n} more finding(s) not shown as annotations (GitHub shows at most 10 per type per step); see the SARIF/JSON report for all of them.',
  },
  summaryTruncated: {
    zh: '（逐文档问题表过大，已省略；完整结果见报告文件。）',
    en: '(Per-document finding tables omitted: too large; see the report files.)',
  },

  sheetSummary: { zh: '汇总', en: 'Summary' },
  sheetDocuments: { zh: '文档', en: 'Documents' },
  sheetFindings: { zh: '问题清单', en: 'Findings' },
} satisfies Record<string, Localized>;

export type LabelKey = keyof typeof LABELS;

export function t(lang: Lang, key: LabelKey, data?: Record<string, string | number>): string {
  return localize(LABELS[key], lang, data);
}

export function severityLabel(lang: Lang, severity: Severity): string {
  return t(lang, `severity.${severity}`);
}

/** "适用基线：…" / "Applicable baselines: …" — Chinese takes the full-width colon. */
export function withColon(lang: Lang, label: string): string {
  return lang === 'zh' ? `${label}：` : `${label}: `;
}
