import { errorAt } from '../diagnostics/diagnostic-at.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { instrumentIdOf, jurisdictionIdOf } from '../ids/record-id.js';
import { INSTRUMENT_FILE, JURISDICTION_FILE } from '../ids/record-path.js';
import type { PathSegment } from '../load/locate-node.js';
import type { SourceFile } from '../load/source-file.js';
import { closestMatch } from '../validate/closest-match.js';
import type { ValidatedCorpus } from '../validate/validated-corpus.js';
import { type CorpusIndex, isInternational } from './corpus-index.js';

/**
 * Every reference must lead somewhere: offense types to the vocabulary, `implements` to a
 * provision of an international instrument, `related` and `correspondsTo` to a recorded
 * provision, and each file to the instrument and jurisdiction folders it sits in. A reference to
 * a file that exists but has errors of its own is not reported again (`presentIds`).
 */
export function checkReferences(
  corpus: ValidatedCorpus,
  index: CorpusIndex,
  presentIds: ReadonlySet<string>,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const offenseTypeIds = [...index.offenseTypeIds].sort();
  const provisionIds = [...index.provisions.keys()].sort();
  const standardIds = provisionIds.filter((id) => {
    const instrument = index.instruments.get(instrumentIdOf(id));
    return instrument !== undefined && isInternational(instrument.data.kind);
  });

  const reference = (
    source: SourceFile,
    path: PathSegment[],
    id: string,
    known: readonly string[],
    what: string,
  ) => {
    if (known.includes(id) || (presentIds.has(id) && !index.provisions.has(id))) return;
    const suggestion = closestMatch(id, known);
    diagnostics.push(
      errorAt(source, path, {
        rule: 'dangling-reference',
        message: `"${id}" is not a known ${what}`,
        expected:
          known.length > 0 ? `one of ${known.join(', ')}` : `a recorded ${what} (none exist yet)`,
        actual: id,
        hint: suggestion
          ? `Did you mean "${suggestion}"?`
          : `Record the ${what} first, or correct the id.`,
      }),
    );
  };

  for (const record of corpus.instruments) {
    const jurisdiction = jurisdictionIdOf(record.source.pathId);
    if (!index.jurisdictions.has(jurisdiction) && !presentIds.has(jurisdiction)) {
      diagnostics.push(
        missingParent(record.source, `${jurisdiction}/${JURISDICTION_FILE}`, 'jurisdiction'),
      );
    }
  }
  for (const record of corpus.provisions) {
    const { source, data } = record;
    const instrumentId = instrumentIdOf(source.pathId);
    if (!index.instruments.has(instrumentId) && !presentIds.has(instrumentId)) {
      diagnostics.push(missingParent(source, `${instrumentId}/${INSTRUMENT_FILE}`, 'instrument'));
    }
    data.offenseTypes.forEach((id, i) =>
      reference(source, ['offenseTypes', i], id, offenseTypeIds, 'offense type'),
    );
    data.implements.forEach((id, i) =>
      reference(
        source,
        ['implements', i],
        id,
        standardIds,
        'provision of an international instrument',
      ),
    );
    data.related.forEach((id, i) =>
      reference(source, ['related', i], id, provisionIds, 'provision'),
    );
  }
  for (const vocabulary of corpus.vocabulary) {
    vocabulary.data.offenseTypes.forEach((type, t) =>
      type.correspondsTo.forEach((id, i) =>
        reference(
          vocabulary.source,
          ['offenseTypes', t, 'correspondsTo', i],
          id,
          standardIds,
          'provision of an international instrument',
        ),
      ),
    );
  }
  return diagnostics;
}

function missingParent(source: SourceFile, expectedFile: string, what: string): Diagnostic {
  return errorAt(source, ['id'], {
    rule: 'dangling-reference',
    message: `this file's ${what} has no record`,
    expected: `a valid ${expectedFile} beside it`,
    actual: `no valid ${expectedFile}`,
    hint: `Create ${expectedFile} (npm run new scaffolds it) or move this file.`,
  });
}
