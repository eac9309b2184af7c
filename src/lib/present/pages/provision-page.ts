import type { CompiledFinding, CompiledProvision } from '../../schema/compiled.js';
import type { SiteLocale } from '../../i18n/locales.js';
import { compareCodePoints } from '../../grammar/code-point-order.js';
import type { CorpusLookup } from './corpus-lookup.js';
import { ANALYSIS_JURISDICTION } from './analysis-page.js';
import { focusRank } from '../coverage.js';
import { provisionProse } from '../prose-fields.js';
import { buildRichTextMap } from '../rich-text-map.js';
import { labelsFor } from './labels.js';
import type { PageContext } from './page-context.js';
import type { ProvisionPageData, StandardImplementation } from './page-types.js';
import { mentionsOf, summarize } from './summaries.js';
import { trainingItem } from './training-records.js';
import { comparableProvisions } from './comparable-provisions.js';

/** How many comparable provisions a provision page lists; the offense pages list them all. */
export const COMPARABLE_SHOWN = 12;
/** How many states a standard's page lists as implementing it; the coverage page lists them all. */
export const IMPLEMENTERS_SHOWN = 12;

/**
 * A provision page: the record itself, the standards it implements, and a bounded choice of
 * comparable provisions in other jurisdictions: the focus jurisdictions' first, then those the
 * record names as related, then the others by id.
 */
export function provisionPage(
  provision: CompiledProvision,
  { lookup, labels, locale }: PageContext,
): Omit<ProvisionPageData, 'formats'> {
  const { first, total } = comparableProvisions(provision, lookup, COMPARABLE_SHOWN);
  const comparable = first.map((other) => summarize(other, locale));
  const standards = provision.implements.map((id) => summarize(lookup.provision(id), locale));
  const jurisdiction = lookup.jurisdiction(provision.jurisdiction);
  const { implementers, implementersTotal } = implementationOf(provision, lookup, locale);
  const mentioned = mentionsOf([
    ...standards,
    ...comparable,
    ...implementers.flatMap((row) => row.provisions),
  ]);
  return {
    provision,
    jurisdiction: { id: jurisdiction.id, name: jurisdiction.name },
    standards,
    comparable,
    comparableTotal: total,
    implementers,
    implementersTotal,
    labels: labelsFor(labels, {
      jurisdictions: [
        provision.jurisdiction,
        ...mentioned.jurisdictions,
        ...implementers.map((row) => row.jurisdiction),
      ],
      offenseTypes: [...provision.offenseTypes, ...mentioned.offenseTypes],
      instruments: [provision.instrument.id, ...mentioned.instruments],
    }),
    rich: buildRichTextMap(provisionProse(provision)),
    training: [...lookup.guidesNaming(provision.id), ...lookup.casesNaming(provision.id)].map(
      (record) => trainingItem(record, locale),
    ),
  };
}

/**
 * Who implements a standard provision: each state with a provision that names it in `implements`
 * or a finding on its obligation, focus states first, then by code; empty for national provisions.
 */
function implementationOf(
  provision: CompiledProvision,
  lookup: CorpusLookup,
  locale: SiteLocale,
): { implementers: StandardImplementation[]; implementersTotal: number } {
  const byState = new Map<
    string,
    { provisions: CompiledProvision[]; finding: CompiledFinding | null }
  >();
  const entry = (code: string) => {
    const found = byState.get(code) ?? { provisions: [], finding: null };
    byState.set(code, found);
    return found;
  };
  for (const other of lookup.implementersOf(provision.id))
    entry(other.jurisdiction).provisions.push(other);
  for (const finding of lookup.findingsOn(provision.id))
    entry(finding.jurisdiction).finding = finding;
  const codes = [...byState.keys()].sort(
    (a, b) => focusRank(a) - focusRank(b) || compareCodePoints(a, b),
  );
  return {
    implementers: codes.slice(0, IMPLEMENTERS_SHOWN).map((code) => {
      const { provisions, finding } = byState.get(code) ?? { provisions: [], finding: null };
      return {
        jurisdiction: code,
        provisions: provisions.slice(0, COMPARABLE_SHOWN).map((item) => summarize(item, locale)),
        finding: finding && {
          id: finding.id,
          assessment: finding.assessment,
          inReport: finding.jurisdiction === ANALYSIS_JURISDICTION,
        },
      };
    }),
    implementersTotal: codes.length,
  };
}
