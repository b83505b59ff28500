// Issue and implementation dates on the cover: present, real calendar dates, implementation not before issue.
import { defineRule } from '../types.ts';
import type { CoverField } from '../../model/types.ts';
import { compareYmd, parseIsoDate } from '../util/dates.ts';

/** "2024.05.10", "2024/05/10", "2024年5月10日": the cover writes dates as 2024-05-10 (GB/T 1.1—2020 cover). */
const OTHER_SEPARATOR = /\d{4}\s*[./年]\s*\d{1,2}\s*[./月]/;

export default defineRule({
  meta: {
    id: 'identity/dates',
    category: 'identity',
    severity: 'error',
    basis: 'GB/T 1.1—2020 8.1',
    profiles: ['enterprise-product', 'enterprise-service'],
    description: {
      zh: '封面标明发布日期和实施日期，日期有效，实施日期不早于发布日期',
      en: 'Cover gives valid issue and implementation dates; implementation is not before issue',
    },
    rationale: {
      zh: 'GB/T 1.1—2020 8.1规定封面应标明发布日期和实施日期。实施日期早于发布日期或不存在的日期（如2月30日）说明封面有误。日期按“2020-03-31 发布”的形式书写，写成“2024.05.10”“2024年5月10日”的只作警告。',
      en: 'GB/T 1.1—2020 8.1 requires issue and implementation dates on the cover. An implementation date before the issue date, or a date that does not exist, means the cover is wrong. Dates are written like "2020-03-31 发布"; "2024.05.10" or "2024年5月10日" is a warning.',
    },
    messages: {
      missingIssued: { zh: '封面缺少发布日期', en: 'The cover has no issue date' },
      missingEffective: { zh: '封面缺少实施日期', en: 'The cover has no implementation date' },
      invalidIssued: { zh: '发布日期“{date}”不是有效日期', en: 'Issue date "{date}" is not a valid date' },
      invalidEffective: { zh: '实施日期“{date}”不是有效日期', en: 'Implementation date "{date}" is not a valid date' },
      effectiveBeforeIssued: { zh: '实施日期{effective}早于发布日期{issued}', en: 'Implementation date {effective} is before issue date {issued}' },
      format: { zh: '封面日期写作“{date}”，应按“{iso}”的形式书写', en: 'The cover date is written "{date}"; write it as "{iso}"' },
    },
    suggestions: { format: { zh: '改为“{iso}”', en: 'Write "{iso}"' } },
    examples: { good: '2024-05-10 发布　2024-06-01 实施', bad: '2024-05-10 发布　2024-04-01 实施' },
  },
  check(ctx) {
    const { issued, effective } = ctx.doc.cover;
    const valid = (f: CoverField | null, key: 'issued' | 'effective') => {
      if (!f) {
        ctx.report({ messageId: key === 'issued' ? 'missingIssued' : 'missingEffective', loc: null });
        return null;
      }
      const d = parseIsoDate(f.value);
      if (!d) ctx.report({ messageId: key === 'issued' ? 'invalidIssued' : 'invalidEffective', data: { date: (f.value || f.raw).replace(/[\s\u3000]*(发布|实施)[\s\u3000]*$/, '').trim() }, loc: f.loc });
      else if (OTHER_SEPARATOR.test(f.raw)) {
        const date = f.raw.replace(/[\s\u3000]*(发[\s\u3000]*布|实[\s\u3000]*施)[\s\u3000]*(日[\s\u3000]*期)?[:：]?/g, '').trim();
        ctx.report({ messageId: 'format', data: { date, iso: f.value }, loc: f.loc, severity: 'warning' });
      }
      return d;
    };
    const i = valid(issued, 'issued');
    const e = valid(effective, 'effective');
    if (i && e && compareYmd(e, i) < 0) {
      ctx.report({ messageId: 'effectiveBeforeIssued', data: { issued: issued!.value, effective: effective!.value }, loc: effective!.loc });
    }
  },
});
