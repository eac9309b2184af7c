import { compareCodePoints } from '../../grammar/code-point-order.js';
import type { CompiledProvision } from '../../schema/compiled.js';
import { FOCUS_JURISDICTIONS } from '../coverage.js';
import type { CorpusLookup } from './corpus-lookup.js';

/**
 * The provisions a provision page lists as comparable: those of another jurisdiction sharing an
 * offense type with it, the focus jurisdictions' first (in their order), then those the record
 * names as related, then the others, each group by id. A page shows the first few and the total.
 *
 * Collecting and sorting every candidate for every page made the pages' build grow with the
 * square of the corpus (a type's provisions, once per provision of the type). Here each type's
 * provisions are ordered once, a page walks only as far as the few it shows, and the total is
 * counted from per-type-set union sizes kept for the build, minus the page's own jurisdiction.
 */
export interface ComparableProvisions {
  first: CompiledProvision[];
  total: number;
}

const byId = (a: CompiledProvision, b: CompiledProvision) => compareCodePoints(a.id, b.id);
const focusIndex = (provision: CompiledProvision) =>
  FOCUS_JURISDICTIONS.indexOf(provision.jurisdiction);

interface TypeOrder {
  /** The focus jurisdictions' provisions of the type, by focus order, then id. */
  focus: CompiledProvision[];
  /** The others, by id, each once. */
  others: CompiledProvision[];
}

/** What the pages of one build share: each type's order, and union sizes by type set. */
class ComparableIndex {
  private readonly orders = new Map<string, TypeOrder>();
  private readonly unionSizes = new Map<string, number>();
  private readonly ownCounts = new Map<string, number>();

  constructor(private readonly lookup: CorpusLookup) {}

  order(type: string): TypeOrder {
    let order = this.orders.get(type);
    if (!order) {
      // A provision lists each offense type once (the schema's unique list), so each comes once.
      const ofType = this.lookup.ofOffenseType(type);
      const focus = ofType
        .filter((provision) => focusIndex(provision) !== -1)
        .sort((a, b) => focusIndex(a) - focusIndex(b) || byId(a, b));
      const others = ofType.filter((provision) => focusIndex(provision) === -1).sort(byId);
      order = { focus, others };
      this.orders.set(type, order);
    }
    return order;
  }

  /** How many provisions, of any jurisdiction, have at least one of `types` (sorted, unique). */
  unionSize(types: readonly string[]): number {
    const key = types.join('\u0000');
    let size = this.unionSizes.get(key);
    if (size === undefined) {
      const ids = new Set<string>();
      for (const type of types) for (const p of this.lookup.ofOffenseType(type)) ids.add(p.id);
      size = ids.size;
      this.unionSizes.set(key, size);
    }
    return size;
  }

  /** How many provisions of `jurisdiction` have at least one of `types` (sorted, unique). */
  ownOfTypesCount(jurisdiction: string, types: readonly string[]): number {
    const key = `${jurisdiction}\u0000${types.join('\u0000')}`;
    let count = this.ownCounts.get(key);
    if (count === undefined) {
      count = this.lookup
        .ofJurisdiction(jurisdiction)
        .filter((p) => p.offenseTypes.some((type) => types.includes(type))).length;
      this.ownCounts.set(key, count);
    }
    return count;
  }
}

const indexes = new WeakMap<CorpusLookup, ComparableIndex>();

function indexOf(lookup: CorpusLookup): ComparableIndex {
  let index = indexes.get(lookup);
  if (!index) {
    index = new ComparableIndex(lookup);
    indexes.set(lookup, index);
  }
  return index;
}

/** The first `count` comparable provisions of `provision`, in page order, and how many there are. */
export function comparableProvisions(
  provision: CompiledProvision,
  lookup: CorpusLookup,
  count: number,
): ComparableProvisions {
  const index = indexOf(lookup);
  const types = [...provision.offenseTypes].sort(compareCodePoints);
  const shares = (other: CompiledProvision) =>
    other.jurisdiction !== provision.jurisdiction &&
    other.offenseTypes.some((type) => types.includes(type));
  const orders = types.map((type) => index.order(type));

  const focus = [
    ...new Map(
      orders
        .flatMap((order) => order.focus)
        .filter((other) => other.jurisdiction !== provision.jurisdiction)
        .map((other) => [other.id, other]),
    ).values(),
  ].sort((a, b) => focusIndex(a) - focusIndex(b) || byId(a, b));
  const relatedIds = new Set(provision.related);
  const related = [...relatedIds]
    .flatMap((id) => {
      // The resolve stage checked that every related id names a provision.
      const other = lookup.provision(id);
      return focusIndex(other) === -1 && shares(other) ? [other] : [];
    })
    .sort(byId);

  const first = [...focus, ...related].slice(0, count);
  // The others: a merge of the types' id-ordered lists, each provision once.
  const heads = orders.map(() => 0);
  let last: string | undefined;
  while (first.length < count) {
    let pick = -1;
    for (let i = 0; i < orders.length; i += 1) {
      const head = orders[i]?.others[heads[i] ?? 0];
      const best = pick === -1 ? undefined : orders[pick]?.others[heads[pick] ?? 0];
      if (head && (!best || head.id < best.id)) pick = i;
    }
    if (pick === -1) break;
    const next = orders[pick]?.others[heads[pick] ?? 0];
    heads[pick] = (heads[pick] ?? 0) + 1;
    if (!next || next.id === last) continue;
    last = next.id;
    if (next.jurisdiction !== provision.jurisdiction && !relatedIds.has(next.id)) first.push(next);
  }

  const ownOfTypes = index.ownOfTypesCount(provision.jurisdiction, types);
  return { first, total: index.unionSize(types) - ownOfTypes };
}
