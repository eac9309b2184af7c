import * as z from 'zod';
import {
  addRuleIssue,
  findingIdSchema,
  jurisdictionIdSchema,
  localizedText,
  markdown,
  offenseTypeIdSchema,
  provisionIdSchema,
  uniqueList,
  writtenFromSchema,
} from './common.js';
import { sourceSchema, verificationSchema } from './source.js';

/** How far a jurisdiction's law meets one obligation of a standard. */
export const ASSESSMENTS = ['meets', 'partly', 'does-not', 'unclear'] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

/**
 * `_findings/<jurisdiction>/<finding>.yaml`: what the comparison finds for one jurisdiction, one
 * offense type and one obligation of an international standard. The reasoning is the project's;
 * the differences a reader can compute from the provisions (penalties, prosecution, attempt,
 * online means) are not typed here but derived from the records the finding rests on.
 */
export const findingSchema = z
  .strictObject({
    id: findingIdSchema.meta({
      description:
        'Equal to the file path with `findings/` for `_findings/` and without `.yaml`, e.g. `findings/mk/stalking-istanbul-34`.',
    }),
    jurisdiction: jurisdictionIdSchema.meta({
      description: 'The jurisdiction assessed; the same as in the id.',
    }),
    offenseType: offenseTypeIdSchema.meta({ description: 'The offense type of the vocabulary.' }),
    obligation: provisionIdSchema.meta({
      description:
        'The provision of an international instrument whose obligation is assessed, e.g. `coe/istanbul-convention/34`.',
    }),
    assessment: z.enum(ASSESSMENTS).meta({
      description:
        '`meets`: the law does what the obligation asks; `partly`: it does some of it, and the reasoning says what is missing; `does-not`: no provision does it; `unclear`: the sources do not settle it.',
    }),
    reasoning: localizedText(
      'Why: which elements match the obligation and which do not, in own words.',
      'prose',
    ),
    restsOn: uniqueList(provisionIdSchema).default([]).meta({
      description: 'The provisions of the assessed jurisdiction the finding rests on.',
    }),
    comparedWith: uniqueList(provisionIdSchema).default([]).meta({
      description:
        'Provisions of other jurisdictions that show another way to meet the obligation, e.g. Korea’s.',
    }),
    writtenFrom: writtenFromSchema,
    notes: markdown('Open questions, disagreements between sources.').optional(),
    sources: z.array(sourceSchema).min(1),
    verification: verificationSchema,
  })
  .superRefine((finding, ctx) => {
    // An obligation met, even in part, is met by some provision: the reader must be able to check it.
    if (
      (finding.assessment === 'meets' || finding.assessment === 'partly') &&
      finding.restsOn.length === 0
    ) {
      addRuleIssue(
        ctx,
        ['restsOn'],
        `names no provision, yet the assessment is "${finding.assessment}"`,
        {
          rule: 'unsupported-finding',
          expected: 'at least one provision of the jurisdiction in restsOn',
          hint: 'List the provisions that meet the obligation, or assess it as `does-not` or `unclear`.',
          statement: true,
        },
      );
    }
  })
  .meta({
    title: 'Law Atlas finding',
    description:
      'What the comparison finds for one jurisdiction, offense type and obligation of a standard.',
  });

export type Finding = z.infer<typeof findingSchema>;
