import type { Field } from '../shared/fields.js';
import type { FieldEntries, IndexShard } from '../shared/search-files.js';
import { keyPrefix, MAX_KEY_LENGTH } from '../shared/shard-keys.js';

/** A shard grows past this many bytes of JSON only when a single term's postings do. */
export const SHARD_BUDGET = 12_000;

/** What the index holds under one string: the word's term, whether it is a term, its postings. */
interface Entry {
  /** Set when the string is a Latin-script word of the atlas: the term it was indexed under. */
  wordOf?: string;
  /** Set when the string is a Latin-script index term (for prefix look-up). */
  isTerm?: boolean;
  fields: Partial<Record<Field, FieldEntries[number][1]>>;
}

/** Collects the words, the Latin terms and every field's entries under the strings they belong to. */
export function collectEntries(
  words: readonly [string, string][],
  terms: readonly string[],
  fields: Partial<Record<Field, FieldEntries>>,
): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const entry = (text: string) => {
    let found = entries.get(text);
    if (!found) {
      found = { fields: {} };
      entries.set(text, found);
    }
    return found;
  };
  for (const [word, term] of words) entry(word).wordOf = term;
  for (const term of terms) entry(term).isTerm = true;
  for (const [field, list] of Object.entries(fields) as [Field, FieldEntries][]) {
    for (const [term, postings] of list) entry(term).fields[field] = postings;
  }
  entries.delete('');
  return entries;
}

const sizeOf = (text: string, entry: Entry) =>
  text.length * 2 + 8 + JSON.stringify(entry.fields).length;

/**
 * Chooses the shard keys: a group of strings larger than the budget is split by its next
 * character (from the first on), the string equal to the group's key staying in the group's own
 * shard. An index within the budget is one shard, under the empty key. Returns every string's key.
 */
export function chooseKeys(
  entries: ReadonlyMap<string, Entry>,
  budget = SHARD_BUDGET,
): Map<string, string> {
  const keyOf = new Map<string, string>();
  const place = (strings: readonly string[], prefix: string, length: number) => {
    const total = strings.reduce(
      (sum, text) => sum + sizeOf(text, entries.get(text) ?? { fields: {} }),
      0,
    );
    if (total <= budget || length >= MAX_KEY_LENGTH) {
      for (const text of strings) keyOf.set(text, prefix);
      return;
    }
    const groups = new Map<string, string[]>();
    for (const text of strings) {
      const key = keyPrefix(text, length + 1);
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      group.push(text);
    }
    for (const [key, group] of groups) {
      if (key === prefix) for (const text of group) keyOf.set(text, prefix);
      else place(group, key, length + 1);
    }
  };
  place([...entries.keys()].sort(), '', 0);
  return keyOf;
}

/** The shards, by key: every string's word, term and postings in the shard of its key. */
export function buildShards(
  entries: ReadonlyMap<string, Entry>,
  budget = SHARD_BUDGET,
): Map<string, IndexShard> {
  const keyOf = chooseKeys(entries, budget);
  const shards = new Map<string, IndexShard>();
  for (const text of [...entries.keys()].sort()) {
    const entry = entries.get(text);
    const key = keyOf.get(text);
    if (!entry || key === undefined) continue;
    let shard = shards.get(key);
    if (!shard) shards.set(key, (shard = { words: [], terms: [], fields: {} }));
    if (entry.wordOf !== undefined) shard.words.push([text, entry.wordOf]);
    if (entry.isTerm) shard.terms.push(text);
    for (const [field, postings] of Object.entries(entry.fields) as [
      Field,
      FieldEntries[number][1],
    ][]) {
      (shard.fields[field] ??= []).push([text, postings]);
    }
  }
  return new Map([...shards].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
