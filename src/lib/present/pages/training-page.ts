import type { CompiledProvision } from '../../schema/compiled.js';
import { isInternational } from '../../schema/instrument-kinds.js';
import { POWER_KINDS } from '../../schema/procedure.js';
import { FOCUS_JURISDICTIONS } from '../coverage.js';
import { labelsFor } from './labels.js';
import type { PageContext } from './page-context.js';
import type { ProvisionSummary, TrainingCell, TrainingPageData } from './page-types.js';
import { mentionsOf, summarize } from './summaries.js';
import { trainingItem } from './training-records.js';

/** How many provisions a cell of the powers table names; the rest are counted. */
export const TRAINING_CELL_SHOWN = 6;
/** The column of the international standards, beside North Macedonia and Korea. */
export const INTERNATIONAL_COLUMN = 'international';

/**
 * `/training`: the trainer's map of procedural powers. A row per kind of power (preservation,
 * production, search and seizure, …), a column for North Macedonia, Korea and the international
 * standards, and in each cell the provisions that grant it with their time limits; then the
 * evidence guides and case studies. It holds only procedural provisions of those columns and the
 * training records, so it does not grow with the other jurisdictions.
 */
export function trainingPage(context: PageContext): Omit<TrainingPageData, 'formats'> {
  const { lookup, labels, locale } = context;
  const columns = [...FOCUS_JURISDICTIONS, INTERNATIONAL_COLUMN];
  const columnOf = (provision: CompiledProvision) =>
    isInternational(provision.instrument.kind) ? INTERNATIONAL_COLUMN : provision.jurisdiction;
  const procedural = lookup.corpus.provisions.filter(
    (provision) => provision.procedure !== null && columns.includes(columnOf(provision)),
  );
  const shown: ProvisionSummary[] = [];
  const rows = POWER_KINDS.flatMap((power) => {
    const withPower = procedural.filter((provision) => provision.procedure?.powers.includes(power));
    if (withPower.length === 0) return [];
    const cells = columns.map((column): TrainingCell => {
      const inColumn = withPower.filter((provision) => columnOf(provision) === column);
      const first = inColumn.slice(0, TRAINING_CELL_SHOWN);
      return {
        column,
        total: inColumn.length,
        shown: first.map((provision) => {
          const summary = summarize(provision, locale);
          shown.push(summary);
          const { id, article, articleOriginal, jurisdiction, instrumentTitle } = summary;
          return {
            id,
            article,
            articleOriginal,
            jurisdiction,
            instrumentTitle,
            periods: (provision.procedure?.periods ?? []).map(({ bound, amount, unit }) => ({
              bound,
              amount,
              unit,
            })),
          };
        }),
      };
    });
    return [{ power, cells }];
  });
  const mentioned = mentionsOf(shown);
  const { guides, cases } = lookup.corpus;
  return {
    columns,
    rows,
    total: procedural.length,
    guides: guides.map((guide) => trainingItem(guide, locale)),
    cases: cases.map((study) => trainingItem(study, locale)),
    labels: labelsFor(labels, {
      ...mentioned,
      jurisdictions: [...FOCUS_JURISDICTIONS, ...mentioned.jurisdictions],
      offenseTypes: [
        ...mentioned.offenseTypes,
        ...[...guides, ...cases].flatMap((record) => record.offenseTypes),
      ],
    }),
  };
}
