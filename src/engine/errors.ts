// Per-file error messages (zh/en), keyed by the stable error code.
import type { ReadErrorCode } from '../readers/types.ts';
import type { Lang, Localized } from './types.ts';
import { localize } from './messages.ts';
import { localizeReaderText } from './reader-text.ts';

const MESSAGES: Record<ReadErrorCode, Localized> = {
  ENOENT: { zh: '文件不存在', en: 'file not found' },
  EACCES: { zh: '没有读取权限', en: 'permission denied' },
  EISDIR: { zh: '这是一个目录，不是文件', en: 'is a directory, not a file' },
  EMPTY: { zh: '文件为空（0 字节）', en: 'file is empty (0 bytes)' },
  TOO_LARGE: { zh: '文件超过大小限制（{size} 字节 > {limit} 字节）', en: 'file exceeds the size limit ({size} bytes > {limit} bytes)' },
  TIMEOUT: { zh: '读取或检查超时（{seconds} 秒），已跳过', en: 'reading or checking timed out ({seconds} s); skipped' },
  UNSUPPORTED: { zh: '不支持的文件类型：{detail}', en: 'unsupported file type: {detail}' },
  UNKNOWN_FORMAT: { zh: '无法识别文件格式：{detail}', en: 'unrecognised file format: {detail}' },
  CORRUPT_ZIP: { zh: '文件已损坏或不完整（ZIP 结构错误）：{detail}', en: 'file is corrupt or truncated (bad ZIP structure): {detail}' },
  ZIP_BOMB: { zh: '解压后体积超过安全上限，拒绝读取（疑似压缩炸弹）：{detail}', en: 'decompressed size exceeds the safety limit; refused (possible zip bomb): {detail}' },
  NOT_DOCX: { zh: 'ZIP 文件中没有 word/document.xml，不是 Word 文档：{detail}', en: 'ZIP without word/document.xml; not a Word document: {detail}' },
  MALFORMED_XML: { zh: '文档 XML 格式错误：{detail}', en: 'malformed document XML: {detail}' },
  XML_DTD: { zh: '文档含有 DOCTYPE/实体声明，出于安全原因拒绝读取', en: 'document contains DOCTYPE/entity declarations; refused for safety' },
  PDF_ENCRYPTED: { zh: 'PDF 已加密或受密码保护，无法读取', en: 'PDF is encrypted or password-protected' },
  PDF_NO_TEXT: { zh: 'PDF 没有文字层（可能是扫描件），请先进行 OCR 文字识别', en: 'PDF has no text layer (probably scanned); run OCR first' },
  PDF_DAMAGED: { zh: 'PDF 文件已损坏：{detail}', en: 'PDF is damaged: {detail}' },
  DOC_DAMAGED: { zh: 'Word 97-2003 (.doc) 文件已损坏：{detail}', en: 'Word 97-2003 (.doc) file is damaged: {detail}' },
  BINARY_TEXT: { zh: '文本文件含有二进制内容或无法识别的编码', en: 'text file contains binary data or an unknown encoding' },
  NOT_A_STANDARD: { zh: '未识别为标准文本（{why}），未作审查', en: 'not recognised as a standard ({why}); not audited' },
  INTERNAL: { zh: '内部错误：{detail}', en: 'internal error: {detail}' },
};

export function errorMessage(code: string, lang: Lang, data: Record<string, string | number> = {}): string {
  const msg = MESSAGES[code as ReadErrorCode] ?? MESSAGES.INTERNAL;
  return localize(msg, lang, { detail: '', ...data });
}

/** Why a document was not recognised as a standard: the model's evidence in English, a fixed summary in Chinese,
 *  except for an amendment sheet (修改单), which is named as such in both languages. */
export function notAStandardReason(recognition: readonly string[], lang: Lang): string {
  const amendment = recognition.find((r) => r.startsWith('amendment sheet'));
  if (lang === 'en') return recognition.join('; ');
  return amendment ? localizeReaderText(amendment, lang) : '没有标准编号及封面信息，也没有范围、规范性引用文件、要求等标准章条';
}
