import type { CompiledProvision } from '../../schema/compiled.js';
import { isInternational } from '../../schema/instrument.js';
import { coverageNotes, nationalJurisdictions } from '../coverage.js';
import { buildRichTextMap } from '../rich-text-map.js';
import { labelsFor } from './labels.js';
import type { PageContext } from './page-context.js';
import type { CoverageCellData, CoveragePageData, ProvisionSummary } from './page-types.js';
import { mentionsOf, summarize } from './summaries.js';

/** How many provisions a coverage cell names; the rest are counted and one link away. */
export const CELL_SHOWN = 3;

/**
 * The coverage page: offense types × states, and each international standard × states. A cell
 * names at most `CELL_SHOWN` provisions and counts the rest, so the page grows with the number of
 * jurisdictions and offense types, not with the records.
 */
export function coveragePage({
  lookup,
  labels,
  locale,
}: PageContext): Omit<CoveragePageData, 'formats'> {
  const { corpus } = lookup;
  const jurisdictions = nationalJurisdictions(corpus);
  const notes = coverageNotes(corpus);
  const shown: ProvisionSummary[] = [];
  const cell = (
    jurisdiction: string,
    provisions: readonly CompiledProvision[],
    note?: { finding: string; text: string },
  ): CoverageCellData => {
    const first = provisions.slice(0, CELL_SHOWN).map((provision) => summarize(provision, locale));
    shown.push(...first);
    return { jurisdiction, total: provisions.length, shown: first, ...(note ? { note } : {}) };
  };
  const national = (provision: CompiledProvision) => !isInternational(provision.instrument.kind);
  const rows = corpus.offenseTypes.map((type) => {
    const ofType = lookup.ofOffenseType(type.id).filter(national);
    return {
      offenseType: type.id,
      cells: jurisdictions.map((jurisdiction) =>
        cell(
          jurisdiction,
          ofType.filter((provision) => provision.jurisdiction === jurisdiction),
          notes.get(`${jurisdiction} ${type.id}`),
        ),
      ),
    };
  });
  const implementing = new Map<string, CompiledProvision[]>();
  for (const provision of corpus.provisions.filter(national)) {
    for (const standard of provision.implements) {
      implementing.set(standard, [...(implementing.get(standard) ?? []), provision]);
    }
  }
  const standards = corpus.provisions
    .filter((provision) => !national(provision))
    .map((standard) => {
      const implemented = implementing.get(standard.id) ?? [];
      return {
        standard: summarize(standard, locale),
        instrumentId: standard.instrument.id,
        cells: jurisdictions.map((jurisdiction) =>
          cell(
            jurisdiction,
            implemented.filter((provision) => provision.jurisdiction === jurisdiction),
          ),
        ),
      };
    });
  const mentioned = mentionsOf([...shown, ...standards.map((item) => item.standard)]);
  return {
    jurisdictions,
    rows,
    standards,
    offenseTypes: corpus.offenseTypes,
    labels: labelsFor(labels, {
      ...mentioned,
      jurisdictions: [...jurisdictions, ...mentioned.jurisdictions],
      offenseTypes: corpus.offenseTypes.map((type) => type.id),
    }),
    rich: buildRichTextMap(
      rows.flatMap((row) => row.cells.flatMap((item) => (item.note ? [item.note.text] : []))),
    ),
  };
}
