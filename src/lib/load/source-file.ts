import type { RecordKind } from '../grammar/record-path.js';

/**
 * A record file as loaded: its text, its plain data and what its path says it is. The parsed
 * YAML document is not kept: holding twelve thousand of them doubled the time of a large load in
 * garbage collection alone, and positions are needed only for the few files with a diagnostic
 * (see `locate-node`, which parses the text again for those).
 */
export interface SourceFile {
  /** Path shown in diagnostics, e.g. `provisions/kr/stalking-act/18.yaml`. */
  file: string;
  kind: RecordKind;
  /** The id its path gives it. */
  pathId: string;
  /** The decoded text the data was parsed from. */
  text: string;
  /** The plain data of the document (`document.toJS()`). */
  data: unknown;
}
