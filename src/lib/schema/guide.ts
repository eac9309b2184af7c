import * as z from 'zod';
import {
  guideIdSchema,
  jurisdictionIdSchema,
  localizedText,
  markdown,
  offenseTypeIdSchema,
  provisionIdSchema,
  uniqueList,
  writtenFromSchema,
} from './common.js';
import { sourceSchema, verificationSchema } from './source.js';

/**
 * Where a piece of evidence lives, which decides the power that reaches it: the victim can hand
 * over her own phone, a suspect's device needs a search, a foreign platform a request abroad.
 */
export const EVIDENCE_HOLDERS = [
  'victim-device',
  'suspect-device',
  'domestic-provider',
  'foreign-provider',
  'telecom-operator',
  'financial-institution',
  'witness',
  'public-web',
] as const;
export type EvidenceHolder = (typeof EVIDENCE_HOLDERS)[number];

/** One piece of evidence for an element: what it is, who holds it and which powers obtain it. */
export const evidenceSchema = z.strictObject({
  what: localizedText(
    'The evidence, in own words, e.g. screenshots of the messages with their dates.',
  ),
  heldBy: z.enum(EVIDENCE_HOLDERS).meta({
    description:
      '`victim-device`, `suspect-device`, `domestic-provider`, `foreign-provider` (a platform established abroad), `telecom-operator`, `financial-institution`, `witness`, `public-web`.',
  }),
  obtainedBy: uniqueList(provisionIdSchema).default([]).meta({
    description:
      'The procedural provisions (records with a `procedure` block) that obtain it: the jurisdiction’s own, or an international instrument’s for evidence abroad. Empty where no recorded power applies; say why in `note`.',
  }),
  note: localizedText('What to watch for in obtaining it, in own words.', 'prose').optional(),
});

/** One element of the offense and the evidence that proves it. */
export const guideElementSchema = z.strictObject({
  prove: localizedText('The element to prove, in own words, e.g. that the conduct was repeated.'),
  evidence: z.array(evidenceSchema).min(1),
});

/** One country's column of a guide: the provisions charged, the elements, the pitfalls. */
export const guideSectionSchema = z.strictObject({
  jurisdiction: jurisdictionIdSchema.meta({ description: 'The country, e.g. `mk` or `kr`.' }),
  provisions: uniqueList(provisionIdSchema).min(1).meta({
    description: 'The substantive provisions of the country whose elements are proven.',
  }),
  elements: z.array(guideElementSchema).min(1),
  pitfalls: z
    .array(localizedText('An admissibility or proof pitfall, in own words.', 'prose'))
    .default([]),
});

/**
 * `_guides/<guide>.yaml`: for one kind of offense, what must be proven in each country, the
 * evidence that proves it, where it is held and the power that obtains it. The guide is the
 * project's own reasoning over the provision records it names, which carry the facts.
 */
export const guideSchema = z
  .strictObject({
    id: guideIdSchema.meta({
      description:
        'Equal to the file path with `guides/` for `_guides/` and without `.yaml`, e.g. `guides/stalking`.',
    }),
    offenseTypes: uniqueList(offenseTypeIdSchema).min(1).meta({
      description: 'The offense types of the vocabulary the guide covers.',
    }),
    title: localizedText('The guide’s title, e.g. Stalking.'),
    summary: localizedText(
      'What the guide is for and what sets this offense apart, in own words.',
      'prose',
    ),
    sections: z.array(guideSectionSchema).min(1).meta({
      description: 'One section per country, shown side by side.',
    }),
    crossBorder: localizedText(
      'How evidence held abroad is reached from each country, and what is not available.',
      'prose',
    ).optional(),
    writtenFrom: writtenFromSchema,
    notes: markdown('Open questions, disagreements between sources.').optional(),
    sources: z.array(sourceSchema).min(1),
    verification: verificationSchema,
  })
  .meta({
    title: 'Law Atlas evidence guide',
    description:
      'For one kind of offense: the elements to prove in each country, the evidence, where it is held and the power that obtains it.',
  });

export type Guide = z.infer<typeof guideSchema>;
