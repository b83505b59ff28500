// Connector between sequence number and year must be the 一字线 "—"; a space separates code and number.
import { defineRule } from '../types.ts';
import type { CoverField } from '../../model/types.ts';
import { parseStandardNumber, writtenNumber } from '../util/numbers.ts';

export default defineRule({
  meta: {
    id: 'identity/number-dash',
    category: 'identity',
    severity: 'warning',
    basis: 'GB/T 1.1—2020 8.1; 文件编号格式（顺序号与年份号之间用一字线“—”）',
    profiles: ['enterprise-product', 'enterprise-service'],
    description: {
      zh: '编号中顺序号与年份号之间用一字线“—”连接，代号与顺序号之间留空',
      en: 'Use the em dash "—" between sequence number and year, and a space after the code',
    },
    rationale: {
      zh: '文件编号为代号＋空格＋顺序号＋一字线“—”＋年份号（如“GB/T 1.1—2020”）。半字线“-”、连接号“–”、全角“－”或缺少空格在实践中常见，各方要求不一，因此只作警告。',
      en: 'A document number is code + space + sequence + em dash "—" + year ("GB/T 1.1—2020"). Hyphens, en dashes, full-width minus or a missing space are common and sources disagree, so this is a warning.',
    },
    messages: {
      dash: { zh: '编号“{number}”中顺序号与年份号之间用了“{dash}”，应为一字线“—”', en: 'Number "{number}" uses "{dash}" between sequence and year instead of "—"' },
      space: { zh: '编号“{number}”中代号与顺序号之间缺少空格', en: 'Number "{number}" lacks a space between code and sequence number' },
    },
    suggestions: {
      dash: { zh: '改为“{fixed}”', en: 'Write "{fixed}"' },
      space: { zh: '改为“{fixed}”', en: 'Write "{fixed}"' },
    },
    examples: { good: 'Q/CQMY 001—2024', bad: 'Q/CQMY 001-2024；Q/CQMY001—2024' },
  },
  check(ctx) {
    const fields: CoverField[] = [];
    if (ctx.doc.cover.standardNumber) fields.push(ctx.doc.cover.standardNumber);
    fields.push(...ctx.doc.cover.replaces);
    for (const field of fields) {
      const written = writtenNumber(field);
      const p = parseStandardNumber(written);
      if (!p) continue;
      const fixed = `${p.code} ${p.seq}${p.year ? '—' + p.year : ''}`;
      if (p.dash && p.dash !== '—') {
        ctx.report({ messageId: 'dash', data: { number: written, dash: p.dash === ' ' ? '空格' : p.dash, fixed }, loc: field.loc });
      }
      // Only when the code ends in a letter can a missing space be told from a code that ends in digits.
      if (p.space === '' && /[A-Za-z]$/.test(p.code)) {
        ctx.report({ messageId: 'space', data: { number: written, fixed }, loc: field.loc });
      }
    }
  },
});
