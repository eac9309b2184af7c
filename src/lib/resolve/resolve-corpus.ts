import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';
import type { ValidatedCorpus } from '../validate/validated-corpus.js';
import { checkConsistency } from './check-consistency.js';
import { checkDates } from './check-dates.js';
import { checkIdentity } from './check-identity.js';
import { checkReferences } from './check-references.js';
import { type CorpusIndex, indexCorpus } from './corpus-index.js';

/** Runs every cross-file rule over the validated corpus and returns the index and all problems. */
export function resolveCorpus(
  files: readonly SourceFile[],
  corpus: ValidatedCorpus,
  corpusLabel: string,
  presentIds: ReadonlySet<string>,
): { index: CorpusIndex; diagnostics: Diagnostic[] } {
  const index = indexCorpus(corpus);
  return {
    index,
    diagnostics: [
      ...checkIdentity(corpus, corpusLabel, presentIds),
      ...checkReferences(files, corpus, index, presentIds),
      ...checkDates(corpus, index),
      ...checkConsistency(corpus, index),
    ],
  };
}
