import React from 'react';
import Link from '@docusaurus/Link';
import type { ProvisionSummary, SiteLabels } from '../../lib/present/pages/page-types';
import { sitePaths } from '../../lib/present/site-paths';
import { formatHighestMaximum } from '../../lib/present/format-penalty';
import { pickName } from '../../lib/i18n/pick-localized';
import { useTranslator } from '../i18n/useTranslator';
import { VerificationBadge } from './VerificationBadge';
import { ScrollBox } from './ScrollBox';

/** A table of provisions: jurisdiction, instrument, article, heading, maximum term, status. */
export function ProvisionTable({
  provisions,
  labels,
}: {
  provisions: readonly ProvisionSummary[];
  labels: SiteLabels;
}): React.JSX.Element {
  const tr = useTranslator();
  if (provisions.length === 0) return <p>{tr.t('table.empty')}</p>;
  return (
    <ScrollBox label={tr.t('table.heading')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{tr.t('table.jurisdiction')}</th>
            <th scope="col">{tr.t('table.instrument')}</th>
            <th scope="col">{tr.t('table.article')}</th>
            <th scope="col">{tr.t('table.heading')}</th>
            <th scope="col">{tr.t('table.offenseTypes')}</th>
            <th scope="col">{tr.t('table.maxImprisonment')}</th>
            <th scope="col">{tr.t('table.verification')}</th>
          </tr>
        </thead>
        <tbody>
          {provisions.map((provision) => (
            <tr key={provision.id}>
              <td>{labels.jurisdictions[provision.jurisdiction]}</td>
              <td>{provision.instrumentTitle}</td>
              <td>{provision.article ?? tr.t('common.notConfirmed')}</td>
              <td>
                <Link to={sitePaths.provision(provision.id)}>
                  {pickName(provision.title, tr.locale)}
                </Link>
              </td>
              <td>
                {provision.offenseTypes.map((type) => labels.offenseTypes[type] ?? type).join(', ')}
              </td>
              <td>{formatHighestMaximum(provision, tr) ?? '—'}</td>
              <td>
                <VerificationBadge status={provision.verification} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
