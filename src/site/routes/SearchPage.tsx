import React, { startTransition, useEffect, useState } from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { useHistory, useLocation } from '@docusaurus/router';
import siteConfig from '@generated/docusaurus.config';
import i18n from '@generated/i18n';
import type { SearchPageData } from '../../lib/present/pages/page-types';
import { FACETS_FILE, MANIFEST_FILE } from '../../lib/search/shared/search-files';
import type { FacetFilters } from '../../lib/search/query/search-client';
import { FACETS, type Facet } from '../../lib/search/shared/fields';
import { readSearchState, writeSearchState } from '../search/search-state';
import { RESULTS_PER_PAGE, searchOutcome, type SearchOutcome } from '../search/search-outcome';
import { sitePaths } from '../../lib/present/site-paths';
import { facetLabel } from '../../lib/present/facet-label';
import { orderRank } from '../../lib/present/order-rank';
import { compareCodePoints } from '../../lib/grammar/code-point-order';
import { PageLayout } from '../components/PageLayout';
import { pageSearchEngine } from '../search/page-search-engine';
import { Snippet } from '../search/Snippet';
import { useTranslator } from '../i18n/useTranslator';
import { shortArticleLabel } from '../../lib/i18n/article-label';
import { toSiteLocale } from '../../lib/i18n/locales';
import { DownloadResults } from '../download/DownloadResults';
import { Message } from '../i18n/Message';
import { withPageData } from '../page-data/withPageData';

/** The files every search on this page reads before any other. */
const SEARCH_START_FILES = [MANIFEST_FILE, FACETS_FILE];
/** `values` in the order of `order`; any it lacks (none, if the page and index agree) follow. */
function inOrder(values: string[], order: readonly string[]): string[] {
  return values.sort(
    (a, b) => orderRank(a, order) - orderRank(b, order) || compareCodePoints(a, b),
  );
}

// The page's code arrives before React hydrates the page: a search opened from its address starts
// now, and its index files load while the page hydrates instead of after.
if (
  typeof window !== 'undefined' &&
  window.location.pathname.replace(/\/$/, '') ===
    `${siteConfig.baseUrl}${sitePaths.search.slice(1)}`
) {
  void searchOutcome(
    siteConfig.baseUrl,
    window.location.search,
    toSiteLocale(i18n.currentLocale),
  ).catch(() => undefined);
}

/**
 * `/search?q=…&jurisdiction=…&offense=…`: full-text search with facets; the URL is the state.
 * The layout and head render once: the search below them re-renders on every keystroke and
 * result, and would otherwise take the navbar, footer and head tags with it each time.
 */
export default withPageData(function SearchPage({
  data,
}: {
  data: SearchPageData;
}): React.JSX.Element {
  const baseUrl = useBaseUrl('/');
  const tr = useTranslator();
  return (
    <PageLayout title={tr.t('search.title')} description={tr.t('search.description')}>
      <Head>
        {/* Every search starts from these two files: asked for with the page, not after its code. */}
        {SEARCH_START_FILES.map((file) => (
          <link
            key={file}
            rel="preload"
            href={`${baseUrl}search/${file}`}
            as="fetch"
            crossOrigin="anonymous"
          />
        ))}
      </Head>
      <h1>{tr.t('search.title')}</h1>
      <Search data={data} />
    </PageLayout>
  );
});

