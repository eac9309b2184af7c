import type { CompiledCorpus, CompiledProvision } from '../../schema/compiled.js';
import type { FacetRow, ResultDocument } from '../shared/search-files.js';

/** What the index holds of one provision: its number, its text for searching, its facets. */
export interface IndexedDocument {
  /** Position in the sorted provision list; the index stores numbers, not long ids. */
  n: number;
  /** Headings and article numbers in every language: matches here rank first. */
  title: string;
  /** Every searchable text of the provision, in all languages and scripts. */
  text: string;
  jurisdiction: string;
  offense: string[];
  kind: string;
  status: string;
  verification: string;
}

/** Article numbers as users write them: `14-2` also as `14의2` and `제14조의2`; `144-a` as `144-а`. */
function articleForms(provision: CompiledProvision): string[] {
  return [provision.article, provision.articleOriginal].filter(
    (form): form is string => form !== null,
  );
}

/** The corpus's instruments and jurisdictions by id, looked up once per provision. */
interface Lookups {
  corpus: CompiledCorpus;
  instruments: Map<string, CompiledCorpus['instruments'][number]>;
  jurisdictions: Map<string, CompiledCorpus['jurisdictions'][number]>;
}

function searchText(
  provision: CompiledProvision,
  { corpus, instruments, jurisdictions }: Lookups,
): string {
  const types = corpus.offenseTypes.filter((type) => provision.offenseTypes.includes(type.id));
  const instrument = instruments.get(provision.instrument.id);
  const jurisdiction = jurisdictions.get(provision.jurisdiction);
  const { elements } = provision;
  return [
    // The state's names, so that the compare picker and search find provisions by jurisdiction.
    ...Object.values(jurisdiction?.name ?? {}),
    ...Object.values(provision.title),
    ...articleForms(provision),
    ...Object.values(provision.instrument.title),
    ...Object.values(provision.instrument.translatedTitle),
    provision.instrument.abbreviation,
    ...Object.values(instrument?.aliases ?? {}).flat(),
    ...types.flatMap((type) => [
      ...Object.values(type.label),
      ...Object.values(type.synonyms ?? {}).flat(),
    ]),
    ...Object.values(provision.summary),
    ...Object.values(provision.translations).flatMap((fields) => [
      fields.conduct,
      fields.means,
      fields.result,
      fields.victimScope,
      fields.consent,
    ]),
    elements.conduct,
    elements.means?.note,
    elements.result?.note,
    elements.victimScope,
    elements.consent?.note,
    ...(provision.penalties?.aggravated.map((form) => form.condition) ?? []),
    instrument?.abbreviation,
  ]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join('\n');
}

/** The facet values of a provision, as search filters and counts them. */
export function facetRowOf(provision: CompiledProvision): FacetRow {
  return {
    jurisdiction: provision.jurisdiction,
    offense: provision.offenseTypes,
    kind: provision.instrument.kind,
    status: provision.status,
    verification: provision.verification.status,
  };
}

/** The documents to index, the result cards and the facet table, all in provision order. */
export function searchDocuments(corpus: CompiledCorpus): {
  indexed: IndexedDocument[];
  results: ResultDocument[];
  facets: FacetRow[];
} {
  const indexed: IndexedDocument[] = [];
  const results: ResultDocument[] = [];
  const facets: FacetRow[] = [];
  const lookups: Lookups = {
    corpus,
    instruments: new Map(corpus.instruments.map((item) => [item.id, item])),
    jurisdictions: new Map(corpus.jurisdictions.map((item) => [item.id, item])),
  };
  corpus.provisions.forEach((provision, n) => {
    const facet = facetRowOf(provision);
    indexed.push({
      n,
      title: [...Object.values(provision.title), ...articleForms(provision)].join('\n'),
      text: searchText(provision, lookups),
      ...facet,
    });
    facets.push(facet);
    const [originalLanguage, originalTitle] = Object.entries(provision.title).find(
      ([language]) => language !== 'en',
    ) ?? [null, null];
    results.push({
      id: provision.id,
      title: provision.title.en ?? provision.id,
      originalTitle,
      originalLanguage,
      jurisdiction: provision.jurisdiction,
      article: provision.article,
      articleOriginal: provision.articleOriginal,
      instrument:
        provision.instrument.abbreviation ??
        provision.instrument.title.en ??
        provision.instrument.id,
      excerpt: [provision.summary.en, provision.elements.conduct].filter(Boolean).join(' '),
    });
  });
  return { indexed, results, facets };
}
