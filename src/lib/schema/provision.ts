import * as z from 'zod';
import {
  addRuleIssue,
  dateEventSchema,
  enactedSchema,
  englishTitleSourceSchema,
  isoDateSchema,
  line,
  localizedHeading,
  localizedText,
  markdown,
  offenseTypeIdSchema,
  provisionIdSchema,
  languageSchema,
  uniqueList,
  writtenFromSchema,
} from './common.js';
import { obligationSchema, penaltiesSchema, penaltySchema } from './penalty.js';
import { procedureSchema } from './procedure.js';
import { sourceSchema, verificationSchema } from './source.js';
import { englishProse, TRANSLATABLE_FIELDS } from './translatable-fields.js';

export {
  englishProse,
  TRANSLATABLE_FIELDS,
  type TranslatableField,
} from './translatable-fields.js';

/** How a national offense comes to court; `not-yet-read` keeps "unknown" apart from "ex officio". */
export const PROSECUTION_MODES = [
  'ex-officio',
  'on-complaint',
  'on-motion',
  'ex-officio-unless-victim-objects',
  'private-prosecution',
  'not-yet-read',
] as const;

/** The law as published, or what is only reported or proposed. */
export const PROVISION_STATUSES = [
  'in-force',
  'not-yet-in-force',
  'repealed',
  'reported-adopted',
  'draft',
] as const;
/** Statuses that claim the provision is (or was) law, and so need an official basis. */
export const LAW_STATUSES: readonly string[] = ['in-force', 'not-yet-in-force', 'repealed'];

/** The offense elements as comparable fields; leave out what the sources do not show. */
export const elementsSchema = z
  .strictObject({
    conduct: markdown('The prohibited conduct, in own words.').optional(),
    means: z
      .strictObject({
        online: z.enum(['explicit', 'implicit', 'aggravation', 'not-covered', 'unclear']).meta({
          description:
            '`explicit`: the text names ICT, networks or electronic means; `implicit`: wording is broad enough to cover online acts; `aggravation`: the online form raises the penalty; `not-covered`: online acts fall outside; `unclear`: not settled.',
        }),
        note: markdown('How the online form is covered.').optional(),
      })
      .optional(),
    mentalElement: z
      .strictObject({
        kind: z
          .enum([
            'intent',
            'intent-with-purpose',
            'knowledge',
            'recklessness',
            'negligence',
            'not-stated',
          ])
          .meta({
            description:
              'The fault required; `intent-with-purpose` where a further purpose must be shown.',
          }),
        note: markdown('The purpose or knowledge required.').optional(),
      })
      .optional(),
    result: z
      .strictObject({
        kinds: uniqueList(
          z.enum([
            'none',
            'fear',
            'anxiety',
            'insecurity',
            'distress',
            'serious-harm',
            'life-change',
            'reputational-harm',
            'other',
          ]),
        )
          .min(1)
          .meta({
            description:
              'The results any one of which completes the offense; `none` for a conduct offense.',
          }),
        note: markdown('How the result is worded.').optional(),
      })
      .optional(),
    victimScope: markdown('Who can be a victim; any restriction (age, relationship).').optional(),
    consent: z
      .strictObject({
        kind: z
          .enum(['lack-of-consent-required', 'against-will', 'not-an-element', 'irrelevant'])
          .meta({
            description:
              '`lack-of-consent-required`: the absence of consent is an element; `against-will`: acting against the person’s will; `not-an-element`: consent is not mentioned; `irrelevant`: consent does not excuse (e.g. children).',
          }),
        note: markdown('How consent figures.').optional(),
      })
      .optional(),
  })
  .meta({ description: 'The elements of the offense or obligation.' });

/**
 * The element texts and notes in another language, keyed by language: the project's writing,
 * like the English (`writtenFrom` says when it was written from the English text).
 */
export const translationsSchema = z
  .partialRecord(
    languageSchema.exclude(['en']),
    z.strictObject({
      conduct: markdown('`elements.conduct` in this language.').optional(),
      means: markdown('`elements.means.note` in this language.').optional(),
      mentalElement: markdown('`elements.mentalElement.note` in this language.').optional(),
      result: markdown('`elements.result.note` in this language.').optional(),
      victimScope: markdown('`elements.victimScope` in this language.').optional(),
      consent: markdown('`elements.consent.note` in this language.').optional(),
      notes: markdown('`notes` in this language.').optional(),
    }),
  )
  .default({})
  .meta({
    description:
      'The element texts and notes in other languages, keyed by language, e.g. `{mk: {conduct: …}}`; each translates a field the record has in English.',
  });

/** One amendment of the provision, with the penalty in force from then where it changed. */
export const amendmentSchema = z.strictObject({
  date: isoDateSchema.meta({ description: 'Date of the amending act; `event` says which act.' }),
  event: dateEventSchema,
  act: line('The amending act as cited: act number or gazette reference, e.g. `Act No. 17264`.'),
  inForceFrom: isoDateSchema.optional().meta({ description: 'Date the amendment took effect.' }),
  change: markdown('What changed, in own words.'),
  penaltyAfter: penaltySchema.optional().meta({
    description: 'The basic penalty in force after this amendment, where it changed.',
  }),
});

