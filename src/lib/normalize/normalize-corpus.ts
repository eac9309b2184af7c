import {
  guidanceParts,
  instrumentIdOf,
  jurisdictionIdOf,
  serviceAreaOf,
} from '../grammar/record-id.js';
import type { CorpusIndex } from '../resolve/corpus-index.js';
import type {
  CompiledCorpus,
  CompiledCase,
  CompiledFinding,
  CompiledGuidance,
  CompiledGuide,
  CompiledInstrument,
  CompiledJurisdiction,
  CompiledProvision,
  CompiledService,
  CompiledSource,
} from '../schema/compiled.js';
import type { Instrument } from '../schema/instrument.js';
import type { Provision } from '../schema/provision.js';
import type { ValidatedCorpus } from '../validate/validated-corpus.js';
import { compareCodePoints } from '../grammar/code-point-order.js';
import { durationToMonths } from '../grammar/duration.js';
import { toUri } from '../grammar/http-url.js';
import type { Source } from '../schema/source.js';
import type { Penalty } from '../schema/penalty.js';
import type { Enacted } from '../schema/common.js';
import { normalizePenalty, provisionMaximum } from './normalize-penalty.js';
import type { Jurisdiction } from '../schema/jurisdiction.js';
import type { Finding } from '../schema/finding.js';
import type { Guide } from '../schema/guide.js';
import type { CaseStudy } from '../schema/case-study.js';
import type { Service } from '../schema/service.js';
import type { Guidance } from '../schema/guidance.js';

/** Orders by id with plain code-point comparison, so output never depends on the machine's locale. */
export function byId<T extends { id: string }>(a: T, b: T): number {
  return compareCodePoints(a.id, b.id);
}

/**
 * Turns a resolved corpus into the compiled data: penalties in months, absent values as null,
 * every list sorted by id. Call only when no stage reported an error.
 */
export function normalizeCorpus(corpus: ValidatedCorpus, index: CorpusIndex): CompiledCorpus {
  const provisions = corpus.provisions
    .map(({ source, data }) => {
      const instrument = index.instruments.get(instrumentIdOf(data.id));
      if (!instrument) throw new Error(`unresolved instrument of ${data.id}`);
      const jurisdiction = index.jurisdictions.get(jurisdictionIdOf(data.id))?.data;
      return normalizeProvisionOnce(data, instrument.data, jurisdiction, source.file);
    })
    .sort(byId);
  // Grouped once: filtering every provision per instrument is quadratic at ten thousand records.
  const provisionIdsByInstrument = new Map<string, string[]>();
  for (const provision of provisions) {
    const ids = provisionIdsByInstrument.get(provision.instrument.id) ?? [];
    ids.push(provision.id);
    provisionIdsByInstrument.set(provision.instrument.id, ids);
  }
  const instruments = corpus.instruments
    .map(({ data }) => normalizeInstrument(data, provisionIdsByInstrument.get(data.id) ?? []))
    .sort(byId);
  const jurisdictions: CompiledJurisdiction[] = corpus.jurisdictions
    .map(({ data }) => ({
      ...data,
      legalPortal: { ...data.legalPortal, url: toUri(data.legalPortal.url) },
      officialGazette: data.officialGazette && {
        ...data.officialGazette,
        url: data.officialGazette.url === undefined ? undefined : toUri(data.officialGazette.url),
      },
      sources: data.sources.map(normalizeSource),
      instrumentIds: instruments
        .filter((item) => item.jurisdiction === data.id)
        .map((item) => item.id),
    }))
    .sort(byId);
  const offenseTypes = corpus.vocabulary.flatMap((file) => file.data.offenseTypes).sort(byId);
  const findings = corpus.findings
    .map(({ source, data }) => normalizeFinding(data, source.file))
    .sort(byId);
  const guides = corpus.guides
    .map(({ source, data }) => normalizeGuide(data, source.file))
    .sort(byId);
  const cases = corpus.cases.map(({ source, data }) => normalizeCase(data, source.file)).sort(byId);
  const services = corpus.services
    .map(({ source, data }) => normalizeService(data, source.file))
    .sort(byId);
  return {
    offenseTypes,
    jurisdictions,
    instruments,
    provisions,
    findings,
    guides,
    cases,
    services,
    guidance: corpus.guidance
      .map(({ source, data }) => normalizeGuidance(data, source.file))
      .sort(byId),
  };
}

function normalizeFinding(finding: Finding, file: string): CompiledFinding {
  return {
    ...finding,
    reasoning: { ...finding.reasoning },
    writtenFrom: { ...finding.writtenFrom },
    notes: finding.notes ?? null,
    sources: finding.sources.map(normalizeSource),
    file,
  };
}

