import React from 'react';
import Link from '@docusaurus/Link';
import type { HomePageData } from '../../lib/present/site-data';
import { sitePaths } from '../../lib/present/site-paths';
import { PageLayout } from '../components/PageLayout';
import { useTranslator } from '../i18n/useTranslator';

/** `/offenses`: the offense types of the vocabulary, with how many provisions each has. */
export default function OffenseIndexPage({ data }: { data: HomePageData }): React.JSX.Element {
  const tr = useTranslator();
  return (
    <PageLayout title={tr.t('offenseIndex.title')} description={tr.t('offenseIndex.description')}>
      <h1>{tr.t('offenseIndex.title')}</h1>
      <ul className="offense-index">
        {data.offenseTypes.map((type) => (
          <li key={type.id}>
            <Link to={sitePaths.offense(type.id)}>{type.label}</Link>{' '}
            <span className="count">({tr.t('common.provisionCount', { count: type.count })})</span>
          </li>
        ))}
      </ul>
    </PageLayout>
  );
}
