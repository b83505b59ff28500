// OPC relationships: which part is the main document, its styles, numbering, headers and footers.
import { parseXml, type Attrs } from './xml.ts';
import type { ZipArchive } from './zip.ts';

export interface Relationship {
  /** Last segment of the relationship type URI, e.g. "officeDocument", "styles", "header". */
  kind: string;
  /** Part name resolved against the source part's folder, without a leading slash. */
  part: string;
  external: boolean;
}

export function readRels(zip: ZipArchive, sourcePart: string): Relationship[] {
  const slash = sourcePart.lastIndexOf('/');
  const dir = slash < 0 ? '' : sourcePart.slice(0, slash + 1);
  const relsName = `${dir}_rels/${sourcePart.slice(slash + 1)}.rels`;
  const bytes = zip.read(relsName);
  if (!bytes) return [];
  const out: Relationship[] = [];
  parseXml(bytes, relsName, {
    open: (name: string, a: Attrs) => {
      if (name !== 'Relationship' && !name.endsWith(':Relationship')) return;
      const type = a.get('Type') ?? '';
      const target = a.get('Target') ?? '';
      out.push({
        kind: type.slice(type.lastIndexOf('/') + 1),
        part: resolvePart(dir, target),
        external: a.get('TargetMode') === 'External',
      });
    },
    close: () => {},
  });
  return out;
}

function resolvePart(dir: string, rawTarget: string): string {
  let target = rawTarget;
  try {
    target = decodeURIComponent(rawTarget);
  } catch {
    // keep the raw target: a stray % is legal in a part name reference
  }
  const segments = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}
