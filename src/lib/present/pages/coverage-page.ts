import type { CompiledProvision } from '../../schema/compiled.js';
import { isInternational } from '../../schema/instrument.js';
import { coverageNotes, FOCUS_JURISDICTIONS, nationalJurisdictions } from '../coverage.js';
import { buildRichTextMap } from '../rich-text-map.js';
import { labelsFor } from './labels.js';
import type { PageContext } from './page-context.js';
import type { CoverageCellData, CoveragePageData, ProvisionSummary } from './page-types.js';
import { mentionsOf, summarize } from './summaries.js';

/** How many provisions a coverage cell names; the rest are counted and one link away. */
export const CELL_SHOWN = 3;
/** How many jurisdictions besides the focus ones a page of the matrices shows. */
// Four: with North Macedonia and Korea, six columns, which a phone scrolls through and a desktop
// shows whole; the page's markup (and the phone's layout work) grows with every column.
export const COVERAGE_COLUMNS_PER_PAGE = 4;

export { coverageColumnsFile } from './page-files.js';

/**
 * The coverage page and the further groups of columns it fetches. Each shows North Macedonia and
 * Korea, then `COVERAGE_COLUMNS_PER_PAGE` other states, so no page grows with the number of
 * jurisdictions; a cell names at most `CELL_SHOWN` provisions and counts the rest.
 */
export function coveragePages(context: PageContext): {
  page: Omit<CoveragePageData, 'formats'>;
  more: Omit<CoveragePageData, 'formats'>[];
} {
  const all = nationalJurisdictions(context.lookup.corpus);
  const focus = all.filter((code) => FOCUS_JURISDICTIONS.includes(code));
  const others = all.filter((code) => !FOCUS_JURISDICTIONS.includes(code));
  const groups: string[][] = [];
  for (let start = 0; start < Math.max(1, others.length); start += COVERAGE_COLUMNS_PER_PAGE) {
    groups.push([...focus, ...others.slice(start, start + COVERAGE_COLUMNS_PER_PAGE)]);
  }
  const [page, ...more] = groups.map((columns, index) =>
    coverageColumns(context, columns, {
      columnPage: index + 1,
      columnPages: groups.length,
      jurisdictionTotal: all.length,
    }),
  );
  if (!page) throw new Error('no coverage page');
  return { page, more };
}

/** Offense types × `jurisdictions`, and each international standard × `jurisdictions`. */
function coverageColumns(
  { lookup, labels, locale }: PageContext,
  jurisdictions: string[],
  paging: Pick<CoveragePageData, 'columnPage' | 'columnPages' | 'jurisdictionTotal'>,
): Omit<CoveragePageData, 'formats'> {
  const { corpus } = lookup;
  const notes = coverageNotes(corpus);
  const shown: ProvisionSummary[] = [];
  const headings: ProvisionSummary[] = [];
  const cell = (
    jurisdiction: string,
    provisions: readonly CompiledProvision[],
    note?: { finding: string; text: string },
  ): CoverageCellData => {
    const first = provisions.slice(0, CELL_SHOWN).map((provision) => summarize(provision, locale));
    shown.push(...first);
    return {
      jurisdiction,
      total: provisions.length,
      shown: first.map(({ id, article, articleOriginal, jurisdiction: of, instrumentTitle }) => ({
        id,
        article,
        articleOriginal,
        jurisdiction: of,
        instrumentTitle,
      })),
      ...(note ? { note } : {}),
    };
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
      const summary = summarize(standard, locale);
      headings.push(summary);
      const { id, article, articleOriginal, jurisdiction, title } = summary;
      return {
        standard: { id, article, articleOriginal, jurisdiction, title },
        instrumentId: standard.instrument.id,
        cells: jurisdictions.map((jurisdiction) =>
          cell(
            jurisdiction,
            implemented.filter((provision) => provision.jurisdiction === jurisdiction),
          ),
        ),
      };
    });
  const mentioned = mentionsOf([...shown, ...headings]);
  return {
    jurisdictions,
    ...paging,
    rows,
    standards,
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
