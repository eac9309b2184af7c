import * as z from 'zod';
import { ISO_DATE } from '../grammar/iso-date.js';
import { DURATION_PATTERN } from '../grammar/duration.js';

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

/** The rule id a refinement reports under, so diagnostics can name the rule that failed. */
export interface RuleParams {
  rule: string;
  expected: string;
  hint?: string;
}

function textIn(description: string, language: string) {
  return z
    .string()
    .trim()
    .min(1)
    .meta({ description: `${description.replace(/\.$/, '')} (${language}).` });
}

/** Plain text keyed by language, English required: `{en: "Stalking", mk: "Демнење"}`. */
export function localizedText(description: string) {
  const languages = Object.fromEntries(
    LANGUAGES.filter((language) => language !== 'en').map((language) => [
      language,
      textIn(description, language).optional(),
    ]),
  ) as Record<Exclude<(typeof LANGUAGES)[number], 'en'>, z.ZodOptional<z.ZodString>>;
  return z.strictObject({ en: textIn(description, 'en'), ...languages }).meta({
    description: `${description} Keyed by language; English is required.`,
  });
}

/** Text of any language except that English is not required (official headings). */
export function localizedHeading(description: string) {
  const languages = Object.fromEntries(
    LANGUAGES.map((language) => [language, textIn(description, language).optional()]),
  ) as Record<(typeof LANGUAGES)[number], z.ZodOptional<z.ZodString>>;
  return z.strictObject(languages).meta({ description: `${description} Keyed by language.` });
}

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A calendar date written `YYYY-MM-DD`; quoted or not, YAML 1.2 reads it as a string. */
export const isoDateSchema = z
  .string()
  .refine((value) => ISO_DATE.test(value) && isCalendarDate(value), {
    message: 'a calendar date written YYYY-MM-DD',
    params: {
      rule: 'invalid-date',
      expected: 'a calendar date written YYYY-MM-DD, e.g. 2023-02-25',
      hint: 'Write the full date with a four-digit year and two-digit month and day.',
    } satisfies RuleParams,
  })
  .meta({ description: 'A calendar date, YYYY-MM-DD.', pattern: ISO_DATE.source });

/** A web address; only http(s) so that every link in the atlas opens in a browser. */
export const httpUrlSchema = z
  .string()
  .refine((value) => /^https?:\/\/[^\s/]+\.[^\s]+$/.test(value), {
    message: 'an http(s) URL',
    params: {
      rule: 'url-scheme',
      expected: 'an absolute http:// or https:// URL',
      hint: 'Link to the web page itself; file paths, mailto: and other schemes cannot be followed by readers.',
    } satisfies RuleParams,
  })
  .meta({ description: 'An absolute http(s) URL.', format: 'uri', pattern: '^https?://' });

/**
 * A prison term as written by the law: `6 months`, `3 years`, `1 year 6 months`.
 * Normalized to months by the compiler.
 */
export const durationSchema = z
  .string()
  .refine((value) => value.trim() !== '' && DURATION_PATTERN.test(value.trim()), {
    message: 'a duration',
    params: {
      rule: 'invalid-duration',
      expected: 'a term such as "6 months", "3 years" or "1 year 6 months"',
    } satisfies RuleParams,
  })
  .meta({
    description: 'A term of imprisonment: "6 months", "3 years", "1 year 6 months".',
    pattern: DURATION_PATTERN.source,
  });

/** Own-words Markdown; rendered as sanitized React elements, never as raw HTML. */
export function markdown(description: string) {
  return z
    .string()
    .trim()
    .min(1)
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
