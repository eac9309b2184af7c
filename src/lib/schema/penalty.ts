import * as z from 'zod';
import { parseDuration } from '../grammar/duration.js';
import { addRuleIssue, currencySchema, durationSchema, line, markdown } from './common.js';

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
  .superRefine((term, ctx) => {
    if (term.min === undefined && term.max === undefined && term.life !== true) {
      addRuleIssue(ctx, [], 'states neither a minimum, a maximum nor life imprisonment', {
        rule: 'penalty-empty',
        expected: 'min, max or life: true',
        hint: 'Add the term the law sets, or remove the imprisonment entry.',
        statement: true,
      });
    }
    const min = term.min === undefined ? undefined : parseDuration(term.min);
    const max = term.max === undefined ? undefined : parseDuration(term.max);
    if (min !== undefined && max !== undefined && min > max) {
      addRuleIssue(ctx, ['min'], `is longer than the maximum (${term.max ?? ''})`, {
        rule: 'penalty-range',
        expected: `a minimum no longer than ${term.max ?? 'the maximum'}`,
        hint: 'Check both bounds against the law; one of them is wrong.',
        statement: true,
      });
    }
  })
  .meta({ description: 'Imprisonment: at least one of `min`, `max` and `life`.' });

/**
 * Bounds on fines. Money: positive and at most a trillion units of the currency (the highest fine
 * recorded today is 70,000,000 KRW; a larger figure is a slipped digit). Day-fines: whole numbers
 * of days up to 1,000 (the most recorded today is 240).
 */
const MAX_FINE_AMOUNT = 1_000_000_000_000;
const MAX_DAY_FINES = 1_000;

/** A fine: a fixed amount range, day-fines, or a fine whose amount the offense provision does not set. */
export const fineSchema = z
  .strictObject({
    kind: z.enum(['amount', 'day-fines', 'unspecified']).meta({
      description:
        '`amount`: a range in money, with its currency; `day-fines`: a number of daily units, no currency; `unspecified`: the provision says "a fine" and the general part sets the range (no amounts, no currency).',
    }),
    min: z
      .number()
      .optional()
      .meta({ description: 'Minimum amount or number of day-fines; positive.' }),
    max: z
      .number()
      .optional()
      .meta({ description: 'Maximum amount or number of day-fines; positive.' }),
    currency: currencySchema.optional().meta({
      description: 'ISO 4217 currency of an `amount` fine, e.g. `KRW`; required for amounts.',
    }),
  })
  .superRefine((fine, ctx) => {
    const fineKind = (path: string[], message: string, expected: string) =>
      addRuleIssue(ctx, path, message, { rule: 'fine-kind', expected, statement: true });
    if (fine.kind === 'unspecified') {
      for (const field of ['min', 'max', 'currency'] as const) {
        if (fine[field] !== undefined)
          fineKind(
            [field],
            `is set on an unspecified fine`,
            'no amounts and no currency on an unspecified fine (or kind: amount)',
          );
      }
    } else if (fine.kind === 'day-fines' && fine.currency !== undefined) {
      fineKind(['currency'], 'is set on day-fines', 'no currency: day-fines count days');
    } else if (fine.kind === 'amount' && fine.currency === undefined) {
      fineKind([], 'has no currency for its amount', 'currency: an ISO 4217 code such as EUR');
    }
    if (fine.kind === 'unspecified') return;
    for (const field of ['min', 'max'] as const) {
      const value = fine[field];
      if (value === undefined || withinFineBounds(fine.kind, value)) continue;
      addRuleIssue(ctx, [field], `${value} is not a fine the law can set`, {
        rule: 'fine-bounds',
        expected:
          fine.kind === 'day-fines'
            ? `a whole number of day-fines from 1 to ${MAX_DAY_FINES}`
            : `a positive amount up to ${MAX_FINE_AMOUNT.toLocaleString('en')}`,
        hint: 'Check the figure against the law; write it without separators.',
        statement: true,
      });
    }
    if (fine.min !== undefined && fine.max !== undefined && fine.min > fine.max) {
      addRuleIssue(ctx, ['min'], `is greater than the maximum (${fine.max})`, {
        rule: 'penalty-range',
        expected: `a minimum no greater than ${fine.max}`,
        hint: 'Check both bounds against the law; one of them is wrong.',
        statement: true,
      });
    }
  })
  .meta({ description: 'A fine.' });

function withinFineBounds(kind: 'amount' | 'day-fines', value: number): boolean {
  return kind === 'day-fines'
    ? Number.isInteger(value) && value >= 1 && value <= MAX_DAY_FINES
    : Number.isFinite(value) && value > 0 && value <= MAX_FINE_AMOUNT;
}

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
          paragraph: line('The paragraph setting this form, as cited, e.g. `(2)`, `②`.').optional(),
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

/**
 * What a treaty's general article asks of aiding or abetting and of attempt for this offense:
 * the duties sit apart from the offense article, and reading that article alone misses them.
 */
export const ANCILLARY_DUTIES = [
  'required',
  'may-be-reserved',
  'optional',
  'not-required',
  'not-yet-read',
] as const;

const ancillaryDutySchema = z.enum(ANCILLARY_DUTIES).meta({
  description:
    '`required`: parties must make it an offense; `may-be-reserved`: required, but a reservation or declaration may exclude it (say which under `reservations`); `optional`: parties may do so; `not-required`: the instrument does not ask for it; `not-yet-read`: the general article was not read.',
});

export const ancillarySchema = z
  .strictObject({
    aiding: ancillaryDutySchema,
    attempt: ancillaryDutySchema,
    article: line(
      'The general article on aiding, abetting and attempt, as cited, e.g. `Article 24`.',
    ).optional(),
    sanctionsArticle: line(
      'The general article on sanctions, as cited, e.g. `Article 27(1)`.',
    ).optional(),
    note: markdown('What those general articles add for this offense, in own words.').optional(),
  })
  .meta({
    description:
      'The duties the instrument’s general articles attach to this offense: aiding or abetting, attempt and sanctions.',
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
    penaltyArticle: line('The article that sets that penalty requirement.').optional(),
    reservations: markdown(
      'Reservations or options states may use to depart from the obligation.',
    ).optional(),
    ancillary: ancillarySchema.optional(),
    note: markdown('What the obligation leaves to the states.').optional(),
  })
  .meta({ description: 'The obligation of an international provision.' });

export type Penalty = z.infer<typeof penaltySchema>;
export type Penalties = z.infer<typeof penaltiesSchema>;
export type Obligation = z.infer<typeof obligationSchema>;
