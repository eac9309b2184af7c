import React from 'react';
import Link from '@docusaurus/Link';
import type { HelpCountryData } from '../../lib/present/pages/page-types';
import { sitePaths } from '../../lib/present/site-paths';
import { withPageData } from '../page-data/withPageData';
import { PageLayout } from '../components/PageLayout';
import { useTranslator } from '../i18n/useTranslator';
import { QuickExit } from '../help/QuickExit';
import { ServiceList } from '../help/ServiceCard';
import { Shown } from '../training/Shown';

/** `/help/<country>`: the emergency numbers, then "what is happening?" as a list of situations. */
export default withPageData(function HelpCountryPage({
  data,
}: {
  data: HelpCountryData;
}): React.JSX.Element {
  const tr = useTranslator();
  const country = data.labels.jurisdictions[data.country] ?? data.country;
  return (
    <PageLayout
      title={tr.t('help.countryTitle', { country })}
      description={tr.t('help.description')}
    >
      <QuickExit />
      <nav className="breadcrumbs-line" aria-label={tr.t('common.breadcrumbs')}>
        <Link to={sitePaths.help} replace>
          {tr.t('help.title')}
        </Link>
      </nav>
      <h1>{tr.t('help.countryTitle', { country })}</h1>
      {data.emergency.length > 0 && (
        <section aria-labelledby="danger" className="help-danger">
          <h2 id="danger">{tr.t('help.danger')}</h2>
          <ServiceList services={data.emergency} />
        </section>
      )}
      <section aria-labelledby="what">
        <h2 id="what">{tr.t('help.whatIsHappening')}</h2>
        <ul className="help-choices">
          {data.situations.map((item) => (
            <li key={item.situation}>
              <Link
                to={sitePaths.helpPage(`help/${data.country}/${item.situation}`)}
                replace
                className="help-choice"
              >
                <strong>
                  <Shown text={item.title} />
                </strong>
                <Shown text={item.summary} as="span" className="help-choice__summary" />
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </PageLayout>
  );
});
