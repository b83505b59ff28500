// ICS and CCS classification numbers on the cover.
import { defineRule } from '../types.ts';

export default defineRule({
  meta: {
    id: 'identity/ics-ccs',
    category: 'identity',
    severity: 'warning',
    basis: 'GB/T 1.1—2020 8.1',
    profiles: ['enterprise-product', 'enterprise-service'],
    description: { zh: '封面标明ICS号和CCS号', en: 'Cover gives the ICS and CCS numbers' },
    rationale: {
      zh: 'GB/T 1.1—2020 8.1要求封面标明国际标准分类（ICS）号和中国标准文献分类（CCS）号；对企业标准是否强制未见明文，因此只作警告。2020版的CCS号带“CCS”前缀，2009版只写类号（如“A 00”）。',
      en: 'GB/T 1.1—2020 8.1 requires the ICS and CCS numbers on the cover; whether this binds enterprise standards is not settled, hence a warning. The 2020 form prefixes "CCS"; the 2009 form gave the bare class ("A 00").',
    },
    messages: {
      missingIcs: { zh: '封面缺少ICS号', en: 'The cover has no ICS number' },
      missingCcs: { zh: '封面缺少CCS号', en: 'The cover has no CCS number' },
      badIcs: { zh: 'ICS号“{ics}”格式不正确（应如“59.080.30”）', en: 'ICS number "{ics}" is malformed (expected e.g. "59.080.30")' },
      oldCcs: { zh: 'CCS号“{ccs}”为GB/T 1.1—2009的写法，2020版应写作“CCS {ccs}”', en: 'CCS number "{ccs}" is in the 2009 form; 2020 writes "CCS {ccs}"' },
    },
    examples: { good: 'ICS 59.080.30\nCCS W 64', bad: '（封面无ICS/CCS号）；W 64' },
  },
  check(ctx) {
    const { ics, ccs } = ctx.doc.cover;
    if (!ics) ctx.report({ messageId: 'missingIcs', loc: null });
    else {
      const v = ics.value.replace(/^ICS\s*/i, '').trim();
      if (!/^\d{2}(\.\d{3}(\.\d{2})?)?$/.test(v)) ctx.report({ messageId: 'badIcs', data: { ics: v }, loc: ics.loc });
    }
    if (!ccs) ctx.report({ messageId: 'missingCcs', loc: null });
    else if (!/CCS/i.test(ccs.raw)) {
      ctx.report({ messageId: 'oldCcs', data: { ccs: ccs.value.replace(/^CCS\s*/i, '').trim() }, loc: ccs.loc });
    }
  },
});
