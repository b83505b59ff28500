// Picks the rule profile for a document: national/industry/local/group documents are not judged by
// enterprise-only rules; enterprise service standards need service requirements and evaluation instead
// of test methods and inspection rules.
import type { StandardDocument } from '../model/types.ts';
import { findStandardNumbers, kindOfCode } from '../model/std-number.ts';
import type { Profile } from '../rules/types.ts';
import { hasProductChapters, hasServiceChapters } from '../rules/util/evidence.ts';

/**
 * A title that names a service standard: "家政服务规范", "物业服务要求", "餐饮服务质量评价规范". A title that merely
 * contains 服务 ("技术中台消息服务接入手册", "服务器…") is not one.
 */
const SERVICE_TITLE = /服务(规范|要求|标准|质量\S{0,8}|提供\S{0,6}|评价\S{0,6})$/;
/** A technical committee of SAC administers national and industry standards, never an enterprise's own. */
const SAC_COMMITTEE = /SAC\/TC\s*\d+|全国[^。，；]{1,40}标准化技术委员会/;

/**
 * A document whose cover number was lost (OCR, a cover image) may still say what it is: a national/industry/group
 * number in the running headers or repeated alone on a line of the body, or a SAC committee as administrator.
 */
function numberlessKind(doc: StandardDocument): { kind: 'enterprise' | 'other'; reason: string } | null {
  const listed = new Set(doc.references?.entries.map((e) => e.key) ?? []);
  const alone = doc.lines.filter((l) => {
    if (l.length > 40) return false;
    const m = findStandardNumbers(l)[0];
    return m?.ref.year && m.text.trim() === l.trim() && !listed.has(m.ref.key);
  });
  for (const text of [...doc.headers, ...doc.footers, ...alone]) {
    const m = findStandardNumbers(text).find((x) => x.ref.year);
    if (!m) continue;
    const kind = kindOfCode(m.ref.code);
    if (kind === 'enterprise') return { kind: 'enterprise', reason: `running header "${m.text}"` };
    if (kind !== 'unknown') return { kind: 'other', reason: `running header "${m.text}" (${kind})` };
  }
  for (const b of doc.foreword?.blocks ?? []) {
    if (b.kind !== 'text') continue;
    const text = b.text.replace(/[\s\u3000]+/g, '');
    const committee = /归口|提出/.test(text) ? SAC_COMMITTEE.exec(text) : null;
    if (committee) return { kind: 'other', reason: `proposed or administered by ${committee[0]}` };
  }
  return null;
}

export function detectProfile(doc: StandardDocument): { profile: Profile; reason: string } {
  if (doc.kind === 'national' || doc.kind === 'industry' || doc.kind === 'local' || doc.kind === 'group') {
    return { profile: 'national', reason: `number code ${doc.cover.code ?? ''} (${doc.kind})` };
  }
  if (doc.kind === 'unknown') {
    const found = numberlessKind(doc);
    if (found?.kind === 'other') return { profile: 'national', reason: `no number on the cover; ${found.reason}` };
  }
  const title = (doc.cover.titleZh?.value ?? doc.bodyTitle?.value ?? '').replace(/[\s\u3000]+/g, '');
  const product = hasProductChapters(doc);
  if (hasServiceChapters(doc) && !product) return { profile: 'enterprise-service', reason: 'service requirements/evaluation chapters' };
  if (!product && SERVICE_TITLE.test(title)) return { profile: 'enterprise-service', reason: `service title "${title}"` };
  return { profile: 'enterprise-product', reason: product ? 'test methods/inspection rules chapters' : 'default for Q/ documents' };
}

export const PROFILES: readonly Profile[] = ['enterprise-product', 'enterprise-service', 'national'];
