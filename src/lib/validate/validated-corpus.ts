import type { RecordKind } from '../grammar/record-path.js';
import type { SourceFile } from '../load/source-file.js';
import type { RecordOf } from '../schema/index.js';

/** A record that passed its schema, with the file it came from for later diagnostics. */
export interface ValidRecord<K extends RecordKind> {
  source: SourceFile;
  data: RecordOf<K>;
}

/** Every record that passed its schema, by kind, in path order. */
export interface ValidatedCorpus {
  vocabulary: ValidRecord<'vocabulary'>[];
  jurisdictions: ValidRecord<'jurisdiction'>[];
  instruments: ValidRecord<'instrument'>[];
  provisions: ValidRecord<'provision'>[];
  findings: ValidRecord<'finding'>[];
  guides: ValidRecord<'guide'>[];
  cases: ValidRecord<'case'>[];
  services: ValidRecord<'service'>[];
  guidance: ValidRecord<'guidance'>[];
}
