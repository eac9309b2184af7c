import type {
  CompiledCorpus,
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
  const group = (key: (provision: CompiledProvision) => readonly string[]) => {
    const groups = new Map<string, CompiledProvision[]>();
    for (const provision of corpus.provisions) {
      for (const value of key(provision)) {
        const list = groups.get(value) ?? [];
        list.push(provision);
        groups.set(value, list);
      }
    }
    return (value: string) => groups.get(value) ?? [];
  };
  return {
    corpus,
    provision: byId(corpus.provisions, 'provision'),
    jurisdiction: byId(corpus.jurisdictions, 'jurisdiction'),
    instrument: byId(corpus.instruments, 'instrument'),
    ofOffenseType: group((provision) => provision.offenseTypes),
    ofJurisdiction: group((provision) => [provision.jurisdiction]),
  };
}
