// Test-method cells of requirement tables, shared by completeness/test-method and structure/product-elements.
import type { StandardDocument } from '../../model/types.ts';
import { extractDeclared, type DeclaredIndicator } from '../../indicators/extract.ts';

/** An empty or dash-only method cell. */
export const NO_METHOD_CELL = /^[—\-–/／\s]*$/;

/** A method cell that points to one clause of this document ("5.3", "A.2", "附录B"). */
const POINTER_METHOD = /^(?:[A-Z]?\.?\d+(?:\.\d+)*|附录\s*[A-Z].*)$/;

/**
 * An empty method cell under a described method or a method standard is a vertically merged cell read as empty
 * (Markdown, txt, PDF): "色泽 | … | GB/T 25005" followed by "气味 | … | " share that method. An empty cell under a
 * clause pointer ("5.3") stays empty: that clause is one item's method.
 */
export function withMergedMethods(declared: readonly DeclaredIndicator[]): DeclaredIndicator[] {
  const above = new Map<string, string | null>();
  return declared.map((d) => {
    if (d.origin !== 'table' || !d.table) return d;
    const key = `${d.table.number ?? ''}|${d.table.caption ?? ''}|${d.clause.number ?? ''}`;
    if (d.method) {
      above.set(key, NO_METHOD_CELL.test(d.method) || POINTER_METHOD.test(d.method.trim()) ? null : d.method);
      return d;
    }
    const method = above.get(key);
    return method ? { ...d, method } : d;
  });
}

/** A body clause number ("5.1"): a pointer into the document, only a method where that clause holds one. */
const CLAUSE_POINTER = /^\d+(?:\.\d+)*$/;

/**
 * "检验方法" given as a column of the requirement tables ("酸价 | 3 | GB 5009.229"), as food and other enterprise
 * standards often do: every table indicator carries a method standard or a described method. Clause numbers do
 * not count: without a test-methods chapter they point nowhere.
 */
export function methodsInTables(doc: StandardDocument): boolean {
  const tabled = withMergedMethods(extractDeclared(doc)).filter((d) => d.origin === 'table');
  return tabled.length > 0 && tabled.every((d) => !!d.method && !NO_METHOD_CELL.test(d.method) && !CLAUSE_POINTER.test(d.method.trim()));
}
