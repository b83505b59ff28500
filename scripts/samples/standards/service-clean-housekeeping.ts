// Clean enterprise SERVICE standard (家政服务规范): service requirements and evaluation chapters, no product
// baselines, no normative references ("none" sentence), own terms.
import type { StandardSpec } from '../model.ts';
import { FOREWORD_2020, REFS_NONE_2020, TERMS_OWN } from './boilerplate.ts';

export const serviceCleanHousekeeping: StandardSpec = {
  id: 'service-clean-housekeeping',
  category: 'service',
  variant: 'clean',
  cover: {
    ics: '03.080.99', ccs: 'A 12', code: 'Q/CDAX', number: 'Q/CDAX 001—2025',
    categoryLine: '成都安心家政服务有限公司企业标准', titleZh: '家政服务规范', titleEn: 'Specification for domestic services',
    issued: '2025-05-06', effective: '2025-06-01', publisher: '成都安心家政服务有限公司',
  },
  foreword: [...FOREWORD_2020('成都安心家政服务有限公司', '李娟、马超'), '本文件为首次发布。'],
  chapters: [
    { title: '范围', body: [
      '本文件规定了家政服务的服务机构要求、服务人员要求、服务要求、服务质量评价与改进。',
      '本文件适用于成都安心家政服务有限公司提供的日常保洁、做饭、照护老人和儿童等家政服务。',
    ] },
    { title: '规范性引用文件', body: [REFS_NONE_2020] },
    { title: '术语和定义', body: [TERMS_OWN], clauses: [
      { title: '家政服务　domestic service', body: ['以家庭为服务对象，由服务人员进入家庭成员住所提供的保洁、烹饪、照护等有偿服务。'] },
      { title: '服务人员　domestic service worker', body: ['与服务机构签订协议，为客户提供家政服务的人员。'] },
    ] },
    { title: '服务机构要求', clauses: [
      { title: '资质', body: ['服务机构应依法取得营业执照，经营范围包含家政服务。'] },
      { title: '管理制度', body: ['服务机构应建立服务人员管理、服务合同管理、投诉处理和安全管理制度，并保存服务记录。'] },
    ] },
    { title: '服务人员要求', clauses: [
      { title: '基本要求', body: ['服务人员应年满18周岁，持有有效的健康证明，遵守职业道德，尊重客户的生活习惯和隐私。'] },
      { title: '技能要求', body: ['服务人员上岗前应接受不少于24学时的岗前培训，掌握家居保洁、烹饪和安全用电用气等基本技能。'] },
    ] },
    { title: '服务要求', clauses: [
      { title: '服务流程', body: ['服务流程包括需求沟通、人员匹配、签订合同、上门服务、服务确认和回访。'] },
      { title: '服务合同', body: ['服务机构应与客户签订书面服务合同，明确服务内容、服务时间、收费标准和双方的权利义务。'] },
      { title: '服务过程', body: ['服务人员应按约定时间上门，着装整洁，按合同约定的内容提供服务；服务结束后应请客户确认服务结果。'] },
    ] },
    { title: '服务质量评价与改进', clauses: [
      { title: '评价内容', body: ['评价内容包括服务态度、服务技能、服务时效和客户满意度。'] },
      { title: '评价方法', body: ['服务机构每季度通过电话回访或问卷调查进行客户满意度评价，回访比例不低于当季服务订单的20%。'] },
      { title: '评价结果与改进', body: ['客户满意度低于90%时，服务机构应分析原因，制定并实施改进措施。'] },
    ] },
  ],
  outputs: [{ format: 'docx' }, { format: 'md' }],
  expect: {
    profile: 'enterprise-service',
    baselines: [],
    errors: [], warnings: [], indicators: [],
    defects: [],
    highlights: ['service standard: no product baselines'],
  },
};
