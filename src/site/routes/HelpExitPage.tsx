import React from 'react';
import type { PageBase } from '../../lib/present/pages/page-types';
import { withPageData } from '../page-data/withPageData';
import { PageLayout } from '../components/PageLayout';
import { useTranslator } from '../i18n/useTranslator';
import { QuickExit } from '../help/QuickExit';

/** What the quick exit does, and what it cannot hide: said plainly, so no one relies on it blindly. */
export default withPageData<PageBase>(function HelpExitPage(): React.JSX.Element {
  const tr = useTranslator();
  return (
    <PageLayout title={tr.t('help.exitTitle')} description={tr.t('help.exitDescription')}>
      <QuickExit />
      <h1>{tr.t('help.exitTitle')}</h1>
      <p>{tr.t('help.exitDoes')}</p>
      <h2>{tr.t('help.exitCannot')}</h2>
      <ul>
        <li>{tr.t('help.exitHistory')}</li>
        <li>{tr.t('help.exitBack')}</li>
        <li>{tr.t('help.exitSpyware')}</li>
        <li>{tr.t('help.exitShared')}</li>
      </ul>
      <h2>{tr.t('help.exitSafer')}</h2>
      <ul>
        <li>{tr.t('help.exitPrivate')}</li>
        <li>{tr.t('help.exitDevice')}</li>
        <li>{tr.t('help.exitNoTracking')}</li>
      </ul>
    </PageLayout>
  );
});
