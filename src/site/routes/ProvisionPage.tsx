import React from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { ProvisionPageData } from '../../lib/present/pages/page-types';
import { withPageData } from '../page-data/withPageData';
import { sitePaths } from '../../lib/present/site-paths';
import { formatCheckedTo, formatEnacted } from '../../lib/present/format-enactment';
import { enumLabel } from '../../lib/present/enum-labels';
import { provisionJsonLd } from '../../lib/present/json-ld';
import { instrumentName } from '../../lib/i18n/pick-localized';
import { textDirection } from '../../lib/i18n/locales';
import { useTranslator } from '../i18n/useTranslator';
import { LocalizedProse } from '../i18n/LocalizedProse';
import { RecordLanguageNote } from '../i18n/RecordLanguageNote';
import { PageLayout } from '../components/PageLayout';
import { Prose, RichTextProvider } from '../components/RichText';
import { ElementsTable } from '../components/ElementsTable';
import { proseInLocale } from '../../lib/present/prose-in-locale';
import { isInternational } from '../../lib/schema/instrument-kinds';
import { ImplementedBy } from '../components/ImplementedBy';
import { ProcedureFacts } from '../components/ProcedureFacts';
import { PenaltyForms } from '../components/PenaltyForms';
import { HistoryTimeline } from '../components/HistoryTimeline';
import { SourcesList } from '../components/SourcesList';
import { VerificationBadge } from '../components/VerificationBadge';
import { TrainingList } from '../training/TrainingList';
import { CiteButton } from '../components/CiteButton';
import { ProvisionLink } from '../components/ProvisionLink';
import { articleLabel } from '../../lib/i18n/article-label';
import { PrintHeader } from '../components/PrintHeader';
import { formatCitations } from '../../lib/present/citation';
import { lawAsOf } from '../../lib/present/law-as-of';

