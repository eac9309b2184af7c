import * as z from 'zod';
import { httpUrlSchema, line, markdown, pastDateSchema } from './common.js';

/** Where a fact was read. Official sources are the portal, gazette or treaty office itself. */
export const sourceSchema = z
  .strictObject({
    url: httpUrlSchema,
    title: line('The title of the page or document.'),
    kind: z.enum(['official', 'secondary']).meta({
      description:
        '`official`: published by the legislature, gazette, ministry, court or treaty office; `secondary`: a mirror, translation, law-firm note, NGO or news report.',
    }),
    retrieved: pastDateSchema.meta({
      description: 'The date the source was read, YYYY-MM-DD; not later than today.',
    }),
    publisher: line('Who publishes it.').optional(),
    version: line(
      'The version read, where the source has one (e.g. a mirror commit or consolidation date).',
    ).optional(),
    opened: z.boolean().default(true).meta({
      description:
        '`false` when the source is named as where the law is published but was not opened or could not be read; it then supports nothing.',
    }),
    supports: markdown('Which facts of the record this source was used to confirm.').optional(),
  })
  .meta({ description: 'A source the record was checked against.' });

/** How far the record was checked; `note` says what was and was not seen. */
export const verificationSchema = z
  .strictObject({
    status: z.enum(['verified', 'partial', 'unverified']).meta({
      description:
        '`verified`: every recorded fact was read in an official text or a faithful mirror of it; `partial`: some facts rest on secondary sources only or could not be read; `unverified`: drafted from secondary mentions, not yet checked against the law.',
    }),
    note: markdown('What was checked, where, and what could not be checked.'),
  })
  .meta({ description: 'The verification status of the record.' });

export type Source = z.infer<typeof sourceSchema>;
export type Verification = z.infer<typeof verificationSchema>;
