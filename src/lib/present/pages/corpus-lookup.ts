import type {
  CompiledCorpus,
  CompiledFinding,
  CompiledInstrument,
  CompiledJurisdiction,
  CompiledProvision,
} from '../../schema/compiled.js';

/** Look-ups over the corpus, built once per build so no page scans the corpus again. */
export interface CorpusLookup {
  corpus: CompiledCorpus;
  provision: (id: string) => CompiledProvision;
  jurisdiction: (id: string) => CompiledJurisdiction;
  instrument: (id: string) => CompiledInstrument;
  ofOffenseType: (type: string) => readonly CompiledProvision[];
  ofJurisdiction: (code: string) => readonly CompiledProvision[];
  /** The provisions that list `id` among the standards they implement. */
  implementersOf: (id: string) => readonly CompiledProvision[];
  /** The findings that assess the obligation of the standard provision `id`. */
  findingsOn: (id: string) => readonly CompiledFinding[];
}

/** Indexes the corpus by id, offense type and jurisdiction. */
export function lookUp(corpus: CompiledCorpus): CorpusLookup {
  const byId = <T extends { id: string }>(items: readonly T[], what: string) => {
    const map = new Map(items.map((item) => [item.id, item]));
    // A miss is a programming error: the resolve stage checked every reference.
    return (id: string): T => {
      const found = map.get(id);
      if (!found) throw new Error(`unresolved ${what} ${id}`);
      return found;
    };
  };
  const group = <T>(items: readonly T[], key: (item: T) => readonly string[]) => {
    const groups = new Map<string, T[]>();
    for (const item of items) {
      for (const value of key(item)) {
        const list = groups.get(value) ?? [];
        list.push(item);
        groups.set(value, list);
      }
    }
    return (value: string): readonly T[] => groups.get(value) ?? [];
  };
  return {
    corpus,
    provision: byId(corpus.provisions, 'provision'),
    jurisdiction: byId(corpus.jurisdictions, 'jurisdiction'),
    instrument: byId(corpus.instruments, 'instrument'),
    ofOffenseType: group(corpus.provisions, (provision) => provision.offenseTypes),
    ofJurisdiction: group(corpus.provisions, (provision) => [provision.jurisdiction]),
    implementersOf: group(corpus.provisions, (provision) => provision.implements),
    findingsOn: group(corpus.findings, (finding) => [finding.obligation]),
  };
}
