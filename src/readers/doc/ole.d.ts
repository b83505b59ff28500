// word-extractor's OLE compound-file reader, used directly to get at the WordDocument and table streams
// (its published types only describe the text extractor).
declare module 'word-extractor/lib/ole-compound-doc.js' {
  import type { Readable } from 'node:stream';
  export default class OleCompoundDoc {
    constructor(reader: unknown);
    read(): Promise<void>;
    stream(name: string): Readable;
  }
}

declare module 'word-extractor/lib/buffer-reader.js' {
  export default class BufferReader {
    constructor(buffer: Buffer);
  }
}
