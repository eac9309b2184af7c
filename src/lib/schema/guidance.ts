import * as z from 'zod';
import {
  guidanceIdSchema,
  localizedText,
  markdown,
  offenseTypeIdSchema,
  provisionIdSchema,
  serviceIdSchema,
  uniqueList,
  writtenFromSchema,
} from './common.js';
import { sourceSchema, verificationSchema } from './source.js';

const steps = (description: string) =>
  z
    .array(localizedText(description, 'prose'))
    .min(1)
    .meta({ description: `${description} In order.` });

/** A part of the page that sends the reader to services: what to say, and which services. */
const routeSchema = z.strictObject({
  text: localizedText('What to do, in plain own words.', 'prose'),
  services: uniqueList(serviceIdSchema).default([]).meta({
    description: 'Service records of the country or international ones, most useful first.',
  }),
});

/**
 * `_help/<country>/<situation>.yaml`: what a person in one situation in one country can do:
 * whether it is a crime (with the provisions, whose penalty the page states in words), how to
 * recognise it, what to do now, what to keep as proof (and, where a child may be in an image,
 * what never to do), how to get content removed, where to report, where to get help and how to
 * protect accounts and devices. Plain words a teenager manages, the project's own.
 */
export const guidanceSchema = z
  .strictObject({
    id: guidanceIdSchema.meta({
      description:
        'Equal to the file path with `help/` for `_help/` and without `.yaml`, e.g. `help/mk/sextortion`; the situation is the file name.',
    }),
    offenseTypes: uniqueList(offenseTypeIdSchema).min(1),
    title: localizedText(
      'The page title as a person would put the problem, e.g. Someone threatens to share my intimate images.',
    ),
    summary: localizedText(
      'One or two sentences: you are not to blame, and what this page helps with.',
      'prose',
    ),
    crime: z.strictObject({
      text: localizedText('Whether and how it is a crime here, in plain words.', 'prose'),
      provisions: uniqueList(provisionIdSchema).min(1).meta({
        description: 'The country’s provisions; the page names each and its penalty in words.',
      }),
    }),
    recognise: steps(
      'A sign of this conduct or a tactic perpetrators use (fake profiles, grooming steps, scripts, stalkerware).',
    ),
    doNow: steps('A step to take now.'),
    keepProof: steps('What to keep as proof, and how.'),
    childImages: localizedText(
      'Where a child may be in an image: never copy, screenshot or forward it; what to do instead.',
      'prose',
    ).optional(),
    removal: routeSchema.optional(),
    report: routeSchema,
    help: routeSchema,
    protect: steps('A step to protect accounts and devices.'),
    writtenFrom: writtenFromSchema,
    notes: markdown(
      'What could not be confirmed; where advice differs between sources.',
    ).optional(),
    sources: z.array(sourceSchema).min(1),
    verification: verificationSchema,
  })
  .meta({
    title: 'Law Atlas help page',
    description: 'What a person in one situation in one country can do, with sourced services.',
  });

export type Guidance = z.infer<typeof guidanceSchema>;
