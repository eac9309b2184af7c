import React from 'react';
import Link from '@docusaurus/Link';
import type { ProvisionSummary, SiteLabels } from '../../lib/present/site-data';
import { sitePaths } from '../../lib/present/site-paths';
import { monthsToDuration } from '../../lib/normalize/duration';
import { VerificationBadge } from './VerificationBadge';

/** A table of provisions: jurisdiction, instrument, article, heading, maximum term, status. */
export function ProvisionTable({
  provisions,
  labels,
}: {
  provisions: readonly ProvisionSummary[];
  labels: SiteLabels;
}): React.JSX.Element {
  if (provisions.length === 0) return <p>No provisions recorded.</p>;
  return (
    <div className="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">Jurisdiction</th>
            <th scope="col">Instrument</th>
            <th scope="col">Article</th>
            <th scope="col">Heading</th>
            <th scope="col">Offense types</th>
            <th scope="col">Max. imprisonment</th>
            <th scope="col">Verification</th>
          </tr>
        </thead>
        <tbody>
          {provisions.map((provision) => (
            <tr key={provision.id}>
              <td>{labels.jurisdictions[provision.jurisdiction]}</td>
              <td>{provision.instrumentTitle}</td>
              <td>{provision.article ?? 'not confirmed'}</td>
              <td>
                <Link to={sitePaths.provision(provision.id)}>{provision.title.en}</Link>
              </td>
              <td>
                {provision.offenseTypes.map((type) => labels.offenseTypes[type] ?? type).join(', ')}
              </td>
              <td>
                {provision.maxImprisonmentMonths === null
                  ? '—'
                  : monthsToDuration(provision.maxImprisonmentMonths)}
              </td>
              <td>
                <VerificationBadge status={provision.verification} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
