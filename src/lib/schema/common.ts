import * as z from 'zod';
import type { RuleId } from '../diagnostics/rules.js';
import { isCurrencyCode } from '../grammar/currency.js';
import { DURATION_PATTERN, MAX_TERM_MONTHS, parseDuration } from '../grammar/duration.js';
import { checkHttpUrl } from '../grammar/http-url.js';
import { EARLIEST_DATE, ISO_DATE, isCalendarDate, todayIso } from '../grammar/iso-date.js';
import { LIMITS } from '../grammar/limits.js';
import {
  CASE_ID,
  FINDING_ID,
  GUIDE_ID,
  GUIDANCE_ID,
  SERVICE_ID,
  INSTRUMENT_ID,
  JURISDICTION_ID,
  OFFENSE_TYPE_ID,
  PROVISION_ID,
  SITUATIONS,
} from '../grammar/record-id.js';

/**
 * Languages a record may carry text in: ISO 639-1 codes (ISO 639-3 `cnr` for Montenegrin).
 * `en` comes first because every record must have English text; the others follow the
 * jurisdictions the atlas covers. Extend this list, not the schemas, to add a language.
 */
export const LANGUAGES = [
  'en',
  'mk',
  'ko',
  'sq',
  'sr',
  'hr',
  'bs',
  'cnr',
  'sl',
  'bg',
  'de',
  'fr',
  'es',
  'pt',
  'ar',
  'ru',
  'zh',
] as const;

export const languageSchema = z.enum(LANGUAGES).meta({
  description:
    'A language code (ISO 639-1, or ISO 639-3 `cnr` for Montenegrin); the UN languages are included for treaties authentic in all six.',
});

/**
 * What a refinement reports: the rule of the catalog, what was expected and how to fix it.
 * With `statement`, the issue's message is a whole sentence about the field ("min is greater
 * than max"); otherwise it names what the value is not ("a calendar date").
 */
export interface RuleParams {
  rule: RuleId;
  expected: string;
  hint?: string;
  statement?: boolean;
}

/** Adds a located issue reported under a rule of the catalog. */
export function addRuleIssue(
  ctx: z.core.$RefinementCtx,
  path: (string | number)[],
  message: string,
  params: RuleParams,
): void {
  ctx.addIssue({ code: 'custom', path, message, params });
}

/** One line of plain text: a heading, title, citation or name, at most `LIMITS.line` characters. */
export function line(description: string) {
  return z.string().trim().min(1).max(LIMITS.line).meta({ description });
}

function textIn(description: string, language: string, length: 'line' | 'prose') {
  return z
    .string()
    .trim()
    .min(1)
    .max(LIMITS[length])
    .meta({ description: `${description.replace(/\.$/, '')} (${language}).` });
}

/**
 * Plain text keyed by language, English required: `{en: "Stalking", mk: "Демнење"}`. Names and
 * labels are one `line`; summaries and definitions are `prose`.
 */
export function localizedText(description: string, length: 'line' | 'prose' = 'line') {
  const languages = Object.fromEntries(
    LANGUAGES.filter((language) => language !== 'en').map((language) => [
      language,
      textIn(description, language, length).optional(),
    ]),
  ) as Record<Exclude<(typeof LANGUAGES)[number], 'en'>, z.ZodOptional<z.ZodString>>;
  return z.strictObject({ en: textIn(description, 'en', length), ...languages }).meta({
    description: `${description} Keyed by language; English is required.`,
  });
}

/** Text of any language except that English is not required (official headings). */
export function localizedHeading(description: string) {
  const languages = Object.fromEntries(
    LANGUAGES.map((language) => [language, textIn(description, language, 'line').optional()]),
  ) as Record<(typeof LANGUAGES)[number], z.ZodOptional<z.ZodString>>;
  return z.strictObject(languages).meta({ description: `${description} Keyed by language.` });
}

/**
 * An identifier of the grammar in `grammar/record-id.ts`, checked by a rule with a readable
 * expectation instead of the raw regular expression.
 */
export function identifier(pattern: RegExp, expected: string) {
  return z
    .string()
    .refine((value) => pattern.test(value), {
      message: 'a valid id',
      params: {
        rule: 'invalid-id',
        expected,
        hint: 'Use lower-case letters, digits and hyphens only.',
      } satisfies RuleParams,
    })
    .meta({ pattern: pattern.source });
}