function normalizeGuide(guide: Guide, file: string): CompiledGuide {
  return {
    ...guide,
    sections: guide.sections.map((section) => ({
      ...section,
      elements: section.elements.map((element) => ({
        ...element,
        evidence: element.evidence.map((item) => ({ ...item, note: item.note ?? null })),
      })),
    })),
    crossBorder: guide.crossBorder ?? null,
    notes: guide.notes ?? null,
    sources: guide.sources.map(normalizeSource),
    file,
  };
}

function normalizeCase(study: CaseStudy, file: string): CompiledCase {
  return {
    ...study,
    charges: study.charges.map((charge) => ({ ...charge, note: charge.note ?? null })),
    outcome: study.outcome ?? null,
    notes: study.notes ?? null,
    sources: study.sources.map(normalizeSource),
    file,
  };
}

function normalizeService(service: Service, file: string): CompiledService {
  return {
    ...service,
    area: serviceAreaOf(service.id),
    operator: service.operator ?? null,
    contacts: service.contacts.map((contact) => ({ ...contact, note: contact.note ?? null })),
    hours: service.hours ?? null,
    notes: service.notes ?? null,
    sources: service.sources.map(normalizeSource),
    file,
  };
}

function normalizeGuidance(page: Guidance, file: string): CompiledGuidance {
  const { country, situation } = guidanceParts(page.id);
  return {
    ...page,
    country: country as CompiledGuidance['country'],
    situation,
    childImages: page.childImages ?? null,
    removal: page.removal ?? null,
    notes: page.notes ?? null,
    sources: page.sources.map(normalizeSource),
    file,
  };
}

const normalizedBefore = new WeakMap<
  Provision,
  {
    instrument: Instrument;
    jurisdiction: Jurisdiction | undefined;
    file: string;
    compiled: CompiledProvision;
  }
>();

/**
 * `normalizeProvision`, reused while the provision, its instrument and its jurisdiction are the
 * same objects as last time: with the load cache, an edit to one record re-normalizes that record
 * (or every provision of an edited instrument or jurisdiction) and no other.
 */
function normalizeProvisionOnce(
  data: Provision,
  instrument: Instrument,
  jurisdiction: Jurisdiction | undefined,
  file: string,
): CompiledProvision {
  const before = normalizedBefore.get(data);
  if (
    before &&
    before.instrument === instrument &&
    before.jurisdiction === jurisdiction &&
    before.file === file
  )
    return before.compiled;
  const compiled = normalizeProvision(data, instrument, jurisdiction, file);
  normalizedBefore.set(data, { instrument, jurisdiction, file, compiled });
  return compiled;
}

