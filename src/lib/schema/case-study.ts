import * as z from 'zod';
import {
  addRuleIssue,
  caseIdSchema,
  jurisdictionIdSchema,
  localizedText,
  markdown,
  offenseTypeIdSchema,
  provisionIdSchema,
  uniqueList,
  writtenFromSchema,
} from './common.js';
import { sourceSchema, verificationSchema } from './source.js';

/** A case that happened and was reported, or a scenario written for teaching. */
export const CASE_KINDS = ['real', 'scenario'] as const;

/** The provisions one country charged, or could charge, on the facts. */
export const chargeSchema = z.strictObject({
  jurisdiction: jurisdictionIdSchema,
  basis: z.enum(['charged', 'chargeable']).meta({
    description:
      '`charged`: the sources report these charges; `chargeable`: the project’s reading of which provisions the facts would meet.',
  }),
  provisions: uniqueList(provisionIdSchema).min(1),
  note: localizedText('What the charge turns on, in own words.', 'prose').optional(),
});

/** A question for trainees and the answer a trainer looks for. */
export const discussionSchema = z.strictObject({
  question: localizedText('A discussion question.', 'prose'),
  answer: localizedText('The answer key for trainers, in own words.', 'prose'),
});

/**
 * `_cases/<case>.yaml`: a case study for training: facts in neutral words, the provisions charged
 * or chargeable in each country, the investigative steps in order, the outcome where a source
 * reports it, and questions with an answer key. Scenarios are invented and say so.
 */
export const caseStudySchema = z
  .strictObject({
    id: caseIdSchema.meta({
      description:
        'Equal to the file path with `cases/` for `_cases/` and without `.yaml`, e.g. `cases/nth-room`.',
    }),
    kind: z.enum(CASE_KINDS).meta({
      description:
        '`real`: a reported case, every fact sourced; `scenario`: invented for teaching.',
    }),
    title: localizedText('The case’s title.'),
    offenseTypes: uniqueList(offenseTypeIdSchema).min(1),
    facts: localizedText('The facts in neutral words, without names of victims.', 'prose'),
    charges: z.array(chargeSchema).min(1),
    steps: z
      .array(localizedText('One investigative step, in the order taken or to be taken.', 'prose'))
      .min(1),
    outcome: localizedText(
      'The outcome as the sources report it (real cases only); leave out when not known.',
      'prose',
    ).optional(),
    questions: z.array(discussionSchema).min(1),
    writtenFrom: writtenFromSchema,
    notes: markdown('Open questions, disagreements between sources, what is not known.').optional(),
    sources: z.array(sourceSchema).min(1),
    verification: verificationSchema,
  })
  .superRefine((study, ctx) => {
    // An invented scenario has no outcome to report; one written there would read as fact.
    if (study.kind === 'scenario' && study.outcome) {
      addRuleIssue(ctx, ['outcome'], 'gives an outcome, yet the case is a scenario', {
        rule: 'scenario-outcome',
        expected: 'no outcome in a scenario',
        hint: 'Remove the outcome, or make the case `real` and source the outcome.',
        statement: true,
      });
    }
  })
  .meta({
    title: 'Law Atlas case study',
    description: 'A real case or teaching scenario, with charges, steps, outcome and questions.',
  });

export type CaseStudy = z.infer<typeof caseStudySchema>;
