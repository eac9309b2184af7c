import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/lib/compile.js';
import { PROVISIONS_DIR } from '../../src/lib/project-paths.js';
import type { CompiledProvision } from '../../src/lib/schema/compiled.js';
import { FOCUS_JURISDICTIONS } from '../../src/lib/present/coverage.js';
import { lookUp, type CorpusLookup } from '../../src/lib/present/pages/corpus-lookup.js';
import { comparableProvisions } from '../../src/lib/present/pages/comparable-provisions.js';

let lookup: CorpusLookup;

beforeAll(async () => {
  const result = await compile(PROVISIONS_DIR);
  if (!result.ok) throw new Error('the bundled records do not compile');
  lookup = lookUp(result.corpus);
});

/** The definition, computed the slow way: every candidate collected and sorted. */
function everyComparable(provision: CompiledProvision): CompiledProvision[] {
  const candidates = new Map<string, CompiledProvision>();
  for (const type of provision.offenseTypes) {
    for (const other of lookup.ofOffenseType(type)) {
      if (other.jurisdiction !== provision.jurisdiction) candidates.set(other.id, other);
    }
  }
  const related = new Set(provision.related);
  const rank = (other: CompiledProvision) => {
    const focus = FOCUS_JURISDICTIONS.indexOf(other.jurisdiction);
    if (focus !== -1) return focus;
    return related.has(other.id) ? FOCUS_JURISDICTIONS.length : FOCUS_JURISDICTIONS.length + 1;
  };
  return [...candidates.values()].sort(
    (a, b) => rank(a) - rank(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

describe('comparable provisions', () => {
  it('are, for every bundled provision, the first of all candidates in page order, and their count', () => {
    const provisions = lookup.corpus.provisions;
    expect(provisions.some((p) => p.offenseTypes.length > 1)).toBe(true);
    expect(provisions.some((p) => p.related.length > 0)).toBe(true);
    for (const provision of provisions) {
      const all = everyComparable(provision);
      for (const count of [0, 1, 3, 12, all.length + 1]) {
        const { first, total } = comparableProvisions(provision, lookup, count);
        expect(
          first.map((p) => p.id),
          `${provision.id}, ${String(count)}`,
        ).toEqual(all.slice(0, count).map((p) => p.id));
        expect(total, provision.id).toBe(all.length);
      }
    }
  });
});
