// Builds small but complete Markdown enterprise standards for the baseline tests (project Markdown
// conventions of test/fixtures/golden.md), so each test states only what it varies.

export interface StdParts {
  title: string;
  /** Sentences of chapter 1 after the "规定了" sentence. */
  scope: string;
  /** Entries of chapter 2 ("GB 18401 国家纺织产品基本安全技术规范"). */
  refs?: string[];
  /** Markdown of chapter 4 below its heading (sub-clauses ### 4.x, tables, prose). */
  requirements: string;
  /** Markdown of chapter 5 below its heading. */
  methods?: string;
  /** Sentence listing the 出厂检验 items. */
  factoryItems?: string;
  issued?: string;
}

const LEAD_IN = '下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。';

export function standard(p: StdParts): string {
  const year = (p.issued ?? '2025-03-01').slice(0, 4);
  return `ICS 01.040
CCS A 00

Q/TEST

测试有限公司企业标准

Q/TEST 001—${year}

# ${p.title}

${p.issued ?? '2025-03-01'} 发布　　　　2025-04-01 实施

测试有限公司　发布

## 前言

本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。

本文件起草单位：测试有限公司。

本文件主要起草人：张明。

${p.title}

## 1 范围

本文件规定了${p.title}的要求、试验方法、检验规则、标志、包装、运输和贮存。

${p.scope}

## 2 规范性引用文件

${p.refs?.length ? LEAD_IN + '\n\n' + p.refs.join('\n\n') : '本文件没有规范性引用文件。'}

## 3 术语和定义

本文件没有需要界定的术语和定义。

## 4 要求

${p.requirements}

## 5 试验方法

${p.methods ?? '### 5.1 理化指标\n\n按表中规定的试验方法测定。\n\n### 5.2 外观\n\n目测。'}

## 6 检验规则

### 6.1 出厂检验

${p.factoryItems ?? '每批产品出厂前应进行出厂检验。'}

### 6.2 型式检验

型式检验项目为第4章规定的全部项目。

## 7 标志、包装、运输和贮存

### 7.1 标志

产品标志应清晰。

### 7.2 包装

包装应牢固。
`;
}

/** A Markdown table from rows (first row = header). */
export function table(caption: string, rows: string[][]): string {
  const [head, ...body] = rows;
  return [caption, '', `| ${head!.join(' | ')} |`, `|${head!.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}
