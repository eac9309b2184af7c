import React from 'react';
import Link from '@docusaurus/Link';
import type { HomePageData } from '../../lib/present/site-data';
import { sitePaths } from '../../lib/present/site-paths';
import { PageLayout } from '../components/PageLayout';

/** `/offenses`: the offense types of the vocabulary, with how many provisions each has. */
export default function OffenseIndexPage({ data }: { data: HomePageData }): React.JSX.Element {
  return (
    <PageLayout
      title="Offense types"
      description="The offense types Law Atlas classifies provisions by."
    >
      <h1>Offense types</h1>
      <ul className="offense-index">
        {data.offenseTypes.map((type) => (
          <li key={type.id}>
            <Link to={sitePaths.offense(type.id)}>{type.label}</Link>{' '}
            <span className="count">
              ({type.count} provision{type.count === 1 ? '' : 's'})
            </span>
          </li>
        ))}
      </ul>
    </PageLayout>
  );
}
