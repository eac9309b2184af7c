import React from 'react';
import Link from '@docusaurus/Link';
import type {
  AnalysisFinding,
  AnalysisPageData,
  AnalysisSection,
  SiteLabels,
} from '../../lib/present/pages/page-types';
import { provisionIdLabel } from '../../lib/present/provision-id-label';
import { findingAnchor, sitePaths } from '../../lib/present/site-paths';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { enumLabel } from '../../lib/present/enum-labels';
import { pickLocalized, pickName } from '../../lib/i18n/pick-localized';
import { shortArticleLabel } from '../../lib/i18n/article-label';
import type { Translator } from '../../lib/i18n/translator';
import { PageLayout } from '../components/PageLayout';
import { Prose, RichTextProvider } from '../components/RichText';
import { PenaltyChart } from '../components/PenaltyChart';
import { OffenseTable } from '../components/OffenseTable';
import { PrintHeader } from '../components/PrintHeader';
import { SourcesList } from '../components/SourcesList';
import { VerificationBadge } from '../components/VerificationBadge';
import { ProvisionTable } from '../components/ProvisionTable';
import { LocalizedProse } from '../i18n/LocalizedProse';
import { useTranslator } from '../i18n/useTranslator';
import { withPageData } from '../page-data/withPageData';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { analysisDocumentFile } from '../../lib/present/pages/page-files';

/** The anchor of a section, stable across locales so citations can point to it. */
const anchor = (...parts: string[]) => findingAnchor(parts.join('-'));

/** A provision cited by a finding: its state, instrument and article, linked. */
function Cited({
  id,
  labels,
  tr,
}: {
  id: string;
  labels: SiteLabels;
  tr: Translator;
}): React.JSX.Element {
  return <Link to={sitePaths.provision(id)}>{provisionIdLabel(id, labels, tr)}</Link>;
}

/** A term of the citations list and the provisions it names; nothing when there are none. */
function CitedList({
  title,
  ids,
  labels,
}: {
  title: string;
  ids: readonly string[];
  labels: SiteLabels;
}): React.JSX.Element | null {
  const tr = useTranslator();
  if (ids.length === 0) return null;
  return (
    <>
      <dt>{title}</dt>
      <dd>
        <ul>
          {ids.map((id) => (
            <li key={id}>
              <Cited id={id} labels={labels} tr={tr} />
            </li>
          ))}
        </ul>
      </dd>
    </>
  );
}

function Finding({
  finding,
  number,
  labels,
}: {
  finding: AnalysisFinding;
  number: string;
  labels: SiteLabels;
}): React.JSX.Element {
  const tr = useTranslator();
  const { standard } = finding;
  const id = findingAnchor(finding.id);
  // Standard pages link here; the build checks those links against the anchors it was told of.
  useBrokenLinks().collectAnchor(id);
  const picked = pickLocalized(finding.reasoning, tr.locale);
  const translated = picked && !picked.fallback && finding.writtenFrom[picked.language] === 'en';
  return (
    <section
      className={`analysis-finding assessment-${finding.assessment}`}
      id={id}
      aria-labelledby={`${id}-title`}
    >
      <h4 id={`${id}-title`}>
        {number} {standard.instrumentTitle} {shortArticleLabel(tr, standard)}
        {': '}
        {pickName(standard.title, tr.locale)}
      </h4>
      <p className="analysis-assessment">
        <strong>{enumLabel(tr, 'assessment', finding.assessment)}</strong>{' '}
        <VerificationBadge status={finding.verification.status} />
      </p>
      <LocalizedProse text={finding.reasoning} />
      {finding.partner && (
        <p className="analysis-partner">
          <Link to={sitePaths.provision(finding.obligation)}>
            {tr.t('analysis.partner', {
              jurisdiction:
                labels.jurisdictions[finding.partner.jurisdiction] ?? finding.partner.jurisdiction,
              assessment: enumLabel(tr, 'assessment', finding.partner.assessment),
            })}
          </Link>
        </p>
      )}
      {translated && <p className="content-note">{tr.t('analysis.writtenFrom')}</p>}
      <dl className="analysis-citations">
        <dt>{tr.t('analysis.obligation')}</dt>
        <dd>
          <Cited id={finding.obligation} labels={labels} tr={tr} />
        </dd>
        <CitedList title={tr.t('analysis.restsOn')} ids={finding.restsOn} labels={labels} />
        <CitedList
          title={tr.t('analysis.comparedWith')}
          ids={finding.comparedWith}
          labels={labels}
        />
      </dl>
      <Prose text={finding.notes} />
      <details className="analysis-sources">
        <summary>{tr.t('analysis.sources')}</summary>
        <SourcesList sources={finding.sources} />
        <Prose text={finding.verification.note} />
      </details>
    </section>
  );
}

