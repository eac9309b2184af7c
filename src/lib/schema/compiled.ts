import { ORDERING_AUTHORITIES, PERIOD_UNITS, POWER_KINDS, SAFEGUARD_KINDS } from './procedure.js';
import * as z from 'zod';
import { dateEventSchema, englishTitleSourceSchema } from './common.js';
import { instrumentKindSchema } from './instrument.js';
import { jurisdictionSchema } from './jurisdiction.js';
import { ANCILLARY_DUTIES } from './penalty.js';
import { elementsSchema, PROSECUTION_MODES, PROVISION_STATUSES } from './provision.js';
import { sourceSchema, verificationSchema } from './source.js';
import { offenseTypeSchema } from './vocabulary.js';
import { ASSESSMENTS } from './finding.js';
import { EVIDENCE_HOLDERS } from './guide.js';
import { CASE_KINDS } from './case-study.js';
import { CONTACT_KINDS, SERVICE_KINDS } from './service.js';
import { HELP_COUNTRIES, SERVICE_AREAS, SITUATIONS } from '../grammar/record-id.js';

/**
 * The compiled data: what `provisions.json` holds and what the site reads. Field names here
 * are a public contract (see docs/data-contract.md); add fields, never rename them.
 */
const text = z.string();
const nullableText = z.string().nullable();
const nullableDate = z
  .string()
  .nullable()
  .meta({ description: 'YYYY-MM-DD, or null when not recorded.' });
/**
 * A web address as a URI (RFC 3986): non-ASCII characters percent-encoded, scheme and host in
 * lower case, so that `format: uri` validators and HTTP clients accept it as it is.
 */
const uri = z.string().meta({ format: 'uri', description: 'An http(s) URI, percent-encoded.' });
const enacted = z
  .strictObject({ date: text, event: dateEventSchema, reference: nullableText })
  .nullable()
  .meta({
    description: 'When it was made law and which act that date marks; null when not recorded.',
  });
const translated = z.record(z.string(), z.string()).meta({
  description:
    'The title translated by the project into interface languages with no official title, keyed by language; never official.',
});
const localized = z
  .record(z.string(), z.string())
  .meta({ description: 'Text keyed by language code; `en` always present.' });

const writtenFrom = z.record(z.string(), z.string()).meta({
  description: 'For each language whose texts were written from another language’s, that language.',
});

/** A source as exported: the record's source with its address as a URI. */
export const compiledSourceSchema = sourceSchema.extend({ url: uri });

export const compiledPenaltySchema = z.strictObject({
  imprisonment: z
    .strictObject({
      minMonths: z
        .number()
        .int()
        .nullable()
        .meta({ description: 'Minimum term in months; null when the law sets none.' }),
      maxMonths: z.number().int().nullable().meta({
        description:
          'Maximum term in months: the stated one, or the general maximum of the jurisdiction where the law sets only a minimum (then `maxIsGeneral`); null when neither is recorded.',
      }),
      maxIsGeneral: z.boolean().meta({
        description:
          'True when the law sets only a minimum and `maxMonths` is the general maximum of fixed-term imprisonment.',
      }),
      life: z
        .boolean()
        .meta({ description: 'True when life imprisonment is an alternative to the term.' }),
    })
    .nullable(),
  fine: z
    .strictObject({
      kind: z.enum(['amount', 'day-fines', 'unspecified']),
      min: z.number().nullable(),
      max: z.number().nullable(),
      currency: nullableText,
    })
    .nullable(),
  alternative: z
    .boolean()
    .meta({ description: 'True when the court chooses between imprisonment and fine.' }),
  increase: nullableText,
  note: nullableText,
});

