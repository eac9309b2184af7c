import type { ValidatedCorpus, ValidRecord } from '../validate/validated-corpus.js';

/** Look-up tables over a validated corpus, built once and shared by the cross-file checks. */
export interface CorpusIndex {
  offenseTypeIds: Set<string>;
  jurisdictions: Map<string, ValidRecord<'jurisdiction'>>;
  instruments: Map<string, ValidRecord<'instrument'>>;
  provisions: Map<string, ValidRecord<'provision'>>;
}

/** Indexes records by the id their path gives them (the first of duplicates wins). */
export function indexCorpus(corpus: ValidatedCorpus): CorpusIndex {
  const byPathId = <K extends 'jurisdiction' | 'instrument' | 'provision'>(
    records: ValidRecord<K>[],
  ) => {
    const map = new Map<string, ValidRecord<K>>();
    for (const record of records)
      if (!map.has(record.source.pathId)) map.set(record.source.pathId, record);
    return map;
  };
  return {
    offenseTypeIds: new Set(
      corpus.vocabulary.flatMap((file) => file.data.offenseTypes.map((type) => type.id)),
    ),
    jurisdictions: byPathId(corpus.jurisdictions),
    instruments: byPathId(corpus.instruments),
    provisions: byPathId(corpus.provisions),
  };
}
