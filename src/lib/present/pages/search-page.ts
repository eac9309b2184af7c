import type { CompiledCorpus } from '../../schema/compiled.js';
import type { Translator } from '../../i18n/translator.js';
import { FACETS, type Facet } from '../../search/shared/fields.js';
import { facetRowOf } from '../../search/build/search-documents.js';
import { facetLabel } from '../facet-label.js';
import type { SearchPageData, SiteLabels } from './page-types.js';

/**
 * The search page's data: the names of facet values, and each facet's values in the order the
 * locale sorts their names. Sorting here, with Node's full ICU, spares a phone building a
 * collator while it shows the first results.
 */
export function searchPage(
  corpus: CompiledCorpus,
  labels: SiteLabels,
  tr: Translator,
): Omit<SearchPageData, 'formats'> {
  const values = Object.fromEntries(FACETS.map((facet) => [facet, new Set<string>()])) as Record<
    Facet,
    Set<string>
  >;
  for (const provision of corpus.provisions) {
    const row = facetRowOf(provision);
    for (const facet of FACETS) for (const value of [row[facet]].flat()) values[facet].add(value);
  }
  const facetOrder = Object.fromEntries(
    FACETS.map((facet) => [
      facet,
      [...values[facet]].sort((a, b) =>
        tr.compare(facetLabel(tr, labels, facet, a), facetLabel(tr, labels, facet, b)),
      ),
    ]),
  ) as Record<Facet, string[]>;
  return { labels, facetOrder };
}
