// Is this a standard at all? A contract, a blank page or a random text must not be audited as one.
import type { Clause, ElementKind, StandardDocument } from './types.ts';

const STRUCTURAL: [ElementKind, string][] = [
  ['scope', '范围'],
  ['normative-references', '规范性引用文件'],
  ['requirements', '要求/技术要求'],
  ['test-methods', '试验方法'],
];

/** "Q/ZJMD 021—2024《电热油汀》第1号修改单", "国家标准第2号修改单": an amendment sheet, not a standard text. */
const AMENDMENT = /第\s*[0-9０-９一二三四五六七八九十]+\s*号\s*修改单|^[^。；]{0,40}修改单$/;
/** Lines of the cover and first page an amendment title sits in. */
const AMENDMENT_HEAD_LINES = 30;

/**
 * An amendment sheet (修改单) changes clauses of a published standard: it has no foreword, scope or requirements of
 * its own, so auditing it as a standard reports every element as missing.
 */
function amendmentTitle(doc: Pick<StandardDocument, 'lines' | 'clauses'>): string | null {
  if (doc.clauses.some((c) => c.level === 1 && c.element === 'scope')) return null;
  for (const line of doc.lines.slice(0, AMENDMENT_HEAD_LINES)) {
    const t = line.replace(/^#+\s*/, '').trim();
    if (AMENDMENT.test(t)) return t;
  }
  return null;
}

export function recognise(doc: Pick<StandardDocument, 'cover' | 'foreword' | 'clauses' | 'lines'>): { recognised: boolean; recognition: string[] } {
  const evidence: string[] = [];
  const amendment = amendmentTitle(doc);
  if (amendment) return { recognised: false, recognition: [`amendment sheet (修改单): ${amendment}`] };
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
