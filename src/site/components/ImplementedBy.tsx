import React from 'react';
import Link from '@docusaurus/Link';
import type { ProvisionPageData } from '../../lib/present/pages/page-types';
import { sitePaths } from '../../lib/present/site-paths';
import { enumLabel } from '../../lib/present/enum-labels';
import { useTranslator } from '../i18n/useTranslator';
import { ProvisionLink } from './ProvisionLink';
import { ScrollBox } from './ScrollBox';

/**
 * A standard provision's answer to "who implements this?": each state's implementing
 * provisions and, where the atlas has one, its finding on the obligation.
 */
export function ImplementedBy({ data }: { data: ProvisionPageData }): React.JSX.Element {
  const tr = useTranslator();
  const { labels } = data;
  return (
    <>
      <h3>{tr.t('provision.implementedBy')}</h3>
      {data.implementers.length === 0 ? (
        <p className="not-recorded">{tr.t('provision.noImplementer')}</p>
      ) : (
        <ScrollBox label={tr.t('provision.implementedBy')}>
          <table className="implemented-by">
            <thead>
              <tr>
                <th scope="col">{tr.t('table.jurisdiction')}</th>
                <th scope="col">{tr.t('provision.implementingProvisions')}</th>
                <th scope="col">{tr.t('analysis.findings')}</th>
              </tr>
            </thead>
            <tbody>
              {data.implementers.map((row) => (
                <tr key={row.jurisdiction} data-jurisdiction={row.jurisdiction}>
                  <th scope="row">{labels.jurisdictions[row.jurisdiction] ?? row.jurisdiction}</th>
                  <td>
                    {row.provisions.length === 0 ? (
                      <span className="not-recorded">{tr.t('provision.noneMapped')}</span>
                    ) : (
                      <ul className="cell-list">
                        {row.provisions.map((provision) => (
                          <li key={provision.id}>
                            <ProvisionLink provision={provision} labels={labels} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    {!row.finding ? (
                      <span className="not-recorded">{tr.t('common.notRecorded')}</span>
                    ) : row.finding.inReport ? (
                      <Link to={sitePaths.finding(row.finding.id)}>
                        {enumLabel(tr, 'assessment', row.finding.assessment)}
                      </Link>
                    ) : (
                      enumLabel(tr, 'assessment', row.finding.assessment)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      {data.implementersTotal > data.implementers.length && (
        <p>
          <Link to={sitePaths.coverage}>
            {tr.t('provision.moreImplementers', {
              count: data.implementersTotal - data.implementers.length,
            })}
          </Link>
        </p>
      )}
    </>
  );
}