/** `/provisions/<id>`: everything recorded about one provision. */
export default withPageData(function ProvisionPage({
  data,
}: {
  data: ProvisionPageData;
}): React.JSX.Element {
  const { provision, jurisdiction, labels } = data;
  const { instrument } = provision;
  const { siteConfig } = useDocusaurusContext();
  const tr = useTranslator();
  const path = useBaseUrl(sitePaths.provision(provision.id));
  const permalink = `${siteConfig.url}${path}`;
  const article = provision.article
    ? articleLabel(tr, { ...provision, article: provision.article })
    : tr.t('common.articleNotConfirmed');
  // The heading in the reader's language leads where the law has one (Демнење on /mk/); the
  // others, English included, follow as original or translated headings.
  const headingLanguage = provision.title[tr.locale] ? tr.locale : 'en';
  const heading = provision.title[headingLanguage] ?? provision.id;
  // Where English is itself an official language of the text (an EU directive, a UN treaty), the
  // versions in other official languages add nothing a reader of this locale can use.
  const englishIsOfficial = provision.englishTitleSource === 'original-language';
  const originals = Object.entries(provision.title).filter(
    ([language]) =>
      language !== headingLanguage &&
      (!englishIsOfficial || language === tr.locale || language === 'en'),
  );
  const jurisdictionName = labels.jurisdictions[jurisdiction.id] ?? jurisdiction.name.en ?? '';
  const instrumentTitle = instrumentName(instrument, tr.locale);
  const prose = proseInLocale(provision, tr.locale);

  return (
    <PageLayout
      title={`${article} ${heading} — ${instrument.abbreviation ?? instrumentTitle}`}
      description={
        provision.summary[tr.locale] ?? provision.summary.en ?? provision.title.en ?? provision.id
      }
    >
      <Head>
        <link rel="canonical" href={permalink} />
        <script type="application/ld+json">
          {provisionJsonLd(provision, permalink, jurisdiction.name.en ?? jurisdiction.id)}
        </script>
      </Head>
      <PrintHeader
        title={`${article} ${heading} — ${instrumentTitle}`}
        records={[{ id: provision.id, lawAsOf: lawAsOf(provision) }]}
        citation={(accessed) =>
          formatCitations(provision, {
            jurisdictionName: jurisdiction.name.en ?? jurisdiction.id,
            permalink,
            accessed,
          }).plain
        }
      />
      <RichTextProvider map={data.rich}>
        <nav className="breadcrumbs-line" aria-label={tr.t('common.breadcrumbs')}>
          <Link to={sitePaths.jurisdiction(jurisdiction.id)}>{jurisdictionName}</Link> ›{' '}
          <Link to={sitePaths.instrument(instrument.id)}>{instrumentTitle}</Link>
        </nav>
        <header className="provision-header">
          <h1>
            {article}: <span lang={headingLanguage}>{heading}</span>
          </h1>
          {originals.map(([language, heading]) => (
            <p
              key={language}
              className="original-heading"
              lang={language}
              dir={textDirection(language)}
            >
              {provision.articleOriginal && language !== 'en'
                ? `${provision.articleOriginal} `
                : ''}
              {heading}
            </p>
          ))}
          <p className="provision-badges">
            <span className={`badge status--${provision.status}`}>
              {enumLabel(tr, 'status', provision.status)}
            </span>{' '}
            <VerificationBadge status={provision.verification.status} />{' '}
            <span className="title-source">
              {tr.t('provision.englishHeading', {
                source: enumLabel(tr, 'titleSource', provision.englishTitleSource),
              })}
            </span>
          </p>
          <p className="offense-links">
            {provision.offenseTypes.map((type) => (
              <Link key={type} className="badge offense-type" to={sitePaths.offense(type)}>
                {labels.offenseTypes[type] ?? type}
              </Link>
            ))}
          </p>
          <div className="provision-actions">
            <CiteButton
              provision={provision}
              jurisdictionName={jurisdictionName}
              permalink={permalink}
            />
            <a className="button button--secondary" href={permalink}>
              {tr.t('provision.permalink')}
            </a>
          </div>
        </header>
        <RecordLanguageNote translated={prose.complete} />

        <section aria-labelledby="summary">
          <h2 id="summary">{tr.t('provision.summary')}</h2>
          <LocalizedProse text={provision.summary} />
        </section>

        {/* A procedural provision has no offense elements; its power and safeguards follow. */}
        {!provision.procedure && (
          <section aria-labelledby="elements">
            <h2 id="elements">{tr.t('provision.elements')}</h2>
            <ElementsTable elements={provision.elements} texts={prose.texts} />
          </section>
        )}

        {provision.penalties && (
          <section aria-labelledby="penalties">
            <h2 id="penalties">{tr.t('provision.penalties')}</h2>
            <PenaltyForms penalties={provision.penalties} />
          </section>
        )}
        {provision.obligation && (
          <section aria-labelledby="obligation">
            <h2 id="obligation">{tr.t('provision.obligation')}</h2>
            <p>
              <strong>{enumLabel(tr, 'obligation', provision.obligation.kind)}</strong>
              {provision.obligation.minimumMaximumPenaltyMonths !== null &&
                `; ${tr.t('provision.obligationMinimum', { term: tr.duration(provision.obligation.minimumMaximumPenaltyMonths) })}${provision.obligation.penaltyArticle ? ` (${provision.obligation.penaltyArticle})` : ''}`}
            </p>
            <Prose text={provision.obligation.note} />
            {provision.obligation.ancillary && (
              <>
                <h3>{tr.t('provision.ancillary')}</h3>
                <dl className="facts">
                  <dt>{tr.t('provision.aiding')}</dt>
                  <dd>{enumLabel(tr, 'ancillary', provision.obligation.ancillary.aiding)}</dd>
                  <dt>{tr.t('provision.attemptDuty')}</dt>
                  <dd>{enumLabel(tr, 'ancillary', provision.obligation.ancillary.attempt)}</dd>
                  {provision.obligation.ancillary.article && (
                    <>
                      <dt>{tr.t('provision.ancillaryArticle')}</dt>
                      <dd>{provision.obligation.ancillary.article}</dd>
                    </>
                  )}
                  {provision.obligation.ancillary.sanctionsArticle && (
                    <>
                      <dt>{tr.t('provision.sanctionsArticle')}</dt>
                      <dd>{provision.obligation.ancillary.sanctionsArticle}</dd>
                    </>
                  )}
                </dl>
                <Prose text={provision.obligation.ancillary.note} />
              </>
            )}
            {provision.obligation.reservations && (
              <>
                <h3>{tr.t('provision.reservations')}</h3>
                <Prose text={provision.obligation.reservations} />
              </>
            )}
          </section>
        )}

        {provision.procedure && (
          <section aria-labelledby="power">
            <h2 id="power">{tr.t('provision.power')}</h2>
            <ProcedureFacts procedure={provision.procedure} />
          </section>
        )}

        {!provision.procedure && (
          <section aria-labelledby="procedure">
            <h2 id="procedure">{tr.t('provision.procedure')}</h2>
            <dl className="facts">
              <dt>{tr.t('provision.attempt')}</dt>
              <dd>
                {provision.attempt
                  ? `${tr.t(provision.attempt.punishable ? 'provision.punishable' : 'provision.notPunishable')}${provision.attempt.basis ? ` (${provision.attempt.basis})` : ''}`
                  : tr.t('common.notRecorded')}
              </dd>
              <dt>{tr.t('provision.prosecution')}</dt>
              <dd>
                {provision.prosecution
                  ? enumLabel(tr, 'prosecution', provision.prosecution.mode)
                  : tr.t('common.notRecorded')}
                <Prose text={provision.prosecution?.note} />
              </dd>
            </dl>
          </section>
        )}

        <section aria-labelledby="time">
          <h2 id="time">{tr.t('provision.time')}</h2>
          <dl className="facts">
            <dt>{tr.t('provision.adopted')}</dt>
            <dd>
              {provision.enacted
                ? formatEnacted(provision.enacted, tr)
                : tr.t('common.notRecorded')}
            </dd>
            <dt>{tr.t('provision.inForceSince')}</dt>
            <dd>
              {provision.inForceFrom ? tr.date(provision.inForceFrom) : tr.t('common.notRecorded')}
            </dd>
            <dt>{tr.t('provision.checkedTo')}</dt>
            <dd>
              {(provision.checkedTo && formatCheckedTo(provision.checkedTo, tr)) ||
                tr.t('common.notRecorded')}
              <Prose text={provision.checkedTo?.note} />
            </dd>
            {provision.repealed && (
              <>
                <dt>{tr.t('provision.repealed')}</dt>
                <dd>
                  {tr.t('provision.repealedBy', {
                    date: provision.repealed.date
                      ? tr.date(provision.repealed.date)
                      : tr.t('provision.dateNotRecorded'),
                    act: provision.repealed.by,
                  })}
                  <Prose text={provision.repealed.successor} />
                </dd>
              </>
            )}
          </dl>
          <HistoryTimeline provision={provision} />
        </section>

        <section aria-labelledby="links">
          <h2 id="links">{tr.t('provision.links')}</h2>
          {isInternational(provision.instrument.kind) ? (
            <ImplementedBy data={data} />
          ) : (
            <>
              <h3>{tr.t('provision.implements')}</h3>
              {data.standards.length > 0 ? (
                <ul className="link-list">
                  {data.standards.map((standard) => (
                    <li key={standard.id}>
                      <ProvisionLink provision={standard} labels={labels} />
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="not-recorded">{tr.t('provision.noStandard')}</p>
              )}
            </>
          )}
          {data.training.length > 0 && (
            <>
              <h3>{tr.t('provision.training')}</h3>
              <TrainingList items={data.training} labels={labels} />
            </>
          )}
          <h3>{tr.t('provision.comparable')}</h3>
          {data.comparable.length > 0 ? (
            <ul className="link-list">
              {data.comparable.map((other) => (
                <li key={other.id}>
                  <ProvisionLink provision={other} labels={labels} />{' '}
                  <Link className="compare-link" to={sitePaths.compare([provision.id, other.id])}>
                    {tr.t('provision.compareSideBySide')}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="not-recorded">{tr.t('provision.noneYet')}</p>
          )}
          {data.comparableTotal > data.comparable.length && (
            <p>
              {tr.t('provision.moreComparable', { count: data.comparableTotal })}{' '}
              {provision.offenseTypes.map((type, index) => (
                <React.Fragment key={type}>
                  {index > 0 && ' · '}
                  <Link to={sitePaths.offense(type)}>{labels.offenseTypes[type] ?? type}</Link>
                </React.Fragment>
              ))}
            </p>
          )}
        </section>

        {prose.texts.notes && (
          <section aria-labelledby="notes">
            <h2 id="notes">{tr.t('provision.notes')}</h2>
            <Prose text={prose.texts.notes.text} lang={prose.texts.notes.lang} />
          </section>
        )}

        <section aria-labelledby="sources">
          <h2 id="sources">{tr.t('provision.sources')}</h2>
          <p>
            <VerificationBadge status={provision.verification.status} />
          </p>
          <Prose text={provision.verification.note} />
          <SourcesList sources={provision.sources} />
          <p className="record-file">
            {tr.t('provision.recordFile')} <code>{provision.file}</code>
          </p>
        </section>
      </RichTextProvider>
    </PageLayout>
  );
});
