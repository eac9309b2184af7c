import React from 'react';
import Link from '@docusaurus/Link';
import type { OffensePageData } from '../../lib/present/site-data';
import { comparisonRows } from '../../lib/present/comparison-rows';
import { sitePaths } from '../../lib/present/site-paths';
import { PageLayout } from '../components/PageLayout';
import { Prose, RichTextProvider } from '../components/RichText';
import { ComparisonTable } from '../components/ComparisonTable';
import { PenaltyChart } from '../components/PenaltyChart';
import { pickName } from '../../lib/i18n/pick-localized';
import { textDirection } from '../../lib/i18n/locales';
import { useTranslator } from '../i18n/useTranslator';
import { LocalizedProse } from '../i18n/LocalizedProse';
import { RecordLanguageNote } from '../i18n/RecordLanguageNote';
import { findingLabel } from '../../lib/present/enum-labels';
import { DownloadResults } from '../download/DownloadResults';
import { PrintHeader } from '../components/PrintHeader';

/** `/offenses/<type>`: every recorded provision of one offense type, compared, with a penalty chart. */
export default function OffensePage({ data }: { data: OffensePageData }): React.JSX.Element {
  const { offenseType, provisions, labels } = data;
  const tr = useTranslator();
  const label = pickName(offenseType.label, tr.locale);
  return (
    <PageLayout
      title={label}
      description={offenseType.definition[tr.locale] ?? offenseType.definition.en}
    >
      <PrintHeader title={label} records={provisions} />
      <RichTextProvider map={data.rich}>
        <h1>{label}</h1>
        {Object.entries(offenseType.label)
          .filter(([language]) => language !== tr.locale)
          .map(([language, text]) => (
            <p
              key={language}
              className="original-heading"
              lang={language}
              dir={textDirection(language)}
            >
              {text}
            </p>
          ))}
        <LocalizedProse text={offenseType.definition} />
        <Prose text={offenseType.scopeNote} />
        <RecordLanguageNote />
        {provisions.length === 0 ? (
          <p>{tr.t('offense.none')}</p>
        ) : (
          <>
            <h2>{tr.t('offense.compared')}</h2>
            <p>
              {tr.t('offense.count', { count: provisions.length })}{' '}
              {provisions.length <= 4 && provisions.length > 1 && (
                <Link to={sitePaths.compare(provisions.map((provision) => provision.id))}>
                  {tr.t('offense.openCompare')}
                </Link>
              )}
            </p>
            <p>
              <DownloadResults
                count={provisions.length}
                ids={() => Promise.resolve(provisions.map((provision) => provision.id))}
                labels={labels}
                fileName={`law-atlas-${offenseType.id}.csv`}
              />
            </p>
            <ComparisonTable
              provisions={provisions}
              rows={comparisonRows(provisions, labels, tr)}
            />
            <h2>{tr.t('offense.maxImprisonment')}</h2>
            <PenaltyChart bars={data.bars} id={`chart-${offenseType.id}`} />
          </>
        )}
        <h2>{tr.t('offense.without')}</h2>
        {data.jurisdictionsWithout.length === 0 ? (
          <p>{tr.t('offense.allHave')}</p>
        ) : (
          <ul>
            {data.jurisdictionsWithout.map(({ code, note }) => (
              <li key={code}>
                <Link to={sitePaths.jurisdiction(code)}>{labels.jurisdictions[code]}</Link>:{' '}
                {note ? (
                  <>
                    <strong>{findingLabel(tr, note.finding)}.</strong>{' '}
                    <Prose text={note.text} inline />
                  </>
                ) : (
                  tr.t('offense.noProvisionNote')
                )}
              </li>
            ))}
          </ul>
        )}
      </RichTextProvider>
    </PageLayout>
  );
}
