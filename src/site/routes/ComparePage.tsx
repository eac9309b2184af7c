import React, { useRef, useState } from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useHistory, useLocation } from '@docusaurus/router';
import Link from '@docusaurus/Link';
import { sitePaths } from '../../lib/present/site-paths';
import type { ComparePageData } from '../../lib/present/pages/page-types';
import type { RichTextMap } from '../../lib/present/rich-text-map';
import { comparisonRows } from '../../lib/present/comparison-rows';
import { PageLayout } from '../components/PageLayout';
import { ComparisonTable } from '../components/ComparisonTable';
import { RichTextProvider } from '../components/RichText';
import { pickName } from '../../lib/i18n/pick-localized';
import { useTranslator } from '../i18n/useTranslator';
import { Message } from '../i18n/Message';
import { RecordLanguageNote } from '../i18n/RecordLanguageNote';
import { useCompareEntries } from '../compare/compare-entries';
import { saveTextFile } from '../download/save-text-file';
import { PROVISION_ID } from '../../lib/grammar/record-id';
import { mergeFormatTables } from '../../lib/i18n/intl-formats';
import { translator } from '../../lib/i18n/translator';
import type { CompiledProvision } from '../../lib/schema/compiled';
import { ProvisionPicker } from '../compare/ProvisionPicker';
import { PrintHeader } from '../components/PrintHeader';
import { lawAsOf } from '../../lib/present/law-as-of';
import { withPageData } from '../page-data/withPageData';

const MAX = 4;

/** Reads `?ids=a,b` into the provision ids it names, at most four, in order and without repeats. */
function idsFromSearch(search: string): string[] {
  const raw = new URLSearchParams(search).get('ids') ?? '';
  return [...new Set(raw.split(',').map((id) => id.trim()))]
    .filter((id) => PROVISION_ID.test(id))
    .slice(0, MAX);
}

/**
 * `/compare?ids=<id>,<id>[,…]`: two to four provisions side by side. The URL is the state, so a
 * comparison can be shared; provisions are found by typing and added, or removed, here, and the
 * table downloads as CSV. The page carries no list of provisions: each one chosen is fetched.
 */
export default withPageData(function ComparePage({
  data,
}: {
  data: ComparePageData;
}): React.JSX.Element {
  const location = useLocation();
  const history = useHistory();
  const tr = useTranslator();
  const baseUrl = useBaseUrl('/');
  // The query string is read only once hydrated, so the server-rendered page and the first
  // client render agree.
  const isBrowser = useIsBrowser();
  const ids = isBrowser ? idsFromSearch(location.search) : null;

  // Each chosen provision's full record is fetched on its own, not shipped with the page.
  const loaded = useCompareEntries(baseUrl, ids);
  const entries = loaded?.entries ?? null;
  const chosen = (entries ?? []).map((entry) => entry.provision);
  const rich: RichTextMap = Object.assign({}, ...(entries ?? []).map((entry) => entry.rich));
  // The fetched records bring how this locale writes their dates, terms and amounts.
  const recordsTr = translator(
    tr.locale,
    mergeFormatTables(data.formats, ...(entries ?? []).map((entry) => entry.formats)),
  );
  const rows = comparisonRows(chosen, data.labels, recordsTr);
  // Adding or removing edits this comparison rather than opening another page: the URL is
  // replaced, so the theme does not move focus to the top as it does on navigation.
  const setChosen = (next: string[]) =>
    history.replace({
      pathname: location.pathname,
      search: next.length > 0 ? `?ids=${next.join(',')}` : '',
    });
  const [announcement, setAnnouncement] = useState('');
  const picker = useRef<HTMLInputElement>(null);
  const add = (id: string, label: string) => {
    if (!ids || ids.includes(id) || ids.length >= MAX) return;
    setChosen([...ids, id]);
    setAnnouncement(tr.t('comparePage.added', { name: label, count: ids.length + 1 }));
    picker.current?.focus();
  };
  const remove = (provision: CompiledProvision) => {
    const next = chosen.map((item) => item.id).filter((item) => item !== provision.id);
    setChosen(next);
    const label = `${data.labels.jurisdictions[provision.jurisdiction] ?? provision.jurisdiction} · ${pickName(provision.title, tr.locale)}`;
    setAnnouncement(tr.t('comparePage.removed', { name: label, count: next.length }));
    picker.current?.focus();
  };

  const downloadCsv = async () => {
    const { comparisonCsv } = await import('../../lib/present/comparison-csv');
    saveTextFile(
      comparisonCsv(chosen, rows, tr),
      `law-atlas-comparison-${chosen.map((provision) => provision.id.replace(/\//g, '_')).join('--')}.csv`,
    );
  };

  return (
    <PageLayout title={tr.t('comparePage.title')} description={tr.t('comparePage.description')}>
      <PrintHeader
        title={tr.t('comparePage.title')}
        records={chosen.map((item) => ({ id: item.id, lawAsOf: lawAsOf(item) }))}
      />
      <h1>{tr.t('comparePage.title')}</h1>
      <p className="no-print">
        <Message
          text={tr.t('comparePage.intro')}
          parts={{ differs: <span className="differs-marker">{tr.t('compare.differs')}</span> }}
        />
      </p>
      <RecordLanguageNote />
      {data.presets.length > 0 && (
        <details className="compare-presets no-print" open={ids !== null && ids.length === 0}>
          <summary>{tr.t('comparePage.presets')}</summary>
          <ul>
            {data.presets.map((preset) => (
              <li key={preset.offenseType}>
                <Link to={sitePaths.compare(preset.ids)}>
                  {data.labels.offenseTypes[preset.offenseType] ?? preset.offenseType}:{' '}
                  {preset.names.join(' – ')}
                </Link>
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      <div className="compare-controls no-print">
        <ProvisionPicker
          exclude={ids ?? []}
          disabled={ids === null || ids.length >= MAX}
          jurisdictions={data.labels.jurisdictions}
          onPick={(result, label) => add(result.id, label)}
          inputRef={picker}
        />
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => void downloadCsv()}
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
      </div>
      {loaded !== null && loaded.missing.length > 0 && (
        <p className="content-note">
          {tr.t('comparePage.missing', { ids: loaded.missing.join(', ') })}
        </p>
      )}
      <div className="compare-result">
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
                    onClick={() => remove(provision)}
                  >
                    {tr.t('comparePage.remove')}
                  </button>
                )}
              />
            </RichTextProvider>
          </>
        )}
      </div>
    </PageLayout>
  );
});
