import React, { useState } from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { coverageColumnsFile } from '../../lib/present/pages/page-files';
import { PageFormatsContext } from '../i18n/useTranslator';
import type { CoverageCellData, CoveragePageData } from '../../lib/present/pages/page-types';
import { withPageData } from '../page-data/withPageData';
import { RichTextProvider } from '../components/RichText';
import { sitePaths } from '../../lib/present/site-paths';
import { PageLayout } from '../components/PageLayout';
import { Prose } from '../components/RichText';
import { pickName } from '../../lib/i18n/pick-localized';
import { useTranslator } from '../i18n/useTranslator';
import { articleLabel } from '../../lib/i18n/article-label';
import { findingLabel } from '../../lib/present/enum-labels';
import { MatrixTable } from '../components/MatrixTable';
import { CellProvisionLink } from '../components/ProvisionLink';

/** A cell: the first provisions recorded, how many more, and what the record says if none. */
function Cell({ cell, more }: { cell: CoverageCellData; more: string }): React.JSX.Element {
  const tr = useTranslator();
  const { note } = cell;
  // The finding shows in the cell; what the record says about it opens on demand, so a matrix
  // of many jurisdictions stays readable.
  const finding = note ? (
    <details className="coverage-note">
      <summary>
        <strong>{findingLabel(tr, note.finding)}.</strong>
      </summary>
      <Prose text={note.text} />
    </details>
  ) : null;
  if (cell.total === 0)
    return finding ?? <span className="not-recorded">{tr.t('coverage.noProvision')}</span>;
  return (
    <>
      {finding}
      <ul className="cell-list">
        {cell.shown.map((provision) => (
          <li key={provision.id}>
            <CellProvisionLink provision={provision} />
          </li>
        ))}
        {cell.total > cell.shown.length && (
          <li>
            <Link to={more}>
              {tr.t('coverage.more', { count: cell.total - cell.shown.length })}
            </Link>
          </li>
        )}
      </ul>
    </>
  );
}

/**
 * `/coverage`: offense types × jurisdictions, and each international standard against each
 * jurisdiction, a group of columns at a time (North Macedonia and Korea in every group); further
 * groups are fetched when asked for.
 */
export default withPageData(function CoveragePage({
  data,
}: {
  data: CoveragePageData;
}): React.JSX.Element {
  const baseUrl = useBaseUrl('/');
  const [shown, setShown] = useState(data);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const show = async (page: number) => {
    setBusy(true);
    setFailed(false);
    try {
      if (page === 1) return setShown(data);
      const response = await fetch(`${baseUrl}${coverageColumnsFile(page)}`);
      if (!response.ok) throw new Error(`coverage columns ${page}: HTTP ${response.status}`);
      setShown((await response.json()) as CoveragePageData);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <PageFormatsContext.Provider value={shown.formats}>
      <CoverageMatrices
        data={shown}
        busy={busy}
        failed={failed}
        onPage={(page) => void show(page)}
      />
    </PageFormatsContext.Provider>
  );
});

/** Previous and next groups of columns, and where this one stands. */
function ColumnPager({
  label,
  data,
  busy,
  failed,
  onPage,
}: {
  label: string;
  data: CoveragePageData;
  busy: boolean;
  failed: boolean;
  onPage: (page: number) => void;
}): React.JSX.Element | null {
  const tr = useTranslator();
  if (data.columnPages <= 1) return null;
  return (
    <nav className="coverage-pager no-print" aria-label={label}>
      <p aria-live="polite">
        {tr.t('coverage.columnsPage', {
          page: data.columnPage,
          pages: data.columnPages,
          total: data.jurisdictionTotal,
        })}
      </p>
      {failed && <p role="alert">{tr.t('page.failed')}</p>}
      <button
        type="button"
        className="button button--secondary"
        disabled={busy || data.columnPage <= 1}
        onClick={() => onPage(data.columnPage - 1)}
      >
        {tr.t('coverage.previousColumns')}
      </button>{' '}
      <button
        type="button"
        className="button button--secondary"
        disabled={busy || data.columnPage >= data.columnPages}
        onClick={() => onPage(data.columnPage + 1)}
      >
        {tr.t('coverage.nextColumns')}
      </button>
    </nav>
  );
}

function CoverageMatrices({
  data,
  busy,
  failed,
  onPage,
}: {
  data: CoveragePageData;
  busy: boolean;
  failed: boolean;
  onPage: (page: number) => void;
}): React.JSX.Element {
  const { labels } = data;
  const matrix = data;
  const tr = useTranslator();
  const pager = (label: string) => (
    <ColumnPager label={label} data={data} busy={busy} failed={failed} onPage={onPage} />
  );
  const instruments = [...new Set(data.standards.map((standard) => standard.instrumentId))];
  return (
    <PageLayout title={tr.t('coverage.title')} description={tr.t('coverage.description')}>
      <RichTextProvider map={data.rich}>
        <h1>{tr.t('coverage.title')}</h1>
        <p>{tr.t('coverage.intro')}</p>
        <h2 id="offense-types">{tr.t('coverage.offenseMatrix')}</h2>
        {pager(tr.t('coverage.offenseMatrix'))}
        <MatrixTable
          label={tr.t('coverage.offenseMatrix')}
          corner={tr.t('coverage.offenseType')}
          columns={matrix.jurisdictions.map((code) => ({
            key: code,
            head: <Link to={sitePaths.jurisdiction(code)}>{labels.jurisdictions[code]}</Link>,
          }))}
          rows={matrix.rows.map((row) => ({
            key: row.offenseType,
            head: (
              <Link to={sitePaths.offense(row.offenseType)}>
                {labels.offenseTypes[row.offenseType]}
              </Link>
            ),
            cells: row.cells.map((cell) => ({
              key: cell.jurisdiction,
              covered: cell.total > 0,
              content: <Cell cell={cell} more={sitePaths.offense(row.offenseType)} />,
            })),
          }))}
        />
        <h2 id="standards">{tr.t('coverage.standards')}</h2>
        <p>{tr.t('coverage.standardsIntro')}</p>
        {pager(tr.t('coverage.standards'))}
        {instruments.map((instrumentId) => (
          <section key={instrumentId}>
            <h3>
              <Link to={sitePaths.instrument(instrumentId)}>
                {labels.instruments[instrumentId]}
              </Link>
            </h3>
            <MatrixTable
              label={labels.instruments[instrumentId] ?? instrumentId}
              corner={tr.t('coverage.article')}
              columns={matrix.jurisdictions.map((code) => ({
                key: code,
                head: labels.jurisdictions[code],
              }))}
              rows={data.standards
                .filter((standard) => standard.instrumentId === instrumentId)
                .map(({ standard, cells }) => ({
                  key: standard.id,
                  head: (
                    <Link to={sitePaths.provision(standard.id)}>
                      {standard.article
                        ? articleLabel(tr, { ...standard, article: standard.article })
                        : tr.t('common.articleNotConfirmed')}
                      : {pickName(standard.title, tr.locale)}
                    </Link>
                  ),
                  cells: cells.map((cell) => ({
                    key: cell.jurisdiction,
                    covered: cell.total > 0,
                    content: <Cell cell={cell} more={sitePaths.provision(standard.id)} />,
                  })),
                }))}
            />
          </section>
        ))}
      </RichTextProvider>
    </PageLayout>
  );
}
