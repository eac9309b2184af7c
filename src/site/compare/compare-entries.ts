import { useEffect, useState } from 'react';
import type { CompareEntry } from '../../lib/present/compare-files';

const cache = new Map<string, Promise<CompareEntry>>();

/** One provision's compare entry, fetched once per page load and shared by every caller. */
export function fetchEntry(baseUrl: string, id: string): Promise<CompareEntry> {
  let entry = cache.get(id);
  if (!entry) {
    entry = fetch(`${baseUrl}compare/${id}.json`).then(async (response) => {
      if (!response.ok) throw new Error(`compare file ${id}: HTTP ${response.status}`);
      return (await response.json()) as CompareEntry;
    });
    cache.set(id, entry);
  }
  return entry;
}

/**
 * The full records of the provisions `ids` names, in that order, once all have arrived; `null`
 * while any is loading (or before hydration, when `ids` is null).
 */
export function useCompareEntries(
  baseUrl: string,
  ids: readonly string[] | null,
): CompareEntry[] | null {
  const key = ids?.join(',') ?? null;
  const [loaded, setLoaded] = useState<{ key: string; entries: CompareEntry[] } | null>(null);
  useEffect(() => {
    if (key === null) return;
    let cancelled = false;
    const wanted = key === '' ? [] : key.split(',');
    void Promise.all(wanted.map((id) => fetchEntry(baseUrl, id))).then((entries) => {
      if (!cancelled) setLoaded({ key, entries });
    });
    return () => {
      cancelled = true;
    };
  }, [baseUrl, key]);
  return loaded !== null && loaded.key === key ? loaded.entries : null;
}
