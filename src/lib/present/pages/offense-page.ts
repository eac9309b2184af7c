import type { CompiledProvision } from '../../schema/compiled.js';
import { compareCodePoints } from '../../grammar/code-point-order.js';
import type { OffenseType } from '../../schema/vocabulary.js';
import { coverageNotes, focusFor, focusRank, nationalJurisdictions } from '../coverage.js';
import { lawAsOf } from '../law-as-of.js';
import { penaltyBars } from '../penalty-chart.js';
import { offenseTypeProse } from '../prose-fields.js';
import { buildRichTextMap } from '../rich-text-map.js';
import { labelsFor } from './labels.js';
import type { PageContext } from './page-context.js';
import type {
  OffensePageData,
  OffenseRow,
  OffenseRowsPage,
  RowTerm,
  SiteLabels,
} from './page-types.js';
import { proseInLocale } from '../prose-in-locale.js';
import { termWeight } from '../sort-offense-rows.js';
import type { SiteLocale } from '../../i18n/locales.js';
import { mentionsOf, summarize } from './summaries.js';

/** Rows per page of an offense type's table: the page carries the first, the others are fetched. */
export const OFFENSE_ROWS_PER_PAGE = 25;

export { offenseRowsFile } from './page-files.js';

/** The provisions of a type in the order the table lists them: focus jurisdictions first. */
function ordered(provisions: readonly CompiledProvision[], locale: string): CompiledProvision[] {
  const focusOrder = focusFor(locale);
  const rank = (provision: CompiledProvision) => focusRank(provision.jurisdiction, focusOrder);
  return [...provisions].sort((a, b) => rank(a) - rank(b) || compareCodePoints(a.id, b.id));
}

/** One page of rows with the chart bars, names and (later) formats it needs. */
function rowsPage(
  provisions: readonly CompiledProvision[],
  { labels, locale }: PageContext,
): Omit<OffenseRowsPage, 'formats'> {
  const rows = provisions.map((provision) => offenseRow(provision, locale));
  return {
    rows,
    bars: penaltyBars(provisions, (provision) => barLabel(provision, labels)),
    labels: labelsFor(labels, mentionsOf(rows)),
  };
}

/** A provision's comparable facts, derived from its record: never typed by hand. */
export function offenseRow(provision: CompiledProvision, locale: SiteLocale): OffenseRow {
  const { texts } = proseInLocale(provision, locale);
  return {
    ...summarize(provision, locale),
    lawAsOf: lawAsOf(provision),
    online: provision.elements.means?.online ?? null,
    resultKinds: provision.elements.result?.kinds ?? null,
    basicTerm: provision.penalties?.basic.imprisonment ?? null,
    graverTerm: graverTerm(provision),
    penaltiesRecorded: provision.penalties !== null,
    prosecution: provision.prosecution?.mode ?? null,
    attempt: provision.attempt?.punishable ?? null,
    inForceFrom: provision.inForceFrom,
    conduct: texts.conduct ?? null,
    victimScope: texts.victimScope ?? null,
  };
}

/**
 * The imprisonment of the aggravated form with the highest maximum (life above any term, a
 * general maximum counting as its months); null when no aggravated form has imprisonment.
 */
function graverTerm(provision: CompiledProvision): RowTerm | null {
  const terms = (provision.penalties?.aggravated ?? [])
    .filter((form) => form.form === 'aggravated')
    .flatMap((form) => form.penalty.imprisonment ?? []);
  const weight = (term: NonNullable<RowTerm>) => termWeight(term) ?? 0;
  return terms.reduce<NonNullable<RowTerm> | null>(
    (best, term) =>
      best === null ||
      weight(term) > weight(best) ||
      (weight(term) === weight(best) && (term.minMonths ?? 0) > (best.minMonths ?? 0))
        ? term
        : best,
    null,
  );
}

/** How the penalty chart names a provision: jurisdiction, instrument and article. */
export function barLabel(provision: CompiledProvision, labels: SiteLabels): string {
  return `${labels.jurisdictions[provision.jurisdiction]}, ${labels.instruments[provision.instrument.id]} ${provision.article ?? ''}`.trim();
}

/**
 * An offense type's page and the pages of rows it fetches: its definition, the first page of
 * a table of facts (online means, prosecution, attempt, penalty) per provision, a chart of those
 * penalties, and the jurisdictions with no such provision. No page carries more rows than
 * `OFFENSE_ROWS_PER_PAGE`, however many provisions the type has.
 */
export function offensePages(
  offenseType: OffenseType,
  context: PageContext,
): { page: Omit<OffensePageData, 'formats'>; more: Omit<OffenseRowsPage, 'formats'>[] } {
  const { lookup, labels } = context;
  const all = ordered(lookup.ofOffenseType(offenseType.id), context.locale);
  const chunks: CompiledProvision[][] = [];
  for (let start = 0; start < Math.max(1, all.length); start += OFFENSE_ROWS_PER_PAGE) {
    chunks.push(all.slice(start, start + OFFENSE_ROWS_PER_PAGE));
  }
  const [first, ...rest] = chunks.map((chunk) => rowsPage(chunk, context));
  const notes = coverageNotes(lookup.corpus);
  const present = new Set(all.map((provision) => provision.jurisdiction));
  const jurisdictionsWithout = nationalJurisdictions(lookup.corpus)
    .filter((code) => !present.has(code))
    .map((code) => ({ code, note: notes.get(`${code} ${offenseType.id}`) ?? null }));
  const firstRows = first?.rows ?? [];
  return {
    page: {
      offenseType,
      rows: firstRows,
      bars: first?.bars ?? [],
      total: all.length,
      pages: chunks.length,
      jurisdictionsWithout,
      labels: labelsFor(labels, {
        ...mentionsOf(firstRows),
        jurisdictions: [
          ...firstRows.map((row) => row.jurisdiction),
          ...jurisdictionsWithout.map((item) => item.code),
        ],
      }),
      rich: buildRichTextMap([
        ...offenseTypeProse(offenseType),
        ...jurisdictionsWithout.flatMap((item) => (item.note ? [item.note.text] : [])),
      ]),
    },
    more: rest,
  };
}
