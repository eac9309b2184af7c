import React from 'react';
import Link from '@docusaurus/Link';
import type { TrainingRecordPage as RecordPageData } from '../../lib/present/pages/page-types';
import { sitePaths } from '../../lib/present/site-paths';
import { PageLayout } from '../components/PageLayout';
import { RichTextProvider } from '../components/RichText';
import { RecordLanguageNote } from '../i18n/RecordLanguageNote';
import { useTranslator } from '../i18n/useTranslator';
import { HandoutHeader, LawAsOfLine } from './HandoutHeader';
import { PrintButton } from './PrintButton';
import { RecordFooter } from './RecordFooter';

/**
 * The frame of a guide's or case's own page: the handout head for print, the way back to the
 * hub, the title, the law-as-of date and print button, the record's body, then its sources.
 */
export function TrainingRecordPage({
  data,
  description,
  className,
  children,
}: {
  data: RecordPageData;
  description: string;
  className: string;
  children: React.ReactNode;
}): React.JSX.Element {
  const tr = useTranslator();
  return (
    <PageLayout title={data.title.text} description={description}>
      <article className={`training-record ${className}`}>
        <HandoutHeader title={data.title.text} handout={data.handout} />
        <nav className="breadcrumbs-line no-print" aria-label={tr.t('common.breadcrumbs')}>
          <Link to={sitePaths.training}>{tr.t('training.title')}</Link>
        </nav>
        <h1 lang={data.title.lang}>{data.title.text}</h1>
        <RecordLanguageNote translated={data.complete} />
        <div className="no-print training-record__tools">
          <LawAsOfLine handout={data.handout} />
          <PrintButton label={tr.t('handout.print')} />
        </div>
        <RichTextProvider map={data.rich}>
          {children}
          <RecordFooter data={data} level={2} />
        </RichTextProvider>
      </article>
    </PageLayout>
  );
}
