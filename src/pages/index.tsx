import React from 'react';
import Link from '@docusaurus/Link';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { HomePageData } from '../lib/present/site-data';
import { sitePaths } from '../lib/present/site-paths';
import { PageLayout } from '../site/components/PageLayout';

/** The home page: what Law Atlas is, and the ways into it. */
export default function Home(): React.JSX.Element {
  const data = usePluginData('law-atlas') as HomePageData;
  return (
    <PageLayout
      title="Home"
      description="Comparative criminal law on online sexual and gender-based violence."
    >
      <h1>Law Atlas</h1>
      <p className="lead">
        Law Atlas compares how criminal law defines and punishes online sexual and gender-based
        violence, provision by provision and element by element, in North Macedonia, the Republic of
        Korea, the international standards and other countries. Every record names its sources and
        says how far it was verified.
      </p>
      <p>
        {data.counts.provisions} provisions · {data.counts.jurisdictions} jurisdictions and
        organisations · {data.counts.offenseTypes} offense types
      </p>
      <div className="home-actions">
        <Link className="button button--primary button--lg" to={sitePaths.offenses}>
          Browse by offense type
        </Link>
        <Link className="button button--secondary button--lg" to="/compare">
          Compare provisions
        </Link>
        <Link className="button button--secondary button--lg" to={sitePaths.search}>
          Search
        </Link>
        <Link className="button button--secondary button--lg" to={sitePaths.coverage}>
          Coverage matrix
        </Link>
        <Link className="button button--secondary button--lg" to={sitePaths.data}>
          Download the data
        </Link>
      </div>
      <h2>Offense types</h2>
      <ul className="offense-index">
        {data.offenseTypes.map((type) => (
          <li key={type.id}>
            <Link to={sitePaths.offense(type.id)}>{type.label}</Link>{' '}
            <span className="count">({type.count})</span>
          </li>
        ))}
      </ul>
    </PageLayout>
  );
}
