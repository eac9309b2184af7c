import React from 'react';
import Link from '@docusaurus/Link';
import type { SourcesPageData } from '../../lib/present/pages/page-types';
import { withPageData } from '../page-data/withPageData';
import { sitePaths } from '../../lib/present/site-paths';
import { enumLabel } from '../../lib/present/enum-labels';
import { PageLayout } from '../components/PageLayout';
import { Prose, RichTextProvider } from '../components/RichText';
import { useTranslator } from '../i18n/useTranslator';
import { OffenseTypeNotes } from '../components/OffenseTypeNotes';
import { SourceKindBadge } from '../components/SourceKindBadge';

/** `/sources/<code>`: a jurisdiction's sources, its counts by status, and what is not verified. */
export default withPageData(function SourcesPage({
  data,
}: {
  data: SourcesPageData;
}): React.JSX.Element {
  const tr = useTranslator();
  const { labels, register } = data;
  const name = labels.jurisdictions[register.code] ?? register.code;
  return (
    <PageLayout
      title={`${tr.t('sourcesPage.title')}: ${name}`}
      description={tr.t('sourcesPage.description')}
    >
      <RichTextProvider map={data.rich}>
        <nav className="breadcrumbs-line" aria-label={tr.t('common.breadcrumbs')}>
          <Link to={sitePaths.sources}>{tr.t('sourcesPage.title')}</Link>
        </nav>
        <h1>
          <Link to={sitePaths.jurisdiction(register.code)}>{name}</Link>
        </h1>
        <p>
          {tr.t('sourcesPage.counts', {
            verified: tr.number(register.counts.verified),
            partial: tr.number(register.counts.partial),
            unverified: tr.number(register.counts.unverified),
          })}
        </p>
        <h2>{tr.t('sourcesPage.sources')}</h2>
        <ul className="sources">
          {register.sources.map((source) => (
            <li key={source.url}>
              <SourceKindBadge kind={source.kind} />{' '}
              <a href={source.url} rel="noopener noreferrer">
                {source.title}
              </a>{' '}
              <span className="source-meta">
                ({tr.t('sourcesPage.citedBy', { count: source.citedBy })})
              </span>
            </li>
          ))}
        </ul>
        <h2>{tr.t('sourcesPage.open')}</h2>
        {register.open.length === 0 ? (
          <p>{tr.t('sourcesPage.allVerified')}</p>
        ) : (
          <ul className="register-open">
            {register.open.map((item) => (
              <li key={item.id}>
                <Link to={sitePaths.provision(item.id)}>{item.id}</Link>{' '}
                <span className={`badge verification verification--${item.status}`}>
                  {enumLabel(tr, 'verification', item.status)}
                </span>
                <Prose text={item.note} />
              </li>
            ))}
          </ul>
        )}
        {register.notResearched.length > 0 && (
          <>
            <h2>{tr.t('sourcesPage.notResearched')}</h2>
            <OffenseTypeNotes notes={register.notResearched} labels={labels} />
          </>
        )}
      </RichTextProvider>
    </PageLayout>
  );
});
