import React from 'react';
import Link from '@docusaurus/Link';
import type { HelpStartData } from '../../lib/present/pages/page-types';
import { sitePaths } from '../../lib/present/site-paths';
import { withPageData } from '../page-data/withPageData';
import { PageLayout } from '../components/PageLayout';
import { useTranslator } from '../i18n/useTranslator';
import { QuickExit } from '../help/QuickExit';

/** `/help`: the first question, where the reader is; each country page asks what is happening. */
export default withPageData(function HelpStartPage({
  data,
}: {
  data: HelpStartData;
}): React.JSX.Element {
  const tr = useTranslator();
  return (
    <PageLayout title={tr.t('help.title')} description={tr.t('help.description')}>
      <QuickExit />
      <h1>{tr.t('help.title')}</h1>
      <p>{tr.t('help.intro')}</p>
      <h2 id="where">{tr.t('help.where')}</h2>
      <ul className="help-choices" aria-labelledby="where">
        {data.countries.map((country) => (
          <li key={country}>
            <Link to={sitePaths.helpCountry(country)} replace className="help-choice">
              <strong>{data.labels.jurisdictions[country] ?? country}</strong>
            </Link>
          </li>
        ))}
      </ul>
      <p>{tr.t('help.notAlone')}</p>
    </PageLayout>
  );
});
