// Enterprise standards are reviewed at least every three years.
import { defineRule } from '../types.ts';
import { forewordTexts } from '../util/doc.ts';
import { addYears, compareYmd, formatYmd, parseIsoDate, type Ymd } from '../util/dates.ts';
import { parseStandardNumber } from '../util/numbers.ts';

const REVIEW_YEARS = 3;

export default defineRule({
  meta: {
    id: 'age/review-period',
    category: 'age',
    severity: 'warning',
    basis: '企业标准化管理办法（1990）第十三条',
    profiles: ['enterprise-product', 'enterprise-service'],
    description: { zh: '发布超过3年未复审', en: 'Issued more than three years ago without review' },
    rationale: {
      zh: '《企业标准化管理办法》（1990）第十三条：“企业标准应定期复审，复审周期一般不超过3年”。现行规章是否仍规定复审周期尚未确认，因此只作警告；标龄较长的标准也常引用已被代替的标准。',
      en: 'Art. 13 of the 1990 Enterprise Standardization Measures: enterprise standards are reviewed periodically, normally at most every three years. Whether current rules keep that period is unconfirmed, so this is a warning; old standards also tend to cite superseded references.',
    },
    messages: {
      old: { zh: '标准发布于{issued}，至{auditDate}已超过{limit}年，应进行复审', en: 'Issued {issued}: more than {limit} years before {auditDate}; the standard is due for review' },
      oldYear: { zh: '标准编号的年份为{year}（封面无有效发布日期），至{auditDate}已超过{limit}年，应进行复审', en: 'The number\'s year is {year} (no valid issue date on the cover): more than {limit} years before {auditDate}; the standard is due for review' },
    },
    examples: { good: 'Q/CQMY 001—2024（审计日期2026-11-23）', bad: 'Q/CQMY 001—2019（审计日期2026-11-23）' },
  },
  check(ctx) {
    const audit = parseIsoDate(ctx.auditDate);
    if (!audit) return;
    const { issued, standardNumber } = ctx.doc.cover;
    let date: Ymd | null = parseIsoDate(issued?.value);
    const fromNumber = !date;
    if (!date && standardNumber) {
      const year = parseStandardNumber(standardNumber.value)?.year;
      // Only the year is known: assume the latest day of it, so the warning is never early.
      if (year?.length === 4) date = { y: Number(year), m: 12, d: 31 };
    }
    if (!date || compareYmd(addYears(date, REVIEW_YEARS), audit) >= 0) return;
    // A foreword that records a recent review (复审) answers the question.
    const reviewed = forewordTexts(ctx.doc).some((b) => {
      if (!/复审/.test(b.text)) return false;
      return [...b.text.matchAll(/(19|20)\d{2}/g)].some((m) => Number(m[0]) >= audit.y - REVIEW_YEARS);
    });
    if (reviewed) return;
    const common = { auditDate: ctx.auditDate, limit: REVIEW_YEARS };
    if (fromNumber) ctx.report({ messageId: 'oldYear', data: { ...common, year: date.y }, loc: standardNumber?.loc ?? null });
    else ctx.report({ messageId: 'old', data: { ...common, issued: formatYmd(date) }, loc: issued?.loc ?? null });
  },
});
