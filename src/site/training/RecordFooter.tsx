import React from 'react';
import type { TrainingRecordPage } from '../../lib/present/pages/page-types';
import { Prose } from '../components/RichText';
import { SourcesList } from '../components/SourcesList';
import { VerificationBadge } from '../components/VerificationBadge';
import { useTranslator } from '../i18n/useTranslator';
import { Heading } from './Heading';

/**
 * The notes, sources and verification status closing every guide and case. A handout keeps only
 * the status and points to the page for the rest, so that it fits a sheet or two.
 */
export function RecordFooter({
  data,
  level,
}: {
  data: TrainingRecordPage;
  level: number;
}): React.JSX.Element {
  const tr = useTranslator();
  return (
    <>
      {data.notes && (
        <section className="training-notes no-print">
          <Heading level={level}>{tr.t('provision.notes')}</Heading>
          <Prose text={data.notes} />
        </section>
      )}
      <section className="training-sources">
        <Heading level={level}>{tr.t('provision.sources')}</Heading>
        <p>
          <VerificationBadge status={data.verification.status} />
        </p>
        <p className="print-only">
          {tr.t('handout.fullText', { permalink: data.handout.permalink })}
        </p>
        <div className="training-sources__detail">
          <Prose text={data.verification.note} />
          <SourcesList sources={data.sources} />
        </div>
      </section>
    </>
  );
}
