import type { CompiledCase, CompiledGuide, CompiledProvision } from '../../schema/compiled.js';
import type { SiteLocale } from '../../i18n/locales.js';
import { compareCodePoints } from '../../grammar/code-point-order.js';
import { lawAsOf } from '../law-as-of.js';
import { buildRichTextMap } from '../rich-text-map.js';
import { qrCode } from '../qr-code.js';
import { sitePaths } from '../site-paths.js';
import { provisionsOfCase, provisionsOfGuide } from './corpus-lookup.js';
import { labelsFor } from './labels.js';
import type { PageContext } from './page-context.js';
import type {
  CasePageData,
  CoursePackPageData,
  GuidePageData,
  Handout,
  TrainingItem,
  TrainingRecordPage,
  TrainingRef,
} from './page-types.js';
import { namedProvision } from './summaries.js';
import { textPicker } from './shown-text.js';

/** A guide or case as the hub, the pack and the other records list it. */
export function trainingItem(
  record: CompiledGuide | CompiledCase,
  locale: SiteLocale,
): TrainingItem {
  return {
    id: record.id,
    title: textPicker(locale).pick(record.title),
    offenseTypes: record.offenseTypes,
    verification: record.verification.status,
    ...('kind' in record ? { kind: record.kind } : {}),
  };
}

/** The site path of a guide's or case's page: `guides/stalking` → `/training/guides/stalking`. */
export function trainingPath(id: string): string {
  return sitePaths.trainingRecord(id);
}

/** The parts of a guide's or case's page that do not depend on its kind. */
function recordPage(
  record: CompiledGuide | CompiledCase,
  provisionIds: readonly string[],
  context: PageContext,
  complete: boolean,
): Omit<TrainingRecordPage, 'formats'> {
  const { lookup, labels, locale, pageUrl } = context;
  const named = [...new Set(provisionIds)].map((id) => lookup.provision(id));
  const provisions = Object.fromEntries(
    named.map((provision) => [provision.id, refOf(provision, locale)]),
  );
  return {
    id: record.id,
    title: textPicker(locale).pick(record.title),
    offenseTypes: record.offenseTypes,
    provisions,
    writtenFrom: record.writtenFrom,
    notes: record.notes,
    sources: record.sources,
    verification: record.verification,
    complete,
    rich: buildRichTextMap([
      ...(record.notes ? [record.notes] : []),
      record.verification.note,
      ...record.sources.flatMap((source) => (source.supports ? [source.supports] : [])),
    ]),
    handout: handoutOf(pageUrl(trainingPath(record.id)), [record, ...named]),
    labels: labelsFor(labels, {
      jurisdictions: named.map((provision) => provision.jurisdiction),
      offenseTypes: record.offenseTypes,
      instruments: named.map((provision) => provision.instrument.id),
    }),
  };
}

function refOf(provision: CompiledProvision, locale: SiteLocale): TrainingRef {
  return { ...namedProvision(provision, locale), powers: provision.procedure?.powers ?? [] };
}

/** The permalink as a QR code, and the oldest day on which a source of the handout was read. */
export function handoutOf(
  permalink: string,
  records: readonly { sources: readonly { retrieved: string }[] }[],
): Handout {
  const dates = records.flatMap((record) => {
    const date = lawAsOf(record);
    return date ? [date] : [];
  });
  return { permalink, qr: qrCode(permalink), lawAsOf: dates.sort(compareCodePoints)[0] ?? null };
}

/** `/training/guides/<guide>`: the elements to prove per country, the evidence and the powers. */
export function guidePage(
  guide: CompiledGuide,
  context: PageContext,
): Omit<GuidePageData, 'formats'> {
  const { pick, pickOrNull, complete } = textPicker(context.locale);
  const sections = guide.sections.map((section) => ({
    jurisdiction: section.jurisdiction,
    provisions: section.provisions,
    elements: section.elements.map((element) => ({
      prove: pick(element.prove),
      evidence: element.evidence.map((item) => ({
        what: pick(item.what),
        heldBy: item.heldBy,
        obtainedBy: item.obtainedBy,
        note: pickOrNull(item.note),
      })),
    })),
    pitfalls: section.pitfalls.map(pick),
  }));
  const summary = pick(guide.summary);
  const crossBorder = pickOrNull(guide.crossBorder);
  const cases = relatedOf(guide.offenseTypes, context.lookup.casesOfType, context.locale);
  const base = recordPage(guide, provisionsOfGuide(guide), context, complete());
  return { ...base, summary, sections, crossBorder, cases };
}

/** `/training/cases/<case>`: facts, charges per country, steps, outcome and questions. */
export function casePage(study: CompiledCase, context: PageContext): Omit<CasePageData, 'formats'> {
  const { pick, pickOrNull, complete } = textPicker(context.locale);
  const facts = pick(study.facts);
  const charges = study.charges.map((charge) => ({
    jurisdiction: charge.jurisdiction,
    basis: charge.basis,
    provisions: charge.provisions,
    note: pickOrNull(charge.note),
  }));
  const steps = study.steps.map(pick);
  const outcome = pickOrNull(study.outcome);
  const questions = study.questions.map(({ question, answer }) => ({
    question: pick(question),
    answer: pick(answer),
  }));
  const guides = relatedOf(study.offenseTypes, context.lookup.guidesOfType, context.locale);
  const base = recordPage(study, provisionsOfCase(study), context, complete());
  return { ...base, kind: study.kind, facts, charges, steps, outcome, questions, guides };
}

/** The records of any of `types`, once each, in id order. */
function relatedOf<T extends CompiledGuide | CompiledCase>(
  types: readonly string[],
  ofType: (type: string) => readonly T[],
  locale: SiteLocale,
): TrainingItem[] {
  const found = new Map<string, T>();
  for (const type of types) for (const record of ofType(type)) found.set(record.id, record);
  return [...found.values()]
    .sort((a, b) => compareCodePoints(a.id, b.id))
    .map((record) => trainingItem(record, locale));
}

/** `/training/pack`: the guides and cases a trainer can assemble into one printable pack. */
export function coursePackPage(context: PageContext): Omit<CoursePackPageData, 'formats'> {
  const { corpus } = context.lookup;
  return {
    guides: corpus.guides.map((guide) => trainingItem(guide, context.locale)),
    cases: corpus.cases.map((study) => trainingItem(study, context.locale)),
    labels: labelsFor(context.labels, {
      offenseTypes: [...corpus.guides, ...corpus.cases].flatMap((record) => record.offenseTypes),
    }),
  };
}
