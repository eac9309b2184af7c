import React from 'react';
import Link from '@docusaurus/Link';
import type { ComparisonRow } from '../../lib/present/comparison-rows';
import type { CompiledProvision } from '../../lib/schema/compiled';
import { sitePaths } from '../../lib/present/site-paths';
import { useTranslator } from '../i18n/useTranslator';
import { Prose } from './RichText';
import { ScrollBox } from './ScrollBox';

/**
 * Provisions side by side, one row per element and penalty form. Rows where the provisions
 * differ carry a visible marker and a class for highlighting.
 */
export function ComparisonTable({
  provisions,
  rows,
  headerExtra,
}: {
  provisions: readonly CompiledProvision[];
  rows: readonly ComparisonRow[];
  headerExtra?: (provision: CompiledProvision) => React.ReactNode;
}): React.JSX.Element {
  const tr = useTranslator();
  const groups = [...new Set(rows.map((row) => row.group))];
  return (
    <ScrollBox label={tr.t('compare.caption')}>
      <table className="comparison">
        <caption className="sr-only">{tr.t('compare.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{tr.t('compare.element')}</th>
            {provisions.map((provision) => (
              <th scope="col" key={provision.id}>
                <Link to={sitePaths.provision(provision.id)}>{provision.id}</Link>
                {headerExtra?.(provision)}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group}>
            <tr className="comparison-group">
              <th scope="colgroup" colSpan={provisions.length + 1}>
                {tr.t(`compare.group.${group}`)}
              </th>
            </tr>
            {rows
              .filter((row) => row.group === group)
              .map((row) => (
                <tr
                  key={row.key}
                  className={row.differs ? 'differs' : undefined}
                  data-row={row.key}
                >
                  <th scope="row">
                    {row.label}
                    {row.differs && provisions.length > 1 && (
                      <span className="differs-marker"> {tr.t('compare.differs')}</span>
                    )}
                  </th>
                  {row.values.map((value, index) => (
                    <td key={index}>
                      <Prose text={value} inline />
                    </td>
                  ))}
                </tr>
              ))}
          </tbody>
        ))}
      </table>
    </ScrollBox>
  );
}