export const compiledProvisionSchema = z
  .strictObject({
    id: text.meta({
      description: '`<jurisdiction>/<instrument>/<article>`, e.g. `kr/sexual-crimes-act/14-2`.',
    }),
    jurisdiction: text.meta({
      description: 'Lower-case jurisdiction code: `mk`, `kr`, `coe`, `eu`.',
    }),
    instrument: z.strictObject({
      id: text,
      title: localized,
      translatedTitle: translated,
      abbreviation: nullableText,
      kind: instrumentKindSchema,
    }),
    article: nullableText.meta({
      description: 'As cited in English (`144-a`, `14-2`); null while unconfirmed.',
    }),
    articleOriginal: nullableText,
    title: localized.meta({
      description: 'Headings: `en` as displayed, other keys the official headings.',
    }),
    englishTitleSource: englishTitleSourceSchema,
    offenseTypes: z.array(text),
    status: z.enum(PROVISION_STATUSES),
    enacted,
    adopted: nullableDate.meta({
      description: 'The date of `enacted`, whichever act it marks (kept for older readers).',
    }),
    checkedTo: z
      .strictObject({ publication: nullableText, date: nullableDate, note: nullableText })
      .nullable()
      .meta({ description: 'Up to which gazette publication or date the text read is current.' }),
    inForceFrom: nullableDate,
    repealed: z.strictObject({ date: nullableText, by: text, successor: nullableText }).nullable(),
    penalties: z
      .strictObject({
        basic: compiledPenaltySchema,
        aggravated: z.array(
          z.strictObject({
            form: z.enum(['aggravated', 'mitigated', 'distinct']),
            paragraph: nullableText,
            condition: text,
            penalty: compiledPenaltySchema,
          }),
        ),
      })
      .nullable()
      .meta({
        description: 'National penalties; null for international provisions or when not recorded.',
      }),
    maxImprisonmentMonths: z.number().int().nullable().meta({
      description:
        'The highest maximum term over the basic and aggravated forms, general maxima included; null when none is recorded, when a form allows life imprisonment, or when a form with only a minimum has no recorded ceiling.',
    }),
    maxImprisonmentBasis: z
      .enum(['stated', 'general-maximum', 'ceiling-not-recorded', 'life'])
      .nullable()
      .meta({
        description:
          '`stated`: the law states that maximum; `general-maximum`: it is the general maximum applied to a form with only a minimum; `ceiling-not-recorded`: a form sets only a minimum and the jurisdiction’s general maximum is not recorded; `life`: a form allows life imprisonment (the months are then null); null without imprisonment.',
      }),
    obligation: z
      .strictObject({
        kind: z.enum([
          'criminalise',
          'criminal-or-other-sanction',
          'define',
          'procedural',
          'other',
        ]),
        minimumMaximumPenaltyMonths: z.number().int().nullable(),
        penaltyArticle: nullableText,
        reservations: nullableText,
        ancillary: z
          .strictObject({
            aiding: z.enum(ANCILLARY_DUTIES),
            attempt: z.enum(ANCILLARY_DUTIES),
            article: nullableText,
            sanctionsArticle: nullableText,
            note: nullableText,
          })
          .nullable(),
        note: nullableText,
      })
      .nullable(),
    procedure: z
      .strictObject({
        powers: z.array(z.enum(POWER_KINDS)),
        orderedBy: z.array(z.enum(ORDERING_AUTHORITIES)),
        threshold: nullableText,
        periods: z.array(
          z.strictObject({
            what: text,
            bound: z.enum(['at-most', 'at-least', 'within']),
            amount: z.number().int(),
            unit: z.enum(PERIOD_UNITS),
            renewable: z.boolean().nullable(),
            note: nullableText,
          }),
        ),
        safeguards: z.array(z.enum(SAFEGUARD_KINDS)),
        safeguardsNote: nullableText,
      })
      .nullable()
      .meta({
        description:
          'Procedural provisions: the powers, who orders them, the threshold, periods and safeguards; null for offense provisions.',
      }),
    attempt: z.strictObject({ punishable: z.boolean(), basis: nullableText }).nullable(),
    prosecution: z.strictObject({ mode: z.enum(PROSECUTION_MODES), note: nullableText }).nullable(),
    elements: elementsSchema,
    implements: z.array(text),
    related: z.array(text),
    history: z.array(
      z.strictObject({
        date: text,
        event: dateEventSchema,
        act: text,
        inForceFrom: nullableDate,
        change: text,
        penaltyAfter: compiledPenaltySchema.nullable(),
      }),
    ),
    summary: localized,
    translations: z.record(z.string(), z.record(z.string(), z.string())).meta({
      description:
        'The element texts and notes in other languages, keyed by language, then by field (`conduct`, `means`, `mentalElement`, `result`, `victimScope`, `consent`, `notes`).',
    }),
    writtenFrom,
    notes: nullableText,
    sources: z.array(compiledSourceSchema),
    verification: verificationSchema,
    file: text.meta({
      description: 'The record file in the repository, e.g. `provisions/kr/stalking-act/18.yaml`.',
    }),
  })
  .meta({ title: 'Law Atlas compiled provision', description: 'One item of `provisions.json`.' });

