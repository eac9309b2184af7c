import React, { useMemo, useRef, useState } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useHistory, useLocation } from '@docusaurus/router';
import type { ComparePageData } from '../../lib/present/site-data';
import type { RichTextMap } from '../../lib/present/rich-text-map';
import { comparisonCsv, comparisonRows } from '../../lib/present/comparison-rows';
import { PageLayout } from '../components/PageLayout';
import { ComparisonTable } from '../components/ComparisonTable';
import { RichTextProvider } from '../components/RichText';
import { pickName } from '../../lib/i18n/pick-localized';
import { useTranslator } from '../i18n/useTranslator';
import { Message } from '../i18n/Message';
import { RecordLanguageNote } from '../i18n/RecordLanguageNote';
import { useCompareEntries } from '../compare/compare-entries';
import { saveTextFile } from '../download/save-text-file';
import { articleLabel } from '../../lib/i18n/article-label';
import { PrintHeader } from '../components/PrintHeader';

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
  const tr = useTranslator();
  const baseUrl = useBaseUrl('/');
  const known = useMemo(() => new Set(data.choices.map((choice) => choice.id)), [data.choices]);
  // The query string is read only once hydrated, so the server-rendered page and the first
  // client render agree.
  const isBrowser = useIsBrowser();
  const ids = isBrowser ? idsFromSearch(location.search, known) : null;

  // Each chosen provision's full record is fetched on its own, not shipped with the page.
  const entries = useCompareEntries(baseUrl, ids);
  const chosen = (entries ?? []).map((entry) => entry.provision);
  const rich: RichTextMap = Object.assign({}, ...(entries ?? []).map((entry) => entry.rich));
  const rows = comparisonRows(chosen, data.labels, tr);
  // Adding or removing edits this comparison rather than opening another page: the URL is
  // replaced, so the theme does not move focus to the top as it does on navigation.
  const setChosen = (next: string[]) =>
    history.replace({
      pathname: location.pathname,
      search: next.length > 0 ? `?ids=${next.join(',')}` : '',
    });
  const [toAdd, setToAdd] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const picker = useRef<HTMLSelectElement>(null);
  const choiceLabel = (id: string) => {
    const choice = data.choices.find((item) => item.id === id);
    if (!choice) return id;
    const article = choice.article
      ? ` ${articleLabel(tr, { ...choice, article: choice.article }, true)}`
      : '';
    return `${data.labels.jurisdictions[choice.jurisdiction]}: ${data.labels.instruments[choice.instrumentId]}${article} — ${pickName(choice.title, tr.locale)}`;
  };
  const add = (id: string) => {
    if (!ids || ids.includes(id) || ids.length >= MAX) return;
    setChosen([...ids, id]);
    setAnnouncement(tr.t('comparePage.added', { name: choiceLabel(id), count: ids.length + 1 }));
    setToAdd('');
    // The Add button is disabled once the choice is cleared; keep focus where the user works.
    picker.current?.focus();
  };
  const remove = (id: string) => {
    const next = chosen.map((item) => item.id).filter((item) => item !== id);
    setChosen(next);
    setAnnouncement(tr.t('comparePage.removed', { name: choiceLabel(id), count: next.length }));
    picker.current?.focus();
  };

  const downloadCsv = () =>
    saveTextFile(
      comparisonCsv(chosen, rows, tr),
      `law-atlas-comparison-${chosen.map((provision) => provision.id.replace(/\//g, '_')).join('--')}.csv`,
    );

  return (
    <PageLayout title={tr.t('comparePage.title')} description={tr.t('comparePage.description')}>
      <PrintHeader title={tr.t('comparePage.title')} records={chosen} />
      <h1>{tr.t('comparePage.title')}</h1>
      <p className="no-print">
        <Message
          text={tr.t('comparePage.intro')}
          parts={{ differs: <span className="differs-marker">{tr.t('compare.differs')}</span> }}
        />
      </p>
      <RecordLanguageNote />
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      <form
        className="compare-controls no-print"
        onSubmit={(event) => {
          event.preventDefault();
          if (toAdd) add(toAdd);
        }}
      >
        <label htmlFor="compare-add">{tr.t('comparePage.add')}</label>{' '}
        <select
          id="compare-add"
          ref={picker}
          value={toAdd}
          onChange={(event) => setToAdd(event.target.value)}
          disabled={ids === null || ids.length >= MAX}
        >
          <option value="">{tr.t('comparePage.choose')}</option>
          {data.choices
            .filter((choice) => !ids?.includes(choice.id))
            .map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choiceLabel(choice.id)}
              </option>
            ))}
        </select>{' '}
        <button type="submit" className="button button--primary button--sm" disabled={!toAdd}>
          {tr.t('comparePage.addButton')}
        </button>{' '}
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={downloadCsv}
          disabled={chosen.length === 0}
        >
          {tr.t('comparePage.csv')}
        </button>{' '}
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => window.print()}
          disabled={chosen.length === 0}
        >
          {tr.t('comparePage.print')}
        </button>
      </form>
      {ids === null ? null : entries === null ? (
        <p>{tr.t('comparePage.loading')}</p>
      ) : chosen.length === 0 ? (
        <p>{tr.t('comparePage.empty')}</p>
      ) : (
        <>
          {chosen.length === 1 && <p>{tr.t('comparePage.addOneMore')}</p>}
          <RichTextProvider map={rich}>
            <ComparisonTable
              provisions={chosen}
              rows={rows}
              headerExtra={(provision) => (
                <button
                  type="button"
                  className="button button--link button--sm no-print remove-provision"
                  aria-label={tr.t('comparePage.removeLabel', { id: provision.id })}
                  onClick={() => remove(provision.id)}
                >
                  {tr.t('comparePage.remove')}
                </button>
              )}
            />
          </RichTextProvider>
        </>
      )}
    </PageLayout>
  );
}