/** `<jurisdiction>/<instrument>/<article>`, e.g. `kr/sexual-crimes-act/14-2`. */
export const provisionIdSchema = identifier(
  PROVISION_ID,
  'a provision id <jurisdiction>/<instrument>/<article>, e.g. kr/stalking-act/18',
).meta({ description: 'A provision id, `<jurisdiction>/<instrument>/<article>`.' });

/** `<jurisdiction>/<instrument>`, e.g. `kr/stalking-act`. */
export const instrumentIdSchema = identifier(
  INSTRUMENT_ID,
  'an instrument id <jurisdiction>/<instrument>, e.g. kr/stalking-act',
);

/** `mk`, `kr`, `coe`, `ba-fbih`. */
export const jurisdictionIdSchema = identifier(
  JURISDICTION_ID,
  'a jurisdiction code such as mk, kr, coe or ba-fbih',
);

/** An offense type of the vocabulary, e.g. `stalking`. */
export const offenseTypeIdSchema = identifier(
  OFFENSE_TYPE_ID,
  'an offense-type id such as stalking or image-based-abuse',
);

/** `findings/<jurisdiction>/<finding>`, e.g. `findings/mk/stalking-istanbul-34`. */
export const findingIdSchema = identifier(
  FINDING_ID,
  'a finding id findings/<jurisdiction>/<finding>, e.g. findings/mk/stalking-istanbul-34',
).meta({ description: 'A finding id, `findings/<jurisdiction>/<finding>`.' });

/** `guides/<guide>`, e.g. `guides/stalking`. */
export const guideIdSchema = identifier(
  GUIDE_ID,
  'a guide id guides/<guide>, e.g. guides/stalking',
).meta({ description: 'An evidence guide id, `guides/<guide>`.' });

/** `cases/<case>`, e.g. `cases/nth-room`. */
export const caseIdSchema = identifier(CASE_ID, 'a case id cases/<case>, e.g. cases/nth-room').meta(
  { description: 'A case study id, `cases/<case>`.' },
);

/** `services/<area>/<service>`, e.g. `services/kr/police-112`. */
export const serviceIdSchema = identifier(
  SERVICE_ID,
  'a service id services/<mk|kr|international>/<service>, e.g. services/kr/police-112',
).meta({ description: 'A service id, `services/<area>/<service>`.' });

/** `help/<country>/<situation>`, e.g. `help/mk/sextortion`. */
export const guidanceIdSchema = identifier(
  GUIDANCE_ID,
  `a help page id help/<mk|kr>/<situation>, the situation one of ${SITUATIONS.join(', ')}`,
).meta({ description: 'A help page id, `help/<country>/<situation>`.' });

/**
 * Which texts of a record were written from the text of another language, e.g. `{mk: en}`: the
 * Macedonian texts were written from the English ones. Every text is the project's own writing;
 * a language not listed was written directly, from the sources.
 */
export const writtenFromSchema = z.partialRecord(languageSchema, languageSchema).default({}).meta({
  description:
    'For each language whose texts were written from another language’s texts of this record, that language, e.g. `{mk: en, ko: en}`. Languages not listed were written from the sources.',
});

/** A list in which no value appears twice (ids, languages, kinds). */
export function uniqueList<T extends z.ZodType<string>>(item: T) {
  return z.array(item).superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((value, index) => {
      if (seen.has(value)) {
        addRuleIssue(ctx, [index], `"${value}" is listed twice`, {
          rule: 'duplicate-entry',
          expected: 'each value once',
          hint: 'Remove the repeated entry.',
          statement: true,
        });
      }
      seen.add(value);
    });
  });
}

/** A calendar date written `YYYY-MM-DD`; quoted or not, YAML 1.2 reads it as a string. */
export const isoDateSchema = z
  .string()
  .superRefine((value, ctx) => {
    if (!isCalendarDate(value)) {
      addRuleIssue(ctx, [], 'a calendar date written YYYY-MM-DD', {
        rule: 'invalid-date',
        expected: 'a calendar date written YYYY-MM-DD, e.g. 2023-02-25',
        hint: 'Write the full date with a four-digit year and two-digit month and day.',
      });
    } else if (value < EARLIEST_DATE) {
      addRuleIssue(ctx, [], `a date from ${EARLIEST_DATE} on`, {
        rule: 'implausible-date',
        expected: `a date on or after ${EARLIEST_DATE}`,
        hint: 'Check the year against the source.',
      });
    }
  })
  .meta({ description: 'A calendar date, YYYY-MM-DD.', pattern: ISO_DATE.source });

