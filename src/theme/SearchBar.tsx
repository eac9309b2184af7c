import React, { useEffect, useId, useRef, useState } from 'react';
import { useHistory } from '@docusaurus/router';
import useBaseUrl, { useBaseUrlUtils } from '@docusaurus/useBaseUrl';
import type { ResultDocument } from '../lib/search/shared/search-files';
import { sitePaths } from '../lib/present/site-paths';
import { getSearchEngine } from '../site/search/search-engine';
import { Snippet } from '../site/search/Snippet';
import { useTranslator } from '../site/i18n/useTranslator';
import { articleLabel } from '../lib/i18n/article-label';
import { preferredJurisdictions } from '../lib/search/query/preferred-jurisdictions';

const SHOWN = 8;

/**
 * The navbar search box: instant results as you type, ↑ ↓ to move, Enter to open, Esc to close,
 * and `/` anywhere to focus it. Enter with no result chosen opens the full search page.
 */
export default function SearchBar(): React.JSX.Element {
  const baseUrl = useBaseUrl('/');
  const { withBaseUrl } = useBaseUrlUtils();
  const history = useHistory();
  const tr = useTranslator();
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ResultDocument[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing =
        target &&
        (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
      if (event.key === '/' && !typing) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const run = async (text: string) => {
    setQuery(text);
    setActive(-1);
    if (text.trim() === '') {
      setResults([]);
      return;
    }
    const engine = await getSearchEngine(baseUrl);
    const { matches } = await engine.search(text, {}, preferredJurisdictions(text, tr.locale));
    const cards = await engine.results(matches.slice(0, SHOWN));
    // Ignore answers to queries the user has already typed past.
    if (input.current?.value === text) {
      setResults(cards);
      setOpen(true);
    }
  };

  // Site paths carry no base URL: in /mk/ and /ko/ it holds the locale, without which the
  // router finds no page.
  const go = (path: string) => {
    setOpen(false);
    history.push(withBaseUrl(path));
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(results.length - 1, index + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(-1, index - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = results[active];
      go(
        chosen
          ? sitePaths.provision(chosen.id)
          : `${sitePaths.search}?q=${encodeURIComponent(query)}`,
      );
    } else if (event.key === 'Escape') {
      setOpen(false);
      input.current?.blur();
    }
  };

  return (
    <div className="atlas-searchbar" role="search">
      <input
        ref={input}
        type="search"
        className="navbar__search-input"
        placeholder={tr.t('searchBar.placeholder')}
        aria-label={tr.t('search.label')}
        role="combobox"
        aria-expanded={open && results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? `${listId}-${active}` : undefined}
        value={query}
        onFocus={() => void getSearchEngine(baseUrl)}
        onChange={(event) => void run(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
      />
      {open && results.length > 0 && (
        <ul id={listId} role="listbox" className="atlas-searchbar__results">
          {results.map((result, index) => (
            <li
              key={result.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                go(sitePaths.provision(result.id));
              }}
            >
              <strong>{result.title}</strong>
              <span className="atlas-searchbar__meta">
                {result.instrument}{' '}
                {result.article
                  ? articleLabel(tr, { ...result, article: result.article }, true)
                  : ''}{' '}
                · {result.jurisdiction.toUpperCase()}
              </span>
              <span className="atlas-searchbar__snippet" lang="en">
                <Snippet text={result.excerpt} query={query} length={100} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
