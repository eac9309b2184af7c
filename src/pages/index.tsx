import React from 'react';
import Link from '@docusaurus/Link';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { GlobalSiteData } from '../lib/present/pages/page-types';
import { sitePaths } from '../lib/present/site-paths';
import { PageLayout } from '../site/components/PageLayout';
import { useTranslator } from '../site/i18n/useTranslator';

/** The home page: what Law Atlas is, and the ways into it. */
export default function Home(): React.JSX.Element {
  const data = usePluginData('law-atlas') as GlobalSiteData;
  const tr = useTranslator();
  return (
    <PageLayout title={tr.t('home.title')} description={tr.t('home.description')}>
      <h1>Law Atlas</h1>
      <p className="lead">{tr.t('home.lead')}</p>
      <p>
        {tr.t('home.counts', {
          provisions: tr.number(data.counts.provisions),
          jurisdictions: tr.number(data.counts.jurisdictions),
          offenseTypes: tr.number(data.counts.offenseTypes),
        })}
      </p>
      <div className="home-actions">
        <Link className="button button--primary button--lg" to={sitePaths.offenses}>
          {tr.t('home.browse')}
        </Link>
        <Link className="button button--secondary button--lg" to="/compare">
          {tr.t('home.compare')}
        </Link>
        <Link className="button button--secondary button--lg" to={sitePaths.search}>
          {tr.t('home.search')}
        </Link>
        <Link className="button button--secondary button--lg" to={sitePaths.coverage}>
          {tr.t('home.coverage')}
        </Link>
        <Link className="button button--secondary button--lg" to={sitePaths.data}>
          {tr.t('home.data')}
        </Link>
      </div>
      <h2>{tr.t('home.offenseTypes')}</h2>
      <ul className="offense-index">
        {data.offenseTypes.map((type) => (
          <li key={type.id}>
            <Link to={sitePaths.offense(type.id)}>{type.label}</Link>{' '}
            <span className="count">({tr.number(type.count)})</span>
          </li>
        ))}
      </ul>
    </PageLayout>
  );
}
