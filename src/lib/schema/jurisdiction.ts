import * as z from 'zod';
import {
  currencySchema,
  durationSchema,
  httpUrlSchema,
  jurisdictionIdSchema,
  languageSchema,
  line,
  localizedText,
  markdown,
  offenseTypeIdSchema,
  uniqueList,
} from './common.js';
import { sourceSchema } from './source.js';

/** `provisions/<code>/_jurisdiction.yaml`: a country or an international organisation. */
export const jurisdictionSchema = z
  .strictObject({
    id: jurisdictionIdSchema.meta({
      description:
        'Lower-case code, equal to the folder name: ISO 3166-1 alpha-2 for states (`mk`, `kr`), or `coe`, `eu`, `un`.',
    }),
    name: localizedText('The name of the jurisdiction.'),
    kind: z.enum(['state', 'sub-national', 'international-organisation']).meta({
      description:
        'Whether the jurisdiction is a state, a part of one, or an international organisation.',
    }),
    languages: uniqueList(languageSchema).min(1).meta({
      description:
        'Official languages of its law, the main one first; every provision heading must be given in at least one of them.',
    }),
    legalPortal: z
      .strictObject({ title: line('The name of the portal.'), url: httpUrlSchema })
      .meta({ description: 'The official portal where its law is published.' }),
    officialGazette: z
      .strictObject({
        title: localizedText('The name of the official gazette.'),
        url: httpUrlSchema.optional(),
      })
      .optional()
      .meta({ description: 'The official gazette, for national jurisdictions.' }),
    currency: currencySchema.optional().meta({
      description: 'ISO 4217 code of the currency fines are set in, e.g. `MKD`, `KRW`, `EUR`.',
    }),
    generalMaximum: z
      .strictObject({
        imprisonment: durationSchema.meta({
          description:
            'The longest fixed-term imprisonment the general part allows, e.g. `20 years`.',
        }),
        article: line('The general-part article that sets it, as cited, e.g. `Article 35`.'),
        note: markdown(
          'Higher ceilings that apply in some cases (aggravation, concurrence, long-term imprisonment).',
        ).optional(),
      })
      .optional()
      .meta({
        description:
          'The ceiling of a penalty that states only a minimum; name the source under `sources`.',
      }),
    summary: localizedText(
      'An own-words overview of how its law treats these offenses.',
      'prose',
    ).optional(),
    notes: markdown('What its law does not cover, and caveats on the sources.').optional(),
    coverageNotes: z
      .array(
        z.strictObject({
          offenseType: offenseTypeIdSchema.meta({
            description: 'An offense type of the vocabulary.',
          }),
          finding: z.enum(['no-specific-offense', 'decriminalised', 'not-yet-researched']).meta({
            description:
              '`no-specific-offense`: no offense of this type was found in the law (say what applies instead); `decriminalised`: the conduct was an offense and is no longer; `not-yet-researched`: the atlas has not looked yet.',
          }),
          note: markdown('What was searched, what the law offers instead, and the sources.'),
        }),
      )
      .default([])
      .meta({
        description:
          'What the coverage matrix should say for offense types with no recorded provision.',
      }),
    sources: z.array(sourceSchema).default([]),
  })
  .meta({
    title: 'Law Atlas jurisdiction',
    description: 'A jurisdiction whose provisions are recorded.',
  });

export type Jurisdiction = z.infer<typeof jurisdictionSchema>;
