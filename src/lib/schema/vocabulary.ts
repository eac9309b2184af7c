import * as z from 'zod';
import {
  languageSchema,
  line,
  localizedText,
  markdown,
  offenseTypeIdSchema,
  provisionIdSchema,
  uniqueList,
} from './common.js';

/** One entry of the controlled vocabulary of offense types. */
export const offenseTypeSchema = z
  .strictObject({
    id: offenseTypeIdSchema.meta({ description: 'Stable id, e.g. `stalking`.' }),
    label: localizedText('The name of the offense type.'),
    definition: localizedText('A one-paragraph definition, in the project’s own words.', 'prose'),
    correspondsTo: uniqueList(provisionIdSchema).default([]).meta({
      description:
        'Ids of the international-standard provisions this offense type corresponds to, e.g. `coe/istanbul-convention/34`.',
    }),
    synonyms: z
      .partialRecord(languageSchema, z.array(line('A search word.')).min(1))
      .optional()
      .meta({
        description:
          'Other words people search with for this offense type, by language (e.g. en: [revenge porn], ko: [몰카]); used by search only.',
      }),
    scopeNote: markdown(
      'What falls inside and outside this type, where the label alone is unclear.',
    ).optional(),
  })
  .meta({ description: 'An offense type.' });

/** `provisions/_vocabulary/offense-types.yaml`. */
export const vocabularySchema = z
  .strictObject({
    offenseTypes: z.array(offenseTypeSchema).min(1),
  })
  .meta({
    title: 'Law Atlas offense-type vocabulary',
    description: 'The controlled vocabulary of offense types that provisions are classified by.',
  });

export type OffenseType = z.infer<typeof offenseTypeSchema>;
export type Vocabulary = z.infer<typeof vocabularySchema>;
