import React from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { ProvisionPageData } from '../../lib/present/site-data';
import { sitePaths } from '../../lib/present/site-paths';
import { enumLabel } from '../../lib/present/enum-labels';
import { provisionJsonLd } from '../../lib/present/json-ld';
import { monthsToDuration } from '../../lib/normalize/duration';
import { PageLayout } from '../components/PageLayout';
import { Prose, RichTextProvider } from '../components/RichText';
import { ElementsTable } from '../components/ElementsTable';
import { PenaltyForms } from '../components/PenaltyForms';
import { HistoryTimeline } from '../components/HistoryTimeline';
import { SourcesList } from '../components/SourcesList';
import { VerificationBadge } from '../components/VerificationBadge';
import { CiteButton } from '../components/CiteButton';
import { ProvisionLink } from '../components/ProvisionLink';

/** `/provisions/<id>`: everything recorded about one provision. */
export default function ProvisionPage({ data }: { data: ProvisionPageData }): React.JSX.Element {
  const { provision, jurisdiction, instrument, labels } = data;
  const { siteConfig } = useDocusaurusContext();
  const path = useBaseUrl(sitePaths.provision(provision.id));
  const permalink = `${siteConfig.url}${path}`;
  const article = provision.article ? `Art. ${provision.article}` : 'Article not confirmed';
  const originals = Object.entries(provision.title).filter(([language]) => language !== 'en');
  const jurisdictionName = jurisdiction.name.en;

  return (
    <PageLayout
      title={`${article} ${provision.title.en} — ${instrument.abbreviation ?? instrument.title.en}`}
      description={provision.summary.en ?? provision.title.en ?? provision.id}
    >
      <Head>
        <link rel="canonical" href={permalink} />
        <script type="application/ld+json">
          {provisionJsonLd(provision, permalink, jurisdictionName)}
        </script>
      </Head>
      <RichTextProvider map={data.rich}>
        <nav className="breadcrumbs-line" aria-label="Breadcrumbs">
          <Link to={sitePaths.jurisdiction(jurisdiction.id)}>{jurisdictionName}</Link> ›{' '}
          <Link to={sitePaths.instrument(instrument.id)}>{instrument.title.en}</Link>
        </nav>
        <header className="provision-header">
          <h1>
            {article}: {provision.title.en}
          </h1>
          {originals.map(([language, heading]) => (
            <p key={language} className="original-heading" lang={language}>
              {provision.articleOriginal ? `${provision.articleOriginal} ` : ''}
              {heading}
            </p>
          ))}
          <p className="provision-badges">
            <span className={`badge status--${provision.status}`}>
              {enumLabel('status', provision.status)}
            </span>{' '}
            <VerificationBadge status={provision.verification.status} />{' '}
            <span className="title-source">
              English heading: {enumLabel('titleSource', provision.englishTitleSource)}
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
              Permalink
            </a>
          </div>
        </header>

        <section aria-labelledby="summary">
          <h2 id="summary">Summary</h2>
          <Prose text={provision.summary.en} />
        </section>

        <section aria-labelledby="elements">
          <h2 id="elements">Elements</h2>
          <ElementsTable elements={provision.elements} />
        </section>

        {provision.penalties && (
          <section aria-labelledby="penalties">
            <h2 id="penalties">Penalties</h2>
            <PenaltyForms penalties={provision.penalties} />
          </section>
        )}
        {provision.obligation && (
          <section aria-labelledby="obligation">
            <h2 id="obligation">Obligation on states</h2>
            <p>
              <strong>{enumLabel('obligation', provision.obligation.kind)}</strong>
              {provision.obligation.minimumMaximumPenaltyMonths !== null &&
                `; maximum penalty of at least ${monthsToDuration(provision.obligation.minimumMaximumPenaltyMonths)}'s imprisonment${provision.obligation.penaltyArticle ? ` (${provision.obligation.penaltyArticle})` : ''}`}
            </p>
            <Prose text={provision.obligation.note} />
            {provision.obligation.reservations && (
              <>
                <h3>Reservations and options</h3>
                <Prose text={provision.obligation.reservations} />
              </>
            )}
          </section>
        )}

        <section aria-labelledby="procedure">
          <h2 id="procedure">Attempt and prosecution</h2>
          <dl className="facts">
            <dt>Attempt</dt>
            <dd>
              {provision.attempt
                ? `${provision.attempt.punishable ? 'Punishable' : 'Not punishable'}${provision.attempt.basis ? ` (${provision.attempt.basis})` : ''}`
                : 'Not recorded'}
            </dd>
            <dt>Prosecution</dt>
            <dd>
              {provision.prosecution
                ? enumLabel('prosecution', provision.prosecution.mode)
                : 'Not recorded'}
              <Prose text={provision.prosecution?.note} />
            </dd>
          </dl>
        </section>

        <section aria-labelledby="time">
          <h2 id="time">In force and amendments</h2>
          <dl className="facts">
            <dt>Adopted</dt>
            <dd>{provision.adopted ?? 'Not recorded'}</dd>
            <dt>In force since</dt>
            <dd>{provision.inForceFrom ?? 'Not recorded'}</dd>
            {provision.repealed && (
              <>
                <dt>Repealed</dt>
                <dd>
                  {provision.repealed.date ?? 'Date not recorded'}, by {provision.repealed.by}
                  <Prose text={provision.repealed.successor} />
                </dd>
              </>
            )}
          </dl>
          <HistoryTimeline provision={provision} />
        </section>

        <section aria-labelledby="links">
          <h2 id="links">Standards and comparable provisions</h2>
          <h3>Implements</h3>
          {data.standards.length > 0 ? (
            <ul>
              {data.standards.map((standard) => (
                <li key={standard.id}>
                  <ProvisionLink provision={standard} labels={labels} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="not-recorded">No international standard mapped.</p>
          )}
          <h3>Comparable provisions elsewhere</h3>
          {data.comparable.length > 0 ? (
            <ul>
              {data.comparable.map((other) => (
                <li key={other.id}>
                  <ProvisionLink provision={other} labels={labels} />{' '}
                  <Link className="compare-link" to={sitePaths.compare([provision.id, other.id])}>
                    Compare side by side
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="not-recorded">None recorded yet.</p>
          )}
        </section>

        {provision.notes && (
          <section aria-labelledby="notes">
            <h2 id="notes">Notes</h2>
            <Prose text={provision.notes} />
          </section>
        )}

        <section aria-labelledby="sources">
          <h2 id="sources">Sources and verification</h2>
          <p>
            <VerificationBadge status={provision.verification.status} />
          </p>
          <Prose text={provision.verification.note} />
          <SourcesList sources={provision.sources} />
          <p className="record-file">
            Record file: <code>{provision.file}</code>
          </p>
        </section>
      </RichTextProvider>
    </PageLayout>
  );
}
