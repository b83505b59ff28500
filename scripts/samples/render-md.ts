// Markdown rendering in the project's conventions (test/fixtures/golden.md): cover lines, "## 前言",
// the body title as a plain line, "## 5 试验方法" / "### 5.1 …" headings with typed numbers, pipe tables.
import { annexLetter, datesLine, flatHeader, type BodyItem, type ClauseSpec, type StandardSpec, type TableSpec } from './model.ts';

function table(t: TableSpec): string {
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const header = flatHeader(t);
  return [t.caption, [row(header), `|${header.map(() => '---').join('|')}|`, ...t.rows.map(row)].join('\n')].join('\n\n');
}

function body(items: BodyItem[] = []): string[] {
  return items.map((b) => (typeof b === 'string' ? b : table(b.table)));
}

function clauses(list: ClauseSpec[], parent: string | null, depth: number): string[] {
  return list.flatMap((c, i) => {
    const derived = parent === null ? String(i + 1) : `${parent}.${i + 1}`;
    return [`${'#'.repeat(depth + 1)} ${c.number ?? derived} ${c.title}`, ...body(c.body), ...clauses(c.clauses ?? [], derived, depth + 1)];
  });
}

export function renderMarkdown(spec: StandardSpec): string {
  const c = spec.cover;
  const blocks: string[] = [];
  const classLines = [c.ics && `ICS ${c.ics}`, c.ccs && `CCS ${c.ccs}`].filter(Boolean);
  if (classLines.length) blocks.push(classLines.join('\n'));
  blocks.push(c.code, c.categoryLine, c.number);
  if (c.replaces) blocks.push(c.replaces);
  blocks.push(`# ${c.titleZh}`);
  if (c.titleEn) blocks.push(c.titleEn);
  const dates = datesLine(c);
  if (dates) blocks.push(dates);
  blocks.push(`${c.publisher}　发布`);
  blocks.push('## 前言', ...spec.foreword, c.titleZh);
  blocks.push(...clauses(spec.chapters, null, 1));
  (spec.annexes ?? []).forEach((a, i) => {
    const letter = annexLetter(i);
    blocks.push(`## 附录${letter}${a.label}${a.title}`, ...body(a.body), ...clauses(a.clauses ?? [], letter, 2));
  });
  return blocks.join('\n\n') + '\n';
}
