import * as z from 'zod';
import { line, markdown, uniqueList } from './common.js';

/**
 * What a procedural provision lets investigators do, or what it guarantees: the question a
 * trainer asks ("which power obtains it?"), in words shared by every legal system.
 */
export const POWER_KINDS = [
  'preservation',
  'traffic-data-disclosure',
  'production-order',
  'subscriber-data',
  'search-and-seizure',
  'voluntary-submission',
  'real-time-traffic-data',
  'interception',
  'covert-computer-access',
  'undercover-investigation',
  'data-retention',
  'mutual-assistance',
  'contact-point',
  'trans-border-access',
  'admissibility',
  'safeguard',
] as const;
export type PowerKind = (typeof POWER_KINDS)[number];

/** Who orders or authorises the measure, as the provision says. */
export const ORDERING_AUTHORITIES = [
  'court',
  'prosecutor',
  'police',
  'requested-state',
  'no-order-needed',
  'not-stated',
] as const;

/** The guarantees a reader (and a defence lawyer) checks a measure against. */
export const SAFEGUARD_KINDS = [
  'judicial-authorisation',
  'later-warrant',
  'participation',
  'notification',
  'selective-seizure',
  'inventory',
  'return',
  'confidentiality',
  'recording',
  'exclusion-of-evidence',
  'proportionality',
] as const;

export const PERIOD_UNITS = ['hours', 'days', 'months', 'years'] as const;

/** A time limit or retention period the provision sets, as a number and a unit. */
export const periodSchema = z.strictObject({
  what: line('What the period applies to, e.g. `Preservation of the specified data`.'),
  bound: z.enum(['at-most', 'at-least', 'within']).meta({
    description:
      '`at-most`: the measure may last no longer; `at-least`: data must be kept no shorter; `within`: an act must follow within the period.',
  }),
  amount: z.int().min(1).max(1000).meta({ description: 'The number of units, as written.' }),
  unit: z.enum(PERIOD_UNITS),
  renewable: z
    .boolean()
    .optional()
    .meta({ description: 'Whether the provision lets the period be renewed or extended.' }),
  note: markdown('Conditions of renewal or of the period, in own words.').optional(),
});

/** What a procedural provision allows, who orders it, when, for how long and under what checks. */
export const procedureSchema = z
  .strictObject({
    powers: uniqueList(z.enum(POWER_KINDS)).min(1).meta({
      description:
        'What the provision lets investigators do or guarantees: `preservation`, `production-order`, `search-and-seizure`, `interception`, `mutual-assistance`, `admissibility`, `safeguard`, …',
    }),
    orderedBy: uniqueList(z.enum(ORDERING_AUTHORITIES)).default([]).meta({
      description:
        'Who orders or authorises it: `court`, `prosecutor`, `police`, `requested-state` (a request to another state), `no-order-needed`, `not-stated`. Leave empty for rules that order nothing (admissibility).',
    }),
    threshold: markdown(
      'When it may be used: the offenses, the suspicion or urgency required, in own words.',
    ).optional(),
    periods: z.array(periodSchema).default([]).meta({
      description: 'Time limits and retention periods the provision sets, as numbers.',
    }),
    safeguards: uniqueList(z.enum(SAFEGUARD_KINDS)).default([]).meta({
      description:
        'The guarantees the provision itself sets: `judicial-authorisation`, `later-warrant`, `participation`, `notification`, `selective-seizure`, `inventory`, `return`, `confidentiality`, `recording`, `exclusion-of-evidence`, `proportionality`.',
    }),
    safeguardsNote: markdown('How the safeguards work, in own words.').optional(),
  })
  .meta({
    description:
      'Procedural provisions only: what the power allows, who orders it, the threshold, time limits and safeguards.',
  });

export type Procedure = z.infer<typeof procedureSchema>;
export type Period = z.infer<typeof periodSchema>;
