// A small non-validating XML scanner for OOXML parts. A general parser (saxes) spent most of the docx reading
// time checking name characters; OOXML parts are machine-written, so this one only checks what keeps the
// result trustworthy: tags balance and are well formed, attributes are quoted and not repeated, entities are
// the five predefined ones or character references, and a DOCTYPE is refused outright (issue 7: no entity
// declarations, so no billion laughs and no external entities).
import { ReadError } from '../types.ts';

export type Attrs = Record<string, string>;

export interface ScanHandlers {
  open(name: string, attrs: Attrs): void;
  close(name: string): void;
  text?(text: string): void;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Characters that end a tag or attribute name. */
const NAME_END = /[\s/>=]/g;

class Malformed extends Error {}

/** Replaces entity and character references; an undefined entity makes the part malformed. */
function decodeEntities(s: string): string {
  return s.replace(/&([^;&<]*);|&/g, (whole, ref: string | undefined) => {
    if (ref === undefined) throw new Malformed('"&" not starting a reference');
    if (ref.charCodeAt(0) === 35 /* # */) {
      const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      const valid = /^#(x[0-9a-fA-F]+|[0-9]+)$/.test(ref) && code <= 0x10ffff && code > 0;
      if (!valid) throw new Malformed(`bad character reference ${whole}`);
      return String.fromCodePoint(code);
    }
    const value = PREDEFINED[ref];
    if (value === undefined) throw new Malformed(`undefined entity ${whole}`);
    return value;
  });
}

/** XML end-of-line handling: CR LF and lone CR become LF. */
function normaliseNewlines(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

function textValue(raw: string): string {
  const s = normaliseNewlines(raw);
  return s.includes('&') ? decodeEntities(s) : s;
}

/** Attribute-value normalisation: literal tabs and newlines count as spaces. */
function attrValue(raw: string): string {
  const s = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw;
  return s.includes('&') ? decodeEntities(s) : s;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Index just past the end of a name starting at `from` (stops at whitespace, '/', '>' or '='). */
function nameEnd(xml: string, from: number): number {
  NAME_END.lastIndex = from;
  return NAME_END.exec(xml) ? NAME_END.lastIndex - 1 : xml.length;
}

function parseAttrs(xml: string, from: number, to: number): Attrs {
  const attrs: Attrs = {};
  let i = from;
  while (i < to) {
    const c = xml.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const end = Math.min(nameEnd(xml, i), to);
    if (end === i) throw new Malformed(`bad attribute at offset ${i}`);
    const name = xml.slice(i, end);
    i = end;
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 61 /* = */) throw new Malformed(`attribute ${name} has no value`);
    i++;
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    const quote = xml[i];
    if (quote !== '"' && quote !== "'") throw new Malformed(`attribute ${name} is not quoted`);
    const close = xml.indexOf(quote, i + 1);
    if (close < 0 || close > to) throw new Malformed(`attribute ${name} is not closed`);
    const raw = xml.slice(i + 1, close);
    if (raw.includes('<')) throw new Malformed(`"<" in the value of attribute ${name}`);
    if (name in attrs) throw new Malformed(`attribute ${name} repeated`);
    attrs[name] = attrValue(raw);
    i = close + 1;
    if (i < to && !isSpace(xml.charCodeAt(i))) throw new Malformed(`no space after attribute ${name}`);
  }
  return attrs;
}

/** End of the tag opened at `lt` ('>' index), skipping '>' inside quoted attribute values. */
function tagEnd(xml: string, lt: number): number {
  for (let i = lt + 1; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === 62 /* > */) return i;
    if (c === 34 /* " */ || c === 39 /* ' */) {
      const close = xml.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close < 0) break;
      i = close;
    }
  }
  throw new Malformed('unclosed tag at end of part');
}

function skipPast(xml: string, from: number, marker: string, what: string): number {
  const at = xml.indexOf(marker, from);
  if (at < 0) throw new Malformed(`unclosed ${what}`);
  return at + marker.length;
}

/** Scans one XML document, calling the handlers; throws XML_DTD / MALFORMED_XML as ReadError. */
export function scanXml(xml: string, part: string, h: ScanHandlers): void {
  try {
    scan(xml, part, h);
  } catch (err) {
    if (err instanceof Malformed) throw new ReadError('MALFORMED_XML', `${part}: ${err.message}`.slice(0, 200), { part });
    throw err;
  }
}

function scan(xml: string, part: string, h: ScanHandlers): void {
  const stack: string[] = [];
  let rootSeen = false;
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const onText = h.text;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i) {
      const raw = xml.slice(i, textEnd);
      if (stack.length > 0) {
        if (raw.includes('>') && raw.includes(']]>')) throw new Malformed('"]]>" in text');
        if (onText) onText(textValue(raw));
      } else if (raw.trim() !== '') {
        throw new Malformed('text outside the root element');
      }
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        i = skipPast(xml, lt + 4, '-->', 'comment');
      } else if (xml.startsWith('<![CDATA[', lt)) {
        if (stack.length === 0) throw new Malformed('CDATA outside the root element');
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) throw new Malformed('unclosed CDATA section');
        if (onText) onText(normaliseNewlines(xml.slice(lt + 9, end)));
        i = end + 3;
      } else if (xml.startsWith('<!DOCTYPE', lt)) {
        throw new ReadError('XML_DTD', `${part}: DOCTYPE declaration refused`, { part });
      } else {
        throw new Malformed(`unknown markup declaration at offset ${lt}`);
      }
      continue;
    }
    if (next === 63 /* ? */) {
      i = skipPast(xml, lt + 2, '?>', 'processing instruction');
      continue;
    }
    const gt = tagEnd(xml, lt);
    if (next === 47 /* / */) {
      const name = xml.slice(lt + 2, gt).trimEnd();
      const open = stack.pop();
      if (open !== name) throw new Malformed(open === undefined ? `closing tag </${name}> with nothing open` : `</${name}> closes <${open}>`);
      h.close(name);
      i = gt + 1;
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const bodyEnd = selfClosing ? gt - 1 : gt;
    const end = Math.min(nameEnd(xml, lt + 1), bodyEnd);
    const name = xml.slice(lt + 1, end);
    if (name === '') throw new Malformed(`tag without a name at offset ${lt}`);
    if (stack.length === 0 && rootSeen) throw new Malformed('more than one root element');
    rootSeen = true;
    h.open(name, end < bodyEnd ? parseAttrs(xml, end, bodyEnd) : {});
    if (selfClosing) h.close(name);
    else stack.push(name);
    i = gt + 1;
  }
  if (stack.length > 0) throw new Malformed(`<${stack[stack.length - 1]}> not closed at end of part`);
  if (!rootSeen) throw new Malformed('no root element');
}