export const compiledInstrumentSchema = z.strictObject({
  id: text,
  jurisdiction: text,
  title: localized,
  englishTitleSource: englishTitleSourceSchema,
  translatedTitle: translated,
  abbreviation: nullableText,
  aliases: z.record(z.string(), z.array(text)).meta({
    description:
      'Other names the act is cited by, by language (official short names, abbreviations).',
  }),
  kind: instrumentKindSchema,
  officialUrl: uri,
  enacted,
  adopted: nullableDate.meta({
    description: 'The date of `enacted`, whichever act it marks (kept for older readers).',
  }),
  inForceFrom: nullableDate,
  publications: z.array(
    z.strictObject({ reference: text, date: nullableDate, note: nullableText }),
  ),
  parties: z.array(
    z.strictObject({
      jurisdiction: text,
      signed: nullableDate,
      ratified: nullableDate,
      inForce: nullableDate,
      reservations: nullableText,
      note: nullableText,
    }),
  ),
  summary: localized.nullable(),
  writtenFrom,
  notes: nullableText,
  sources: z.array(compiledSourceSchema),
  verification: verificationSchema,
  provisionIds: z.array(text),
});

export const compiledJurisdictionSchema = jurisdictionSchema.extend({
  legalPortal: z.strictObject({ title: text, url: uri }),
  officialGazette: z.strictObject({ title: localized, url: uri.optional() }).optional(),
  sources: z.array(compiledSourceSchema),
  instrumentIds: z.array(text),
});

export const compiledFindingSchema = z
  .strictObject({
    id: text,
    jurisdiction: text,
    offenseType: text,
    obligation: text.meta({ description: 'The id of the standard’s provision assessed.' }),
    assessment: z.enum(ASSESSMENTS),
    reasoning: localized,
    restsOn: z.array(text),
    comparedWith: z.array(text),
    writtenFrom,
    notes: nullableText,
    sources: z.array(compiledSourceSchema),
    verification: verificationSchema,
    file: text,
  })
  .meta({ title: 'Law Atlas compiled finding', description: 'One item of `findings.json`.' });

const localizedOrNull = localized.nullable();

export const compiledGuideSchema = z
  .strictObject({
    id: text,
    offenseTypes: z.array(text),
    title: localized,
    summary: localized,
    sections: z.array(
      z.strictObject({
        jurisdiction: text,
        provisions: z.array(text),
        elements: z.array(
          z.strictObject({
            prove: localized,
            evidence: z.array(
              z.strictObject({
                what: localized,
                heldBy: z.enum(EVIDENCE_HOLDERS),
                obtainedBy: z.array(text).meta({
                  description: 'Ids of the procedural provisions that obtain the evidence.',
                }),
                note: localizedOrNull,
              }),
            ),
          }),
        ),
        pitfalls: z.array(localized),
      }),
    ),
    crossBorder: localizedOrNull,
    writtenFrom,
    notes: nullableText,
    sources: z.array(compiledSourceSchema),
    verification: verificationSchema,
    file: text,
  })
  .meta({ title: 'Law Atlas compiled evidence guide', description: 'One item of `guides.json`.' });

