import React from 'react';
import Link from '@docusaurus/Link';
import type { SourcesIndexData } from '../../lib/present/pages/page-types';
import { sitePaths } from '../../lib/present/site-paths';
import { PageLayout } from '../components/PageLayout';
import { ScrollBox } from '../components/ScrollBox';
import { useTranslator } from '../i18n/useTranslator';
import { Message } from '../i18n/Message';
import { withPageData } from '../page-data/withPageData';

/** `/sources`: each jurisdiction's records by verification status, each linking to its sources. */
export default withPageData(function SourcesIndexPage({
  data,
}: {
  data: SourcesIndexData;
}): React.JSX.Element {
  const tr = useTranslator();
  const { labels } = data;
  return (
    <PageLayout title={tr.t('sourcesPage.title')} description={tr.t('sourcesPage.description')}>
      <h1>{tr.t('sourcesPage.title')}</h1>
      <p>
        <Message
          text={tr.t('sourcesPage.intro')}
          parts={{
            methodology: <Link to="/docs/methodology">{tr.t('sourcesPage.methodology')}</Link>,
          }}
        />
      </p>
      <ScrollBox label={tr.t('sourcesPage.title')}>
        <table className="register-index">
          <thead>
            <tr>
              <th scope="col">{tr.t('table.jurisdiction')}</th>
              <th scope="col">{tr.t('sourcesPage.sources')}</th>
              <th scope="col">{tr.t('enum.verification.verified')}</th>
              <th scope="col">{tr.t('enum.verification.partial')}</th>
              <th scope="col">{tr.t('enum.verification.unverified')}</th>
            </tr>
          </thead>
          <tbody>
            {data.entries.map((entry) => (
              <tr key={entry.code}>
                <th scope="row">
                  <Link to={sitePaths.sourcesOf(entry.code)}>
                    {labels.jurisdictions[entry.code] ?? entry.code}
                  </Link>
                </th>
                <td>{tr.number(entry.sources)}</td>
                <td>{tr.number(entry.counts.verified)}</td>
                <td>{tr.number(entry.counts.partial)}</td>
                <td>{tr.number(entry.counts.unverified)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </PageLayout>
  );
});
