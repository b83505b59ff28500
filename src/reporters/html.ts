// One self-contained HTML page: batch summary, SVG chart of problem types, sortable document table,
// per-document findings. Every piece of document-derived text goes through escapeHtml; a
// Content-Security-Policy that only admits our own script is a second line of defence.
import { createHash } from 'node:crypto';
import type { AuditResult, DocumentResult, Lang } from '../engine/types.ts';
import { escapeHtml as h } from './escape.ts';
import { severityLabel, t, withColon } from './i18n.ts';
import {
  batchStats, countBySeverity, formatBaselines, formatLocation, sortedDocuments, summaryRows,
  type RuleCount,
} from './summary.ts';
import type { Reporter } from './types.ts';

const CHART_RULES = 15;

const CSS = `
body{font-family:system-ui,-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1f2328;line-height:1.5}
h1{font-size:1.6rem}h2{font-size:1.25rem;border-bottom:1px solid #d0d7de;padding-bottom:.3rem;margin-top:2.5rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.num,th.num{text-align:right}
.sev-error{color:#cf222e;font-weight:600}.sev-warning{color:#9a6700;font-weight:600}.sev-info{color:#0969da}
.rule{font-family:ui-monospace,monospace;font-size:.85em;color:#57606a}.excerpt{font-family:ui-monospace,monospace;font-size:.85em;background:#f6f8fa;white-space:pre-wrap}
.meta{color:#57606a}.summary td:first-child{width:16rem}th button{all:inherit;cursor:pointer}th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
svg text{font-size:12px;font-family:ui-monospace,monospace}
`;

// Sorts the documents table by the clicked column; without JavaScript the table is simply unsorted.
const SCRIPT = `document.querySelectorAll('table.sortable').forEach(function(table){
var heads=table.tHead.rows[0].cells;
Array.prototype.forEach.call(heads,function(th,col){
var button=document.createElement('button');button.textContent=th.textContent;th.textContent='';th.appendChild(button);
button.addEventListener('click',function(){
var asc=th.getAttribute('aria-sort')!=='ascending';
Array.prototype.forEach.call(heads,function(x){x.removeAttribute('aria-sort');});
th.setAttribute('aria-sort',asc?'ascending':'descending');
var num=th.classList.contains('num');var body=table.tBodies[0];
var rows=Array.prototype.slice.call(body.rows);
rows.sort(function(a,b){var x=a.cells[col].textContent,y=b.cells[col].textContent;
var r=num?(parseFloat(x)||0)-(parseFloat(y)||0):x.localeCompare(y);return asc?r:-r;});
rows.forEach(function(r){body.appendChild(r);});});});});`;

function chart(rules: RuleCount[], lang: Lang): string {
  const top = rules.slice(0, CHART_RULES);
  if (top.length === 0) return '';
  const max = top[0]!.count;
  const labelWidth = 260;
  const barWidth = 400;
  const rowHeight = 22;
  const bars = top.map((r, i) => {
    const y = i * rowHeight;
    const w = Math.max(2, Math.round((r.count / max) * barWidth));
    return `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${h(r.ruleId)}</text>` +
      `<rect x="${labelWidth}" y="${y + 3}" width="${w}" height="${rowHeight - 6}" fill="#cf222e" opacity="0.75"/>` +
      `<text x="${labelWidth + w + 6}" y="${y + 15}">${r.count}</text>`;
  }).join('');
  const height = top.length * rowHeight;
  return `<svg role="img" aria-label="${h(t(lang, 'problemTypes'))}" width="${labelWidth + barWidth + 60}" height="${height}" viewBox="0 0 ${labelWidth + barWidth + 60} ${height}">${bars}</svg>`;
}

function documentRow(doc: DocumentResult, i: number, lang: Lang): string {
  const c = countBySeverity(doc.findings);
  const status = doc.status === 'ok' ? t(lang, 'statusOk') : `${t(lang, 'statusUnreadable')} (${doc.error?.code ?? ''})`;
  return `<tr><td><a href="#doc-${i + 1}">${h(doc.file)}</a></td><td>${h(doc.meta.standardNumber ?? '')}</td>` +
    `<td>${h(doc.meta.title ?? '')}</td><td>${h(doc.meta.company ?? '')}</td><td>${h(status)}</td>` +
    `<td class="num">${c.error}</td><td class="num">${c.warning}</td></tr>`;
}

