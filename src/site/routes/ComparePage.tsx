import React, { useMemo, useState } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { useHistory, useLocation } from '@docusaurus/router';
import type { ComparePageData } from '../../lib/present/site-data';
import { comparisonCsv, comparisonRows } from '../../lib/present/comparison-rows';
import { PageLayout } from '../components/PageLayout';
import { ComparisonTable } from '../components/ComparisonTable';
import { RichTextProvider } from '../components/RichText';

const MAX = 4;

/** Reads `?ids=a,b` into the known ids it names, at most four, in order and without repeats. */
function idsFromSearch(search: string, known: ReadonlySet<string>): string[] {
  const raw = new URLSearchParams(search).get('ids') ?? '';
  return [...new Set(raw.split(',').map((id) => id.trim()))]
    .filter((id) => known.has(id))
    .slice(0, MAX);
}

/**
 * `/compare?ids=<id>,<id>[,…]`: two to four provisions side by side. The URL is the state, so a
 * comparison can be shared; provisions are added or removed here, and the table downloads as CSV.
 */
export default function ComparePage({ data }: { data: ComparePageData }): React.JSX.Element {
  const location = useLocation();
  const history = useHistory();
  const known = useMemo(
    () => new Set(data.provisions.map((provision) => provision.id)),
    [data.provisions],
  );
  // The query string is read only once hydrated, so the server-rendered page and the first
  // client render agree.
  const isBrowser = useIsBrowser();
  const ids = isBrowser ? idsFromSearch(location.search, known) : null;

  const chosen = (ids ?? [])
    .map((id) => data.provisions.find((provision) => provision.id === id))
    .filter((p) => p !== undefined);
  const rows = comparisonRows(chosen, data.labels);
  const setChosen = (next: string[]) =>
    history.push({
      pathname: location.pathname,
      search: next.length > 0 ? `?ids=${next.join(',')}` : '',
    });
  const [toAdd, setToAdd] = useState('');

  const downloadCsv = () => {
    const blob = new Blob([comparisonCsv(chosen, rows)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `law-atlas-comparison-${chosen.map((provision) => provision.id.replace(/\//g, '_')).join('--')}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <PageLayout
      title="Compare provisions"
      description="Two to four provisions side by side, element by element."
    >
      <h1>Compare provisions</h1>
      <p className="no-print">
        Choose two to four provisions. Rows marked <span className="differs-marker">differs</span>{' '}
        are not the same for all of them. The address of this page keeps your choice, so you can
        share it.
      </p>
      <form
        className="compare-controls no-print"
        onSubmit={(event) => {
          event.preventDefault();
          if (toAdd && ids && !ids.includes(toAdd) && ids.length < MAX) setChosen([...ids, toAdd]);
          setToAdd('');
        }}
      >
        <label htmlFor="compare-add">Add a provision</label>{' '}
        <select
          id="compare-add"
          value={toAdd}
          onChange={(event) => setToAdd(event.target.value)}
          disabled={ids === null || ids.length >= MAX}
        >
          <option value="">Choose…</option>
          {data.provisions
            .filter((provision) => !ids?.includes(provision.id))
            .map((provision) => (
              <option key={provision.id} value={provision.id}>
                {data.labels.jurisdictions[provision.jurisdiction]}:{' '}
                {data.labels.instruments[provision.instrument.id]} {provision.article ?? ''} —{' '}
                {provision.title.en}
              </option>
            ))}
        </select>{' '}
        <button type="submit" className="button button--primary button--sm" disabled={!toAdd}>
          Add
        </button>{' '}
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={downloadCsv}
          disabled={chosen.length === 0}
        >
          Download CSV
        </button>{' '}
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => window.print()}
          disabled={chosen.length === 0}
        >
          Print
        </button>
      </form>
      {ids === null ? null : chosen.length === 0 ? (
        <p>No provision chosen yet.</p>
      ) : (
        <>
          {chosen.length === 1 && <p>Add at least one more provision to compare.</p>}
          <RichTextProvider map={data.rich}>
            <ComparisonTable
              provisions={chosen}
              rows={rows}
              headerExtra={(provision) => (
                <button
                  type="button"
                  className="button button--link button--sm no-print remove-provision"
                  aria-label={`Remove ${provision.id}`}
                  onClick={() =>
                    setChosen(chosen.map((item) => item.id).filter((id) => id !== provision.id))
                  }
                >
                  Remove
                </button>
              )}
            />
          </RichTextProvider>
        </>
      )}
    </PageLayout>
  );
}
