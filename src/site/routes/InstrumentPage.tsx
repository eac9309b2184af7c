import React from 'react';
import Link from '@docusaurus/Link';
import type { InstrumentPageData } from '../../lib/present/pages/page-types';
import { sitePaths } from '../../lib/present/site-paths';
import { formatEnacted } from '../../lib/present/format-enactment';
import { enumLabel } from '../../lib/present/enum-labels';
import { PageLayout } from '../components/PageLayout';
import { Prose, RichTextProvider } from '../components/RichText';
import { ProvisionTable } from '../components/ProvisionTable';
import { SourcesList } from '../components/SourcesList';
import { VerificationBadge } from '../components/VerificationBadge';
import { pickName } from '../../lib/i18n/pick-localized';
import { textDirection } from '../../lib/i18n/locales';
import { useTranslator } from '../i18n/useTranslator';
import { LocalizedProse } from '../i18n/LocalizedProse';
import { TreatyTable } from '../components/TreatyTable';
import { isInternational } from '../../lib/schema/instrument-kinds';
import { withPageData } from '../page-data/withPageData';

/** `/instruments/<id>`: an act or treaty, its publications and its recorded provisions. */
export default withPageData(function InstrumentPage({
  data,
}: {
  data: InstrumentPageData;
}): React.JSX.Element {
  const { instrument, jurisdiction, labels } = data;
  const tr = useTranslator();
  // Where the law has no official title in the reader's language, the project's translation
  // leads, marked as such; the official titles follow.
  const translated = instrument.title[tr.locale]
    ? undefined
    : instrument.translatedTitle[tr.locale];
  const title = translated ?? pickName(instrument.title, tr.locale);
  const originals = Object.entries(instrument.title).filter(([, text]) => text !== title);
  return (
    <PageLayout title={title} description={tr.t('instrument.description', { title })}>
      <RichTextProvider map={data.rich}>
        <nav className="breadcrumbs-line" aria-label={tr.t('common.breadcrumbs')}>
          <Link to={sitePaths.jurisdiction(jurisdiction.id)}>
            {labels.jurisdictions[jurisdiction.id] ?? jurisdiction.name.en}
          </Link>
        </nav>
        <h1>{title}</h1>
        {translated && <p className="content-note">{tr.t('content.projectWritten')}</p>}
        {originals.map(([language, title]) => (
          <p
            key={language}
            className="original-heading"
            lang={language}
            dir={textDirection(language)}
          >
            {title}
          </p>
        ))}
        <p>
          {enumLabel(tr, 'instrumentKind', instrument.kind)} ·{' '}
          {tr.t('instrument.englishTitle', {
            source: enumLabel(tr, 'titleSource', instrument.englishTitleSource),
          })}{' '}
          · <VerificationBadge status={instrument.verification.status} />
        </p>
        <LocalizedProse text={instrument.summary} />
        <dl className="facts">
          <dt>{tr.t('instrument.officialText')}</dt>
          <dd>
            <a href={instrument.officialUrl} rel="noopener noreferrer">
              {instrument.officialUrl}
            </a>
          </dd>
          <dt>{tr.t('provision.adopted')}</dt>
          <dd>
            {instrument.enacted
              ? formatEnacted(instrument.enacted, tr)
              : tr.t('common.notRecorded')}
          </dd>
          <dt>{tr.t('provision.inForceSince')}</dt>
          <dd>
            {instrument.inForceFrom ? tr.date(instrument.inForceFrom) : tr.t('common.notRecorded')}
          </dd>
        </dl>
        {instrument.publications.length > 0 && (
          <>
            <h2>{tr.t('instrument.publications')}</h2>
            <ul>
              {instrument.publications.map((publication) => (
                <li key={publication.reference}>
                  <strong>{publication.reference}</strong>
                  {publication.date ? ` (${tr.date(publication.date)})` : ''}
                  <Prose text={publication.note} />
                </li>
              ))}
            </ul>
          </>
        )}
        {isInternational(instrument.kind) && (
          <>
            <h2>{tr.t('treaty.parties')}</h2>
            <TreatyTable
              heading={tr.t('table.jurisdiction')}
              rows={instrument.parties.map((party) => ({
                key: party.jurisdiction,
                label: labels.jurisdictions[party.jurisdiction] ?? party.jurisdiction,
                to: sitePaths.jurisdiction(party.jurisdiction),
                party,
              }))}
            />
          </>
        )}
        <h2>{tr.t('jurisdiction.provisions')}</h2>
        <ProvisionTable provisions={data.provisions} labels={labels} />
        {instrument.notes && (
          <>
            <h2>{tr.t('provision.notes')}</h2>
            <Prose text={instrument.notes} />
          </>
        )}
        <h2>{tr.t('provision.sources')}</h2>
        <Prose text={instrument.verification.note} />
        <SourcesList sources={instrument.sources} />
      </RichTextProvider>
    </PageLayout>
  );
});
