import { compareCodePoints } from '../../grammar/code-point-order.js';
import type { CompiledFinding, CompiledProvision } from '../../schema/compiled.js';
import { ASSESSMENTS } from '../../schema/finding.js';
import { focusRank } from '../coverage.js';
import { penaltyBars } from '../penalty-chart.js';
import { buildRichTextMap } from '../rich-text-map.js';
import { labelsFor } from './labels.js';
import { barLabel, offenseRow } from './offense-page.js';
import type { PageContext } from './page-context.js';
import type { AnalysisFinding, AnalysisPageData, AnalysisSection } from './page-types.js';
import { mentionsOf, summarize } from './summaries.js';

/** The jurisdiction the report analyses. */
export const ANALYSIS_JURISDICTION = 'mk';
/** How many other jurisdictions' provisions a section names as options where there is a gap. */
export const OPTIONS_SHOWN = 4;

/**
 * `/analysis`: the comparative report on North Macedonia, one section per offense type it has
 * findings for, in the vocabulary's order. Everything is derived from the records: the facts of
 * each provision, the penalty bars, the findings and, where a finding is not `meets`, the first
 * provisions of other jurisdictions of the type as options. Its size grows with North Macedonia's
 * findings, not with the corpus.
 */
export function analysisPage(context: PageContext): Omit<AnalysisPageData, 'formats'> {
  const { lookup, labels } = context;
  const findings = lookup.corpus.findings.filter(
    (finding) => finding.jurisdiction === ANALYSIS_JURISDICTION,
  );
  const sections = lookup.corpus.offenseTypes.flatMap(({ id }) => {
    const ofType = findings.filter((finding) => finding.offenseType === id);
    return ofType.length > 0 ? [section(id, ofType, context)] : [];
  });
  const counts = Object.fromEntries(
    ASSESSMENTS.map((assessment) => [
      assessment,
      findings.filter((finding) => finding.assessment === assessment).length,
    ]),
  ) as AnalysisPageData['counts'];
  const dates = [
    ...findings.flatMap((finding) => finding.sources.map((source) => source.retrieved)),
    ...sections.flatMap((part) => part.rows.flatMap((row) => (row.lawAsOf ? [row.lawAsOf] : []))),
  ].sort(compareCodePoints);
  const summaries = sections.flatMap((part) => [
    ...part.rows,
    ...part.options,
    ...part.findings.map((finding) => finding.standard),
  ]);
  const mentioned = mentionsOf(summaries);
  // A corpus without the jurisdiction (a test corpus, a fork) still gets a report, an empty one.
  const jurisdiction = lookup.corpus.jurisdictions.find(
    (item) => item.id === ANALYSIS_JURISDICTION,
  );
  return {
    jurisdiction: {
      id: ANALYSIS_JURISDICTION,
      name: jurisdiction?.name ?? { en: ANALYSIS_JURISDICTION },
    },
    dataAsOf: dates.at(-1) ?? null,
    counts,
    sections,
    labels: labelsFor(labels, {
      ...mentioned,
      jurisdictions: [...mentioned.jurisdictions, PARTNER_JURISDICTION],
    }),
    rich: buildRichTextMap(
      findings.flatMap((finding) => [
        ...(finding.notes ? [finding.notes] : []),
        finding.verification.note,
        ...finding.sources.flatMap((source) => (source.supports ? [source.supports] : [])),
      ]),
    ),
  };
}

function section(
  offenseType: string,
  findings: readonly CompiledFinding[],
  { lookup, labels, locale }: PageContext,
): AnalysisSection {
  const ids = [
    ...new Set(findings.flatMap((finding) => [...finding.restsOn, ...finding.comparedWith])),
  ];
  const provisions = ids.map((id) => lookup.provision(id));
  const hasGap = findings.some((finding) => finding.assessment !== 'meets');
  const others = hasGap ? optionsFor(offenseType, new Set(ids), lookup.ofOffenseType) : [];
  return {
    offenseType,
    rows: provisions.map((provision) => offenseRow(provision, locale)),
    bars: penaltyBars(provisions, (provision) => barLabel(provision, labels)),
    // Council of Europe standards first, then the EU's and the UN's: the order of their ids.
    findings: [...findings]
      .sort((a, b) => compareCodePoints(a.obligation, b.obligation))
      .map((finding) => ({
        ...withoutFile(finding),
        // The page shows the reasoning in its language, else English: it carries no other.
        reasoning: Object.fromEntries(
          Object.entries(finding.reasoning).filter(([language]) =>
            [locale, 'en'].includes(language),
          ),
        ),
        standard: summarize(lookup.provision(finding.obligation), locale),
        partner: partnerOn(finding.obligation, lookup.findingsOn),
      })),
    options: others.slice(0, OPTIONS_SHOWN).map((provision) => summarize(provision, locale)),
    optionsTotal: others.length,
  };
}

/** The partner country whose finding on the same obligation the report shows beside each. */
export const PARTNER_JURISDICTION = 'kr';

function partnerOn(
  obligation: string,
  findingsOn: (id: string) => readonly CompiledFinding[],
): AnalysisFinding['partner'] {
  const found = findingsOn(obligation).find((item) => item.jurisdiction === PARTNER_JURISDICTION);
  return found ? { jurisdiction: found.jurisdiction, assessment: found.assessment } : null;
}

/** The finding without its repository path, which the page does not show. */
function withoutFile(finding: CompiledFinding): Omit<CompiledFinding, 'file'> {
  const copy: Partial<CompiledFinding> = { ...finding };
  delete copy.file;
  return copy as Omit<CompiledFinding, 'file'>;
}

/** National provisions of the type outside the analysed jurisdiction, Korea first. */
function optionsFor(
  offenseType: string,
  shown: ReadonlySet<string>,
  ofOffenseType: (type: string) => readonly CompiledProvision[],
): CompiledProvision[] {
  const rank = (provision: CompiledProvision) => focusRank(provision.jurisdiction);
  return ofOffenseType(offenseType)
    .filter(
      (provision) =>
        provision.jurisdiction !== ANALYSIS_JURISDICTION &&
        provision.penalties !== null &&
        !shown.has(provision.id),
    )
    .sort((a, b) => rank(a) - rank(b) || compareCodePoints(a.id, b.id));
}
