import React from 'react';
import Link from '@docusaurus/Link';
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
import { ScrollBox } from '../components/ScrollBox';

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
            <Link to={sitePaths.provision(provision.id)}>
              {provision.instrumentTitle}{' '}
              {provision.article
                ? articleLabel(tr, { ...provision, article: provision.article }, true)
                : tr.t('common.articleNotConfirmedShort')}
            </Link>
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

/** `/coverage`: offense types × jurisdictions, and each international standard against each jurisdiction. */
export default withPageData(function CoveragePage({
  data,
}: {
  data: CoveragePageData;
}): React.JSX.Element {
  const { labels } = data;
  const matrix = data;
  const tr = useTranslator();
  const instruments = [...new Set(data.standards.map((standard) => standard.instrumentId))];
  return (
    <PageLayout title={tr.t('coverage.title')} description={tr.t('coverage.description')}>
      <RichTextProvider map={data.rich}>
        <h1>{tr.t('coverage.title')}</h1>
        <p>{tr.t('coverage.intro')}</p>
        <h2 id="offense-types">{tr.t('coverage.offenseMatrix')}</h2>
        <ScrollBox label={tr.t('coverage.offenseMatrix')}>
          <table className="coverage">
            <thead>
              <tr>
                <th scope="col">{tr.t('coverage.offenseType')}</th>
                {matrix.jurisdictions.map((code) => (
                  <th scope="col" key={code}>
                    <Link to={sitePaths.jurisdiction(code)}>{labels.jurisdictions[code]}</Link>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((row) => (
                <tr key={row.offenseType}>
                  <th scope="row">
                    <Link to={sitePaths.offense(row.offenseType)}>
                      {labels.offenseTypes[row.offenseType]}
                    </Link>
                  </th>
                  {row.cells.map((cell) => (
                    <td key={cell.jurisdiction} className={cell.total > 0 ? 'covered' : 'gap'}>
                      <Cell cell={cell} more={sitePaths.offense(row.offenseType)} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
        <h2 id="standards">{tr.t('coverage.standards')}</h2>
        <p>{tr.t('coverage.standardsIntro')}</p>
        {instruments.map((instrumentId) => (
          <section key={instrumentId}>
            <h3>
              <Link to={sitePaths.instrument(instrumentId)}>
                {labels.instruments[instrumentId]}
              </Link>
            </h3>
            <ScrollBox label={labels.instruments[instrumentId] ?? instrumentId}>
              <table className="coverage">
                <thead>
                  <tr>
                    <th scope="col">{tr.t('coverage.article')}</th>
                    {matrix.jurisdictions.map((code) => (
                      <th scope="col" key={code}>
                        {labels.jurisdictions[code]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.standards
                    .filter((standard) => standard.instrumentId === instrumentId)
                    .map(({ standard, cells }) => {
                      const provision = standard;
                      return (
                        <tr key={standard.id}>
                          <th scope="row">
                            <Link to={sitePaths.provision(standard.id)}>
                              {provision?.article
                                ? articleLabel(tr, { ...provision, article: provision.article })
                                : tr.t('common.articleNotConfirmed')}
                              : {provision ? pickName(provision.title, tr.locale) : ''}
                            </Link>
                          </th>
                          {cells.map((cell) => (
                            <td
                              key={cell.jurisdiction}
                              className={cell.total > 0 ? 'covered' : 'gap'}
                            >
                              <Cell cell={cell} more={sitePaths.provision(standard.id)} />
                            </td>
                          ))}
                        </tr>
                      );
                    })}
                </tbody>
              </table>
            </ScrollBox>
          </section>
        ))}
      </RichTextProvider>
    </PageLayout>
  );
});
