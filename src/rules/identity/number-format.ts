// Enterprise standard number: "Q/" + enterprise code + sequence number + four-digit year.
// Accepted without an error, because sources describe them as forms in use and none forbids them:
// region prefixes ("Q/320585ABC", "Q/12HX", "Q/370783 SDJ"; raslo.net/onews.asp?id=119, bst-cert.com/6578),
// category suffixes "/J" "/G" "/Z" with an optional class ("Q/ABC/J-01"; zhengce.xyz/q/29992), classification
// letters before the sequence ("Q/ZJHL J003"; ibid.), part numbers ("Q/CIB 4052.2"), the food-safety "S"
// ("Q/ABC 0001S"; ibid.), a full-width slash or letters. Connector and spacing are identity/number-dash's.
import { defineRule } from '../types.ts';
import { ENTERPRISE_CATEGORY_SUFFIX } from '../../model/std-number.ts';
import { parseStandardNumber, writtenNumber } from '../util/numbers.ts';

export default defineRule({
  meta: {
    id: 'identity/number-format',
    category: 'identity',
    severity: 'error',
    basis: '企业标准代号“Q/企业代号”; GB/T 1.1—2020 8.1（文件编号）',
    profiles: ['enterprise-product', 'enterprise-service'],
    description: {
      zh: '企业标准编号由“Q/”、企业代号、顺序号和四位年份号组成',
      en: 'Enterprise standard number = "Q/" + enterprise code + sequence number + four-digit year',
    },
    rationale: {
      zh: '企业标准代号由大写拼音字母Q加斜线再加企业代号组成，企业代号用大写拼音字母或阿拉伯数字；编号由代号、发布顺序号和发布年份号构成，1995年以后年份号为四位。抽查中“编号不规范”是单列的问题类别。',
      en: 'An enterprise standard code is "Q/" plus the enterprise code (capital letters and/or digits); the number is code, sequence number and year of issue (four digits since 1995). Inspectors count non-compliant numbers as a defect class of its own.',
    },
    messages: {
      missing: { zh: '封面上未找到标准编号', en: 'No standard number found on the cover' },
      unparsable: { zh: '标准编号“{number}”无法识别为“Q/企业代号 顺序号—年份”的形式', en: 'Standard number "{number}" is not of the form "Q/code sequence—year"' },
      noPrefix: { zh: '标准编号“{number}”缺少企业标准代号“Q/”', en: 'Standard number "{number}" lacks the enterprise prefix "Q/"' },
      industryPrefix: {
        zh: '标准编号“{number}”以轻工行业标准代号“QB/”开头，企业标准代号应为“Q/”',
        en: 'Standard number "{number}" starts with the light-industry code "QB/"; the enterprise prefix is "Q/"',
      },
      noCode: { zh: '标准编号“{number}”缺少企业代号', en: 'Standard number "{number}" has no enterprise code' },
      badCode: { zh: '标准编号中的企业代号“{code}”含有字母、数字以外的字符', en: 'Enterprise code "{code}" contains characters other than letters and digits' },
      lowerCase: { zh: '企业代号“{code}”应使用大写拼音字母', en: 'Enterprise code "{code}" should use capital letters' },
      chineseCode: { zh: '企业代号“{code}”含有汉字，应使用大写拼音字母或阿拉伯数字', en: 'Enterprise code "{code}" contains Chinese characters; use capital letters or digits' },
      noYear: { zh: '标准编号“{number}”缺少年份号', en: 'Standard number "{number}" has no year' },
      shortYear: { zh: '标准编号“{number}”的年份号“{year}”不是四位数字', en: 'Year "{year}" in standard number "{number}" is not four digits' },
    },
    examples: { good: 'Q/CQMY 001—2024；Q/320585ABC 001—2023；Q/ZJHL J003—2025', bad: 'CQMY 001—2024；Q/CQMY 001；QB/CQMY 001—2024；Q/重庆美衣 001—2024' },
  },
  check(ctx) {
    const field = ctx.doc.cover.standardNumber;
    if (!field) {
      ctx.report({ messageId: 'missing', loc: null });
      return;
    }
    const written = writtenNumber(field);
    const p = parseStandardNumber(written);
    const data = { number: written };
    if (!p) {
      ctx.report({ messageId: 'unparsable', data, loc: field.loc });
      return;
    }
    const prefix = /^Q\s*[/／]\s*/.exec(p.code);
    if (!prefix) {
      const industry = /^QB\s*[/／]\s*(?![TZ]$)/.test(p.code);
      ctx.report({ messageId: industry ? 'industryPrefix' : 'noPrefix', data, loc: field.loc });
    } else {
      const code = p.code.slice(prefix[0].length);
      // A region prefix may stand apart from the code ("370783 SDJ"): judged as one code.
      const core = code.replace(ENTERPRISE_CATEGORY_SUFFIX, '').replace(/\s+/g, '');
      if (!core) ctx.report({ messageId: 'noCode', data, loc: field.loc });
      else if (/[\u3400-\u9fff]/.test(core)) ctx.report({ messageId: 'chineseCode', data: { code }, loc: field.loc, severity: 'warning' });
      else if (!/^[A-Za-z0-9]+$/.test(core)) ctx.report({ messageId: 'badCode', data: { code }, loc: field.loc });
      else if (/[a-z]/.test(core)) ctx.report({ messageId: 'lowerCase', data: { code }, loc: field.loc, severity: 'warning' });
    }
    if (!p.year) ctx.report({ messageId: 'noYear', data, loc: field.loc });
    // Two-digit years are an old practice; the reference sheet (§5.2) ranks them below a missing year.
    else if (p.year.length !== 4) ctx.report({ messageId: 'shortYear', data: { ...data, year: p.year }, loc: field.loc, severity: 'warning' });
  },
});
