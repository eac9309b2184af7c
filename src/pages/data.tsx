import React from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { GlobalSiteData } from '../lib/present/pages/page-types';
import type { MessageKey } from '../lib/i18n/messages/en';
import { PageLayout } from '../site/components/PageLayout';
import { useTranslator } from '../site/i18n/useTranslator';
import { Message } from '../site/i18n/Message';

const DOWNLOADS: { file: string; what: MessageKey }[] = [
  { file: 'data/provisions.json', what: 'data.download.json' },
  { file: 'data/provisions.csv', what: 'data.download.csv' },
  { file: 'data/datapackage.json', what: 'data.download.datapackage' },
  { file: 'data/provision.schema.json', what: 'data.download.provisionSchema' },
  { file: 'data/findings.json', what: 'data.download.findings' },
  { file: 'data/findings.csv', what: 'data.download.findingsCsv' },
  { file: 'data/finding.schema.json', what: 'data.download.findingSchema' },
  { file: 'data/guides.json', what: 'data.download.guides' },
  { file: 'data/guides.csv', what: 'data.download.guidesCsv' },
  { file: 'data/guide.schema.json', what: 'data.download.guideSchema' },
  { file: 'data/cases.json', what: 'data.download.cases' },
  { file: 'data/cases.csv', what: 'data.download.casesCsv' },
  { file: 'data/case.schema.json', what: 'data.download.caseSchema' },
  { file: 'data/services.json', what: 'data.download.services' },
  { file: 'data/services.csv', what: 'data.download.servicesCsv' },
  { file: 'data/service.schema.json', what: 'data.download.serviceSchema' },
  { file: 'schema/provision-record.schema.json', what: 'data.download.recordSchema' },
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
  const data = usePluginData('law-atlas') as GlobalSiteData;
  const tr = useTranslator();
  return (
    <PageLayout title={tr.t('data.title')} description={tr.t('data.description')}>
      <h1>{tr.t('data.heading')}</h1>
      <p>
        <Message
          text={tr.t('data.intro', { count: tr.number(data.counts.provisions) })}
          parts={{
            command: <code>npm run export</code>,
            contract: <Link to="/docs/data-contract">{tr.t('data.contract')}</Link>,
          }}
        />
      </p>
      <ul>
        {DOWNLOADS.map((download) => (
          <Download key={download.file} file={download.file} what={tr.t(download.what)} />
        ))}
      </ul>
      <h2>{tr.t('data.licence')}</h2>
      <p>
        <Message
          text={tr.t('data.licenceText')}
          parts={{
            licence: (
              <a href="https://creativecommons.org/licenses/by/4.0/" rel="noopener noreferrer">
                Creative Commons Attribution 4.0 (CC BY 4.0)
              </a>
            ),
          }}
        />
      </p>
    </PageLayout>
  );
}
