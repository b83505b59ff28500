// Streaming XML for OOXML parts, with the safety rules of issue 7: any DOCTYPE (and so any entity
// declaration) is refused before it can matter, and saxes only knows the five predefined entities.
// Element names are handed over with canonical prefixes (w:, m:, mc:…) whatever prefix the
// producer chose, so the walkers can compare plain strings.
import { SaxesParser } from 'saxes';
import { ReadError } from '../types.ts';

export type Attrs = Record<string, string>;

export interface XmlHandlers {
  open(name: string, attrs: Attrs): void;
  close(name: string): void;
  text?(text: string): void;
}

const CANONICAL_PREFIX: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'http://purl.oclc.org/ooxml/officeDocument/math': 'm',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
};

function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
}

/** Parses one part; throws XML_DTD / MALFORMED_XML as ReadError. */
export function parseXml(bytes: Uint8Array, part: string, h: XmlHandlers): void {
  const parser = new SaxesParser({ fileName: part, position: false });
  let renames: Map<string, string> | null = null;
  let first = true;
  const rename = (name: string): string => {
    const colon = name.indexOf(':');
    const prefix = colon < 0 ? '' : name.slice(0, colon);
    const canon = renames!.get(prefix);
    return canon === undefined ? name : `${canon}:${name.slice(colon + 1)}`;
  };
  parser.on('doctype', () => {
    throw new ReadError('XML_DTD', `${part}: DOCTYPE declaration refused`, { part });
  });
  parser.on('opentag', (node) => {
    let attrs = node.attributes as Attrs;
    if (first) {
      first = false;
      renames = prefixRenames(attrs);
    }
    if (renames) {
      const renamed: Attrs = {};
      for (const k of Object.keys(attrs)) renamed[k.includes(':') ? rename(k) : k] = attrs[k]!;
      attrs = renamed;
      h.open(rename(node.name), attrs);
    } else {
      h.open(node.name, attrs);
    }
  });
  parser.on('closetag', (node) => h.close(renames ? rename(node.name) : node.name));
  if (h.text) {
    const onText = h.text;
    parser.on('text', (t) => onText(t));
    parser.on('cdata', (t) => onText(t));
  }
  try {
    parser.write(decodeXml(bytes)).close();
  } catch (err) {
    if (err instanceof ReadError) throw err;
    const msg = err instanceof Error ? err.message : String(err);
    throw new ReadError('MALFORMED_XML', msg.slice(0, 200), { part });
  }
}

/** Prefix renames needed to reach the canonical prefixes, or null when the producer used them already. */
function prefixRenames(rootAttrs: Attrs): Map<string, string> | null {
  let map: Map<string, string> | null = null;
  for (const [k, uri] of Object.entries(rootAttrs)) {
    if (k !== 'xmlns' && !k.startsWith('xmlns:')) continue;
    const canon = CANONICAL_PREFIX[uri];
    if (!canon) continue;
    const prefix = k === 'xmlns' ? '' : k.slice(6);
    if (prefix !== canon) (map ??= new Map()).set(prefix, canon);
  }
  return map;
}

/** An attribute by local name in the w: namespace, e.g. attr(a, 'val') reads w:val. */
export function wAttr(attrs: Attrs, local: string): string | undefined {
  return attrs[`w:${local}`];
}

/** OOXML on/off properties: present means on unless val is false/0/off. */
export function isOn(attrs: Attrs): boolean {
  const v = attrs['w:val'];
  return v === undefined || !(v === 'false' || v === '0' || v === 'off');
}
