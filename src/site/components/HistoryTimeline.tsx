import React from 'react';
import type { CompiledProvision } from '../../lib/schema/compiled';
import { formatPenalty } from '../../lib/present/format-penalty';
import { enumLabel } from '../../lib/present/enum-labels';
import { useTranslator } from '../i18n/useTranslator';
import { Prose } from './RichText';

/** The amendment history, oldest first, with the basic penalty in force after each step. */
export function HistoryTimeline({
  provision,
}: {
  provision: CompiledProvision;
}): React.JSX.Element {
  const tr = useTranslator();
  const steps = [
    ...(provision.inForceFrom && provision.history.length === 0
      ? [
          {
            key: 'origin',
            date: provision.inForceFrom,
            event: null as string | null,
            title: tr.t('timeline.inForce'),
            body: null as React.ReactNode,
          },
        ]
      : []),
    ...provision.history.map((amendment, index) => ({
      key: String(index),
      date: amendment.date,
      event: enumLabel(tr, 'dateEvent', amendment.event) as string | null,
      title: amendment.act,
      body: (
        <>
          <Prose text={amendment.change} />
          {amendment.inForceFrom && (
            <p className="timeline-meta">
              {tr.t('timeline.inForceFrom', { date: tr.date(amendment.inForceFrom) })}
            </p>
          )}
          {amendment.penaltyAfter && (
            <p className="timeline-penalty">
              {tr.t('timeline.penaltyAfter')}{' '}
              <strong>{formatPenalty(amendment.penaltyAfter, tr)}</strong>
            </p>
          )}
        </>
      ),
    })),
  ];
  if (steps.length === 0) return <p className="not-recorded">{tr.t('timeline.none')}</p>;
  return (
    <ol className="timeline">
      {steps.map((step) => (
        <li key={step.key}>
          {step.event && `${step.event} `}
          <time dateTime={step.date}>{tr.date(step.date)}</time> <strong>{step.title}</strong>
          {step.body}
        </li>
      ))}
    </ol>
  );
}
