import { errorAt } from '../load/diagnostic-at.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { type RecordKind, VOCABULARY_ID, VOCABULARY_PATH } from '../grammar/record-path.js';
import type { ValidatedCorpus, ValidRecord } from '../validate/validated-corpus.js';

type IdentifiedRecord = ValidRecord<Exclude<RecordKind, 'vocabulary'>>;

/**
 * Each record's `id` must equal its path, and ids must be unique, so that a citation or a
 * permalink always leads to exactly one file. Offense-type ids must be unique too.
 */
export function checkIdentity(
  corpus: ValidatedCorpus,
  corpusLabel: string,
  presentIds: ReadonlySet<string>,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const records: IdentifiedRecord[] = [
    ...corpus.jurisdictions,
    ...corpus.instruments,
    ...corpus.provisions,
    ...corpus.findings,
    ...corpus.guides,
    ...corpus.cases,
    ...corpus.services,
    ...corpus.guidance,
  ];
  const firstFileOfId = new Map<string, string>();
  for (const record of records) {
    const { id } = record.data;
    if (id !== record.source.pathId) {
      diagnostics.push(
        errorAt(record.source, ['id'], {
          rule: 'id-path-mismatch',
          message: `the id "${id}" does not match the file's path`,
          expected: record.source.pathId,
          actual: id,
          hint: `Set id to "${record.source.pathId}", or move the file to match the id.`,
        }),
      );
    }
    const first = firstFileOfId.get(id);
    if (first === undefined) {
      firstFileOfId.set(id, record.source.file);
    } else {
      diagnostics.push(
        errorAt(record.source, ['id'], {
          rule: 'duplicate-id',
          message: `the id "${id}" is already used by ${first}`,
          expected: 'an id used by no other record',
          actual: id,
          hint: 'Each provision has one file; merge the two or correct the id.',
        }),
      );
    }
  }
  diagnostics.push(...checkVocabulary(corpus, corpusLabel, presentIds));
  return diagnostics;
}

function checkVocabulary(
  corpus: ValidatedCorpus,
  corpusLabel: string,
  presentIds: ReadonlySet<string>,
): Diagnostic[] {
  const [vocabulary] = corpus.vocabulary;
  if (!vocabulary) {
    // A vocabulary file with errors of its own has them reported already.
    if (presentIds.has(VOCABULARY_ID)) return [];
    return [
      {
        file: `${corpusLabel}/${VOCABULARY_PATH}`,
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'missing-vocabulary',
        message: 'the offense-type vocabulary is missing or invalid',
        expected: `a valid ${VOCABULARY_PATH}`,
        actual: 'no valid vocabulary file',
        hint: 'Every provision is classified by offense type; restore the vocabulary file.',
      },
    ];
  }
  const seen = new Set<string>();
  return vocabulary.data.offenseTypes.flatMap((type, index) => {
    if (!seen.has(type.id)) {
      seen.add(type.id);
      return [];
    }
    return [
      errorAt(vocabulary.source, ['offenseTypes', index, 'id'], {
        rule: 'duplicate-id',
        message: `the offense type "${type.id}" is defined twice`,
        expected: 'each offense-type id once',
        actual: type.id,
      }),
    ];
  });
}