/** A date on which something was done, so not later than today (when a source was read). */
export const pastDateSchema = isoDateSchema.superRefine((value, ctx) => {
  const today = todayIso();
  if (isCalendarDate(value) && value > today) {
    addRuleIssue(ctx, [], `a date on or before today (${today})`, {
      rule: 'implausible-date',
      expected: `a date on or before ${today}`,
      hint: 'Write the day the source was actually read.',
    });
  }
});

/**
 * Which act a date marks. Legislatures adopt, heads of state promulgate, the Crown assents,
 * gazettes publish; the dates differ by days or weeks, and a reader citing the law must know which.
 */
export const dateEventSchema = z
  .enum(['adopted', 'promulgated', 'assented', 'published', 'opened-for-signature', 'in-force'])
  .meta({
    description:
      '`adopted`: passed by the legislature, or a treaty or EU act adopted by its body; `promulgated`: promulgated or signed into law by the head of state (Korea: 공포; France: the date of the loi); `assented`: Royal Assent; `published`: published in the official gazette or journal; `opened-for-signature`: a treaty opened for signature; `in-force`: the day a change took effect, where the date of the act that made it is not known.',
  });

/** The date an act or provision was made law, with the act that date marks. */
export const enactedSchema = z
  .strictObject({
    date: isoDateSchema,
    event: dateEventSchema,
    reference: line(
      'The act or gazette publication as cited, e.g. `Службен весник 36/2023`, `Act No. 17264`.',
    ).optional(),
  })
  .meta({ description: 'When it was made law, and which act that date is.' });

/**
 * A web address; only http(s) so that every link in the atlas opens in a browser. Non-ASCII
 * letters are allowed as written (Korean law titles); the export percent-encodes them.
 */
export const httpUrlSchema = z
  .string()
  .max(LIMITS.url)
  .superRefine((value, ctx) => {
    if (value.length > LIMITS.url) return;
    const problem = checkHttpUrl(value);
    if (problem) {
      addRuleIssue(ctx, [], 'an http(s) URL', {
        ...problem,
        hint: 'Copy the address of the page from the browser’s address bar.',
      });
    }
  })
  .meta({
    description:
      'An absolute http(s) address (an IRI: non-ASCII letters allowed), with no user name or password.',
    pattern: '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s]+$',
  });

/**
 * A prison term as written by the law: `6 months`, `3 years`, `1 year 6 months`, from one
 * month to `MAX_TERM_MONTHS`. Normalized to months by the compiler.
 */
export const durationSchema = z
  .string()
  .max(40)
  .superRefine((value, ctx) => {
    const months = parseDuration(value);
    if (months === undefined) {
      addRuleIssue(ctx, [], 'a duration', {
        rule: 'invalid-duration',
        expected: 'a term such as "6 months", "3 years" or "1 year 6 months"',
      });
    } else if (months < 1 || months > MAX_TERM_MONTHS) {
      addRuleIssue(ctx, [], `a term from 1 month to ${MAX_TERM_MONTHS / 12} years`, {
        rule: 'term-bounds',
        expected: `from 1 month to ${MAX_TERM_MONTHS / 12} years (life imprisonment: life: true)`,
        hint: 'Check the term against the law.',
      });
    }
  })
  .meta({
    description: 'A term of imprisonment: "6 months", "3 years", "1 year 6 months".',
    pattern: DURATION_PATTERN.source,
  });

/** An ISO 4217 currency code, e.g. `MKD`, `KRW`, `EUR`. */
export const currencySchema = z
  .string()
  .refine(isCurrencyCode, {
    message: 'an ISO 4217 currency code',
    params: {
      rule: 'invalid-currency',
      expected: 'an ISO 4217 code in capitals, e.g. MKD, KRW, EUR',
    } satisfies RuleParams,
  })
  .meta({ pattern: '^[A-Z]{3}$' });

/** Own-words Markdown; rendered as sanitized React elements, never as raw HTML. */
export function markdown(description: string) {
  return z
    .string()
    .trim()
    .min(1)
    .max(LIMITS.prose)
    .meta({ description: `${description} Markdown.` });
}

/** Where the English heading or title shown by the atlas comes from. */
export const englishTitleSourceSchema = z
  .enum([
    'official-translation',
    'reference-translation',
    'project-translation',
    'original-language',
  ])
  .meta({
    description:
      '`official-translation`: an authentic or legally official English text; `reference-translation`: a government-published translation for information only (e.g. KLRI for Korean law); `project-translation`: the atlas’s own; `original-language`: the text is itself English.',
  });

export type Enacted = z.infer<typeof enactedSchema>;
