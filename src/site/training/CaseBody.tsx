import React from 'react';
import type { CasePageData } from '../../lib/present/pages/page-types';
import { enumLabel } from '../../lib/present/enum-labels';
import { useTranslator } from '../i18n/useTranslator';
import { Heading } from './Heading';
import { RelatedRecords } from './RelatedRecords';
import { Shown } from './Shown';
import { TrainingRefList } from './TrainingRefLink';

/**
 * A case study: facts, the provisions charged or chargeable per country, the investigative steps
 * in order, the outcome where sourced, and questions whose answers stay folded until a trainer
 * opens them (a folded answer does not print, so the trainees' copy has none).
 */
export function CaseBody({
  data,
  level,
}: {
  data: CasePageData;
  level: number;
}): React.JSX.Element {
  const tr = useTranslator();
  return (
    <>
      <p>
        <span className={`badge case-kind case-kind--${data.kind}`}>
          {tr.t(`training.kind.${data.kind}`)}
        </span>
      </p>
      {data.kind === 'scenario' && <p className="content-note">{tr.t('case.scenarioNote')}</p>}
      <section>
        <Heading level={level + 1}>{tr.t('case.facts')}</Heading>
        <Shown text={data.facts} as="p" />
      </section>
      <section>
        <Heading level={level + 1}>{tr.t('case.charges')}</Heading>
        <ul className="case-charges">
          {data.charges.map((charge, index) => (
            <li key={index} data-jurisdiction={charge.jurisdiction}>
              <strong>
                {data.labels.jurisdictions[charge.jurisdiction] ?? charge.jurisdiction}
              </strong>{' '}
              ({enumLabel(tr, 'basis', charge.basis)}):{' '}
              <TrainingRefList ids={charge.provisions} provisions={data.provisions} />
              {charge.note && <Shown text={charge.note} as="p" />}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <Heading level={level + 1}>{tr.t('case.steps')}</Heading>
        <ol className="case-steps">
          {data.steps.map((step, index) => (
            <li key={index}>
              <Shown text={step} />
            </li>
          ))}
        </ol>
      </section>
      <section>
        <Heading level={level + 1}>{tr.t('case.outcome')}</Heading>
        {data.outcome ? (
          <Shown text={data.outcome} as="p" />
        ) : (
          <p className="not-recorded">{tr.t('case.noOutcome')}</p>
        )}
      </section>
      <section>
        <Heading level={level + 1}>{tr.t('case.questions')}</Heading>
        <ol className="case-questions">
          {data.questions.map((item, index) => (
            <li key={index}>
              <Shown text={item.question} as="p" />
              <details className="case-answer">
                <summary>{tr.t('case.answer')}</summary>
                <Shown text={item.answer} as="p" />
              </details>
            </li>
          ))}
        </ol>
      </section>
      <RelatedRecords title={tr.t('training.guides')} items={data.guides} level={level + 1} />
    </>
  );
}
