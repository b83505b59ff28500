// Fixed wordings, verbatim from ../shared/reference/format-rules.md §3 (GB/T 1.1—2020) and the 2009 forms that
// defective samples use on purpose (§3.1, §3.3).

/** 2020 drafting basis, patent statement, 提出并归口, 起草单位, 主要起草人 (format-rules §3.1 a, e, f, g). */
export function FOREWORD_2020(company: string, drafters: string): string[] {
  return [
    '本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。',
    PATENT_2020,
    `本文件由${company}提出并归口。`,
    `本文件起草单位：${company}。`,
    `本文件主要起草人：${drafters}。`,
  ];
}

export const PATENT_2020 = '请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。';
/** 2009 form with "这些" (format-rules §3.1). */
export const PATENT_2009 = '请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别这些专利的责任。';
export const DRAFTING_2009 = '本标准按照GB/T 1.1—2009给出的规则起草。';

export const REFS_LEAD_IN_2020 =
  '下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。';
export const REFS_NONE_2020 = '本文件没有规范性引用文件。';
/** GB/T 1.1—2009 lead-in (format-rules §3.3). */
export const REFS_LEAD_IN_2009 =
  '下列文件对于本文件的应用是必不可少的。凡是注日期的引用文件，仅注日期的版本适用于本文件。凡是不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。';

export const TERMS_NONE = '本文件没有需要界定的术语和定义。';
export const TERMS_OWN = '下列术语和定义适用于本文件。';
