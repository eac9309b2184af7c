import React from 'react';
import Link from '@docusaurus/Link';
import type { OffensePageData } from '../../lib/present/site-data';
import { comparisonRows } from '../../lib/present/comparison-rows';
import { sitePaths } from '../../lib/present/site-paths';
import { PageLayout } from '../components/PageLayout';
import { Prose, RichTextProvider } from '../components/RichText';
import { ComparisonTable } from '../components/ComparisonTable';
import { PenaltyChart } from '../components/PenaltyChart';

/** `/offenses/<type>`: every recorded provision of one offense type, compared, with a penalty chart. */
export default function OffensePage({ data }: { data: OffensePageData }): React.JSX.Element {
  const { offenseType, provisions, labels } = data;
  const label = offenseType.label.en;
  return (
    <PageLayout title={label} description={offenseType.definition.en}>
      <RichTextProvider map={data.rich}>
        <h1>{label}</h1>
        {Object.entries(offenseType.label)
          .filter(([language]) => language !== 'en')
          .map(([language, text]) => (
            <p key={language} className="original-heading" lang={language}>
              {text}
            </p>
          ))}
        <Prose text={offenseType.definition.en} />
        <Prose text={offenseType.scopeNote} />
        {provisions.length === 0 ? (
          <p>No provision of this type is recorded yet.</p>
        ) : (
          <>
            <h2>Provisions compared</h2>
            <p>
              {provisions.length} provision{provisions.length === 1 ? '' : 's'} recorded.{' '}
              {provisions.length <= 4 && provisions.length > 1 && (
                <Link to={sitePaths.compare(provisions.map((provision) => provision.id))}>
                  Open in the compare page
                </Link>
              )}
            </p>
            <ComparisonTable provisions={provisions} rows={comparisonRows(provisions, labels)} />
            <h2>Maximum imprisonment</h2>
            <PenaltyChart bars={data.bars} id={`chart-${offenseType.id}`} />
          </>
        )}
        <h2>Jurisdictions without a recorded provision</h2>
        {data.jurisdictionsWithout.length === 0 ? (
          <p>Every jurisdiction in the atlas has a provision of this type recorded.</p>
        ) : (
          <ul>
            {data.jurisdictionsWithout.map(({ code, note }) => (
              <li key={code}>
                <Link to={sitePaths.jurisdiction(code)}>{labels.jurisdictions[code]}</Link>:{' '}
                {note
                  ? note.text
                  : 'no provision recorded (this may be a gap in the law or in the atlas; see the jurisdiction page).'}
              </li>
            ))}
          </ul>
        )}
      </RichTextProvider>
    </PageLayout>
  );
}