/** The search form, filters and results of the search page. */
function Search({ data }: { data: SearchPageData }): React.JSX.Element {
  const location = useLocation();
  const history = useHistory();
  const baseUrl = useBaseUrl('/');
  const isBrowser = useIsBrowser();
  const tr = useTranslator();
  const { locale } = tr;
  const { query, filters } = isBrowser
    ? readSearchState(location.search)
    : { query: '', filters: {} };
  const key = `${location.search}`;
  const [draft, setDraft] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<SearchOutcome | null>(null);
  const [failedKey, setFailedKey] = useState<string | null>(null);
  // Keyed by the search it belongs to, so a new search starts with no pending or failed batch.
  const [moreState, setMore] = useState<{ key: string; status: 'loading' | 'failed' } | null>(null);
  const more = moreState?.key === key ? moreState.status : 'idle';
  const [chosen, setChosen] = useState<string[]>([]);
  // On a phone the filters wait behind a button: listed above the results, they would push the
  // results down the screen when their counts arrive.
  const [filtersOpen, setFiltersOpen] = useState(false);

  useEffect(() => {
    if (!isBrowser) return;
    let cancelled = false;
    searchOutcome(baseUrl, key, locale).then(
      (found) => {
        if (cancelled) return;
        // Rendered as a transition, which React splits into short tasks: a page of result cards
        // rendered at once would block a slow phone's main thread.
        startTransition(() => setOutcome(found));
      },
      () => {
        if (!cancelled) setFailedKey(key);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [key, baseUrl, isBrowser, locale]);

  const showMore = async (shown: NonNullable<typeof outcome>) => {
    setMore({ key: shown.key, status: 'loading' });
    try {
      const engine = await pageSearchEngine(baseUrl);
      const next = await engine.results(
        shown.matches.slice(shown.results.length, shown.results.length + RESULTS_PER_PAGE),
      );
      setMore(null);
      startTransition(() =>
        setOutcome((before) =>
          before?.key === shown.key ? { ...before, results: [...before.results, ...next] } : before,
        ),
      );
    } catch {
      setMore({ key: shown.key, status: 'failed' });
    }
  };

  const navigate = (nextQuery: string, nextFilters: FacetFilters) =>
    history.push({ pathname: location.pathname, search: writeSearchState(nextQuery, nextFilters) });
  const labelOf = (facet: Facet, value: string) => facetLabel(tr, data.labels, facet, value);
  const toggle = (id: string) =>
    setChosen((current) =>
      current.includes(id) ? current.filter((item) => item !== id) : [...current, id].slice(-4),
    );
  const current = outcome?.key === key ? outcome : null;

  return (
    <>
      <form
        role="search"
        className="search-form"
        onSubmit={(event) => {
          event.preventDefault();
          navigate(draft ?? query, filters);
          setDraft(null);
        }}
      >
        <label htmlFor="search-query" className="sr-only">
          {tr.t('search.label')}
        </label>
        <input
          id="search-query"
          type="search"
          value={draft ?? query}
          placeholder={tr.t('search.placeholder')}
          onChange={(event) => setDraft(event.target.value)}
        />{' '}
        <button type="submit" className="button button--primary">
          {tr.t('search.button')}
        </button>
      </form>
      <p className="search-help">{tr.t('search.help')}</p>
      <button
        type="button"
        className="button button--secondary button--sm search-filters-toggle"
        aria-expanded={filtersOpen}
        aria-controls="search-facets"
        onClick={() => setFiltersOpen((open) => !open)}
      >
        {tr.t('search.filters')}
      </button>
      <div className="search-layout">
        <aside
          id="search-facets"
          className={`search-facets${filtersOpen ? ' is-open' : ''}`}
          aria-label={tr.t('search.filters')}
        >
          {FACETS.map((facet) => {
            const counts = current?.counts[facet] ?? {};
            const values = inOrder(Object.keys(counts), data.facetOrder[facet]);
            if (values.length === 0 && !filters[facet]) return null;
            return (
              <fieldset key={facet}>
                <legend>{tr.t(`facet.${facet}`)}</legend>
                {filters[facet] && (
                  <button
                    type="button"
                    className="button button--link button--sm"
                    onClick={() => navigate(query, { ...filters, [facet]: undefined })}
                  >
                    {tr.t('search.clear')}
                  </button>
                )}
                <ul>
                  {values.map((value) => (
                    <li key={value}>
                      <label>
                        <input
                          type="radio"
                          name={facet}
                          checked={filters[facet] === value}
                          onChange={() => navigate(query, { ...filters, [facet]: value })}
                        />{' '}
                        {labelOf(facet, value)} ({tr.number(counts[value] ?? 0)})
                      </label>
                    </li>
                  ))}
                </ul>
              </fieldset>
            );
          })}
        </aside>
        <section
          className="search-results"
          aria-live="polite"
          aria-busy={current === null || more === 'loading'}
        >
          {!current ? (
            failedKey === key ? (
              <p role="alert">{tr.t('page.failed')}</p>
            ) : (
              <p>{tr.t('search.searching')}</p>
            )
          ) : (
            <>
              <p className="search-count">
                {[
                  tr.t('search.count', { count: current.matches.length }),
                  query ? tr.t('search.for', { query }) : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
                {current.matches.length > current.results.length
                  ? `; ${tr.t('search.firstShown', { count: current.results.length })}`
                  : ''}
                .
              </p>
              {current.partial && current.matches.length > 0 && (
                <p className="content-note">{tr.t('search.partial')}</p>
              )}
              {current.suggestions.map((suggestion) => (
                <p key={suggestion} className="search-suggestion">
                  <Message
                    text={tr.t('search.didYouMean')}
                    parts={{
                      suggestion: (
                        <Link to={`${sitePaths.search}?q=${encodeURIComponent(suggestion)}`}>
                          {suggestion}
                        </Link>
                      ),
                    }}
                  />
                </p>
              ))}
              <p className="search-downloads">
                <DownloadResults
                  count={current.matches.length}
                  ids={async () => {
                    const engine = await pageSearchEngine(baseUrl);
                    return engine.idsOf(current.matches);
                  }}
                  labels={data.labels}
                  fileName="law-atlas-search-results.csv"
                />
              </p>
              {chosen.length > 0 && (
                <p className="compare-bar">
                  {tr.t('search.chosen', { count: chosen.length })}{' '}
                  {chosen.length >= 2 ? (
                    <Link to={sitePaths.compare(chosen)}>{tr.t('search.compareThem')}</Link>
                  ) : (
                    tr.t('search.chooseTwo')
                  )}
                </p>
              )}
              <ol className="search-result-list">
                {current.results.map((result) => (
                  <li key={result.id}>
                    <h2>
                      <Link to={sitePaths.provision(result.id)}>{result.title}</Link>
                    </h2>
                    {result.originalTitle && (
                      <p lang={result.originalLanguage ?? undefined}>{result.originalTitle}</p>
                    )}
                    <p className="search-result-meta">
                      {data.labels.jurisdictions[result.jurisdiction] ?? result.jurisdiction} ·{' '}
                      {result.instrument} {shortArticleLabel(tr, result)}
                    </p>
                    <p className="search-snippet" lang="en">
                      <Snippet text={result.excerpt} query={query} />
                    </p>
                    <label className="compare-toggle">
                      <input
                        type="checkbox"
                        checked={chosen.includes(result.id)}
                        onChange={() => toggle(result.id)}
                      />{' '}
                      {tr.t('search.compare')}
                    </label>
                  </li>
                ))}
              </ol>
              {current.matches.length > current.results.length && (
                <p className="search-more">
                  {more === 'failed' && <span role="alert">{tr.t('page.failed')} </span>}
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={more === 'loading'}
                    onClick={() => void showMore(current)}
                  >
                    {tr.t('search.showMore', {
                      count: Math.min(
                        RESULTS_PER_PAGE,
                        current.matches.length - current.results.length,
                      ),
                    })}
                  </button>
                </p>
              )}
            </>
          )}
        </section>
      </div>
    </>
  );
}