/** `provisions/<jurisdiction>/<instrument>/<article>.yaml`: one provision. */
export const provisionSchema = z
  .strictObject({
    id: provisionIdSchema.meta({
      description: 'Equal to the file path without `.yaml`, e.g. `kr/sexual-crimes-act/14-2`.',
    }),
    article: line(
      'The article as cited in English, e.g. `144-a`, `14-2`, `§ 238`. Leave out while the number is not confirmed.',
    ).optional(),
    articleOriginal: line(
      'The article as cited in the original language, e.g. `член 144-а`, `제14조의2`.',
    ).optional(),
    title: localizedHeading(
      'The official heading of the article, in the original language (required) and in English where official.',
    ),
    englishTitle: line('The English heading the atlas displays.'),
    englishTitleSource: englishTitleSourceSchema,
    offenseTypes: uniqueList(offenseTypeIdSchema).default([]).meta({
      description:
        'Ids from the offense-type vocabulary; at least one, except in a procedural provision.',
    }),
    implements: uniqueList(provisionIdSchema).default([]).meta({
      description:
        'Ids of the international provisions this provision implements, e.g. `coe/istanbul-convention/34`.',
    }),
    related: uniqueList(provisionIdSchema).default([]).meta({
      description: 'Ids of comparable or connected provisions (in this or other jurisdictions).',
    }),
    elements: elementsSchema.default({}),
    penalties: penaltiesSchema
      .optional()
      .meta({ description: 'National provisions only. Leave out what is not confirmed.' }),
    obligation: obligationSchema.optional().meta({ description: 'International provisions only.' }),
    procedure: procedureSchema.optional(),
    attempt: z
      .strictObject({
        punishable: z.boolean(),
        basis: line(
          'The provision that makes the attempt punishable, e.g. `Article 15`.',
        ).optional(),
      })
      .optional()
      .meta({ description: 'Whether an attempt is punishable.' }),
    prosecution: z
      .strictObject({
        mode: z.enum(PROSECUTION_MODES).meta({
          description:
            '`ex-officio`: prosecuted by the state regardless of the victim; `on-complaint`: only on the victim’s complaint to the police or prosecutor (France: plainte; Korea: 고소); `on-motion`: the state prosecutes only on the victim’s motion, a procedural request that can be withdrawn (North Macedonia: по предлог; Croatia, Slovenia: na prijedlog / na predlog); `ex-officio-unless-victim-objects`: dropped if the victim objects; `private-prosecution`: the victim brings and conducts the case (приватна тужба); `not-yet-read`: the rule on prosecution was not read in a source yet.',
        }),
        note: markdown('Exceptions and the provision that sets the mode.').optional(),
      })
      .optional(),
    status: z.enum(PROVISION_STATUSES).meta({
      description:
        '`in-force`, `not-yet-in-force`, `repealed`: the law as published (needs an official source that was opened or a gazette reference); `reported-adopted`: reported as adopted, but neither an official text nor a gazette reference was seen; `draft`: a bill or proposal, not law.',
    }),
    enacted: enactedSchema.optional().meta({
      description:
        'When the act that introduced the provision was made law, and which act the date marks.',
    }),
    checkedTo: z
      .strictObject({
        publication: line(
          'The last gazette publication the text read includes, e.g. `Службен весник 36/2023`.',
        ).optional(),
        date: isoDateSchema
          .optional()
          .meta({ description: 'The date the text read is current to (consolidation or mirror).' }),
        note: markdown('What was checked for later amendments, and where.').optional(),
      })
      .optional()
      .meta({ description: 'How current the text read is: up to which gazette or date.' }),
    inForceFrom: isoDateSchema
      .optional()
      .meta({ description: 'Date the provision, in its first version, entered into force.' }),
    repealed: z
      .strictObject({
        date: isoDateSchema
          .optional()
          .meta({ description: 'Date the repeal took effect; leave out while not confirmed.' }),
        by: line('The repealing act as cited.'),
        successor: markdown('Where the matter went (another article, civil law).').optional(),
      })
      .optional(),
    history: z
      .array(amendmentSchema)
      .default([])
      .meta({ description: 'Amendments, oldest first.' }),
    summary: localizedText('An own-words summary.', 'prose'),
    notes: markdown('Caveats, disagreements between sources, open questions.').optional(),
    translations: translationsSchema,
    writtenFrom: writtenFromSchema,
    sources: z.array(sourceSchema).min(1),
    verification: verificationSchema,
  })
  .superRefine((provision, ctx) => {
    // An offense provision with no offense type would be missing from every table and matrix;
    // only a procedural provision (a power, a safeguard) belongs to none.
    if (provision.offenseTypes.length === 0 && provision.procedure === undefined) {
      addRuleIssue(ctx, ['offenseTypes'], 'names no offense type', {
        rule: 'missing-offense-type',
        expected: 'at least one id from the offense-type vocabulary',
        hint: 'Add the offense type, or describe the power in `procedure` if the provision is procedural.',
        statement: true,
      });
    }
    // A translation of a text the record does not have would show in one language only.
    const english = englishProse(provision);
    for (const [language, fields] of Object.entries(provision.translations)) {
      for (const field of TRANSLATABLE_FIELDS) {
        if (fields?.[field] !== undefined && english[field] === undefined) {
          addRuleIssue(
            ctx,
            ['translations', language, field],
            'translates a text the record does not have in English',
            {
              rule: 'orphan-translation',
              expected: `a ${field} text in English first`,
              hint: 'Write the English text, or remove this translation.',
              statement: true,
            },
          );
        }
      }
    }
    // A provision listed as comparable to itself would show in its own comparison table.
    for (const field of ['related', 'implements'] as const) {
      provision[field].forEach((id, index) => {
        if (id === provision.id) {
          addRuleIssue(ctx, [field, index], `lists the provision itself`, {
            rule: 'self-reference',
            expected: 'ids of other provisions',
            hint: 'Remove its own id from the list.',
            statement: true,
          });
        }
      });
    }
  })
  .meta({
    title: 'Law Atlas provision',
    description: 'One provision of criminal law or of an international instrument.',
  });

export type Provision = z.infer<typeof provisionSchema>;
export type Elements = z.infer<typeof elementsSchema>;
export type Amendment = z.infer<typeof amendmentSchema>;
