import type { IndexedDocument } from '../../src/lib/search/build/search-documents.js';
import { pick, seededRandom } from './random.js';
import { ENGLISH, KOREAN, MACEDONIAN, RARE_ENGLISH } from './word-pools.js';

/** A benchmark query, what kind of query it is, and the documents that must be found. */
export interface BenchQuery {
  kind:
    | 'english-word'
    | 'english-prefix'
    | 'english-two-words'
    | 'cyrillic'
    | 'cyrillic-in-latin'
    | 'korean-infix'
    | 'article-number'
    | 'rare-word';
  query: string;
  expected: number[];
}

/** The standard Macedonian romanisation users type; independent of the search code's table. */
const ROMANISATION: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ѓ: 'gj',
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
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'ch',
  џ: 'dzh',
  ш: 'sh',
};
const romanise = (word: string) => [...word].map((char) => ROMANISATION[char] ?? char).join('');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Ground truth by plain string matching on the raw text, not by the search code's own rules. */
function containsWordStartingWith(text: string, start: string): boolean {
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escape(start)}`, 'iu').test(text);
}

/**
 * A fixed, seeded mix of queries with their known answers: English words, prefixes and pairs,
 * Macedonian in Cyrillic and typed in Latin letters, Korean infixes of compounds, article numbers.
 */
export function buildQuerySet(
  documents: readonly IndexedDocument[],
  articles: readonly (string | null)[],
  seed: number,
  count = 200,
): BenchQuery[] {
  const random = seededRandom(seed);
  const matching = (test: (document: IndexedDocument) => boolean) =>
    documents.filter(test).map((document) => document.n);
  const queries: BenchQuery[] = [];
  const kinds: BenchQuery['kind'][] = [
    'english-word',
    'english-word',
    'english-prefix',
    'english-two-words',
    'cyrillic',
    'cyrillic-in-latin',
    'cyrillic-in-latin',
    'korean-infix',
    'korean-infix',
    'article-number',
    'rare-word',
  ];
  for (let i = 0; i < count; i += 1) {
    const kind = kinds[i % kinds.length] ?? 'english-word';
    if (kind === 'english-word' || kind === 'rare-word') {
      const word = kind === 'rare-word' ? pick(random, RARE_ENGLISH) : pick(random, ENGLISH);
      queries.push({
        kind,
        query: word,
        expected: matching((d) => containsWordStartingWith(d.text, word)),
      });
    } else if (kind === 'english-prefix') {
      const word = pick(
        random,
        ENGLISH.filter((candidate) => candidate.length >= 7),
      );
      const prefix = word.slice(0, 5);
      queries.push({
        kind,
        query: prefix,
        expected: matching((d) => containsWordStartingWith(d.text, prefix)),
      });
    } else if (kind === 'english-two-words') {
      const [a, b] = [pick(random, ENGLISH), pick(random, ENGLISH)];
      queries.push({
        kind,
        query: `${a} ${b}`,
        expected: matching(
          (d) => containsWordStartingWith(d.text, a) && containsWordStartingWith(d.text, b),
        ),
      });
    } else if (kind === 'cyrillic' || kind === 'cyrillic-in-latin') {
      const word = pick(
        random,
        MACEDONIAN.filter((candidate) => candidate.length >= 5),
      );
      queries.push({
        kind,
        query: kind === 'cyrillic' ? word : romanise(word),
        expected: matching((d) => containsWordStartingWith(d.text, word)),
      });
    } else if (kind === 'korean-infix') {
      const word = pick(
        random,
        KOREAN.filter((candidate) => candidate.length >= 3),
      );
      const start = Math.floor(random() * (word.length - 2));
      const infix = word.slice(
        start,
        start + 2 + Math.floor(random() * Math.min(2, word.length - start - 1)),
      );
      queries.push({ kind, query: infix, expected: matching((d) => d.text.includes(infix)) });
    } else {
      const withSub = articles
        .map((article, n) => [article, n] as const)
        .filter(([article]) => article !== null && /^\d+-\d+$/.test(article));
      const [article] = pick(random, withSub);
      const written = random() < 0.5 ? article : (article ?? '').replace('-', '의');
      queries.push({
        kind,
        query: written ?? '',
        expected: withSub.filter(([other]) => other === article).map(([, n]) => n),
      });
    }
  }
  return queries;
}
