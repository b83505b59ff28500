// Fixed wordings of the 规范性引用文件 and 术语和定义 lead-ins (rules-b).
// Source: /work/shared/reference/format-rules.md §3.3 (2020 lead-in [R] GB/T 1.1—2020 ch. 2 via [S-ZY13];
// 2009 and 2000 wordings [S] metanorma-gb / [S-GSIIC]) and §3.4 (four terms lead-ins [S]/[R]).

export const REFS_LEAD_IN_2020 =
  '下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。';

export const REFS_NONE_2020 = '本文件没有规范性引用文件。';

/** Distinctive phrases of the GB/T 1.1—2009 and —2000 lead-ins (the 2009 text has variants: "仅所注日期的版本"). */
export const REFS_LEAD_IN_OLD_MARKERS: { edition: '2009' | '2000'; phrase: string }[] = [
  { edition: '2009', phrase: '对于本文件的应用是必不可少的' },
  { edition: '2009', phrase: '凡是注日期的引用文件，仅' },
  { edition: '2000', phrase: '通过本标准的引用而成为本标准的条款' },
  { edition: '2000', phrase: '其随后所有的修改单（不包括勘误的内容）或修订版均不适用于本标准' },
];

/** "None" sentences of older practice (2009-era metanorma "本文件并没有…", 本标准 self-reference). */
export const REFS_NONE_OLD = /^本(文件|标准|部分)(并)?(没有|无)(规范性)?引用(文件|标准)。?$/;

export const TERMS_OWN = '下列术语和定义适用于本文件。';
export const TERMS_NONE = '本文件没有需要界定的术语和定义。';
