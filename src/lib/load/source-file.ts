import type { Document, LineCounter } from 'yaml';
import type { RecordKind } from '../grammar/record-path.js';

/** A record file as parsed: its YAML document with positions, and what its path says it is. */
export interface SourceFile {
  /** Path shown in diagnostics, e.g. `provisions/kr/stalking-act/18.yaml`. */
  file: string;
  kind: RecordKind;
  /** The id its path gives it. */
  pathId: string;
  document: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain data of the document (`document.toJS()`). */
  data: unknown;
}
