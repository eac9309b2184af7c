import React from 'react';
import Link from '@docusaurus/Link';
import type { OffenseRow, SiteLabels } from '../../lib/present/pages/page-types';
import { sitePaths } from '../../lib/present/site-paths';
import { formatHighestMaximum } from '../../lib/present/format-penalty';
import { pickName } from '../../lib/i18n/pick-localized';
import { articleLabel } from '../../lib/i18n/article-label';
import type { Translator } from '../../lib/i18n/translator';
import { enumLabel } from '../../lib/present/enum-labels';
import { ScrollBox } from './ScrollBox';
import { VerificationBadge } from './VerificationBadge';

/** The facts of each provision of the type, one row each: comparable at a glance, on any screen. */
export function OffenseTable({
  rows,
  labels,
  tr,
}: {
  rows: readonly OffenseRow[];
  labels: SiteLabels;
  tr: Translator;
}): React.JSX.Element {
  const yesNo = (value: boolean | null) =>
    value === null ? tr.t('common.notRecorded') : tr.t(value ? 'common.yes' : 'common.no');
  return (
    <ScrollBox label={tr.t('offense.compared')}>
      <table className="offense-table">
        <thead>
          <tr>
            <th scope="col">{tr.t('table.jurisdiction')}</th>
            <th scope="col">{tr.t('table.heading')}</th>
            <th scope="col">{tr.t('elements.means')}</th>
            <th scope="col">{tr.t('table.maxImprisonment')}</th>
            <th scope="col">{tr.t('provision.prosecution')}</th>
            <th scope="col">{tr.t('row.attempt')}</th>
            <th scope="col">{tr.t('table.verification')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-provision={row.id}>
              <th scope="row">{labels.jurisdictions[row.jurisdiction] ?? row.jurisdiction}</th>
              <td>
                <Link to={sitePaths.provision(row.id)}>
                  {row.instrumentTitle}{' '}
                  {row.article
                    ? articleLabel(tr, { ...row, article: row.article }, true)
                    : tr.t('common.articleNotConfirmedShort')}
                </Link>
                <br />
                <span lang={row.title[tr.locale] ? tr.locale : 'en'}>
                  {pickName(row.title, tr.locale)}
                </span>
              </td>
              <td>
                {row.online ? enumLabel(tr, 'online', row.online) : tr.t('common.notRecorded')}
              </td>
              <td>{formatHighestMaximum(row, tr) ?? tr.t('common.notRecorded')}</td>
              <td>
                {row.prosecution
                  ? enumLabel(tr, 'prosecution', row.prosecution)
                  : tr.t('common.notRecorded')}
              </td>
              <td>{yesNo(row.attempt)}</td>
              <td>
                <VerificationBadge status={row.verification} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
