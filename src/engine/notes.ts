// Reader and model notes ("读取说明") in the report's language. Readers and the model write their notes as plain
// English strings (they know nothing of languages); this catalogue matches each known note and renders it in
// Chinese. A note without an entry is shown as written, so a new reader note is never lost, only untranslated.
import type { Lang } from './types.ts';

interface NoteForm {
  pattern: RegExp;
  /** The Chinese text; $1, $2 … are the pattern's groups. */
  zh: string;
}

const NOTES: NoteForm[] = [
  { pattern: /^md: YAML front matter ignored$/, zh: 'Markdown 文件开头的 YAML 元数据不是 md2std 格式，已忽略' },
  { pattern: /^(\d+) undecodable byte sequences replaced by U\+FFFD \((.+)\)$/, zh: '$1 处无法解码的字节已替换为 U+FFFD（$2）' },
  { pattern: /^the file ends inside a UTF-8 character \(truncated\?\)$/, zh: '文件在一个 UTF-8 字符中间结束（可能不完整）' },
  { pattern: /^PDF has (\d+) pages; only the first (\d+) were read$/, zh: 'PDF 共 $1 页，只读取了前 $2 页' },
  { pattern: /^PDF cross-reference table is damaged; pdf\.js rebuilt it, text may be incomplete$/, zh: 'PDF 交叉引用表已损坏，已重建，文字可能不完整' },
  { pattern: /^pages that could not be read: (.+)$/, zh: '无法读取的页：$1' },
  { pattern: /^pages with little or no text layer \(scanned\?\): (.+)$/, zh: '几乎没有文字层的页（可能是扫描页）：$1' },
  { pattern: /^(\d+) rotated text items \(watermark or sideways text\) left out$/, zh: '$1 处旋转的文字（水印或竖排文字）未读取' },
  { pattern: /^line (\d+) truncated from (\d+) to (\d+) characters$/, zh: '第 $1 行过长，已从 $2 个字符截断为 $3 个' },
  { pattern: /^(\d+) footnote\/endnote references: the note texts are not read$/, zh: '有 $1 处脚注/尾注，注释内容未读取' },
  { pattern: /^an embedded document \(w:altChunk\) was not read$/, zh: '嵌入的文档（w:altChunk）未读取' },
  { pattern: /^numbering: numId (\S+) not defined in numbering\.xml; its labels are missing$/, zh: '自动编号 $1 在 numbering.xml 中没有定义，相应段落的编号缺失' },
  { pattern: /^\.doc: Word automatic numbering is not recoverable; clause numbers only where typed as text$/, zh: '.doc 文件中的 Word 自动编号无法恢复，只能识别以文字输入的条款编号' },
  { pattern: /^(\d+) text-box lines placed before the body \(their position is unknown in \.doc\)$/, zh: '$1 行文本框内容放在正文之前（.doc 中无法确定其位置）' },
  { pattern: /^file named \.(\w+) is really (\w+); read as \w+$/, zh: '文件扩展名为 .$1，实际是 $2 格式，已按 $2 读取' },
  { pattern: /^HTML web page: read as text$/, zh: '网页（HTML）文件，已按文本读取' },
  { pattern: /^HTML saved as \.(\w+): read as web-page text \(no Word numbering\)$/, zh: '以 .$1 为扩展名保存的网页（HTML），已按网页文字读取（没有 Word 自动编号）' },
  { pattern: /^model: no chapters found$/, zh: '未找到章' },
  { pattern: /^model: (\d+) chapter\(s\) without a number, recognised by their titles$/, zh: '$1 个章没有编号，按章标题识别' },
  { pattern: /^model: (\d+) paragraph\(s\) before the first chapter ignored$/, zh: '第一章之前有 $1 个段落未归入任何章' },
];

export function localizeNote(note: string, lang: Lang): string {
  if (lang === 'en') return note;
  for (const { pattern, zh } of NOTES) {
    if (pattern.test(note)) return note.replace(pattern, zh);
  }
  return note;
}
