import React from 'react';
import Link from '@docusaurus/Link';
import type { JurisdictionPageData } from '../../lib/present/site-data';
import { sitePaths } from '../../lib/present/site-paths';
import { enumLabel } from '../../lib/present/enum-labels';
import { PageLayout } from '../components/PageLayout';
import { Prose, RichTextProvider } from '../components/RichText';
import { ProvisionTable } from '../components/ProvisionTable';
import { SourcesList } from '../components/SourcesList';

/** `/jurisdictions/<code>`: a jurisdiction's instruments and provisions, and what is not recorded. */
export default function JurisdictionPage({
  data,
}: {
  data: JurisdictionPageData;
}): React.JSX.Element {
  const { jurisdiction, labels } = data;
  const native = Object.entries(jurisdiction.name).filter(([language]) => language !== 'en');
  return (
    <PageLayout
      title={jurisdiction.name.en}
      description={`Provisions recorded for ${jurisdiction.name.en}.`}
    >
      <RichTextProvider map={data.rich}>
        <h1>{jurisdiction.name.en}</h1>
        {native.map(([language, name]) => (
          <p key={language} className="original-heading" lang={language}>
            {name}
          </p>
        ))}
        <Prose text={jurisdiction.summary?.en} />
        <dl className="facts">
          <dt>Legal portal</dt>
          <dd>
            <a href={jurisdiction.legalPortal.url} rel="noopener noreferrer">
              {jurisdiction.legalPortal.title}
            </a>
          </dd>
          {jurisdiction.officialGazette && (
            <>
              <dt>Official gazette</dt>
              <dd>
                {jurisdiction.officialGazette.url ? (
                  <a href={jurisdiction.officialGazette.url} rel="noopener noreferrer">
                    {jurisdiction.officialGazette.title.en}
                  </a>
                ) : (
                  jurisdiction.officialGazette.title.en
                )}
              </dd>
            </>
          )}
        </dl>
        <h2>Instruments</h2>
        <ul>
          {data.instruments.map((instrument) => (
            <li key={instrument.id}>
              <Link to={sitePaths.instrument(instrument.id)}>{instrument.title.en}</Link> (
              {enumLabel('instrumentKind', instrument.kind)}, {instrument.provisionIds.length}{' '}
              provision{instrument.provisionIds.length === 1 ? '' : 's'})
            </li>
          ))}
        </ul>
        <h2>Provisions</h2>
        <ProvisionTable provisions={data.provisions} labels={labels} />
        <h2>Offense types with no provision recorded</h2>
        {data.missingOffenseTypes.length === 0 ? (
          <p>Every offense type has at least one provision recorded.</p>
        ) : (
          <p>
            {data.missingOffenseTypes.map((type, index) => (
              <React.Fragment key={type}>
                {index > 0 && ', '}
                <Link to={sitePaths.offense(type)}>{labels.offenseTypes[type]}</Link>
              </React.Fragment>
            ))}
            . The atlas holds no provision of these types for {jurisdiction.name.en}; the notes
            below say where the law is known to have none.
          </p>
        )}
        {jurisdiction.coverageNotes.length > 0 && (
          <>
            <h2>What the law does not cover</h2>
            <ul>
              {jurisdiction.coverageNotes.map((note) => (
                <li key={note.offenseType}>
                  <Link to={sitePaths.offense(note.offenseType)}>
                    {labels.offenseTypes[note.offenseType]}
                  </Link>
                  : <Prose text={note.note} inline />
                </li>
              ))}
            </ul>
          </>
        )}
        {jurisdiction.notes && (
          <>
            <h2>Notes on the law and the sources</h2>
            <Prose text={jurisdiction.notes} />
          </>
        )}
        {jurisdiction.sources.length > 0 && (
          <>
            <h2>Sources</h2>
            <SourcesList sources={jurisdiction.sources} />
          </>
        )}
      </RichTextProvider>
    </PageLayout>
  );
}
