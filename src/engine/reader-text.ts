// Reader and model texts in the report's language: notes ("读取说明") and the details of per-file errors. Readers
// and the model write them as plain English strings (they know nothing of languages); this catalogue matches each
// known form and renders it in Chinese. A text without an entry is shown as written: never lost, only untranslated.
import type { Lang } from './types.ts';

interface NoteForm {
  pattern: RegExp;
  /** The Chinese text; $1, $2 … are the pattern's groups. */
  zh: string;
}

const FORMS: NoteForm[] = [
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
  { pattern: /^\.doc: numbering structures unreadable; clause numbers only where typed as text$/, zh: '.doc 文件中的自动编号结构无法读取，只能识别以文字输入的条款编号' },
  { pattern: /^(\d+) text-box lines placed before the body \(their position is unknown in \.doc\)$/, zh: '$1 行文本框内容放在正文之前（.doc 中无法确定其位置）' },
  { pattern: /^file named \.(\w+) is really (\w+); read as \w+$/, zh: '文件扩展名为 .$1，实际是 $2 格式，已按 $2 读取' },
  { pattern: /^HTML web page: read as text$/, zh: '网页（HTML）文件，已按文本读取' },
  { pattern: /^HTML saved as \.(\w+): read as web-page text \(no Word numbering\)$/, zh: '以 .$1 为扩展名保存的网页（HTML），已按网页文字读取（没有 Word 自动编号）' },
  { pattern: /^amendment sheet \(修改单\): (.+)$/, zh: '这是标准修改单（$1），不是标准全文' },
  { pattern: /^model: no chapters found$/, zh: '未找到章' },
  { pattern: /^model: (\d+) chapter\(s\) without a number, recognised by their titles$/, zh: '$1 个章没有编号，按章标题识别' },
  { pattern: /^model: (\d+) paragraph\(s\) before the first chapter ignored$/, zh: '第一章之前有 $1 个段落未归入任何章' },
  // error details (UNSUPPORTED, UNKNOWN_FORMAT …)
  { pattern: /^(PNG|JPEG|TIFF|GIF|WebP|BMP) image \(scanned\? run OCR first\)$/, zh: '$1 图片（扫描件？请先进行 OCR 文字识别）' },
  { pattern: /^(gzip|7z|RAR) archive$/, zh: '$1 压缩包' },
  { pattern: /^RTF document \(save it as \.docx\)$/, zh: 'RTF 文档（请另存为 .docx）' },
  { pattern: /^Word 2003 XML document \(save it as \.docx\)$/, zh: 'Word 2003 XML 文档（请另存为 .docx）' },
  { pattern: /^Word flat XML document \(save it as \.docx\)$/, zh: 'Word 单文件 XML 文档（请另存为 .docx）' },
  { pattern: /^Excel workbook \(\.xlsx\)$/, zh: 'Excel 工作簿（.xlsx）' },
  { pattern: /^PowerPoint presentation \(\.pptx\)$/, zh: 'PowerPoint 演示文稿（.pptx）' },
  { pattern: /^OFD document \(convert it to PDF\)$/, zh: 'OFD 版式文档（请转换为 PDF）' },
  { pattern: /^OpenDocument text \(\.odt; save it as \.docx\)$/, zh: 'OpenDocument 文本（.odt，请另存为 .docx）' },
  { pattern: /^OpenDocument file \((.+)\)$/, zh: 'OpenDocument 文件（$1）' },
  { pattern: /^EPUB e-book$/, zh: 'EPUB 电子书' },
  { pattern: /^password-protected Office document \(remove the password and save as \.docx\)$/, zh: '设有密码的 Office 文档（请去除密码后另存为 .docx）' },
  { pattern: /^Excel 97-2003 workbook \(\.xls\)$/, zh: 'Excel 97-2003 工作簿（.xls）' },
  { pattern: /^PowerPoint 97-2003 presentation \(\.ppt\)$/, zh: 'PowerPoint 97-2003 演示文稿（.ppt）' },
  { pattern: /^OLE compound file without a Word document stream$/, zh: '不含 Word 文档内容的 OLE 复合文件' },
  { pattern: /^not a regular file \(device, pipe or socket\)$/, zh: '不是普通文件（设备、管道或套接字）' },
  { pattern: /^not a \.(\w+) file, and not text$/, zh: '不是 .$1 文件，也不是文本' },
];

export function localizeReaderText(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  for (const { pattern, zh } of FORMS) {
    if (pattern.test(text)) return text.replace(pattern, zh);
  }
  return text;
}
