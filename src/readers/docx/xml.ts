// XML for OOXML parts, with the safety rules of issue 7 (see xml-scan.ts: any DOCTYPE, and so any entity
// declaration, is refused before it can matter). Element and attribute names are handed over with canonical
// prefixes (w:, m:, mc:…) whatever prefix the producer chose, so the walkers can compare plain strings.
import { scanXml, type Attrs, type ScanHandlers } from './xml-scan.ts';

export type { Attrs } from './xml-scan.ts';

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
export function parseXml(bytes: Uint8Array, part: string, h: ScanHandlers): void {
  let renames: Map<string, string> | null = null;
  let first = true;
  const rename = (name: string): string => {
    const colon = name.indexOf(':');
    const prefix = colon < 0 ? '' : name.slice(0, colon);
    const canon = renames!.get(prefix);
    return canon === undefined ? name : `${canon}:${name.slice(colon + 1)}`;
  };
  const renamed = new RenamedAttrs();
  scanXml(decodeXml(bytes), part, {
    open(name, attrs) {
      if (first) {
        first = false;
        renames = prefixRenames(attrs);
        if (renames) renamed.setRenames(renames);
      }
      if (!renames) return h.open(name, attrs);
      renamed.attrs = attrs;
      renamed.rename = rename;
      h.open(rename(name), renamed);
    },
    close: (name) => h.close(renames ? rename(name) : name),
    ...(h.text ? { text: h.text } : {}),
  });
}

/** A tag's attributes under the canonical prefixes, for a part whose producer chose other prefixes. */
class RenamedAttrs implements Attrs {
  attrs!: Attrs;
  rename!: (name: string) => string;
  private renames = new Map<string, string>();
  /** Canonical prefix → the producer's prefixes that stand for it (an unprefixed attribute has no namespace). */
  private producers = new Map<string, string[]>();

  setRenames(renames: Map<string, string>): void {
    this.renames = renames;
    for (const [producer, canon] of renames) {
      if (producer !== '') this.producers.set(canon, [...(this.producers.get(canon) ?? []), producer]);
    }
  }

  get(name: string): string | undefined {
    const colon = name.indexOf(':');
    if (colon < 0) return this.attrs.get(name);
    const prefix = name.slice(0, colon);
    for (const producer of this.producers.get(prefix) ?? []) {
      const v = this.attrs.get(`${producer}${name.slice(colon)}`);
      if (v !== undefined) return v;
    }
    // the producer's own use of the canonical prefix counts unless it is renamed to another one
    return this.renames.has(prefix) ? undefined : this.attrs.get(name);
  }

  entries(): [string, string][] {
    return this.attrs.entries().map(([k, v]) => [k.includes(':') ? this.rename(k) : k, v]);
  }
}

/** Prefix renames needed to reach the canonical prefixes, or null when the producer used them already. */
function prefixRenames(rootAttrs: Attrs): Map<string, string> | null {
  let map: Map<string, string> | null = null;
  for (const [k, uri] of rootAttrs.entries()) {
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
  return attrs.get(`w:${local}`);
}

/** OOXML on/off properties: present means on unless val is false/0/off. */
export function isOn(attrs: Attrs): boolean {
  return onOff(attrs.get('w:val'));
}

/** An on/off value: absent means on. */
export function onOff(v: string | undefined): boolean {
  return v === undefined || !(v === 'false' || v === '0' || v === 'off');
}
