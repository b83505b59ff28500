// Loads the standards status registry (checks/registry/*.yaml + user dirs). Implemented by the references work.
import type { StatusRegistry } from './types.ts';

export function loadRegistry(_extraDirs: string[] = []): StatusRegistry {
  return { entries: [], lookup: () => undefined, editions: () => [] };
}
