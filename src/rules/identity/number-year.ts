// The year in the standard number is the year of issue.
import { defineRule } from '../types.ts';
import { parseStandardNumber, writtenNumber } from '../util/numbers.ts';
import { parseIsoDate } from '../util/dates.ts';

export default defineRule({
  meta: {
    id: 'identity/number-year',
    category: 'identity',
    severity: 'error',
    basis: '标准编号＝代号＋发布顺序号＋发布年份号（GB/T 1.1—2020 8.1 文件编号）',
    profiles: ['enterprise-product', 'enterprise-service'],
    description: { zh: '编号中的年份号与发布日期的年份一致', en: 'Year in the number equals the year of the issue date' },
    rationale: {
      zh: '标准编号的年份号是发布年份；与封面发布日期不一致说明编号或日期有误（常见于修订时只改了日期）。',
      en: 'The year in a standard number is its year of issue; a mismatch with the cover issue date means the number or the date is wrong (typical after a revision that only changed the date).',
    },
    messages: {
      mismatch: { zh: '编号“{number}”的年份号{year}与发布日期{issued}的年份不一致', en: 'Year {year} in number "{number}" differs from the issue date {issued}' },
    },
    examples: { good: 'Q/CQMY 001—2024，2024-05-10 发布', bad: 'Q/CQMY 001—2023，2024-05-10 发布' },
  },
  check(ctx) {
    const { standardNumber, issued } = ctx.doc.cover;
    if (!standardNumber || !issued) return;
    const date = parseIsoDate(issued.value);
    const p = parseStandardNumber(writtenNumber(standardNumber));
    if (!date || !p?.year || p.year.length !== 4) return;
    if (Number(p.year) !== date.y) {
      ctx.report({ messageId: 'mismatch', data: { number: standardNumber.value, year: p.year, issued: issued.value }, loc: standardNumber.loc });
    }
  },
});
