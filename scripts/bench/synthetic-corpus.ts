import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { PROVISIONS_DIR } from '../../src/lib/project-paths.js';
import { ENGLISH, KOREAN, KOREAN_PARTICLES, MACEDONIAN, RARE_ENGLISH } from './word-pools.js';
import { pick, seededRandom, words } from './random.js';

const OFFENSE_TYPES = [
  'stalking',
  'sexual-harassment',
  'intimate-image-recording',
  'intimate-image-sharing',
  'synthetic-sexual-media',
  'sextortion',
  'threats',
  'coercion-extortion',
  'unsolicited-sexual-content',
  'child-grooming',
  'child-sexual-abuse-material',
  'privacy-data-abuse',
  'insult-defamation',
  'hate-incitement',
];

interface SyntheticJurisdiction {
  code: string;
  language: 'mk' | 'ko' | 'en';
}

/**
 * The synthetic jurisdictions: one written in Macedonian, one in Korean, the rest in English,
 * with codes no real record uses: `xa` to `xj` (the search benchmark's ten), then `qa`, `qb`, …
 * and `qaa`, `qab`, … (`xk` is Kosovo's).
 */
function syntheticJurisdictions(count: number): SyntheticJurisdiction[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const code = (i: number) =>
    i < 10
      ? `x${letters[i]}`
      : i < 36
        ? `q${letters[i - 10]}`
        : `q${letters[Math.floor((i - 36) / 26) % 26]}${letters[(i - 36) % 26]}`;
  const english = Array.from({ length: Math.max(1, count - 2) }, (_, i) => ({
    code: code(i),
    language: 'en' as const,
  }));
  return [{ code: 'sm', language: 'mk' }, { code: 'sk', language: 'ko' }, ...english];
}

const INSTRUMENTS = ['criminal-code', 'special-act', 'other-act'];

const sentence = (random: () => number, count: number) => {
  const text = words(random, ENGLISH, count);
  if (random() < 0.02) text[Math.floor(random() * text.length)] = pick(random, RARE_ENGLISH);
  return `${text.join(' ')}.`;
};
const korean = (random: () => number, count: number) =>
  Array.from(
    { length: count },
    () =>
      `${pick(random, KOREAN)}${random() < 0.4 ? pick(random, KOREAN) : ''}${pick(random, KOREAN_PARTICLES)}`,
  ).join(' ');
const macedonian = (random: () => number, count: number) =>
  words(random, MACEDONIAN, count).join(' ');

/**
 * Writes a corpus of `size` synthetic provisions as real record files under `root`, beside the
 * real records, so the compiler and every search engine work on the same documents. Field
 * sizes follow the real records: an English summary and conduct of 40–70 words each, headings
 * and a summary in the jurisdiction's own language.
 */
