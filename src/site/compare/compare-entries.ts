import { useEffect, useState } from 'react';
import type { CompareEntry } from '../../lib/present/compare-files';

const cache = new Map<string, Promise<CompareEntry | null>>();

/**
 * One provision's compare entry, fetched once per page load and shared by every caller; null
 * when the atlas has no such provision.
 */
export function fetchEntry(baseUrl: string, id: string): Promise<CompareEntry | null> {
  let entry = cache.get(id);
  if (!entry) {
    entry = fetch(`${baseUrl}compare/${id}.json`).then(async (response) => {
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`compare file ${id}: HTTP ${response.status}`);
      return (await response.json()) as CompareEntry;
    });
    cache.set(id, entry);
  }
  return entry;
}

/**
 * The full records of the provisions `ids` names, in that order, once all have arrived, with the
 * ids the atlas does not have; `null` while any is loading (or before hydration, when `ids` is
 * null).
 */
export function useCompareEntries(
  baseUrl: string,
  ids: readonly string[] | null,
): { entries: CompareEntry[]; missing: string[] } | null {
  const key = ids?.join(',') ?? null;
  const [loaded, setLoaded] = useState<{
    key: string;
    entries: CompareEntry[];
    missing: string[];
  } | null>(null);
  useEffect(() => {
    if (key === null) return;
    let cancelled = false;
    const wanted = key === '' ? [] : key.split(',');
    void Promise.all(wanted.map((id) => fetchEntry(baseUrl, id))).then((found) => {
      if (cancelled) return;
      setLoaded({
        key,
        entries: found.filter((entry): entry is CompareEntry => entry !== null),
        missing: wanted.filter((_, index) => found[index] === null),
      });
    });
    return () => {
      cancelled = true;
    };
  }, [baseUrl, key]);
  return loaded !== null && loaded.key === key ? loaded : null;
}
