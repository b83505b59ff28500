// Finds modal verbs (能愿动词) of GB/T 1.1—2020 附录C in running text, without the false hits that
// single-character scanning gives: 应 in 响应/应用/反应/相应/对应/供应/适应, 可 in 可能/可靠/许可,
// 不可 in 必不可少/不可逆, 不得 in 不得已/舍不得, and words inside quotations or cited titles.
import { maskQuoted } from './text.ts';

export type ModalWord = '应' | '不应' | '宜' | '不宜' | '可' | '不可' | '不必' | '必须' | '不得';

export interface ModalHit {
  word: ModalWord;
  index: number;
  length: number;
}

/** Characters that, placed before the verb, make it part of another word. */
const BEFORE: Record<string, string> = {
  应: '响反相对供适效感呼答报顺因照回内策接',
  宜: '适便事权合制机相咸',
  可: '许认宁尚即无两未',
  不得: '舍恨怪记顾巴要由免少见怨说晓认动吃值',
};

/** Characters that, placed after the verb, make it part of another word. */
const AFTER: Record<string, string> = {
  // 应答 (应答器 = balise) is a noun, not 应 + 答
  应: '用急力变届聘邀收酬验征战运景声诺答',
  宜: '人居',
  // 可能 可靠 可见 可燃 可行 可逆 可溶 可塑 可视 可控 可比 可信 可持续 可再生 可回收 可降解 可分解 可吸入
  // 可迁移 可萃取 可触及 可接受 可调 可拆 可移动 可重复 可食用 可口 可乐 可爱 可观 可贵 可怕 可惜 可笑
  // 可疑 可谓 可否 可测 可读 可编程 可追溯 可识别 可变 可及 可达 可焊 可锻 可充电 可穿戴 可折叠 可弯曲
  // 可膨胀 可挥发 可生物降解 可量化 可擦 可操作 可替换 可折 可验证 (可验证凭证 = verifiable credential) 可维护
  可: '能靠见燃行逆溶塑视控比信持再回降分吸迁萃触接调拆移重食口乐爱观贵怕惜笑疑谓否测读编追识变及达焊锻充穿折弯膨挥生量擦操替溯验维',
  // 必不可少 不可缺少 不可或缺 不可分割 不可抗力 不可替代 不可避免 不可思议 不可多得 不可估量 + the 可 adjectives
  不可: '少缺或分抗替避思多估能靠见燃行逆溶塑视控比信持再回降吸迁萃触接调拆移重食测读识变及达焊锻充折弯膨挥生量擦操溯验维',
  不必: '要',
  // 不得不 不得已 不得了; 不得检出 is the value idiom of indicator tables (GB 2762, GB 29921 …), not a prohibition
  不得: '不已了检',
};

const PATTERN = /不应|不宜|不可|不必|不得|必须|应|宜|可/g;

export function findModals(text: string, words: readonly ModalWord[]): ModalHit[] {
  // Masking only blanks characters out, so a text holding none of the wanted words has no hit: spare the masking
  // and the scan (most paragraphs hold no 必须 or 不得).
  if (!words.some((w) => text.includes(w))) return [];
  const masked = maskQuoted(text);
  const wanted = new Set(words);
  const hits: ModalHit[] = [];
  for (const m of masked.matchAll(PATTERN)) {
    const word = m[0] as ModalWord;
    const index = m.index;
    const before = masked[index - 1] ?? '';
    const after = masked[index + word.length] ?? '';
    // "必不可少": the 不可 belongs to the idiom.
    if (word === '不可' && before === '必') continue;
    const exclBefore = BEFORE[word];
    const exclAfter = AFTER[word];
    if (before && exclBefore?.includes(before)) continue;
    if (after && exclAfter?.includes(after)) continue;
    if (!wanted.has(word)) continue;
    hits.push({ word, index, length: word.length });
  }
  return hits;
}

/**
 * "应遵循的设计原则", "应具备的条件", "宜采用的方法": the modal and a one- or two-character verb form a relative
 * clause that modifies a noun. Such a phrase names content (what the document covers); it imposes nothing.
 * "应为红色的" and "应具有良好的稳定性" are predicates and stay requirements (为/是 or a longer object).
 */
export function modifiesNoun(text: string, hit: ModalHit): boolean {
  const rest = maskQuoted(text).slice(hit.index + hit.length);
  return /^当?(?![为是])[\u4e00-\u9fff]{1,2}的[\u4e00-\u9fff]/.test(rest);
}
