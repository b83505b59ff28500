// Fixed GB/T 1.1—2020 wordings the foreword rules compare against.
// Source: /work/shared/reference/format-rules.md §3.1 ([R] GB/T 1.1—2020 8.3 quoted by [S-BOBO]; verbatim in DA/T 95—2022).

export const DRAFTING_BASIS_2020 = '本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。';

export const PATENT_STATEMENT_2020 = '请注意本文件的某些内容可能涉及专利。本文件的发布机构不承担识别专利的责任。';
