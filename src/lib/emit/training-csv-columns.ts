import type { CompiledCase, CompiledGuide } from '../schema/compiled.js';
import { type CsvColumn, list } from './csv-columns.js';

/** One piece of evidence of a guide, with where in the guide it stands: a row of `guides.csv`. */
export interface GuideEvidenceRow {
  guide: CompiledGuide;
  jurisdiction: string;
  provisions: readonly string[];
  element: number;
  prove: Record<string, string>;
  evidence: number;
  item: CompiledGuide['sections'][number]['elements'][number]['evidence'][number];
}

/** A guide flattened to one row per piece of evidence, in the guide's order. */
export function guideEvidenceRows(guides: readonly CompiledGuide[]): GuideEvidenceRow[] {
  return guides.flatMap((guide) =>
    guide.sections.flatMap((section) =>
      section.elements.flatMap((element, e) =>
        element.evidence.map((item, v) => ({
          guide,
          jurisdiction: section.jurisdiction,
          provisions: section.provisions,
          element: e + 1,
          prove: element.prove,
          evidence: v + 1,
          item,
        })),
      ),
    ),
  );
}

/** The columns of `guides.csv`: one row per piece of evidence of an element of a guide. */
export const GUIDE_CSV_COLUMNS: readonly CsvColumn<GuideEvidenceRow>[] = [
  {
    name: 'id',
    type: 'string',
    description:
      'Row id: <guide id>#<jurisdiction>-<element>-<evidence>, e.g. guides/stalking#mk-1-2.',
    value: (r) => `${r.guide.id}#${r.jurisdiction}-${r.element}-${r.evidence}`,
  },
  {
    name: 'guide',
    type: 'string',
    description: 'Guide id, guides/<guide>.',
    value: (r) => r.guide.id,
  },
  {
    name: 'offense_types',
    type: 'string',
    description: 'Offense types the guide covers, separated by ;.',
    value: (r) => list(r.guide.offenseTypes),
  },
  {
    name: 'jurisdiction',
    type: 'string',
    description: 'The country of the section.',
    value: (r) => r.jurisdiction,
  },
  {
    name: 'provisions',
    type: 'string',
    description: 'Substantive provisions whose elements are proven, separated by ;.',
    value: (r) => list(r.provisions),
  },
  {
    name: 'element',
    type: 'integer',
    description: 'Position of the element in the section.',
    value: (r) => r.element,
  },
  {
    name: 'prove_en',
    type: 'string',
    description: 'The element to prove, in English.',
    value: (r) => r.prove.en ?? null,
  },
  {
    name: 'evidence_en',
    type: 'string',
    description: 'The evidence, in English.',
    value: (r) => r.item.what.en ?? null,
  },
  {
    name: 'held_by',
    type: 'string',
    description:
      'Who holds the evidence: victim-device, suspect-device, domestic-provider, foreign-provider, telecom-operator, financial-institution, witness, public-web.',
    value: (r) => r.item.heldBy,
  },
  {
    name: 'obtained_by',
    type: 'string',
    description: 'Procedural provisions that obtain it, separated by ;.',
    value: (r) => list(r.item.obtainedBy),
  },
  {
    name: 'verification',
    type: 'string',
    description: 'Verification status of the guide: verified, partial or unverified.',
    value: (r) => r.guide.verification.status,
  },
];

/** The columns of `cases.csv`, one row per case study. */
export const CASE_CSV_COLUMNS: readonly CsvColumn<CompiledCase>[] = [
  { name: 'id', type: 'string', description: 'Case id, cases/<case>.', value: (c) => c.id },
  { name: 'kind', type: 'string', description: 'real or scenario.', value: (c) => c.kind },
  {
    name: 'title_en',
    type: 'string',
    description: 'Title in English.',
    value: (c) => c.title.en ?? null,
  },
  {
    name: 'offense_types',
    type: 'string',
    description: 'Offense types, separated by ;.',
    value: (c) => list(c.offenseTypes),
  },
  {
    name: 'charged',
    type: 'string',
    description: 'Provisions the sources report as charged, separated by ;.',
    value: (c) => list(c.charges.filter((x) => x.basis === 'charged').flatMap((x) => x.provisions)),
  },
  {
    name: 'chargeable',
    type: 'string',
    description: 'Provisions the project reads the facts as meeting, separated by ;.',
    value: (c) =>
      list(c.charges.filter((x) => x.basis === 'chargeable').flatMap((x) => x.provisions)),
  },
  {
    name: 'facts_en',
    type: 'string',
    description: 'The facts, in English.',
    value: (c) => c.facts.en ?? null,
  },
  {
    name: 'outcome_en',
    type: 'string',
    description: 'The outcome as sourced, in English; empty for scenarios and unknown outcomes.',
    value: (c) => c.outcome?.en ?? null,
  },
  {
    name: 'verification',
    type: 'string',
    description: 'Verification status: verified, partial or unverified.',
    value: (c) => c.verification.status,
  },
];
