import React, { useId, useRef, useState } from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { ResultDocument } from '../../lib/search/shared/search-files';
import { preferredJurisdictions } from '../../lib/search/query/preferred-jurisdictions';
import { articleLabel } from '../../lib/i18n/article-label';
import { getSearchEngine } from '../search/search-engine';
import { useTranslator } from '../i18n/useTranslator';

const SHOWN = 8;

/** A provision as a picker option reads: `Republic of Korea · Stalking Act Art. 18 — Stalking crimes`. */
export function optionLabel(
  result: ResultDocument,
  jurisdictions: Record<string, string>,
  tr: ReturnType<typeof useTranslator>,
): string {
  const article = result.article
    ? ` ${articleLabel(tr, { ...result, article: result.article }, true)}`
    : '';
  return `${jurisdictions[result.jurisdiction] ?? result.jurisdiction} · ${result.instrument}${article} — ${result.title}`;
}

/**
 * Finds a provision to add by typing (any script, as in search), instead of a list of the whole
 * atlas: ↑ ↓ to move, Enter to add. The page carries no list of provisions at all.
 */
export function ProvisionPicker({
  exclude,
  disabled,
  jurisdictions,
  onPick,
  inputRef,
}: {
  exclude: readonly string[];
  disabled: boolean;
  jurisdictions: Record<string, string>;
  onPick: (result: ResultDocument, label: string) => void;
  inputRef: React.RefObject<HTMLInputElement | null>;
}): React.JSX.Element {
  const tr = useTranslator();
  const baseUrl = useBaseUrl('/');
  const listId = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ResultDocument[]>([]);
  const [active, setActive] = useState(0);
  const latest = useRef('');

  const run = async (text: string) => {
    setQuery(text);
    latest.current = text;
    setActive(0);
    if (text.trim() === '') {
      setResults([]);
      return;
    }
    const engine = await getSearchEngine(baseUrl);
    const { matches } = await engine.search(text, {}, preferredJurisdictions(text, tr.locale));
    const cards = (await engine.results(matches.slice(0, SHOWN + exclude.length))).filter(
      (card) => !exclude.includes(card.id),
    );
    if (latest.current === text) setResults(cards.slice(0, SHOWN));
  };
  const pick = (result: ResultDocument | undefined) => {
    if (!result) return;
    onPick(result, optionLabel(result, jurisdictions, tr));
    setQuery('');
    setResults([]);
  };

  return (
    <div className="provision-picker">
      <label htmlFor="compare-add">{tr.t('comparePage.add')}</label>{' '}
      <input
        id="compare-add"
        ref={inputRef}
        type="search"
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={results.length > 0 ? `${listId}-${active}` : undefined}
        placeholder={tr.t('comparePage.choose')}
        value={query}
        disabled={disabled}
        onChange={(event) => void run(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setActive((index) => Math.min(results.length - 1, index + 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((index) => Math.max(0, index - 1));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            pick(results[active]);
          } else if (event.key === 'Escape') {
            setResults([]);
          }
        }}
      />
      {results.length > 0 && (
        <ul id={listId} role="listbox" className="provision-picker__results">
          {results.map((result, index) => (
            <li
              key={result.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(result);
              }}
            >
              {optionLabel(result, jurisdictions, tr)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
