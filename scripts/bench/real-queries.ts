/**
 * Queries people type, run against the bundled records, each with the provisions a user would
 * expect and the one they are looking for (`target`, whose rank is measured). Chosen by hand
 * from the atlas's own records; they test what synthetic corpora cannot: act short names,
 * Macedonian word forms, loanwords, everyday Korean words and queries no provision fully holds.
 */
export interface RealQuery {
  kind:
    | 'act-short-name'
    | 'macedonian-word-form'
    | 'loanword'
    | 'everyday-korean'
    | 'no-full-match'
    | 'latin-typed-macedonian';
  query: string;
  /** The reader's locale, for engines that rank by it. */
  locale: 'en' | 'mk' | 'ko';
  /** The provision the reader is after; its rank is reported. */
  target: string;
  /** Every provision the query should find (the target included); `act/` means the whole act. */
  expected: string[];
}

export const REAL_QUERIES: readonly RealQuery[] = [
  {
    kind: 'act-short-name',
    query: '성폭력처벌법',
    locale: 'ko',
    target: 'kr/sexual-crimes-act/14',
    expected: ['kr/sexual-crimes-act/'],
  },
  {
    kind: 'act-short-name',
    query: '스토킹처벌법',
    locale: 'ko',
    target: 'kr/stalking-act/18',
    expected: ['kr/stalking-act/'],
  },
  {
    kind: 'act-short-name',
    query: '아청법',
    locale: 'ko',
    target: 'kr/child-protection-act/11',
    expected: ['kr/child-protection-act/'],
  },
  {
    kind: 'act-short-name',
    query: '정보통신망법',
    locale: 'ko',
    target: 'kr/network-act/44-7',
    expected: ['kr/network-act/'],
  },
  {
    kind: 'macedonian-word-form',
    query: 'следење',
    locale: 'mk',
    target: 'mk/criminal-code/144-a',
    expected: ['mk/criminal-code/144-a'],
  },
  {
    kind: 'macedonian-word-form',
    query: 'демни',
    locale: 'mk',
    target: 'mk/criminal-code/144-a',
    expected: ['mk/criminal-code/144-a'],
  },
  {
    kind: 'macedonian-word-form',
    query: 'закана',
    locale: 'mk',
    target: 'mk/criminal-code/144',
    expected: ['mk/criminal-code/144'],
  },
  {
    kind: 'macedonian-word-form',
    query: 'заканувањето',
    locale: 'mk',
    target: 'mk/criminal-code/144',
    expected: ['mk/criminal-code/144'],
  },
  {
    kind: 'macedonian-word-form',
    query: 'уцена',
    locale: 'mk',
    target: 'mk/criminal-code/259',
    expected: ['mk/criminal-code/259'],
  },
  {
    kind: 'loanword',
    query: 'дипфејк',
    locale: 'mk',
    target: 'kr/sexual-crimes-act/14-2',
    expected: ['kr/sexual-crimes-act/14-2', 'eu/directive-2024-1385/5'],
  },
  {
    kind: 'loanword',
    query: 'секстортија',
    locale: 'mk',
    target: 'mk/criminal-code/259',
    expected: ['mk/criminal-code/259'],
  },
  {
    kind: 'loanword',
    query: '딥페이크',
    locale: 'ko',
    target: 'kr/sexual-crimes-act/14-2',
    expected: ['kr/sexual-crimes-act/14-2'],
  },
  {
    kind: 'everyday-korean',
    query: '불법촬영',
    locale: 'ko',
    target: 'kr/sexual-crimes-act/14',
    expected: ['kr/sexual-crimes-act/14'],
  },
  {
    kind: 'everyday-korean',
    query: '몸캠',
    locale: 'ko',
    target: 'kr/sexual-crimes-act/14-3',
    expected: ['kr/sexual-crimes-act/14-3'],
  },
  {
    kind: 'no-full-match',
    query: 'stalking weapon deepfake',
    locale: 'en',
    target: 'kr/stalking-act/18',
    expected: ['kr/stalking-act/18'],
  },
  {
    kind: 'no-full-match',
    query: 'threats online north macedonia',
    locale: 'en',
    target: 'mk/criminal-code/144',
    expected: ['mk/criminal-code/144'],
  },
  {
    kind: 'latin-typed-macedonian',
    query: 'zakana',
    locale: 'mk',
    target: 'mk/criminal-code/144',
    expected: ['mk/criminal-code/144'],
  },
  {
    kind: 'latin-typed-macedonian',
    query: 'sledenje',
    locale: 'mk',
    target: 'mk/criminal-code/144-a',
    expected: ['mk/criminal-code/144-a'],
  },
];

/** Recall (share of expected provisions found) and the target's rank, per query. */
export interface RealQueryOutcome {
  query: string;
  kind: RealQuery['kind'];
  recall: number;
  /** 1-based; null when the target is not found at all. */
  rank: number | null;
}

/** Scores one engine's ranked ids for a query. */
export function scoreRealQuery(
  query: RealQuery,
  found: readonly string[],
  all: readonly string[],
): RealQueryOutcome {
  const expected = query.expected.flatMap((id) =>
    id.endsWith('/') ? all.filter((other) => other.startsWith(id)) : [id],
  );
  const hits = expected.filter((id) => found.includes(id)).length;
  const position = found.indexOf(query.target);
  return {
    query: query.query,
    kind: query.kind,
    recall: expected.length === 0 ? 1 : hits / expected.length,
    rank: position === -1 ? null : position + 1,
  };
}

/** The median of the targets' ranks, a missed target counting as one past the last result. */
export function medianRank(outcomes: readonly RealQueryOutcome[], missed: number): number {
  const ranks = outcomes.map((outcome) => outcome.rank ?? missed).sort((a, b) => a - b);
  const middle = Math.floor(ranks.length / 2);
  return ranks.length % 2 === 1
    ? (ranks[middle] ?? missed)
    : ((ranks[middle - 1] ?? missed) + (ranks[middle] ?? missed)) / 2;
}
