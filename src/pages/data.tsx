import React from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { HomePageData } from '../lib/present/site-data';
import { PageLayout } from '../site/components/PageLayout';

const DOWNLOADS = [
  {
    file: 'data/provisions.json',
    what: 'Every provision with all recorded fields, as JSON ({"provisions": [...]}).',
  },
  { file: 'data/provisions.csv', what: 'One row per provision, for spreadsheets.' },
  { file: 'data/datapackage.json', what: 'Frictionless Tabular Data Package describing the CSV.' },
  { file: 'data/provision.schema.json', what: 'JSON Schema of one item of provisions.json.' },
  {
    file: 'schema/provision-record.schema.json',
    what: 'JSON Schema of a provision record file (YAML), for editors.',
  },
];

/** A download link to a static file: a plain link, since these are files, not pages. */
function Download({ file, what }: { file: string; what: string }): React.JSX.Element {
  return (
    <li>
      <a href={useBaseUrl(file)} download>
        {file.split('/').pop()}
      </a>{' '}
      — {what}
    </li>
  );
}

/** `/data`: the open-data downloads, produced by the same code as `npm run export`. */
export default function DataPage(): React.JSX.Element {
  const data = usePluginData('law-atlas') as HomePageData;
  return (
    <PageLayout
      title="Data"
      description="Download the Law Atlas records as JSON, CSV and a Frictionless Data Package."
    >
      <h1>Data downloads</h1>
      <p>
        The whole atlas ({data.counts.provisions} provisions) as open data, written by the same code
        as <code>npm run export</code> each time the site is built. Field names are stable; see the{' '}
        <Link to="/docs/data-contract">data contract</Link>.
      </p>
      <ul>
        {DOWNLOADS.map((download) => (
          <Download key={download.file} {...download} />
        ))}
      </ul>
      <h2>Licence</h2>
      <p>
        The data is released under{' '}
        <a href="https://creativecommons.org/licenses/by/4.0/" rel="noopener noreferrer">
          Creative Commons Attribution 4.0 (CC BY 4.0)
        </a>
        : cite Law Atlas and the permalink of each provision you use. Summaries are the project’s
        own words; statute texts are not reproduced. Always check the official text, linked from
        each record, before relying on a provision.
      </p>
    </PageLayout>
  );
}
