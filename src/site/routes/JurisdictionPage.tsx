import React from 'react';
import Link from '@docusaurus/Link';
import type { JurisdictionPageData } from '../../lib/present/pages/page-types';
import { sitePaths } from '../../lib/present/site-paths';
import { enumLabel } from '../../lib/present/enum-labels';
import { PageLayout } from '../components/PageLayout';
import { Prose, RichTextProvider } from '../components/RichText';
import { ProvisionTable } from '../components/ProvisionTable';
import { SourcesList } from '../components/SourcesList';
import { instrumentName, pickName } from '../../lib/i18n/pick-localized';
import { textDirection } from '../../lib/i18n/locales';
import { useTranslator } from '../i18n/useTranslator';
import { LocalizedProse } from '../i18n/LocalizedProse';
import { TreatyTable } from '../components/TreatyTable';
import { OffenseTypeNotes } from '../components/OffenseTypeNotes';
import { RecordLanguageNote } from '../i18n/RecordLanguageNote';
import { withPageData } from '../page-data/withPageData';

/** `/jurisdictions/<code>`: a jurisdiction's instruments and provisions, and what is not recorded. */
export default withPageData(function JurisdictionPage({
  data,
}: {
  data: JurisdictionPageData;
}): React.JSX.Element {
  const { jurisdiction, labels } = data;
  const tr = useTranslator();
  const name = labels.jurisdictions[jurisdiction.id] ?? pickName(jurisdiction.name, tr.locale);
  const native = Object.entries(jurisdiction.name).filter(
    ([language, text]) => language !== 'en' && text !== name,
  );
  return (
    <PageLayout title={name} description={tr.t('jurisdiction.description', { name })}>
      <RichTextProvider map={data.rich}>
        <h1>{name}</h1>
        {native.map(([language, name]) => (
          <p
            key={language}
            className="original-heading"
            lang={language}
            dir={textDirection(language)}
          >
            {name}
          </p>
        ))}
        <LocalizedProse text={jurisdiction.summary} />
        <RecordLanguageNote />
        <dl className="facts">
          <dt>{tr.t('jurisdiction.legalPortal')}</dt>
          <dd>
            <a href={jurisdiction.legalPortal.url} rel="noopener noreferrer">
              {jurisdiction.legalPortal.title}
            </a>
          </dd>
          {jurisdiction.officialGazette && (
            <>
              <dt>{tr.t('jurisdiction.gazette')}</dt>
              <dd>
                {jurisdiction.officialGazette.url ? (
                  <a href={jurisdiction.officialGazette.url} rel="noopener noreferrer">
                    {pickName(jurisdiction.officialGazette.title, tr.locale)}
                  </a>
                ) : (
                  pickName(jurisdiction.officialGazette.title, tr.locale)
                )}
              </dd>
            </>
          )}
        </dl>
        <h2>{tr.t('jurisdiction.instruments')}</h2>
        <ul>
          {data.instruments.map((instrument) => (
            <li key={instrument.id}>
              <Link to={sitePaths.instrument(instrument.id)}>
                {instrumentName(instrument, tr.locale)}
              </Link>{' '}
              ({enumLabel(tr, 'instrumentKind', instrument.kind)},{' '}
              {tr.t('common.provisionCount', { count: instrument.provisionIds.length })})
            </li>
          ))}
        </ul>
        {jurisdiction.kind !== 'international-organisation' && (
          <>
            <h2>{tr.t('jurisdiction.treaties')}</h2>
            <TreatyTable
              heading={tr.t('treaty.instrument')}
              rows={data.treaties.map(({ instrumentId, party }) => ({
                key: instrumentId,
                label: labels.instruments[instrumentId] ?? instrumentId,
                to: sitePaths.instrument(instrumentId),
                party,
              }))}
            />
          </>
        )}
        <h2>{tr.t('jurisdiction.provisions')}</h2>
        <ProvisionTable provisions={data.provisions} labels={labels} />
        <h2>{tr.t('jurisdiction.missing')}</h2>
        {data.missingOffenseTypes.length === 0 ? (
          <p>{tr.t('jurisdiction.allCovered')}</p>
        ) : (
          <p>
            {data.missingOffenseTypes.map((type, index) => (
              <React.Fragment key={type}>
                {index > 0 && ', '}
                <Link to={sitePaths.offense(type)}>{labels.offenseTypes[type]}</Link>
              </React.Fragment>
            ))}
            . {tr.t('jurisdiction.missingNote', { name })}
          </p>
        )}
        {jurisdiction.coverageNotes.length > 0 && (
          <>
            <h2>{tr.t('jurisdiction.notCovered')}</h2>
            <OffenseTypeNotes notes={jurisdiction.coverageNotes} labels={labels} />
          </>
        )}
        {jurisdiction.notes && (
          <>
            <h2>{tr.t('jurisdiction.notes')}</h2>
            <Prose text={jurisdiction.notes} />
          </>
        )}
        {jurisdiction.sources.length > 0 && (
          <>
            <h2>{tr.t('jurisdiction.sources')}</h2>
            <SourcesList sources={jurisdiction.sources} />
          </>
        )}
      </RichTextProvider>
    </PageLayout>
  );
});
