import * as z from 'zod';
import {
  languageSchema,
  line,
  localizedText,
  markdown,
  offenseTypeIdSchema,
  pastDateSchema,
  serviceIdSchema,
  uniqueList,
  writtenFromSchema,
} from './common.js';
import { sourceSchema, verificationSchema } from './source.js';

/** What a service is, in the words a person looking for help would use. */
export const SERVICE_KINDS = [
  'emergency',
  'police-report',
  'online-report',
  'helpline',
  'victim-support',
  'legal-aid',
  'removal',
  'hotline',
] as const;

export const CONTACT_KINDS = ['phone', 'sms', 'web', 'email', 'address', 'app'] as const;

/** One way to reach the service. A number or address is a fact: sourced, or left out. */
export const contactSchema = z.strictObject({
  kind: z.enum(CONTACT_KINDS),
  value: line('The number, address or URL exactly as the source gives it, e.g. `112`.'),
  note: localizedText('When or for whom this contact is, e.g. `from a mobile phone`.').optional(),
});

/**
 * `_services/<area>/<service>.yaml`: a service a person can turn to: an emergency number, a
 * reporting channel, a helpline, victim support or a removal tool, with what it does, how to
 * reach it, its languages, hours and cost, and the day it was last checked.
 */
export const serviceSchema = z
  .strictObject({
    id: serviceIdSchema.meta({
      description:
        'Equal to the file path with `services/` for `_services/` and without `.yaml`; the area (`mk`, `kr`, `international`) is the folder, e.g. `services/kr/police-112`.',
    }),
    kind: z.enum(SERVICE_KINDS),
    name: localizedText(
      'The service’s name; the official name in its own language where it has one.',
    ),
    operator: localizedText('Who runs it, e.g. the Ministry of Interior.').optional(),
    does: localizedText('What it does for a person, in plain own words.', 'prose'),
    situations: uniqueList(offenseTypeIdSchema).default([]).meta({
      description: 'Offense types it helps with; empty when it helps with any.',
    }),
    contacts: z.array(contactSchema).min(1),
    languages: uniqueList(languageSchema).default([]).meta({
      description: 'Languages it serves in, as the source says; empty when not known.',
    }),
    hours: localizedText('When it can be reached, e.g. `24 hours, every day`.').optional(),
    cost: z.enum(['free', 'charged', 'unknown']).default('unknown'),
    ages: z.enum(['any', 'adults', 'minors']).default('any').meta({
      description:
        '`adults`, `minors`: the service is only for them (e.g. Take It Down: images taken under 18).',
    }),
    lastChecked: pastDateSchema.meta({
      description: 'The day the contacts were last confirmed in a source.',
    }),
    writtenFrom: writtenFromSchema,
    notes: markdown('What could not be confirmed; disagreements between sources.').optional(),
    sources: z.array(sourceSchema).min(1),
    verification: verificationSchema,
  })
  .meta({
    title: 'Law Atlas service',
    description: 'A service a person can turn to for help, with sourced contacts.',
  });

export type Service = z.infer<typeof serviceSchema>;
