import React from 'react';
import type { CompiledProvision } from '../../lib/schema/compiled';
import { enumLabel } from '../../lib/present/enum-labels';
import { periodLabel } from '../../lib/present/period-label';
import { useTranslator } from '../i18n/useTranslator';
import { Prose } from './RichText';

/**
 * What a procedural provision lets investigators do, who orders it, when, for how long and under
 * which safeguards: the facts a trainer cites, one list per question.
 */
export function ProcedureFacts({
  procedure,
}: {
  procedure: NonNullable<CompiledProvision['procedure']>;
}): React.JSX.Element {
  const tr = useTranslator();
  return (
    <dl className="facts">
      <dt>{tr.t('provision.powers')}</dt>
      <dd>{procedure.powers.map((power) => enumLabel(tr, 'power', power)).join('; ')}</dd>
      {procedure.orderedBy.length > 0 && (
        <>
          <dt>{tr.t('provision.orderedBy')}</dt>
          <dd>
            {procedure.orderedBy
              .map((authority) => enumLabel(tr, 'authority', authority))
              .join('; ')}
          </dd>
        </>
      )}
      {procedure.threshold && (
        <>
          <dt>{tr.t('provision.threshold')}</dt>
          <dd>
            <Prose text={procedure.threshold} />
          </dd>
        </>
      )}
      {procedure.periods.length > 0 && (
        <>
          <dt>{tr.t('provision.periods')}</dt>
          <dd>
            <ul className="period-list">
              {procedure.periods.map((period) => (
                <li key={`${period.what} ${period.bound} ${period.amount} ${period.unit}`}>
                  {period.what}: <strong>{periodLabel(tr, period)}</strong>
                  {period.renewable ? ` (${tr.t('provision.renewable')})` : ''}
                  <Prose text={period.note} />
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {(procedure.safeguards.length > 0 || procedure.safeguardsNote) && (
        <>
          <dt>{tr.t('provision.safeguards')}</dt>
          <dd>
            {procedure.safeguards
              .map((safeguard) => enumLabel(tr, 'safeguard', safeguard))
              .join('; ')}
            <Prose text={procedure.safeguardsNote} />
          </dd>
        </>
      )}
    </dl>
  );
}
