// Plain-text rendering as a Windows user would save it: one paragraph per line, typed clause numbers, the annex
// heading on three lines (附录A / （规范性） / title), tables as tab-separated rows, CRLF, GB18030 (GBK) bytes.
import { annexLetter, datesLine, flatHeader, type BodyItem, type ClauseSpec, type StandardSpec } from './model.ts';
import { encodeGb18030 } from './gb18030.ts';

function body(items: BodyItem[] = []): string[] {
  return items.flatMap((b) => (typeof b === 'string' ? [b] : [b.table.caption, flatHeader(b.table).join('\t'), ...b.table.rows.map((r) => r.join('\t'))]));
}

function clauses(list: ClauseSpec[], parent: string | null): string[] {
  return list.flatMap((c, i) => {
    const derived = parent === null ? String(i + 1) : `${parent}.${i + 1}`;
    return [`${c.number ?? derived} ${c.title}`, ...body(c.body), ...clauses(c.clauses ?? [], derived)];
  });
}

export function renderText(spec: StandardSpec): string {
  const c = spec.cover;
  const lines: (string | undefined)[] = [
    c.ics && `ICS ${c.ics}`, c.ccs && `CCS ${c.ccs}`, c.code, c.categoryLine, c.number, c.replaces, c.titleZh, c.titleEn,
    datesLine(c) ?? undefined, `${c.publisher}　发布`, '', '前　　言', ...spec.foreword, '', c.titleZh, ...clauses(spec.chapters, null),
  ];
  (spec.annexes ?? []).forEach((a, i) => {
    const letter = annexLetter(i);
    lines.push('', `附录${letter}`, a.label, a.title, ...body(a.body), ...clauses(a.clauses ?? [], letter));
  });
  return lines.filter((l): l is string => l !== undefined).join('\r\n') + '\r\n';
}

export function renderTextGbk(spec: StandardSpec): Uint8Array {
  return encodeGb18030(renderText(spec));
}
