import { errorAt } from '../load/diagnostic-at.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import {
  findingJurisdictionOf,
  instrumentIdOf,
  JURISDICTION_ID,
  jurisdictionIdOf,
  OFFENSE_TYPE_ID,
  PROVISION_ID,
  SERVICE_ID,
} from '../grammar/record-id.js';
import { INSTRUMENT_FILE, JURISDICTION_FILE, VOCABULARY_ID } from '../grammar/record-path.js';
import type { PathSegment } from '../load/locate-node.js';
import type { SourceFile } from '../load/source-file.js';
import { valueAt } from '../validate/describe-issue.js';
import { closestMatch } from '../validate/closest-match.js';
import type { ValidatedCorpus } from '../validate/validated-corpus.js';
import { isInternational } from '../schema/instrument.js';
import type { CorpusIndex } from './corpus-index.js';
import { compareCodePoints } from '../grammar/code-point-order.js';
import { checkTrainingReferences, stringsAt } from './check-training-references.js';
import { checkHelpReferences } from './check-help-references.js';

/**
 * Every reference must lead somewhere: offense types to the vocabulary, `implements` to a
 * provision of an international instrument, `related` and `correspondsTo` to a recorded
 * provision, and each file to the instrument and jurisdiction folders it sits in. A reference to
 * a file that exists but has errors of its own is not reported again (`presentIds`).
 */
