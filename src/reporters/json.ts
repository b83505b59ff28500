// The JSON contract (issue 2): documented keys first in the documented order, then the extra fields
// `merge` needs to rebuild an AuditResult (lang, rules, profile, rulesChecked, basis, paragraph, verify).
import type { AuditResult, DocumentResult, Finding } from '../engine/types.ts';
import { sortedDocuments } from './summary.ts';
import type { Reporter } from './types.ts';

function findingJson(f: Finding) {
  return {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    message: f.message,
    location: {
      clause: f.location.clause,
      page: f.location.page,
      line: f.location.line,
      excerpt: f.location.excerpt,
      paragraph: f.location.paragraph,
    },
    indicator: f.indicator,
    baseline: f.baseline,
    expected: f.expected,
    found: f.found,
    suggestion: f.suggestion,
    basis: f.basis,
    ...(f.verify !== undefined ? { verify: f.verify } : {}),
  };
}

function documentJson(d: DocumentResult) {
  return {
    file: d.file,
    status: d.status,
    error: d.error ? { code: d.error.code, message: d.error.message } : null,
    format: d.format,
    encoding: d.encoding,
    meta: {
      standardNumber: d.meta.standardNumber,
      title: d.meta.title,
      company: d.meta.company,
      issued: d.meta.issued,
      effective: d.meta.effective,
    },
    baselines: d.baselines.map((b) => ({ id: b.id, class: b.class, reason: b.reason })),
    flags: {
      formatProblems: d.flags.formatProblems,
      missingIndicators: d.flags.missingIndicators,
      belowBaseline: d.flags.belowBaseline,
    },
    findings: d.findings.map(findingJson),
    profile: d.profile,
    rulesChecked: [...d.rulesChecked],
    notes: [...(d.notes ?? [])],
  };
}

export function toJson(result: AuditResult) {
  const s = result.summary;
  return {
    schemaVersion: result.schemaVersion,
    tool: { name: result.tool.name, version: result.tool.version },
    auditDate: result.auditDate,
    summary: {
      documents: s.documents,
      unreadable: s.unreadable,
      formatProblems: s.formatProblems,
      missingIndicators: s.missingIndicators,
      belowBaseline: s.belowBaseline,
      errors: s.errors,
      warnings: s.warnings,
    },
    documents: sortedDocuments(result).map(documentJson),
    lang: result.lang,
    rules: result.rules.map((r) => ({
      id: r.id, category: r.category, severity: r.severity, basis: r.basis, description: r.description, help: r.help,
    })),
  };
}

const DOCUMENTS_SLOT = '\n  "documents": []';

/**
 * The same text as JSON.stringify(toJson(result), null, 2), one document at a time: a batch of thousands of
 * documents is written to its file without first building the whole report as one string.
 */
export function* jsonChunks(result: AuditResult): Generator<string> {
  const skeleton = JSON.stringify({ ...toJson({ ...result, documents: [] }) }, null, 2);
  const at = skeleton.indexOf(DOCUMENTS_SLOT);
  const docs = sortedDocuments(result);
  if (docs.length === 0) {
    yield skeleton + '\n';
    return;
  }
  yield skeleton.slice(0, at) + '\n  "documents": [';
  for (let i = 0; i < docs.length; i++) {
    // Strings in JSON text hold no raw line breaks, so every "\n" is layout and can take the deeper indent.
    yield (i === 0 ? '\n    ' : ',\n    ') + JSON.stringify(documentJson(docs[i]!), null, 2).replace(/\n/g, '\n    ');
  }
  yield '\n  ]' + skeleton.slice(at + DOCUMENTS_SLOT.length) + '\n';
}

export const json: Reporter = {
  binary: false,
  extension: 'json',
  render: async (result) => [...jsonChunks(result)].join(''),
  chunks: jsonChunks,
};