function Section({
  part,
  number,
  labels,
}: {
  part: AnalysisSection;
  number: number;
  labels: SiteLabels;
}): React.JSX.Element {
  const tr = useTranslator();
  const id = anchor('section', part.offenseType);
  const title = labels.offenseTypes[part.offenseType] ?? part.offenseType;
  return (
    <section className="analysis-section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {number}. {title}
      </h2>
      <h3>
        {number}.1 {tr.t('analysis.covers')}
      </h3>
      <OffenseTable rows={part.rows} labels={labels} tr={tr} />
      {part.bars.length > 0 && (
        <>
          <h3>
            {number}.2 {tr.t('analysis.penalties')}
          </h3>
          <PenaltyChart bars={part.bars} id={`chart-${part.offenseType}`} />
        </>
      )}
      <h3>
        {number}.3 {tr.t('analysis.findings')}
      </h3>
      {part.findings.map((finding, index) => (
        <Finding
          key={finding.id}
          finding={finding}
          number={`${number}.3.${index + 1}`}
          labels={labels}
        />
      ))}
      {part.options.length > 0 && (
        <>
          <h3>
            {number}.4 {tr.t('analysis.options')}
          </h3>
          <p>{tr.t('analysis.optionsIntro')}</p>
          <ProvisionTable provisions={part.options} labels={labels} />
          {part.optionsTotal > part.options.length && (
            <p>
              <Link to={sitePaths.offense(part.offenseType)}>
                {tr.t('analysis.optionsMore', {
                  count: part.optionsTotal - part.options.length,
                })}
              </Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}

/**
 * `/analysis`: the comparative report on North Macedonia, numbered for citation: per offense
 * type, what each law covers, the penalties, the findings with their reasoning and sources, and
 * options from other jurisdictions where there is a gap. It prints as an A4 document.
 */
export default withPageData(function AnalysisPage({
  data,
}: {
  data: AnalysisPageData;
}): React.JSX.Element {
  const tr = useTranslator();
  const name = pickName(data.jurisdiction.name, tr.locale);
  const heading = tr.t('analysis.heading', { jurisdiction: name });
  const records = data.sections.flatMap((part) => part.rows);
  const documentUrl = useBaseUrl(`/${analysisDocumentFile(tr.locale)}`);
  return (
    <PageLayout title={tr.t('analysis.title')} description={tr.t('analysis.description')}>
      <PrintHeader title={heading} records={records} />
      <RichTextProvider map={data.rich}>
        <article className="analysis-report">
          <h1>{heading}</h1>
          <p>{tr.t('analysis.intro')}</p>
          {data.dataAsOf && (
            <p className="analysis-as-of">
              {tr.t('analysis.asOf', { date: tr.date(data.dataAsOf) })}
            </p>
          )}
          <p className="analysis-counts">
            {tr.t('analysis.counts', {
              meets: tr.number(data.counts.meets),
              partly: tr.number(data.counts.partly),
              doesNot: tr.number(data.counts['does-not']),
              unclear: tr.number(data.counts.unclear),
            })}
          </p>
          <p className="no-print">
            <button
              type="button"
              className="button button--secondary button--sm"
              onClick={() => window.print()}
            >
              {tr.t('analysis.print')}
            </button>{' '}
            <a className="button button--secondary button--sm" href={documentUrl} download>
              {tr.t('analysis.download')}
            </a>
          </p>
          <nav className="analysis-contents" aria-labelledby="analysis-contents-title">
            <h2 id="analysis-contents-title">{tr.t('analysis.contents')}</h2>
            <ol>
              {data.sections.map((part) => (
                <li key={part.offenseType}>
                  <a href={`#${anchor('section', part.offenseType)}`}>
                    {data.labels.offenseTypes[part.offenseType] ?? part.offenseType}
                  </a>
                </li>
              ))}
            </ol>
          </nav>
          {data.sections.map((part, index) => (
            <Section key={part.offenseType} part={part} number={index + 1} labels={data.labels} />
          ))}
        </article>
      </RichTextProvider>
    </PageLayout>
  );
});
