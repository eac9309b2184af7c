import * as z from 'zod';
import { durationSchema, markdown } from './common.js';

/** A prison range as the law writes it; either end may be absent where the law sets none. */
export const imprisonmentSchema = z
  .strictObject({
    min: durationSchema
      .optional()
      .meta({ description: 'The statutory minimum, if the law sets one.' }),
    life: z
      .boolean()
      .optional()
      .meta({ description: '`true` when life imprisonment is an alternative to the term.' }),
    max: durationSchema.optional().meta({
      description:
        'The statutory maximum; leave out where the law sets only a minimum (the general maximum of the code then applies).',
    }),
  })
  .meta({ description: 'Imprisonment: at least one of `min` and `max`.' });

/** A fine: a fixed amount range, day-fines, or a fine whose amount the offense provision does not set. */
export const fineSchema = z
  .strictObject({
    kind: z.enum(['amount', 'day-fines', 'unspecified']).meta({
      description:
        '`amount`: a range in money; `day-fines`: a number of daily units; `unspecified`: the provision says "a fine" and the general part sets the range.',
    }),
    min: z
      .number()
      .nonnegative()
      .optional()
      .meta({ description: 'Minimum amount or number of day-fines.' }),
    max: z
      .number()
      .positive()
      .optional()
      .meta({ description: 'Maximum amount or number of day-fines.' }),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional()
      .meta({
        description: 'ISO 4217 currency of an `amount` fine, e.g. `KRW`.',
      }),
  })
  .meta({ description: 'A fine.' });

/** The sanction for one form of an offense, as normalized data rather than a sentence. */
export const penaltySchema = z
  .strictObject({
    imprisonment: imprisonmentSchema.optional(),
    fine: fineSchema.optional(),
    alternative: z.boolean().default(false).meta({
      description:
        '`true` when the court chooses between imprisonment and fine; `false` when only one is set or both are cumulative.',
    }),
    increase: markdown(
      'An increase relative to another form rather than a range, e.g. "up to one half more than the basic penalty".',
    ).optional(),
    note: markdown('Other sanctions or caveats (e.g. community service, orders).').optional(),
  })
  .meta({ description: 'A penalty.' });

/** The basic form and each aggravated (or privileged) form of an offense. */
export const penaltiesSchema = z
  .strictObject({
    basic: penaltySchema,
    aggravated: z
      .array(
        z.strictObject({
          form: z.enum(['aggravated', 'mitigated', 'distinct']).default('aggravated').meta({
            description:
              '`aggravated`: a graver form of the basic offense; `mitigated`: a lesser form; `distinct`: another offense set out in the same article (e.g. possession beside filming).',
          }),
          paragraph: z
            .string()
            .trim()
            .min(1)
            .optional()
            .meta({ description: 'The paragraph setting this form, as cited, e.g. `(2)`, `②`.' }),
          condition: markdown('What makes this form, in own words.'),
          penalty: penaltySchema,
        }),
      )
      .default([]),
  })
  .meta({
    description:
      'The penalties of a national provision: the basic form, then every other form the article sets.',
  });

/** What an international provision requires of the states bound by it. */
export const obligationSchema = z
  .strictObject({
    kind: z
      .enum(['criminalise', 'criminal-or-other-sanction', 'define', 'procedural', 'other'])
      .meta({
        description:
          '`criminalise`: parties must make the conduct a criminal offense; `criminal-or-other-sanction`: criminal or other legal sanctions suffice; `define`: a definition used by other articles; `procedural`: a rule on prosecution or procedure.',
      }),
    minimumMaximumPenalty: durationSchema.optional().meta({
      description: 'The least maximum term of imprisonment the instrument requires, e.g. `1 year`.',
    }),
    penaltyArticle: z
      .string()
      .trim()
      .min(1)
      .optional()
      .meta({ description: 'The article that sets that penalty requirement.' }),
    reservations: markdown(
      'Reservations or options states may use to depart from the obligation.',
    ).optional(),
    note: markdown('What the obligation leaves to the states.').optional(),
  })
  .meta({ description: 'The obligation of an international provision.' });

export type Penalty = z.infer<typeof penaltySchema>;
export type Penalties = z.infer<typeof penaltiesSchema>;
export type Obligation = z.infer<typeof obligationSchema>;
