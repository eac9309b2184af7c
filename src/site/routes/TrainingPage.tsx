import React from 'react';
import type { TrainingCell, TrainingPageData } from '../../lib/present/pages/page-types';
import { withPageData } from '../page-data/withPageData';
import { enumLabel } from '../../lib/present/enum-labels';
import { periodLabel } from '../../lib/present/period-label';
import { PageLayout } from '../components/PageLayout';
import { MatrixTable } from '../components/MatrixTable';
import { CellProvisionLink } from '../components/ProvisionLink';
import { useTranslator } from '../i18n/useTranslator';
import { TrainingList } from '../training/TrainingList';
import Link from '@docusaurus/Link';
import { sitePaths } from '../../lib/present/site-paths';

/** The provisions of one column granting one power, each with the time limits it sets. */
function Cell({ cell }: { cell: TrainingCell }): React.JSX.Element {
  const tr = useTranslator();
  if (cell.total === 0) return <span className="not-recorded">{tr.t('training.none')}</span>;
  return (
    <ul className="cell-list">
      {cell.shown.map((provision) => (
        <li key={provision.id}>
          <CellProvisionLink provision={provision} />
          {provision.periods.length > 0 &&
            ` (${provision.periods.map((period) => periodLabel(tr, period)).join('; ')})`}
        </li>
      ))}
      {cell.total > cell.shown.length && (
        <li>{tr.t('training.more', { count: cell.total - cell.shown.length })}</li>
      )}
    </ul>
  );
}

/**
 * `/training`: which power obtains the evidence, in North Macedonia, in Korea and under the
 * international standards, side by side, with each power's time limits; every provision links to
 * its page with the threshold, the authority that orders it and the safeguards.
 */
export default withPageData(function TrainingPage({
  data,
}: {
  data: TrainingPageData;
}): React.JSX.Element {
  const tr = useTranslator();
  const columnName = (column: string) =>
    column === 'international'
      ? tr.t('training.international')
      : (data.labels.jurisdictions[column] ?? column);
  return (
    <PageLayout title={tr.t('training.title')} description={tr.t('training.description')}>
      <h1>{tr.t('training.title')}</h1>
      <h2 id="guides">{tr.t('training.guides')}</h2>
      <p>{tr.t('training.guidesIntro')}</p>
      <TrainingList items={data.guides} labels={data.labels} />
      <h2 id="cases">{tr.t('training.cases')}</h2>
      <p>{tr.t('training.casesIntro')}</p>
      <TrainingList items={data.cases} labels={data.labels} />
      <p>
        <Link className="button button--primary" to={sitePaths.coursePack}>
          {tr.t('training.pack')}
        </Link>
      </p>
      <h2 id="powers">{tr.t('training.powers')}</h2>
      <p>{tr.t('training.intro')}</p>
      <p>{tr.t('training.count', { count: data.total })}</p>
      <MatrixTable
        label={tr.t('training.powers')}
        className="training-powers"
        corner={tr.t('training.power')}
        columns={data.columns.map((column) => ({ key: column, head: columnName(column) }))}
        rows={data.rows.map((row) => ({
          key: row.power,
          head: enumLabel(tr, 'power', row.power),
          cells: row.cells.map((cell) => ({
            key: cell.column,
            covered: cell.total > 0,
            content: <Cell cell={cell} />,
          })),
        }))}
      />
    </PageLayout>
  );
});
