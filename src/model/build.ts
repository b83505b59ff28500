// RawDocument -> StandardDocument. Implemented by the model work.
import type { RawDocument } from '../readers/types.ts';
import type { StandardDocument } from './types.ts';

export function buildDocument(_raw: RawDocument, _file: string): StandardDocument {
  throw new Error('model builder not implemented yet');
}
