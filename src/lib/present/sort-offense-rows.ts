import type { OffenseRow, RowTerm } from './pages/page-types.js';

/** The columns an offense table can be sorted by. */
export const SORT_KEYS = ['jurisdiction', 'basic', 'graver', 'inForceFrom'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** A term's weight for sorting: life above any term, else its maximum (or minimum); null last. */
export function termWeight(term: RowTerm | null): number | null {
  if (!term) return null;
  if (term.life) return Number.POSITIVE_INFINITY;
  return term.maxMonths ?? term.minMonths;
}

/**
 * The rows sorted by `key`, ascending or descending; rows without the value go last either
 * way, and ties keep the order the page gave (the reader's country first).
 */
export function sortOffenseRows(
  rows: readonly OffenseRow[],
  key: SortKey,
  descending: boolean,
  jurisdictionName: (code: string) => string,
  compareText: (a: string, b: string) => number,
): OffenseRow[] {
  const value = (row: OffenseRow): string | number | null => {
    switch (key) {
      case 'jurisdiction':
        return jurisdictionName(row.jurisdiction);
      case 'basic':
        return termWeight(row.basicTerm);
      case 'graver':
        return termWeight(row.graverTerm);
      case 'inForceFrom':
        return row.inForceFrom;
    }
  };
  return rows
    .map((row, index) => ({ row, index, value: value(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null)
        return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : compareText(String(a.value), String(b.value));
      return (descending ? -order : order) || a.index - b.index;
    })
    .map(({ row }) => row);
}
