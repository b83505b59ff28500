// Is this a standard at all? A contract, a blank page or a random text must not be audited as one.
import type { Clause, ElementKind, StandardDocument } from './types.ts';

const STRUCTURAL: [ElementKind, string][] = [
  ['scope', '范围'],
  ['normative-references', '规范性引用文件'],
  ['requirements', '要求/技术要求'],
  ['test-methods', '试验方法'],
];

export function recognise(doc: Pick<StandardDocument, 'cover' | 'foreword' | 'clauses'>): { recognised: boolean; recognition: string[] } {
  const evidence: string[] = [];
  const chapters = new Set(doc.clauses.filter((c: Clause) => c.level === 1).map((c) => c.element));
  if (doc.cover.standardNumber) evidence.push(`standard number ${doc.cover.standardNumber.value}`);
  let structural = 0;
  if (doc.foreword) {
    evidence.push('前言');
    structural++;
  }
  for (const [kind, name] of STRUCTURAL) {
    if (chapters.has(kind)) {
      evidence.push(`chapter ${name}`);
      structural++;
    }
  }
  // A lone standard-number line (a report quoting "GB 18401—2010") is not a cover: it needs a cover companion.
  const c = doc.cover;
  const coverCompanion = c.issued ?? c.effective ?? c.categoryLine ?? c.publisher;
  const recognised = (c.standardNumber !== null && (coverCompanion !== null || structural > 0)) || structural >= 2;
  if (!recognised) evidence.push(structural ? `only ${structural} of the structural elements found` : 'no standard number, no standard chapters');
  return { recognised, recognition: evidence };
}
