import React from 'react';
import Link from '@docusaurus/Link';
import type { CasePageData } from '../../lib/present/pages/page-types';
import { sitePaths } from '../../lib/present/site-paths';
import { withPageData } from '../page-data/withPageData';
import { PageLayout } from '../components/PageLayout';
import { RichTextProvider } from '../components/RichText';
import { RecordLanguageNote } from '../i18n/RecordLanguageNote';
import { useTranslator } from '../i18n/useTranslator';
import { CaseBody } from '../training/CaseBody';
import { HandoutHeader, LawAsOfLine } from '../training/HandoutHeader';
import { PrintButton } from '../training/PrintButton';
import { RecordFooter } from '../training/RecordFooter';

/** `/training/cases/<case>`: a case study to teach with. Prints as an A4 handout. */
export default withPageData(function CasePage({ data }: { data: CasePageData }): React.JSX.Element {
  const tr = useTranslator();
  return (
    <PageLayout title={data.title.text} description={data.facts.text.slice(0, 160)}>
      <article className="training-record training-case">
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
          <CaseBody data={data} level={1} />
          <RecordFooter data={data} level={2} />
        </RichTextProvider>
      </article>
    </PageLayout>
  );
});
