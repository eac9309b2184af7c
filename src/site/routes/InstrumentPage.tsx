import React from 'react';
import Link from '@docusaurus/Link';
import type { InstrumentPageData } from '../../lib/present/site-data';
import { sitePaths } from '../../lib/present/site-paths';
import { enumLabel } from '../../lib/present/enum-labels';
import { PageLayout } from '../components/PageLayout';
import { Prose, RichTextProvider } from '../components/RichText';
import { ProvisionTable } from '../components/ProvisionTable';
import { SourcesList } from '../components/SourcesList';
import { VerificationBadge } from '../components/VerificationBadge';

/** `/instruments/<id>`: an act or treaty, its publications and its recorded provisions. */
export default function InstrumentPage({ data }: { data: InstrumentPageData }): React.JSX.Element {
  const { instrument, jurisdiction, labels } = data;
  const originals = Object.entries(instrument.title).filter(([language]) => language !== 'en');
  return (
    <PageLayout
      title={instrument.title.en ?? instrument.id}
      description={`Provisions recorded from ${instrument.title.en}.`}
    >
      <RichTextProvider map={data.rich}>
        <nav className="breadcrumbs-line" aria-label="Breadcrumbs">
          <Link to={sitePaths.jurisdiction(jurisdiction.id)}>{jurisdiction.name.en}</Link>
        </nav>
        <h1>{instrument.title.en}</h1>
        {originals.map(([language, title]) => (
          <p key={language} className="original-heading" lang={language}>
            {title}
          </p>
        ))}
        <p>
          {enumLabel('instrumentKind', instrument.kind)} · English title:{' '}
          {enumLabel('titleSource', instrument.englishTitleSource)} ·{' '}
          <VerificationBadge status={instrument.verification.status} />
        </p>
        <Prose text={instrument.summary?.en} />
        <dl className="facts">
          <dt>Official text</dt>
          <dd>
            <a href={instrument.officialUrl} rel="noopener noreferrer">
              {instrument.officialUrl}
            </a>
          </dd>
          <dt>Adopted</dt>
          <dd>{instrument.adopted ?? 'Not recorded'}</dd>
          <dt>In force since</dt>
          <dd>{instrument.inForceFrom ?? 'Not recorded'}</dd>
        </dl>
        {instrument.publications.length > 0 && (
          <>
            <h2>Publications</h2>
            <ul>
              {instrument.publications.map((publication) => (
                <li key={publication.reference}>
                  <strong>{publication.reference}</strong>
                  {publication.date ? ` (${publication.date})` : ''}
                  <Prose text={publication.note} />
                </li>
              ))}
            </ul>
          </>
        )}
        <h2>Provisions</h2>
        <ProvisionTable provisions={data.provisions} labels={labels} />
        {instrument.notes && (
          <>
            <h2>Notes</h2>
            <Prose text={instrument.notes} />
          </>
        )}
        <h2>Sources and verification</h2>
        <Prose text={instrument.verification.note} />
        <SourcesList sources={instrument.sources} />
      </RichTextProvider>
    </PageLayout>
  );
}
