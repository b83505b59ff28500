// Texts of indicator findings and their rule descriptors, zh and en.
import type { Lang, Localized, RuleInfo, Severity } from '../engine/types.ts';

export const INDICATOR_RULES = ['indicator/missing', 'indicator/looser', 'indicator/stricter', 'indicator/unresolved'] as const;
export type IndicatorRuleId = (typeof INDICATOR_RULES)[number];

/** Legal hooks. The Standardization Law article number of the "not lower than mandatory" rule is not
 *  verified (format-rules.md §5.1: "Art. 21 [U]"), so the SAMR reply is cited instead of guessing it. */
export const LEGAL_BASIS: Record<'standardization' | 'food-safety', string> = {
  standardization: '市场监管总局答复（2025-05-26）：企业标准的技术要求不得低于强制性国家标准的相关技术要求（标准化法，条号待核）',
  'food-safety': '食品安全法实施条例 第十四条',
};

const RULE_TEXT: Record<IndicatorRuleId, { severity: Severity; description: Localized; help: Localized }> = {
  'indicator/missing': {
    severity: 'error',
    description: { zh: '缺少适用强制性标准要求的指标', en: 'A required indicator of an applicable mandatory standard is missing' },
    help: {
      zh: '企业标准的技术要求不得低于强制性国家标准；缺少强制性标准规定的指标即低于强制性要求。基线数值标为◐的仅作警告，需核实。',
      en: 'An enterprise standard must not be lower than mandatory standards; leaving out a mandatory indicator is lower. Values marked ◐ only warn and need verification.',
    },
  },
  'indicator/looser': {
    severity: 'error',
    description: { zh: '声明限值宽于强制性标准限值', en: 'Declared limit is looser than the mandatory limit' },
    help: {
      zh: '声明值经单位换算后与强制性标准限值比较，宽于强制性限值即不符合。',
      en: 'The declared value, converted to the baseline unit, is looser than the mandatory limit.',
    },
  },
  'indicator/stricter': {
    severity: 'info',
    description: { zh: '声明限值严于强制性标准（优于）', en: 'Declared limit is stricter than the mandatory limit (优于)' },
    help: { zh: '仅供参考：企业标准可以严于强制性标准。', en: 'For information: enterprise standards may be stricter than mandatory ones.' },
  },
  'indicator/unresolved': {
    severity: 'warning',
    description: { zh: '无法与强制性标准限值比较', en: 'Declared value cannot be compared with the mandatory limit' },
    help: {
      zh: '单位无法换算、数值无法识别或未声明产品类别时无法判断，需人工核对；不视为符合。',
      en: 'Units that cannot be converted, unreadable values or an unstated product class leave the comparison open; it is not treated as compliant.',
    },
  },
};

export function indicatorRuleInfosFor(lang: Lang): RuleInfo[] {
  return INDICATOR_RULES.map((id) => ({
    id,
    category: 'indicator',
    severity: RULE_TEXT[id].severity,
    basis: `${LEGAL_BASIS.standardization}；${LEGAL_BASIS['food-safety']}`,
    description: RULE_TEXT[id].description[lang],
    help: RULE_TEXT[id].help[lang],
  }));
}

export const FINDING_TEXT = {
  missing: {
    zh: '缺少{baseline}规定的指标“{indicator}”，要求为{expected}',
    en: 'Indicator "{indicator}" required by {baseline} is missing; required: {expected}',
  },
  missingDelegation: {
    zh: '未规定“{indicator}”应符合{target}（{baseline} {clause}的要求）',
    en: '"{indicator}" is not required to comply with {target} ({baseline} {clause})',
  },
  looser: {
    zh: '“{indicator}”声明值{found}宽于{baseline}的限值{expected}',
    en: '"{indicator}": declared {found} is looser than the {baseline} limit {expected}',
  },
  stricter: {
    zh: '“{indicator}”声明值{found}严于{baseline}的限值{expected}（优于）',
    en: '"{indicator}": declared {found} is stricter than the {baseline} limit {expected}',
  },
  unresolved: {
    zh: '“{indicator}”声明值{found}无法与{baseline}的限值{expected}比较：{reason}',
    en: '"{indicator}": declared {found} cannot be compared with the {baseline} limit {expected}: {reason}',
  },
  delegationOwnLimits: {
    zh: '“{indicator}”自行列出限值但未要求符合{target}；{target}的限值不在基线目录中，无法核对',
    en: '"{indicator}" lists its own limits without requiring {target}; {target} limits are not in the catalogue',
  },
  classUnstated: {
    zh: '未声明{baseline}的产品类别（{classes}），仅按最宽松类别判定是否不符合',
    en: 'No {baseline} product class ({classes}) is stated; only the loosest class is used to find looser limits',
  },
  unknownBaseline: {
    zh: '指定的基线“{id}”不在基线目录中',
    en: 'Baseline "{id}" given explicitly is not in the catalogue',
  },
  verify: { zh: '（基线数值来源待核实）', en: ' (baseline value to be verified)' },
} satisfies Record<string, Localized>;