export function checkReferences(
  files: readonly SourceFile[],
  corpus: ValidatedCorpus,
  index: CorpusIndex,
  presentIds: ReadonlySet<string>,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const offenseTypeIds = new Set([...index.offenseTypeIds].sort());
  const provisionIds = new Set([...index.provisions.keys()].sort());
  const jurisdictionIds = new Set([...index.jurisdictions.keys()].sort());
  const standardIds = new Set(
    [...provisionIds].filter((id) => {
      const instrument = index.instruments.get(instrumentIdOf(id));
      return instrument !== undefined && isInternational(instrument.data.kind);
    }),
  );

  const vocabularyInvalid = index.offenseTypeIds.size === 0 && presentIds.has(VOCABULARY_ID);
  const reference = (
    source: SourceFile,
    path: PathSegment[],
    id: string,
    known: ReadonlySet<string>,
    what: string,
  ) => {
    // A file that exists but failed its schema is reported on its own, and a malformed id by the
    // schema: do not report every reference to them as dangling too.
    const invalidButPresent =
      what === 'offense type' ? vocabularyInvalid : presentIds.has(id) && !index.provisions.has(id);
    if (known.has(id) || invalidButPresent || !GRAMMAR[what]?.test(id)) return;
    const suggestion = closestMatch(id, [...known]);
    diagnostics.push(
      errorAt(source, path, {
        rule: 'dangling-reference',
        message: `"${id}" is not a known ${what}`,
        expected:
          known.size > 0 ? `one of ${nearbyIds(id, known)}` : `a recorded ${what} (none exist yet)`,
        actual: id,
        hint: suggestion
          ? `Did you mean "${suggestion}"?`
          : `Record the ${what} first, or correct the id.`,
      }),
    );
  };

  // A finding assesses one jurisdiction: the provisions it rests on are that jurisdiction's, and
  // those it is compared with are other jurisdictions'.
  const checkFindingReferences = (source: SourceFile) => {
    const jurisdiction = valueAt(source.data, ['jurisdiction']);
    if (typeof jurisdiction === 'string') {
      reference(source, ['jurisdiction'], jurisdiction, jurisdictionIds, 'jurisdiction');
      const ofPath = findingJurisdictionOf(source.pathId);
      if (jurisdiction !== ofPath) {
        diagnostics.push(
          errorAt(source, ['jurisdiction'], {
            rule: 'finding-jurisdiction',
            message: `the finding lies under ${ofPath} but assesses "${jurisdiction}"`,
            expected: ofPath,
            actual: jurisdiction,
            hint: `Set jurisdiction to "${ofPath}", or move the file to _findings/${jurisdiction}/.`,
          }),
        );
      }
    }
    const offenseType = valueAt(source.data, ['offenseType']);
    if (typeof offenseType === 'string')
      reference(source, ['offenseType'], offenseType, offenseTypeIds, 'offense type');
    const obligation = valueAt(source.data, ['obligation']);
    if (typeof obligation === 'string')
      reference(
        source,
        ['obligation'],
        obligation,
        standardIds,
        'provision of an international instrument',
      );
    const assessed = typeof jurisdiction === 'string' ? jurisdiction : undefined;
    for (const [field, own] of [
      ['restsOn', true],
      ['comparedWith', false],
    ] as const) {
      for (const [i, id] of stringsAt(source.data, [field])) {
        reference(source, [field, i], id, provisionIds, 'provision');
        if (assessed === undefined || !PROVISION_ID.test(id)) continue;
        if ((jurisdictionIdOf(id) === assessed) !== own) {
          diagnostics.push(
            errorAt(source, [field, i], {
              rule: 'finding-jurisdiction',
              message: own
                ? `"${id}" is not a provision of ${assessed}, the jurisdiction assessed`
                : `"${id}" is a provision of ${assessed} itself, not a comparison`,
              expected: own ? `a provision of ${assessed}` : `a provision of another jurisdiction`,
              actual: id,
              hint: own
                ? 'Move it to comparedWith: restsOn lists the assessed law only.'
                : 'Move it to restsOn: comparedWith lists other jurisdictions’ provisions.',
            }),
          );
        }
      }
    }
  };

  const serviceIds = new Set(corpus.services.map((service) => service.data.id).sort());
  const training = {
    reference,
    index,
    offenseTypeIds,
    jurisdictionIds,
    provisionIds,
    internationalJurisdictions: new Set(
      [...index.instruments.values()]
        .filter((instrument) => isInternational(instrument.data.kind))
        .map((instrument) => jurisdictionIdOf(instrument.data.id)),
    ),
    diagnostics,
  };

  for (const record of corpus.instruments) {
    const jurisdiction = jurisdictionIdOf(record.source.pathId);
    if (!index.jurisdictions.has(jurisdiction) && !presentIds.has(jurisdiction)) {
      diagnostics.push(
        missingParent(record.source, `${jurisdiction}/${JURISDICTION_FILE}`, 'jurisdiction'),
      );
    }
  }
  // References are read from every parsed file, not only schema-valid ones, so that a file with a
  // typo in one field still has its broken references reported in the same run.
  for (const source of files) {
    if (source.kind === 'provision') {
      const instrumentId = instrumentIdOf(source.pathId);
      if (!index.instruments.has(instrumentId) && !presentIds.has(instrumentId)) {
        diagnostics.push(missingParent(source, `${instrumentId}/${INSTRUMENT_FILE}`, 'instrument'));
      }
      for (const [i, id] of stringsAt(source.data, ['offenseTypes'])) {
        reference(source, ['offenseTypes', i], id, offenseTypeIds, 'offense type');
      }
      for (const [i, id] of stringsAt(source.data, ['implements'])) {
        reference(
          source,
          ['implements', i],
          id,
          standardIds,
          'provision of an international instrument',
        );
      }
      for (const [i, id] of stringsAt(source.data, ['related'])) {
        reference(source, ['related', i], id, provisionIds, 'provision');
      }
    }
    if (source.kind === 'instrument') {
      const parties = valueAt(source.data, ['parties']);
      (Array.isArray(parties) ? parties : []).forEach((_, i) => {
        const id = valueAt(source.data, ['parties', i, 'jurisdiction']);
        if (typeof id === 'string')
          reference(source, ['parties', i, 'jurisdiction'], id, jurisdictionIds, 'jurisdiction');
      });
    }
    if (source.kind === 'jurisdiction') {
      const notes = valueAt(source.data, ['coverageNotes']);
      (Array.isArray(notes) ? notes : []).forEach((_, i) => {
        const id = valueAt(source.data, ['coverageNotes', i, 'offenseType']);
        if (typeof id === 'string')
          reference(
            source,
            ['coverageNotes', i, 'offenseType'],
            id,
            offenseTypeIds,
            'offense type',
          );
      });
    }
    if (source.kind === 'finding') checkFindingReferences(source);
    if (source.kind === 'guide' || source.kind === 'case')
      checkTrainingReferences(source, training);
    if (source.kind === 'guidance') checkHelpReferences(source, { ...training, serviceIds });
    if (source.kind === 'service') {
      for (const [i, id] of stringsAt(source.data, ['situations']))
        reference(source, ['situations', i], id, offenseTypeIds, 'offense type');
    }
    if (source.kind === 'vocabulary') {
      const types = valueAt(source.data, ['offenseTypes']);
      (Array.isArray(types) ? types : []).forEach((_, t) => {
        for (const [i, id] of stringsAt(source.data, ['offenseTypes', t, 'correspondsTo'])) {
          reference(
            source,
            ['offenseTypes', t, 'correspondsTo', i],
            id,
            standardIds,
            'provision of an international instrument',
          );
        }
      });
    }
  }
  return diagnostics;
}

/** The grammar of the ids each kind of reference names. */
const GRAMMAR: Record<string, RegExp> = {
  'offense type': OFFENSE_TYPE_ID,
  provision: PROVISION_ID,
  'provision of an international instrument': PROVISION_ID,
  jurisdiction: JURISDICTION_ID,
  service: SERVICE_ID,
};

const LISTED = 10;

/**
 * The known ids a reader most likely meant: those sharing the longest leading segments with
 * `id` (the same instrument, else the same jurisdiction), at most ten, so a corpus of hundreds
 * of records still gives a short, useful list.
 */
function nearbyIds(id: string, known: ReadonlySet<string>): string {
  const segments = id.split('/');
  const shared = (other: string) => {
    const parts = other.split('/');
    let count = 0;
    while (count < segments.length && parts[count] === segments[count]) count += 1;
    return count;
  };
  const ranked = [...known].sort((a, b) => shared(b) - shared(a) || compareCodePoints(a, b));
  const listed = ranked.slice(0, LISTED).join(', ');
  return ranked.length > LISTED ? `${listed} (and ${ranked.length - LISTED} more)` : listed;
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