function normalizeProvision(
  data: Provision,
  instrument: Instrument,
  jurisdiction: Jurisdiction | undefined,
  file: string,
): CompiledProvision {
  const ceiling = jurisdiction?.generalMaximum
    ? durationToMonths(jurisdiction.generalMaximum.imprisonment)
    : null;
  const normalize = (penalty: Penalty) => normalizePenalty(penalty, ceiling);
  const basic = data.penalties ? normalize(data.penalties.basic) : null;
  const aggravated = (data.penalties?.aggravated ?? []).map((form) => ({
    form: form.form,
    paragraph: form.paragraph ?? null,
    condition: form.condition,
    penalty: normalize(form.penalty),
  }));
  const originalHeadings = Object.fromEntries(
    Object.entries(data.title).filter(([language]) => language !== 'en'),
  );
  return {
    id: data.id,
    jurisdiction: jurisdictionIdOf(data.id),
    instrument: {
      id: instrument.id,
      title: { ...instrument.title, en: instrument.englishTitle },
      translatedTitle: { ...instrument.translatedTitle },
      abbreviation: instrument.abbreviation ?? null,
      kind: instrument.kind,
    },
    article: data.article ?? null,
    articleOriginal: data.articleOriginal ?? null,
    title: { en: data.englishTitle, ...originalHeadings },
    englishTitleSource: data.englishTitleSource,
    offenseTypes: [...data.offenseTypes],
    status: data.status,
    enacted: normalizeEnacted(data.enacted),
    adopted: data.enacted?.date ?? null,
    checkedTo: data.checkedTo
      ? {
          publication: data.checkedTo.publication ?? null,
          date: data.checkedTo.date ?? null,
          note: data.checkedTo.note ?? null,
        }
      : null,
    inForceFrom: data.inForceFrom ?? null,
    repealed: data.repealed
      ? {
          date: data.repealed.date ?? null,
          by: data.repealed.by,
          successor: data.repealed.successor ?? null,
        }
      : null,
    penalties: basic ? { basic, aggravated } : null,
    ...(basic
      ? provisionMaximum([basic, ...aggravated.map((form) => form.penalty)])
      : { maxImprisonmentMonths: null, maxImprisonmentBasis: null }),
    obligation: data.obligation
      ? {
          kind: data.obligation.kind,
          minimumMaximumPenaltyMonths:
            data.obligation.minimumMaximumPenalty === undefined
              ? null
              : durationToMonths(data.obligation.minimumMaximumPenalty),
          penaltyArticle: data.obligation.penaltyArticle ?? null,
          reservations: data.obligation.reservations ?? null,
          ancillary: data.obligation.ancillary
            ? {
                aiding: data.obligation.ancillary.aiding,
                attempt: data.obligation.ancillary.attempt,
                article: data.obligation.ancillary.article ?? null,
                sanctionsArticle: data.obligation.ancillary.sanctionsArticle ?? null,
                note: data.obligation.ancillary.note ?? null,
              }
            : null,
          note: data.obligation.note ?? null,
        }
      : null,
    procedure: data.procedure
      ? {
          powers: [...data.procedure.powers],
          orderedBy: [...data.procedure.orderedBy],
          threshold: data.procedure.threshold ?? null,
          periods: data.procedure.periods.map((period) => ({
            what: period.what,
            bound: period.bound,
            amount: period.amount,
            unit: period.unit,
            renewable: period.renewable ?? null,
            note: period.note ?? null,
          })),
          safeguards: [...data.procedure.safeguards],
          safeguardsNote: data.procedure.safeguardsNote ?? null,
        }
      : null,
    attempt: data.attempt
      ? { punishable: data.attempt.punishable, basis: data.attempt.basis ?? null }
      : null,
    prosecution: data.prosecution
      ? { mode: data.prosecution.mode, note: data.prosecution.note ?? null }
      : null,
    elements: data.elements,
    implements: [...data.implements].sort(),
    related: [...data.related].sort(),
    history: data.history.map((amendment) => ({
      date: amendment.date,
      event: amendment.event,
      act: amendment.act,
      inForceFrom: amendment.inForceFrom ?? null,
      change: amendment.change,
      penaltyAfter: amendment.penaltyAfter ? normalize(amendment.penaltyAfter) : null,
    })),
    summary: { ...data.summary },
    translations: Object.fromEntries(
      Object.entries(data.translations).map(([language, fields]) => [language, { ...fields }]),
    ),
    writtenFrom: { ...data.writtenFrom },
    notes: data.notes ?? null,
    sources: data.sources.map(normalizeSource),
    verification: data.verification,
    file,
  };
}

function normalizeInstrument(data: Instrument, provisionIds: string[]): CompiledInstrument {
  return {
    id: data.id,
    jurisdiction: jurisdictionIdOf(data.id),
    title: { ...data.title, en: data.englishTitle },
    englishTitleSource: data.englishTitleSource,
    translatedTitle: { ...data.translatedTitle },
    abbreviation: data.abbreviation ?? null,
    aliases: { ...data.aliases },
    kind: data.kind,
    officialUrl: toUri(data.officialUrl),
    enacted: normalizeEnacted(data.enacted),
    adopted: data.enacted?.date ?? null,
    inForceFrom: data.inForceFrom ?? null,
    publications: data.publications.map((publication) => ({
      reference: publication.reference,
      date: publication.date ?? null,
      note: publication.note ?? null,
    })),
    parties: data.parties.map((party) => ({
      jurisdiction: party.jurisdiction,
      signed: party.signed ?? null,
      ratified: party.ratified ?? null,
      inForce: party.inForce ?? null,
      reservations: party.reservations ?? null,
      note: party.note ?? null,
    })),
    summary: data.summary ?? null,
    writtenFrom: { ...data.writtenFrom },
    notes: data.notes ?? null,
    sources: data.sources.map(normalizeSource),
    verification: data.verification,
    provisionIds,
  };
}

function normalizeEnacted(enacted: Enacted | undefined): CompiledProvision['enacted'] {
  return enacted
    ? { date: enacted.date, event: enacted.event, reference: enacted.reference ?? null }
    : null;
}

/** A source with its address as a URI, the one form the export and the site link to. */
function normalizeSource(source: Source): CompiledSource {
  return { ...source, url: toUri(source.url) };
}
