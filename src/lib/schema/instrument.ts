import * as z from 'zod';
import {
  enactedSchema,
  englishTitleSourceSchema,
  httpUrlSchema,
  instrumentIdSchema,
  isoDateSchema,
  jurisdictionIdSchema,
  languageSchema,
  line,
  localizedHeading,
  localizedText,
  markdown,
  uniqueList,
  writtenFromSchema,
} from './common.js';
import { sourceSchema, verificationSchema } from './source.js';

import {
  INTERNATIONAL_INSTRUMENT_KINDS,
  isInternational,
  NATIONAL_INSTRUMENT_KINDS,
} from './instrument-kinds.js';

export { INTERNATIONAL_INSTRUMENT_KINDS, isInternational, NATIONAL_INSTRUMENT_KINDS };

export const instrumentKindSchema = z
  .enum([...NATIONAL_INSTRUMENT_KINDS, ...INTERNATIONAL_INSTRUMENT_KINDS])
  .meta({
    description:
      '`criminal-code`: the general penal code; `special-act`: a statute dedicated to certain offenses; `act`: another statute with penal provisions; `convention`, `protocol`, `directive`, `recommendation`: international instruments.',
  });

/** A publication of the act or of one of its amendments in the official gazette or journal. */
export const publicationSchema = z.strictObject({
  reference: line(
    'As cited officially, e.g. `Службен весник 37/1996`, `Act No. 18909`, `OJ L, 2024/1385`.',
  ),
  date: isoDateSchema.optional().meta({ description: 'The date of publication.' }),
  note: markdown('What this publication was (original text, amendment, consolidation).').optional(),
});

/** Where a state of the atlas stands towards an international instrument. */
export const partySchema = z.strictObject({
  jurisdiction: jurisdictionIdSchema.meta({
    description:
      'A jurisdiction of the atlas (`mk`, `kr`, …); for the United Kingdom, the jurisdiction whose law is recorded (`gb-ew`), with a note.',
  }),
  signed: isoDateSchema.optional().meta({ description: 'Date of signature.' }),
  ratified: isoDateSchema
    .optional()
    .meta({ description: 'Date of ratification, acceptance, approval or accession.' }),
  inForce: isoDateSchema
    .optional()
    .meta({ description: 'Date it entered into force for the state.' }),
  reservations: markdown(
    'Reservations and declarations that matter for these offenses.',
  ).optional(),
  note: markdown(
    'What the dates rest on, and anything unusual (succession, territorial scope).',
  ).optional(),
});

/** `provisions/<jurisdiction>/<instrument>/_instrument.yaml`: an act, code or treaty. */
export const instrumentSchema = z
  .strictObject({
    id: instrumentIdSchema.meta({
      description: 'Equal to the folder path, e.g. `kr/sexual-crimes-act`.',
    }),
    title: localizedHeading(
      'The official title, in the original language and in English where one exists.',
    ),
    englishTitle: line('The English title the atlas displays.'),
    englishTitleSource: englishTitleSourceSchema,
    abbreviation: line('Common short name, e.g. `Istanbul Convention`.').optional(),
    translatedTitle: z
      .partialRecord(languageSchema, line('The title translated by the project.'))
      .optional()
      .meta({
        description:
          'The title in an interface language where `title` records no official one (e.g. `mk`, `ko`), translated by the project and shown as such; never an official title.',
      }),
    aliases: z
      .partialRecord(languageSchema, uniqueList(line('A name the act is cited by.')).min(1))
      .optional()
      .meta({
        description:
          'Other names the act is cited by, by language: official short names (e.g. the Korean 약칭 `성폭력처벌법`) and common abbreviations. Used by search; name the source that shows each under `sources`.',
      }),
    kind: instrumentKindSchema,
    articleHeadings: z.boolean().default(true).meta({
      description:
        '`false` when the law prints no heading above its articles (the French Code pénal, the Bulgarian Criminal Code): its provisions then need no heading in an official language, only the English description.',
    }),
    officialUrl: httpUrlSchema.meta({ description: 'The official page of the instrument.' }),
    enacted: enactedSchema.optional().meta({
      description:
        'The date the instrument is cited by (adoption of a treaty or EU act; adoption, promulgation or assent of a national act), with the act it marks.',
    }),
    inForceFrom: isoDateSchema.optional().meta({ description: 'Date it entered into force.' }),
    publications: z.array(publicationSchema).default([]).meta({
      description: 'Its publications in the official gazette or journal, oldest first.',
    }),
    parties: z.array(partySchema).default([]).meta({
      description:
        'International instruments only: which jurisdictions of the atlas signed, ratified and are bound by it, with the dates read in a source named under `sources`.',
    }),
    summary: localizedText('An own-words overview of the instrument.', 'prose').optional(),
    writtenFrom: writtenFromSchema,
    notes: markdown(
      'Caveats: consolidation state, numbering, what the instrument does not cover.',
    ).optional(),
    sources: z.array(sourceSchema).min(1),
    verification: verificationSchema,
  })
  .meta({
    title: 'Law Atlas instrument',
    description: 'A legal instrument whose provisions are recorded.',
  });

export type Instrument = z.infer<typeof instrumentSchema>;
export type Party = z.infer<typeof partySchema>;
