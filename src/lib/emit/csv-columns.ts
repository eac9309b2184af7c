import type { CompiledPenalty, CompiledProvision } from '../schema/compiled.js';

/** One column of a CSV export: its name, Frictionless type, meaning and value for a row's item. */
export interface CsvColumn<Item = CompiledProvision> {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  description: string;
  value: (item: Item) => string | number | boolean | null;
}

const LIST_SEPARATOR = ';';
/** A list in one cell, items separated by `;` (ids and URLs hold none). */
export const list = (values: readonly string[]) => values.join(LIST_SEPARATOR);
const basic = (provision: CompiledProvision): CompiledPenalty | undefined =>
  provision.penalties?.basic;

/**
 * The columns of `provisions.csv`, one row per provision. The Data Package descriptor is
 * generated from this same list, so the CSV and its description cannot drift apart.
 */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  {
    name: 'id',
    type: 'string',
    description: 'Provision id, <jurisdiction>/<instrument>/<article>.',
    value: (p) => p.id,
  },
  {
    name: 'jurisdiction',
    type: 'string',
    description: 'Jurisdiction code (mk, kr, coe, eu, ...).',
    value: (p) => p.jurisdiction,
  },
  {
    name: 'instrument_id',
    type: 'string',
    description: 'Instrument id.',
    value: (p) => p.instrument.id,
  },
  {
    name: 'instrument_title_en',
    type: 'string',
    description: 'English title of the instrument.',
    value: (p) => p.instrument.title.en ?? null,
  },
  {
    name: 'instrument_kind',
    type: 'string',
    description:
      'criminal-code, special-act, act, convention, protocol, directive or recommendation.',
    value: (p) => p.instrument.kind,
  },
  {
    name: 'article',
    type: 'string',
    description: 'Article as cited in English; empty while unconfirmed.',
    value: (p) => p.article,
  },
  {
    name: 'article_original',
    type: 'string',
    description: 'Article as cited in the original language.',
    value: (p) => p.articleOriginal,
  },
  {
    name: 'title_en',
    type: 'string',
    description: 'English heading.',
    value: (p) => p.title.en ?? null,
  },
  {
    name: 'title_original',
    type: 'string',
    description: 'Official headings in other languages, as lang:text separated by semicolons.',
    value: (p) =>
      list(
        Object.entries(p.title)
          .filter(([lang]) => lang !== 'en')
          .map(([lang, text]) => `${lang}:${text}`),
      ),
  },
  {
    name: 'offense_types',
    type: 'string',
    description: 'Offense-type ids separated by semicolons.',
    value: (p) => list(p.offenseTypes),
  },
  {
    name: 'status',
    type: 'string',
    description:
      'in-force, not-yet-in-force or repealed (the law as published); reported-adopted (no official text or gazette reference seen) or draft.',
    value: (p) => p.status,
  },
  {
    name: 'enacted_date',
    type: 'date',
    description:
      'Date the provision (or its instrument) was made law; enacted_event says which act.',
    value: (p) => p.enacted?.date ?? null,
  },
  {
    name: 'enacted_event',
    type: 'string',
    description: 'adopted, promulgated, assented, published or opened-for-signature.',
    value: (p) => p.enacted?.event ?? null,
  },
  {
    name: 'enacted_reference',
    type: 'string',
    description: 'The act or gazette publication of that date, as cited.',
    value: (p) => p.enacted?.reference ?? null,
  },
  {
    name: 'checked_to_publication',
    type: 'string',
    description: 'The last gazette publication the text read includes.',
    value: (p) => p.checkedTo?.publication ?? null,
  },
  {
    name: 'checked_to_date',
    type: 'date',
    description: 'The date the text read is current to.',
    value: (p) => p.checkedTo?.date ?? null,
  },
  {
    name: 'in_force_from',
    type: 'date',
    description: 'Date the provision entered into force.',
    value: (p) => p.inForceFrom,
  },
  {
    name: 'basic_min_months',
    type: 'integer',
    description: 'Basic form: minimum imprisonment in months.',
    value: (p) => basic(p)?.imprisonment?.minMonths ?? null,
  },
  {
    name: 'basic_max_months',
    type: 'integer',
    description:
      'Basic form: maximum imprisonment in months; the general maximum where the law sets only a minimum (see basic_max_is_general_maximum).',
    value: (p) => basic(p)?.imprisonment?.maxMonths ?? null,
  },
  {
    name: 'basic_max_is_general_maximum',
    type: 'boolean',
    description:
      'Basic form: the law sets only a minimum and basic_max_months is the jurisdiction’s general maximum.',
    value: (p) => basic(p)?.imprisonment?.maxIsGeneral ?? null,
  },
  {
    name: 'basic_fine_kind',
    type: 'string',
    description: 'Basic form: amount, day-fines or unspecified; empty if no fine.',
    value: (p) => basic(p)?.fine?.kind ?? null,
  },
  {
    name: 'basic_fine_max',
    type: 'number',
    description: 'Basic form: maximum fine (amount or day-fines).',
    value: (p) => basic(p)?.fine?.max ?? null,
  },
  {
    name: 'basic_fine_currency',
    type: 'string',
    description: 'Basic form: ISO 4217 currency of the fine.',
    value: (p) => basic(p)?.fine?.currency ?? null,
  },
  {
    name: 'basic_alternative',
    type: 'boolean',
    description: 'Basic form: imprisonment and fine are alternatives.',
    value: (p) => basic(p)?.alternative ?? null,
  },
  {
    name: 'aggravated_forms',
    type: 'integer',
    description: 'Number of aggravated forms recorded.',
    value: (p) => p.penalties?.aggravated.length ?? null,
  },
  {
    name: 'max_imprisonment_months',
    type: 'integer',
    description:
      'Highest maximum imprisonment over all forms, in months, general maxima included; empty when a form allows life imprisonment or sets only a minimum with no general maximum recorded.',
    value: (p) => p.maxImprisonmentMonths,
  },
  {
    name: 'max_imprisonment_basis',
    type: 'string',
    description:
      'stated, general-maximum, ceiling-not-recorded or life (a form allows life imprisonment).',
    value: (p) => p.maxImprisonmentBasis,
  },
  {
    name: 'obligation',
    type: 'string',
    description: 'International provisions: the kind of obligation.',
    value: (p) => p.obligation?.kind ?? null,
  },
  {
    name: 'aiding_duty',
    type: 'string',
    description:
      'International provisions: whether aiding or abetting must be an offense (required, may-be-reserved, optional, not-required, not-yet-read).',
    value: (p) => p.obligation?.ancillary?.aiding ?? null,
  },
  {
    name: 'attempt_duty',
    type: 'string',
    description:
      'International provisions: whether attempt must be an offense (required, may-be-reserved, optional, not-required, not-yet-read).',
    value: (p) => p.obligation?.ancillary?.attempt ?? null,
  },
  {
    name: 'ancillary_article',
    type: 'string',
    description: 'International provisions: the general article on aiding, abetting and attempt.',
    value: (p) => p.obligation?.ancillary?.article ?? null,
  },
  {
    name: 'sanctions_article',
    type: 'string',
    description: 'International provisions: the general article on sanctions.',
    value: (p) => p.obligation?.ancillary?.sanctionsArticle ?? null,
  },
  {
    name: 'required_max_penalty_months',
    type: 'integer',
    description: 'International provisions: the least maximum term required, in months.',
    value: (p) => p.obligation?.minimumMaximumPenaltyMonths ?? null,
  },
  {
    name: 'online_means',
    type: 'string',
    description:
      'How the online form is covered: explicit, implicit, aggravation, not-covered, unclear.',
    value: (p) => p.elements.means?.online ?? null,
  },
  {
    name: 'attempt_punishable',
    type: 'boolean',
    description: 'Whether an attempt is punishable.',
    value: (p) => p.attempt?.punishable ?? null,
  },
  {
    name: 'prosecution',
    type: 'string',
    description:
      'ex-officio, on-complaint (the victim’s complaint), on-motion (the victim’s motion), ex-officio-unless-victim-objects, private-prosecution or not-yet-read; empty for international provisions.',
    value: (p) => p.prosecution?.mode ?? null,
  },
  {
    name: 'procedure_powers',
    type: 'string',
    description:
      'Procedural provisions: the powers granted (preservation, production-order, search-and-seizure, interception, mutual-assistance, admissibility, …), separated by semicolons; empty for offense provisions.',
    value: (p) => (p.procedure ? list(p.procedure.powers) : null),
  },
  {
    name: 'procedure_ordered_by',
    type: 'string',
    description:
      'Procedural provisions: who orders or authorises the measure (court, prosecutor, police, requested-state, no-order-needed, not-stated), separated by semicolons.',
    value: (p) => (p.procedure ? list(p.procedure.orderedBy) : null),
  },
  {
    name: 'procedure_periods',
    type: 'string',
    description:
      'Procedural provisions: each time limit as <bound> <amount> <unit> (bound at-most, at-least or within; unit hours, days, months or years), separated by semicolons.',
    value: (p) =>
      p.procedure
        ? list(p.procedure.periods.map(({ bound, amount, unit }) => `${bound} ${amount} ${unit}`))
        : null,
  },
  {
    name: 'procedure_safeguards',
    type: 'string',
    description:
      'Procedural provisions: the safeguards the provision sets (judicial-authorisation, participation, notification, selective-seizure, return, exclusion-of-evidence, …), separated by semicolons.',
    value: (p) => (p.procedure ? list(p.procedure.safeguards) : null),
  },
  {
    name: 'implements',
    type: 'string',
    description: 'Ids of international provisions implemented, separated by semicolons.',
    value: (p) => list(p.implements),
  },
  {
    name: 'verification',
    type: 'string',
    description: 'verified, partial or unverified.',
    value: (p) => p.verification.status,
  },
  {
    name: 'source_urls',
    type: 'string',
    description: 'Source URLs separated by semicolons.',
    value: (p) => list(p.sources.map((source) => source.url)),
  },
];
