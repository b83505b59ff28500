// A small non-validating XML scanner for OOXML parts. A general parser (saxes) spent most of the docx reading
// time checking name characters; OOXML parts are machine-written, so this one only checks what keeps the
// result trustworthy: tags balance and are well formed, attributes are quoted and not repeated, entities are
// the five predefined ones or character references, and a DOCTYPE is refused outright (issue 7: no entity
// declarations, so no billion laughs and no external entities).
import { ReadError } from '../types.ts';

/**
 * The attributes of the tag being reported, checked for well-formedness by the scanner but decoded only when
 * asked for: most OOXML attributes (rsids, sizes, fonts) are never read, and building an object of them for
 * every element was a third of the scanning time. Valid only during the open() call that received it.
 */
export interface Attrs {
  get(name: string): string | undefined;
  entries(): [string, string][];
}

export interface ScanHandlers {
  open(name: string, attrs: Attrs): void;
  close(name: string): void;
  text?(text: string): void;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

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

/** Index just past the end of a name starting at `from` (stops at whitespace, '/', '>' or '='), at most `to`. */
function nameEnd(xml: string, from: number, to: number): number {
  let i = from;
  for (; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c === 47 /* / */ || c === 62 /* > */ || c === 61 /* = */ || isSpace(c)) break;
  }
  return i;
}

function sameName(xml: string, a: number, aEnd: number, b: number, bEnd: number): boolean {
  if (aEnd - a !== bEnd - b) return false;
  for (let k = 0; k < aEnd - a; k++) if (xml.charCodeAt(a + k) !== xml.charCodeAt(b + k)) return false;
  return true;
}

/** Name starts and ends of the attributes checked last, reused from tag to tag (checking allocates nothing). */
const seen: number[] = [];

/** Checks the attribute list of a tag (quoted values, no repeats, spaces between); throws Malformed. */
function checkAttrs(xml: string, from: number, to: number): void {
  let count = 0;
  let i = from;
  while (i < to) {
    const c = xml.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    const end = nameEnd(xml, i, to);
    if (end === i) throw new Malformed(`bad attribute at offset ${i}`);
    for (let k = 0; k < count; k++) {
      if (sameName(xml, seen[2 * k]!, seen[2 * k + 1]!, start, end)) throw new Malformed(`attribute ${xml.slice(start, end)} repeated`);
    }
    seen[2 * count] = start;
    seen[2 * count + 1] = end;
    count++;
    i = end;
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== 61 /* = */) throw new Malformed(`attribute ${xml.slice(start, end)} has no value`);
    i++;
    while (i < to && isSpace(xml.charCodeAt(i))) i++;
    const quote = xml.charCodeAt(i);
    if (quote !== 34 && quote !== 39) throw new Malformed(`attribute ${xml.slice(start, end)} is not quoted`);
    let close = i + 1;
    let amp = false;
    for (; close < to; close++) {
      const v = xml.charCodeAt(close);
      if (v === quote) break;
      if (v === 60 /* < */) throw new Malformed(`"<" in the value of attribute ${xml.slice(start, end)}`);
      if (v === 38 /* & */) amp = true;
    }
    if (close >= to) throw new Malformed(`attribute ${xml.slice(start, end)} is not closed`);
    if (amp) decodeEntities(xml.slice(i + 1, close)); // throws on an undefined entity
    i = close + 1;
    if (i < to && !isSpace(xml.charCodeAt(i))) throw new Malformed(`no space after attribute ${xml.slice(start, end)}`);
  }
}

/** Reads the attributes of one checked tag; the scanner moves it from tag to tag. */
class TagAttrs implements Attrs {
  xml = '';
  from = 0;
  to = 0;

  /** Calls `each` with the name range and value range of every attribute, until it returns true. */
  private walk(each: (nameStart: number, nameEnd: number, valueStart: number, valueEnd: number) => boolean): void {
    const { xml, to } = this;
    let i = this.from;
    while (i < to) {
      if (isSpace(xml.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      const end = nameEnd(xml, i, to);
      i = xml.indexOf('=', end) + 1;
      while (isSpace(xml.charCodeAt(i))) i++;
      const close = xml.indexOf(xml[i]!, i + 1);
      if (each(start, end, i + 1, close)) return;
      i = close + 1;
    }
  }

  get(name: string): string | undefined {
    let value: string | undefined;
    const { xml } = this;
    this.walk((ns, ne, vs, ve) => {
      if (ne - ns !== name.length || !xml.startsWith(name, ns)) return false;
      value = attrValue(xml.slice(vs, ve));
      return true;
    });
    return value;
  }

  entries(): [string, string][] {
    const out: [string, string][] = [];
    const { xml } = this;
    this.walk((ns, ne, vs, ve) => {
      out.push([xml.slice(ns, ne), attrValue(xml.slice(vs, ve))]);
      return false;
    });
    return out;
  }
}

/** A tag without attributes. */
const NO_ATTRS: Attrs = { get: () => undefined, entries: () => [] };

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

/** Whether the closing tag's text between `from` and `gt` is `name`, optionally followed by whitespace. */
function closes(xml: string, from: number, gt: number, name: string): boolean {
  if (!xml.startsWith(name, from)) return false;
  for (let i = from + name.length; i < gt; i++) if (!isSpace(xml.charCodeAt(i))) return false;
  return true;
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
  const attrs = new TagAttrs();
  attrs.xml = xml;
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
      const open = stack.pop();
      // compared in place: no string for the closing name unless it is wrong
      if (open === undefined || !closes(xml, lt + 2, gt, open)) {
        const name = xml.slice(lt + 2, gt).trimEnd();
        throw new Malformed(open === undefined ? `closing tag </${name}> with nothing open` : `</${name}> closes <${open}>`);
      }
      h.close(open);
      i = gt + 1;
      continue;
    }
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const bodyEnd = selfClosing ? gt - 1 : gt;
    const end = nameEnd(xml, lt + 1, bodyEnd);
    const name = xml.slice(lt + 1, end);
    if (name === '') throw new Malformed(`tag without a name at offset ${lt}`);
    if (stack.length === 0 && rootSeen) throw new Malformed('more than one root element');
    rootSeen = true;
    if (end < bodyEnd) {
      checkAttrs(xml, end, bodyEnd);
      attrs.from = end;
      attrs.to = bodyEnd;
      h.open(name, attrs);
    } else {
      h.open(name, NO_ATTRS);
    }
    if (selfClosing) h.close(name);
    else stack.push(name);
    i = gt + 1;
  }
  if (stack.length > 0) throw new Malformed(`<${stack[stack.length - 1]}> not closed at end of part`);
  if (!rootSeen) throw new Malformed('no root element');
}
