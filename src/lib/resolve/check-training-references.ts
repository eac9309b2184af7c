import { errorAt } from '../load/diagnostic-at.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { jurisdictionIdOf, PROVISION_ID } from '../grammar/record-id.js';
import type { PathSegment } from '../load/locate-node.js';
import type { SourceFile } from '../load/source-file.js';
import { valueAt } from '../validate/describe-issue.js';
import type { CorpusIndex } from './corpus-index.js';

/** Reports a reference that leads nowhere (see `checkReferences`). */
export type ReferenceCheck = (
  source: SourceFile,
  path: PathSegment[],
  id: string,
  known: ReadonlySet<string>,
  what: string,
) => void;

export interface TrainingReferenceContext {
  reference: ReferenceCheck;
  index: CorpusIndex;
  offenseTypeIds: ReadonlySet<string>;
  jurisdictionIds: ReadonlySet<string>;
  provisionIds: ReadonlySet<string>;
  /** Jurisdictions whose provisions bind or serve every country: `coe`, `eu`, `un`. */
  internationalJurisdictions: ReadonlySet<string>;
  diagnostics: Diagnostic[];
}

/**
 * A guide or case speaks for one country at a time: a section or charge names that country's
 * provisions, and the powers a guide names are procedural provisions of that country or of an
 * international instrument. A trainer must never be pointed to a power that does not exist.
 */
export function checkTrainingReferences(source: SourceFile, context: TrainingReferenceContext) {
  const { reference, offenseTypeIds } = context;
  for (const [i, id] of stringsAt(source.data, ['offenseTypes']))
    reference(source, ['offenseTypes', i], id, offenseTypeIds, 'offense type');
  const groups = source.kind === 'guide' ? 'sections' : 'charges';
  eachItem(source.data, [groups], (g) => {
    const country = countryAt(source, context, [groups, g, 'jurisdiction']);
    for (const [i, id] of stringsAt(source.data, [groups, g, 'provisions']))
      provisionOf(source, context, [groups, g, 'provisions', i], id, country, false);
    if (source.kind !== 'guide') return;
    eachItem(source.data, [groups, g, 'elements'], (e) => {
      eachItem(source.data, [groups, g, 'elements', e, 'evidence'], (v) => {
        const path = [groups, g, 'elements', e, 'evidence', v, 'obtainedBy'];
        for (const [i, id] of stringsAt(source.data, path))
          provisionOf(source, context, [...path, i], id, country, true);
      });
    });
  });
}

function countryAt(
  source: SourceFile,
  context: TrainingReferenceContext,
  path: PathSegment[],
): string | undefined {
  const value = valueAt(source.data, path);
  if (typeof value !== 'string') return undefined;
  context.reference(source, path, value, context.jurisdictionIds, 'jurisdiction');
  return value;
}

/** Checks that `id` exists, belongs to `country` (or, for a power, to an international body) and, for a power, grants one. */
function provisionOf(
  source: SourceFile,
  context: TrainingReferenceContext,
  path: PathSegment[],
  id: string,
  country: string | undefined,
  power: boolean,
) {
  context.reference(source, path, id, context.provisionIds, 'provision');
  if (!PROVISION_ID.test(id)) return;
  const owner = jurisdictionIdOf(id);
  const allowed =
    country === undefined ||
    owner === country ||
    (power && context.internationalJurisdictions.has(owner));
  if (!allowed) {
    context.diagnostics.push(
      errorAt(source, path, {
        rule: 'training-reference',
        message: `"${id}" is not a provision of ${country}, the country of this ${source.kind === 'guide' ? 'section' : 'charge'}`,
        expected: power
          ? `a procedural provision of ${country} or of an international instrument`
          : `a provision of ${country}`,
        actual: id,
        hint: 'Move it to the section of its own country.',
      }),
    );
    return;
  }
  const record = context.index.provisions.get(id);
  if (power && record && !record.data.procedure) {
    context.diagnostics.push(
      errorAt(source, path, {
        rule: 'training-reference',
        message: `"${id}" grants no power: its record has no procedure block`,
        expected: 'a procedural provision (a record with a `procedure` block)',
        actual: id,
        hint: 'Name the provision that grants the power, or record its procedure first.',
      }),
    );
  }
}

function eachItem(data: unknown, path: PathSegment[], visit: (index: number) => void) {
  const list = valueAt(data, path);
  if (Array.isArray(list)) list.forEach((_, index) => visit(index));
}

/** The string items of the list at `path`, with their indexes; nothing if it is not a list. */
export function stringsAt(data: unknown, path: PathSegment[]): [number, string][] {
  const list = valueAt(data, path);
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown, index) =>
    typeof item === 'string' ? [[index, item] as [number, string]] : [],
  );
}
