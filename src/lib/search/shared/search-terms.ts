import { stemmer } from 'stemmer';

/**
 * Macedonian, Serbian and Bulgarian Cyrillic to Latin, following the romanisations users type on
 * Latin keyboards: "демнење" → "demnenje", "член" → "chlen", "щета" → "shteta".
 */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ѓ: 'gj',
  ђ: 'dj',
  е: 'e',
  ж: 'zh',
  з: 'z',
  ѕ: 'dz',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ќ: 'kj',
  ћ: 'c',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'ch',
  џ: 'dzh',
  ш: 'sh',
  // Bulgarian letters, in the official Bulgarian transliteration.
  й: 'y',
  щ: 'sht',
  ъ: 'a',
  ь: 'y',
  ю: 'yu',
  я: 'ya',
};

/** Latin letters with diacritics that stand for the same sounds as the digraphs above. */
const LATIN_DIGRAPHS: Record<string, string> = {
  č: 'ch',
  š: 'sh',
  ž: 'zh',
  ǵ: 'gj',
  ḱ: 'kj',
  đ: 'dj',
  ć: 'c',
  ß: 'ss',
  œ: 'oe',
  æ: 'ae',
};

/** Korean article citations (제14조의2, 14조의2, 14의2) and "§ 238" become the plain form 14-2 / 238. */
const ARTICLE_FORMS: [RegExp, string][] = [
  [/제\s*(\d+)\s*조\s*의\s*(\d+)/g, ' $1-$2 '],
  [/제\s*(\d+)\s*조/g, ' $1 '],
  [/(\d+)\s*조\s*의\s*(\d+)/g, ' $1-$2 '],
  [/(\d+)\s*의\s*(\d+)/g, ' $1-$2 '],
  [/§\s*(\d+)/g, ' $1 '],
];

const HANGUL = /^[\uac00-\ud7a3]+$/;
const TOKEN = /\d+(?:-[a-z0-9]+)+|[a-z0-9]+|[\uac00-\ud7a3]+/g;

/** Lower-case Latin text with Cyrillic transliterated, diacritics folded and article forms unified. */
export function normalizeText(text: string): string {
  let value = text.normalize('NFC').toLowerCase();
  for (const [pattern, replacement] of ARTICLE_FORMS) value = value.replace(pattern, replacement);
  value = value.replace(/[\u0400-\u04ff]/g, (char) => CYRILLIC_TO_LATIN[char] ?? char);
  value = value.replace(/[čšžǵḱđćßœæ]/g, (char) => LATIN_DIGRAPHS[char] ?? char);
  // Decompose only to drop combining marks; Hangul syllables recompose in the final NFC.
  return value.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Overlapping two-syllable pieces of a Korean word, so words are found inside compounds. */
export function hangulBigrams(word: string): string[] {
  if (word.length < 2) return [word];
  const grams: string[] = [];
  for (let i = 0; i < word.length - 1; i += 1) grams.push(word.slice(i, i + 2));
  return grams;
}

/** The raw tokens of a text after normalization: words, numbers, article numbers, Hangul runs. */
export function tokens(text: string): string[] {
  return normalizeText(text).match(TOKEN) ?? [];
}

/** The Latin-script words of a text (Latin, transliterated Cyrillic, numbers), unstemmed. */
export function latinWords(text: string): string[] {
  return tokens(text).filter((token) => !HANGUL.test(token));
}

/** The index term of a Latin-script word: English words are reduced to their stem. */
export function latinTerm(word: string): string {
  return /^[a-z]{4,}$/.test(word) ? stemmer(word) : word;
}

/**
 * Search terms of Latin-script text: word stems, so "stalking", "stalked" and "stalk" meet.
 * Prefixes are matched at query time through the vocabulary (see `search-index`).
 */
export function latinTerms(text: string): string[] {
  return latinWords(text).map(latinTerm);
}

/** Search terms of Korean text: the two-syllable pieces of every Hangul word. */
export function hangulTerms(text: string): string[] {
  return tokens(text)
    .filter((token) => HANGUL.test(token))
    .flatMap(hangulBigrams);
}
