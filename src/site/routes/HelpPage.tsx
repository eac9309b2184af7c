import React from 'react';
import Link from '@docusaurus/Link';
import type { HelpPageData, HelpRoute } from '../../lib/present/pages/page-types';
import { sitePaths } from '../../lib/present/site-paths';
import { withPageData } from '../page-data/withPageData';
import { PageLayout } from '../components/PageLayout';
import { Prose, RichTextProvider } from '../components/RichText';
import { SourcesList } from '../components/SourcesList';
import { VerificationBadge } from '../components/VerificationBadge';
import { CellProvisionLink } from '../components/ProvisionLink';
import { RecordLanguageNote } from '../i18n/RecordLanguageNote';
import { useTranslator } from '../i18n/useTranslator';
import { QuickExit } from '../help/QuickExit';
import { ServiceList } from '../help/ServiceCard';
import { PrintButton } from '../training/PrintButton';
import { Shown } from '../training/Shown';
import type { ShownText } from '../../lib/present/prose-in-locale';

function Steps({
  items,
  ordered = false,
}: {
  items: readonly ShownText[];
  ordered?: boolean;
}): React.JSX.Element {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List>
      {items.map((item, index) => (
        <li key={index}>
          <Shown text={item} />
        </li>
      ))}
    </List>
  );
}

function Section({
  id,
  title,
  className,
  children,
}: {
  id: string;
  title: string;
  className?: string;
  children: React.ReactNode;
}): React.JSX.Element {
  return (
    <section aria-labelledby={id} className={`help-section help-section--${id} ${className ?? ''}`}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Route({ route }: { route: HelpRoute }): React.JSX.Element {
  return (
    <>
      <Shown text={route.text} as="p" className="help-route__text" />
      <ServiceList services={route.services} />
    </>
  );
}

/**
 * `/help/<country>/<situation>`: for a person on a phone, in plain words: is this a crime here,
 * how to recognise it, what to do now, what to keep, how to get it removed, where to report,
 * where to get help, how to stay safe. A quick exit is always in view; printed, the page is a
 * one-page card of the steps and the numbers.
 */
export default withPageData(function HelpPage({ data }: { data: HelpPageData }): React.JSX.Element {
  const tr = useTranslator();
  const country = data.labels.jurisdictions[data.country] ?? data.country;
  return (
    <PageLayout title={data.title.text} description={data.summary.text}>
      <QuickExit />
      <article className="help-page">
        <nav className="breadcrumbs-line no-print" aria-label={tr.t('common.breadcrumbs')}>
          <Link to={sitePaths.help} replace>
            {tr.t('help.title')}
          </Link>{' '}
          ›{' '}
          <Link to={sitePaths.helpCountry(data.country)} replace>
            {country}
          </Link>
        </nav>
        <h1 lang={data.title.lang}>{data.title.text}</h1>
        <p className="help-page__country">{tr.t('help.forCountry', { country })}</p>
        <Shown text={data.summary} as="p" className="help-page__summary" />
        <RecordLanguageNote translated={data.complete} />
        <Section id="now" title={tr.t('help.doNow')}>
          <Steps items={data.doNow} ordered />
        </Section>
        <Section id="proof" title={tr.t('help.keepProof')}>
          <Steps items={data.keepProof} />
          {data.childImages && (
            <div className="help-child" role="note" aria-labelledby="child-images">
              <p id="child-images" className="help-child__title">
                <strong>{tr.t('help.childImages')}</strong>
              </p>
              <Shown text={data.childImages} as="p" />
            </div>
          )}
        </Section>
        <Section id="report" title={tr.t('help.report')}>
          <Route route={data.report} />
        </Section>
        <Section id="support" title={tr.t('help.support')}>
          <Route route={data.help} />
        </Section>
        {data.removal && (
          <Section id="removal" title={tr.t('help.removal')}>
            <Route route={data.removal} />
          </Section>
        )}
        <Section id="crime" title={tr.t('help.crime', { country })}>
          <Shown text={data.crime.text} as="p" />
          <ul>
            {data.crime.provisions.map((provision) => (
              <li key={provision.id}>
                <CellProvisionLink provision={provision} />
                {provision.penalty && `: ${provision.penalty}`}
              </li>
            ))}
          </ul>
        </Section>
        <Section id="recognise" title={tr.t('help.recognise')}>
          <Steps items={data.recognise} />
        </Section>
        <Section id="protect" title={tr.t('help.protect')}>
          <Steps items={data.protect} />
        </Section>
        <p className="no-print help-page__tools">
          <PrintButton label={tr.t('help.printCard')} />
          {data.otherCountry && (
            <>
              {' '}
              <Link to={sitePaths.helpPage(`help/${data.otherCountry}/${data.situation}`)} replace>
                {tr.t('help.otherCountry', {
                  country: data.labels.jurisdictions[data.otherCountry] ?? data.otherCountry,
                })}
              </Link>
            </>
          )}
        </p>
        <RichTextProvider map={data.rich}>
          <details className="help-sources no-print">
            <summary>{tr.t('help.sources')}</summary>
            <p>
              <VerificationBadge status={data.verification.status} />
            </p>
            <Prose text={data.verification.note} />
            {data.notes && <Prose text={data.notes} />}
            <SourcesList sources={data.sources} />
          </details>
        </RichTextProvider>
      </article>
    </PageLayout>
  );
});
