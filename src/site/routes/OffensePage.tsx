import React, { useState } from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {
  OffensePageData,
  OffenseRow,
  OffenseRowsPage,
  SiteLabels,
} from '../../lib/present/pages/page-types';
import type { PenaltyBar } from '../../lib/present/penalty-chart';
import { offenseRowsFile } from '../../lib/present/pages/page-files';
import { sitePaths } from '../../lib/present/site-paths';
import { PageLayout } from '../components/PageLayout';
import { Prose, RichTextProvider } from '../components/RichText';
import { PenaltyChart } from '../components/PenaltyChart';
import { PrintHeader } from '../components/PrintHeader';
import { OffenseTable } from '../components/OffenseTable';
import { pickName } from '../../lib/i18n/pick-localized';
import { textDirection } from '../../lib/i18n/locales';
import { mergeFormatTables } from '../../lib/i18n/intl-formats';
import { translator, type Translator } from '../../lib/i18n/translator';
import { useTranslator } from '../i18n/useTranslator';
import { LocalizedProse } from '../i18n/LocalizedProse';
import { withPageData } from '../page-data/withPageData';
import { findingLabel } from '../../lib/present/enum-labels';
import { DownloadResults } from '../download/DownloadResults';

/** Rows, bars and names loaded so far: the page's own, then each page fetched. */
interface Loaded {
  rows: OffenseRow[];
  bars: PenaltyBar[];
  labels: SiteLabels;
  tr: Translator;
  pages: number;
}

function mergeLabels(a: SiteLabels, b: SiteLabels): SiteLabels {
  return {
    jurisdictions: { ...a.jurisdictions, ...b.jurisdictions },
    offenseTypes: { ...a.offenseTypes, ...b.offenseTypes },
    instruments: { ...a.instruments, ...b.instruments },
  };
}

/**
 * `/offenses/<type>`: the offense type, then a table of the facts that make provisions
 * comparable (online means, penalty, prosecution, attempt), a page of rows at a time, with a
 * chart of their penalties and the jurisdictions with no such provision.
 */
export default withPageData(function OffensePage({
  data,
}: {
  data: OffensePageData;
}): React.JSX.Element {
  const { offenseType } = data;
  const tr = useTranslator();
  const baseUrl = useBaseUrl('/');
  const [loaded, setLoaded] = useState<Loaded>({
    rows: data.rows,
    bars: data.bars,
    labels: data.labels,
    tr,
    pages: 1,
  });
  const [busy, setBusy] = useState(false);
  // Filters the rows loaded so far; further pages join the list when loaded.
  const [jurisdiction, setJurisdiction] = useState('');
  const label = pickName(offenseType.label, tr.locale);
  const fetchPage = async (page: number): Promise<OffenseRowsPage> => {
    const response = await fetch(`${baseUrl}${offenseRowsFile(offenseType.id, page)}`);
    if (!response.ok) throw new Error(`offense rows ${page}: HTTP ${response.status}`);
    return (await response.json()) as OffenseRowsPage;
  };
  const showMore = async () => {
    setBusy(true);
    try {
      const next = await fetchPage(loaded.pages + 1);
      setLoaded((current) => ({
        rows: [...current.rows, ...next.rows],
        bars: [...current.bars, ...next.bars],
        labels: mergeLabels(current.labels, next.labels),
        tr: translator(tr.locale, mergeFormatTables(data.formats, next.formats)),
        pages: current.pages + 1,
      }));
    } finally {
      setBusy(false);
    }
  };
  const allIds = async () => {
    const rest = await Promise.all(
      Array.from({ length: data.pages - 1 }, (_, index) => fetchPage(index + 2)),
    );
    return [...data.rows, ...rest.flatMap((page) => page.rows)].map((row) => row.id);
  };
  return (
    <PageLayout
      title={label}
      description={offenseType.definition[tr.locale] ?? offenseType.definition.en}
    >
      <PrintHeader title={label} records={loaded.rows} />
      <RichTextProvider map={data.rich}>
        <h1>{label}</h1>
        {Object.entries(offenseType.label)
          .filter(([language]) => language !== tr.locale)
          .map(([language, text]) => (
            <p
              key={language}
              className="original-heading"
              lang={language}
              dir={textDirection(language)}
            >
              {text}
            </p>
          ))}
        <LocalizedProse text={offenseType.definition} />
        <Prose text={offenseType.scopeNote} />
        {data.total === 0 ? (
          <p>{tr.t('offense.none')}</p>
        ) : (
          <>
            <h2>{tr.t('offense.compared')}</h2>
            <p>
              {tr.t('offense.count', { count: data.total })}{' '}
              {data.total <= 4 && data.total > 1 && (
                <Link to={sitePaths.compare(data.rows.map((row) => row.id))}>
                  {tr.t('offense.openCompare')}
                </Link>
              )}
            </p>
            <p>
              <DownloadResults
                count={data.total}
                ids={allIds}
                labels={data.labels}
                fileName={`law-atlas-${offenseType.id}.csv`}
              />
            </p>
            <p className="offense-filter no-print">
              <label htmlFor="offense-jurisdiction">{tr.t('offense.filter')}</label>{' '}
              <select
                id="offense-jurisdiction"
                value={jurisdiction}
                onChange={(event) => setJurisdiction(event.target.value)}
              >
                <option value="">{tr.t('offense.allJurisdictions')}</option>
                {[...new Set(loaded.rows.map((row) => row.jurisdiction))].map((code) => (
                  <option key={code} value={code}>
                    {loaded.labels.jurisdictions[code] ?? code}
                  </option>
                ))}
              </select>
            </p>
            <OffenseTable
              rows={
                jurisdiction
                  ? loaded.rows.filter((row) => row.jurisdiction === jurisdiction)
                  : loaded.rows
              }
              labels={loaded.labels}
              tr={loaded.tr}
            />
            {loaded.pages < data.pages && (
              <p className="no-print">
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => void showMore()}
                  disabled={busy}
                >
                  {tr.t('offense.showMore', {
                    shown: loaded.rows.length,
                    count: data.total,
                  })}
                </button>
              </p>
            )}
            <h2>{tr.t('offense.maxImprisonment')}</h2>
            <PenaltyChart bars={loaded.bars} id={`chart-${offenseType.id}`} />
          </>
        )}
        <h2>{tr.t('offense.without')}</h2>
        {data.jurisdictionsWithout.length === 0 ? (
          <p>{tr.t('offense.allHave')}</p>
        ) : (
          <ul>
            {data.jurisdictionsWithout.map(({ code, note }) => (
              <li key={code}>
                <Link to={sitePaths.jurisdiction(code)}>{data.labels.jurisdictions[code]}</Link>:{' '}
                {note ? (
                  <>
                    <strong>{findingLabel(tr, note.finding)}.</strong>{' '}
                    <Prose text={note.text} inline />
                  </>
                ) : (
                  tr.t('offense.noProvisionNote')
                )}
              </li>
            ))}
          </ul>
        )}
      </RichTextProvider>
    </PageLayout>
  );
});