export const compiledCaseSchema = z
  .strictObject({
    id: text,
    kind: z.enum(CASE_KINDS),
    title: localized,
    offenseTypes: z.array(text),
    facts: localized,
    charges: z.array(
      z.strictObject({
        jurisdiction: text,
        basis: z.enum(['charged', 'chargeable']),
        provisions: z.array(text),
        note: localizedOrNull,
      }),
    ),
    steps: z.array(localized),
    outcome: localizedOrNull,
    questions: z.array(z.strictObject({ question: localized, answer: localized })),
    writtenFrom,
    notes: nullableText,
    sources: z.array(compiledSourceSchema),
    verification: verificationSchema,
    file: text,
  })
  .meta({ title: 'Law Atlas compiled case study', description: 'One item of `cases.json`.' });

export const compiledServiceSchema = z
  .strictObject({
    id: text,
    area: z.enum(SERVICE_AREAS),
    kind: z.enum(SERVICE_KINDS),
    name: localized,
    operator: localizedOrNull,
    does: localized,
    situations: z.array(text),
    contacts: z.array(
      z.strictObject({ kind: z.enum(CONTACT_KINDS), value: text, note: localizedOrNull }),
    ),
    languages: z.array(text),
    hours: localizedOrNull,
    cost: z.enum(['free', 'charged', 'unknown']),
    ages: z.enum(['any', 'adults', 'minors']),
    lastChecked: text.meta({ description: 'YYYY-MM-DD: the day the contacts were confirmed.' }),
    writtenFrom,
    notes: nullableText,
    sources: z.array(compiledSourceSchema),
    verification: verificationSchema,
    file: text,
  })
  .meta({ title: 'Law Atlas compiled service', description: 'One item of `services.json`.' });

const route = z.strictObject({ text: localized, services: z.array(text) });

export const compiledGuidanceSchema = z
  .strictObject({
    id: text,
    country: z.enum(HELP_COUNTRIES),
    situation: z.enum(SITUATIONS),
    offenseTypes: z.array(text),
    title: localized,
    summary: localized,
    crime: z.strictObject({ text: localized, provisions: z.array(text) }),
    recognise: z.array(localized),
    doNow: z.array(localized),
    keepProof: z.array(localized),
    childImages: localizedOrNull,
    removal: route.nullable(),
    report: route,
    help: route,
    protect: z.array(localized),
    writtenFrom,
    notes: nullableText,
    sources: z.array(compiledSourceSchema),
    verification: verificationSchema,
    file: text,
  })
  .meta({ title: 'Law Atlas compiled help page', description: 'One item of `help.json`.' });

/** The whole compiled corpus, sorted by id. */
export const compiledCorpusSchema = z.strictObject({
  offenseTypes: z.array(offenseTypeSchema),
  jurisdictions: z.array(compiledJurisdictionSchema),
  instruments: z.array(compiledInstrumentSchema),
  provisions: z.array(compiledProvisionSchema),
  findings: z.array(compiledFindingSchema),
  guides: z.array(compiledGuideSchema),
  cases: z.array(compiledCaseSchema),
  services: z.array(compiledServiceSchema),
  guidance: z.array(compiledGuidanceSchema),
});

export type CompiledSource = z.infer<typeof compiledSourceSchema>;
export type CompiledPenalty = z.infer<typeof compiledPenaltySchema>;
export type CompiledProvision = z.infer<typeof compiledProvisionSchema>;
export type CompiledInstrument = z.infer<typeof compiledInstrumentSchema>;
export type CompiledJurisdiction = z.infer<typeof compiledJurisdictionSchema>;
export type CompiledFinding = z.infer<typeof compiledFindingSchema>;
export type CompiledGuide = z.infer<typeof compiledGuideSchema>;
export type CompiledCase = z.infer<typeof compiledCaseSchema>;
export type CompiledService = z.infer<typeof compiledServiceSchema>;
export type CompiledGuidance = z.infer<typeof compiledGuidanceSchema>;
export type CompiledCorpus = z.infer<typeof compiledCorpusSchema>;