function documentSection(doc: DocumentResult, i: number, lang: Lang): string {
  const heading = [doc.meta.standardNumber, doc.meta.title].filter(Boolean).join(' ');
  const out = [`<section id="doc-${i + 1}"><h2>${h(doc.file)}</h2>`];
  if (heading) out.push(`<p><strong>${h(heading)}</strong>${doc.meta.company ? ` · ${h(doc.meta.company)}` : ''}</p>`);
  if (doc.status === 'unreadable') {
    out.push(`<p class="sev-error">${h(withColon(lang, t(lang, 'statusUnreadable')))}[${h(doc.error?.code ?? '')}] ${h(doc.error?.message ?? '')}</p></section>`);
    return out.join('\n');
  }
  out.push(`<p class="meta">${h(withColon(lang, t(lang, 'baselines')))}${h(formatBaselines(doc, lang))}</p>`);
  if (doc.findings.length === 0) {
    out.push(`<p>${h(t(lang, 'noFindings'))}</p></section>`);
    return out.join('\n');
  }
  const cols = ['col.severity', 'col.location', 'col.message', 'col.excerpt', 'col.basis', 'col.suggestion'] as const;
  out.push(`<table><thead><tr>${cols.map((k) => `<th>${h(t(lang, k))}</th>`).join('')}</tr></thead><tbody>`);
  for (const f of doc.findings) {
    const basis = f.baseline && !f.basis.includes(f.baseline) ? `${f.basis} · ${f.baseline}` : f.basis;
    out.push(
      `<tr><td class="sev-${f.severity}">${h(severityLabel(lang, f.severity))}</td>` +
        `<td>${h(formatLocation(f.location, lang))}</td>` +
        `<td>${h(f.message)}<br><span class="rule">${h(f.ruleId)}</span></td>` +
        `<td class="excerpt">${h(f.location.excerpt)}</td><td>${h(basis)}</td><td>${h(f.suggestion ?? '')}</td></tr>`,
    );
  }
  out.push('</tbody></table></section>');
  return out.join('\n');
}

export function renderHtml(result: AuditResult, lang: Lang): string {
  const stats = batchStats(result);
  const docs = sortedDocuments(result);
  const scriptHash = createHash('sha256').update(SCRIPT).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:`;
  const title = t(lang, 'reportTitle');
  const docCols: [string, boolean][] = [
    [t(lang, 'col.file'), false], [t(lang, 'col.standardNumber'), false], [t(lang, 'col.title'), false],
    [t(lang, 'col.company'), false], [t(lang, 'col.status'), false], [t(lang, 'errors'), true], [t(lang, 'warnings'), true],
  ];
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${h(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(title)} ${h(result.auditDate)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<h1>${h(title)}</h1>`,
    `<p class="meta">${h(withColon(lang, t(lang, 'auditDate')))}${h(result.auditDate)} · ${h(result.tool.name)} ${h(result.tool.version)}</p>`,
    `<h2>${h(t(lang, 'summary'))}</h2>`,
    `<table class="summary"><tbody>${summaryRows(stats, lang).map(([k, v]) => `<tr><td>${h(k)}</td><td>${h(v)}</td></tr>`).join('')}</tbody></table>`,
    `<p class="meta">${h(t(lang, 'percentNote'))}</p>`,
    stats.topRules.length ? `<h2>${h(t(lang, 'problemTypes'))}</h2>\n${chart(stats.topRules, lang)}` : '',
    `<h2>${h(t(lang, 'documentsHeading'))}</h2>`,
    `<table class="sortable"><thead><tr>${docCols.map(([k, num]) => `<th${num ? ' class="num"' : ''}>${h(k)}</th>`).join('')}</tr></thead>`,
    `<tbody>${docs.map((d, i) => documentRow(d, i, lang)).join('\n')}</tbody></table>`,
    ...docs.map((d, i) => documentSection(d, i, lang)),
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export const html: Reporter = {
  binary: false,
  extension: 'html',
  render: async (result, opts) => renderHtml(result, opts.lang),
};