export async function writeSyntheticCorpus(
  root: string,
  size: number,
  seed: number,
  options: {
    /** How many jurisdictions share the provisions; 12 by default (the search benchmark's). */
    jurisdictions?: number;
    /** Add `related` links to earlier provisions of the same type, and an amendment each. */
    relations?: boolean;
  } = {},
): Promise<void> {
  const random = seededRandom(seed);
  const JURISDICTIONS = syntheticJurisdictions(options.jurisdictions ?? 12);
  const byType = new Map<string, string[]>();
  // The real records come along (the vocabulary and the standards refer to them); the synthetic
  // jurisdictions have codes of their own.
  await cp(PROVISIONS_DIR, root, { recursive: true });
  const source = {
    url: 'https://example.org/law',
    title: 'Synthetic source',
    kind: 'official',
    retrieved: '2026-11-27',
  };
  const verification = { status: 'partial', note: 'Synthetic benchmark record.' };
  for (const { code, language } of JURISDICTIONS) {
    await mkdir(path.join(root, code), { recursive: true });
    await writeFile(
      path.join(root, code, '_jurisdiction.yaml'),
      stringify({
        id: code,
        name: { en: `Jurisdiction ${code}` },
        kind: 'state',
        languages: [language],
        legalPortal: { title: 'Portal', url: 'https://example.org' },
      }),
    );
    for (const instrument of INSTRUMENTS) {
      await mkdir(path.join(root, code, instrument), { recursive: true });
      const title =
        language === 'en'
          ? { en: `Synthetic ${instrument}` }
          : { [language]: language === 'ko' ? korean(random, 3) : macedonian(random, 2) };
      await writeFile(
        path.join(root, code, instrument, '_instrument.yaml'),
        stringify({
          id: `${code}/${instrument}`,
          title,
          englishTitle: `Synthetic ${instrument.replace('-', ' ')} of ${code}`,
          englishTitleSource: 'project-translation',
          abbreviation: `${code.toUpperCase()} ${instrument}`,
          kind: instrument === 'other-act' ? 'act' : instrument,
          officialUrl: 'https://example.org/law',
          sources: [source],
          verification,
        }),
      );
    }
  }
  for (let n = 0; n < size; n += 1) {
    const { code, language } = JURISDICTIONS[n % JURISDICTIONS.length] ?? {
      code: 'xa',
      language: 'en',
    };
    const instrument = pick(random, INSTRUMENTS);
    const number = 100 + Math.floor(n / JURISDICTIONS.length);
    const article =
      language === 'ko' && random() < 0.5
        ? `${number}-${1 + Math.floor(random() * 4)}`
        : language === 'mk' && random() < 0.5
          ? `${number}-a`
          : String(number);
    const articleOriginal =
      language === 'ko'
        ? `제${article.replace(/-(\d+)$/, '조의$1').replace(/^(\d+)$/, '$1조')}`
        : language === 'mk'
          ? `член ${article.replace(/-a$/, '-а')}`
          : `Article ${article}`;
    const title =
      language === 'en'
        ? { en: sentence(random, 4).slice(0, -1) }
        : { [language]: language === 'ko' ? korean(random, 2) : macedonian(random, 3) };
    const summary: Record<string, string> = {
      en: sentence(random, 40 + Math.floor(random() * 30)),
    };
    if (language === 'ko') summary.ko = korean(random, 25);
    if (language === 'mk') summary.mk = macedonian(random, 30);
    const slug = article.toLowerCase();
    const id = `${code}/${instrument}/${slug}`;
    const offenseTypes = [...new Set([pick(random, OFFENSE_TYPES), pick(random, OFFENSE_TYPES)])];
    const related = options.relations
      ? [
          ...new Set(
            offenseTypes.flatMap((type) => {
              const earlier = byType.get(type) ?? [];
              return earlier.length === 0 ? [] : [pick(random, earlier), pick(random, earlier)];
            }),
          ),
        ].filter((other) => other !== id)
      : [];
    const history = options.relations
      ? [
          {
            date: '2021-06-15',
            event: 'promulgated',
            act: `Amending act ${n}`,
            change: sentence(random, 12),
            penaltyAfter: { imprisonment: { max: `${2 + Math.floor(random() * 8)} years` } },
          },
        ]
      : [];
    await writeFile(
      path.join(root, code, instrument, `${slug}.yaml`),
      stringify({
        id,
        article,
        articleOriginal,
        title,
        englishTitle: sentence(random, 3).slice(0, -1),
        englishTitleSource: 'project-translation',
        offenseTypes,
        ...(related.length > 0 ? { related } : {}),
        elements: {
          conduct: sentence(random, 40 + Math.floor(random() * 30)),
          means: { online: pick(random, ['explicit', 'implicit', 'unclear']) },
          victimScope: sentence(random, 8),
        },
        penalties: {
          basic: {
            imprisonment: { max: `${1 + Math.floor(random() * 10)} years` },
            fine: { kind: 'unspecified' },
            alternative: random() < 0.5,
          },
        },
        prosecution: {
          mode: pick(random, ['ex-officio', 'on-motion', 'private-prosecution', 'not-yet-read']),
        },
        status: 'in-force',
        ...(history.length > 0 ? { history } : {}),
        summary,
        sources: [source],
        verification,
      }),
      { flag: 'wx' },
    ).then(
      () => {
        for (const type of offenseTypes) {
          const list = byType.get(type) ?? [];
          list.push(id);
          byType.set(type, list);
        }
      },
      (error: NodeJS.ErrnoException) => {
        // Two random articles can share a number; the second is simply not written.
        if (error.code !== 'EEXIST') throw error;
      },
    );
  }
}
