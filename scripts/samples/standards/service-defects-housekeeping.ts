// Service standard without an evaluation chapter; non-2020 terms lead-in; 必须 and 不得.
import type { StandardSpec } from '../model.ts';
import { FOREWORD_2020, REFS_NONE_2020 } from './boilerplate.ts';

export const serviceDefectsHousekeeping: StandardSpec = {
  id: 'service-defects-housekeeping',
  category: 'service',
  variant: 'defects',
  cover: {
    ics: '03.080.99', ccs: 'A 12', code: 'Q/WHYJ', number: 'Q/WHYJ 002—2024',
    categoryLine: '武汉优家家政服务有限公司企业标准', titleZh: '家政服务规范', titleEn: 'Specification for domestic services',
    issued: '2024-07-01', effective: '2024-08-01', publisher: '武汉优家家政服务有限公司',
  },
  foreword: [...FOREWORD_2020('武汉优家家政服务有限公司', '胡敏、蔡亮'), '本文件为首次发布。'],
  chapters: [
    { title: '范围', body: [
      '本文件规定了家政服务的服务机构要求、服务人员要求和服务要求。',
      '本文件适用于武汉优家家政服务有限公司提供的日常保洁和烹饪家政服务。',
    ] },
    { title: '规范性引用文件', body: [REFS_NONE_2020] },
    { title: '术语和定义', body: ['本文件采用下列术语和定义。'], clauses: [
      { title: '家政服务　domestic service', body: ['以家庭为服务对象，由服务人员进入家庭成员住所提供的保洁、烹饪等有偿服务。'] },
      { title: '服务人员　domestic service worker', body: ['与服务机构签订协议，为客户提供家政服务的人员。'] },
    ] },
    { title: '服务机构要求', clauses: [
      { title: '资质', body: ['服务机构应依法取得营业执照，经营范围包含家政服务。'] },
      { title: '管理制度', body: ['服务机构应建立服务人员管理、服务合同管理和投诉处理制度。'] },
    ] },
    { title: '服务人员要求', clauses: [
      { title: '基本要求', body: ['服务人员必须持有有效的健康证明，不得向客户索要小费或礼品。'] },
      { title: '技能要求', body: ['服务人员上岗前应接受岗前培训，掌握家居保洁和烹饪等基本技能。'] },
    ] },
    { title: '服务要求', clauses: [
      { title: '服务合同', body: ['服务机构应与客户签订书面服务合同，明确服务内容、服务时间和收费标准。'] },
      { title: '服务过程', body: ['服务人员应按约定时间上门，着装整洁，按合同约定的内容提供服务。'] },
    ] },
  ],
  outputs: [{ format: 'pdf' }],
  expect: {
    profile: 'enterprise-service',
    baselines: [],
    errors: ['structure/service-elements', 'terms/lead-in', 'wording/must'],
    warnings: ['wording/forbidden-negation'],
    indicators: [],
    defects: ['no service evaluation chapter', 'terms lead-in "本文件采用下列术语和定义。" (not a 2020 form)', '必须', '不得'],
  },
};
