import React from 'react';
import type { TrainingRecordPage } from '../../lib/present/pages/page-types';
import { Prose } from '../components/RichText';
import { SourcesList } from '../components/SourcesList';
import { VerificationBadge } from '../components/VerificationBadge';
import { useTranslator } from '../i18n/useTranslator';
import { Heading } from './Heading';

/** The notes, sources and verification status closing every guide and case. */
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
        <section className="training-notes">
          <Heading level={level}>{tr.t('provision.notes')}</Heading>
          <Prose text={data.notes} />
        </section>
      )}
      <section className="training-sources">
        <Heading level={level}>{tr.t('provision.sources')}</Heading>
        <p>
          <VerificationBadge status={data.verification.status} />
        </p>
        <Prose text={data.verification.note} />
        <SourcesList sources={data.sources} />
      </section>
    </>
  );
}
