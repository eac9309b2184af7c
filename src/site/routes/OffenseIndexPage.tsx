import React from 'react';
import Link from '@docusaurus/Link';
import type { OffenseIndexPageData } from '../../lib/present/pages/page-types';
import { sitePaths } from '../../lib/present/site-paths';
import { PageLayout } from '../components/PageLayout';
import { useTranslator } from '../i18n/useTranslator';
import { withPageData } from '../page-data/withPageData';

/** `/offenses`: the offense types of the vocabulary, with how many provisions each has. */
export default withPageData(function OffenseIndexPage({
  data,
}: {
  data: OffenseIndexPageData;
}): React.JSX.Element {
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
});
