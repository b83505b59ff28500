// Escaping for every output syntax in one place, so each reporter uses the right one.

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text and attribute values in HTML and XML (both quote styles). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!);
}

// XML 1.0 allows only #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF];
// text extracted from .docx/.pdf can carry vertical tabs, form feeds and lone surrogates.
const XML_INVALID = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripInvalidXmlChars(text: string): string {
  return text.replace(XML_INVALID, '');
}

// C0/C1 control characters (ESC starts terminal escape sequences); tab, LF and CR are kept.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Document text for terminals and spreadsheets: a standard's title must not be able to move the cursor or recolour the screen. */
export function stripControl(text: string): string {
  return text.replace(CONTROL, '');
}

/** XML text or attribute value: invalid characters removed, markup characters escaped. */
export function escapeXml(text: string): string {
  return escapeHtml(stripInvalidXmlChars(text));
}

/** A CDATA section that stays well formed whatever the text contains (including "]]>"). */
export function cdata(text: string): string {
  return `<![CDATA[${stripInvalidXmlChars(text).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** Markdown table cell / inline text: no table breaks, no emphasis, no raw HTML. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[\\`*_[\]~|#]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c]!);
}

/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell starting with = + - @, tab or CR
 * is prefixed with a single quote so Excel/WPS/LibreOffice treat it as text.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180 field, formula-neutralised. */
export function csvField(text: string): string {
  const safe = neutraliseFormula(stripControl(text));
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** GitHub workflow command message (after "::"). */
export function escapeGithubMessage(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** GitHub workflow command property value (file=, title=): ":" and "," end a property. */
export function escapeGithubProperty(text: string): string {
  return escapeGithubMessage(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
