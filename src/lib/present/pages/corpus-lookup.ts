import type {
  CompiledCorpus,
  CompiledCase,
  CompiledFinding,
  CompiledGuide,
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
  /** The evidence guides that name provision `id`, as an offense to prove or a power. */
  guidesNaming: (id: string) => readonly CompiledGuide[];
  /** The case studies that name provision `id` among their charges. */
  casesNaming: (id: string) => readonly CompiledCase[];
  guidesOfType: (type: string) => readonly CompiledGuide[];
  casesOfType: (type: string) => readonly CompiledCase[];
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
    guidesNaming: group(corpus.guides, (guide) => [...new Set(provisionsOfGuide(guide))]),
    casesNaming: group(corpus.cases, (study) => [...new Set(provisionsOfCase(study))]),
    guidesOfType: group(corpus.guides, (guide) => guide.offenseTypes),
    casesOfType: group(corpus.cases, (study) => study.offenseTypes),
  };
}

/** Every provision a guide names: those to prove, then the powers, in the guide's order. */
export function provisionsOfGuide(guide: CompiledGuide): string[] {
  return guide.sections.flatMap((section) => [
    ...section.provisions,
    ...section.elements.flatMap((element) => element.evidence.flatMap((item) => item.obtainedBy)),
  ]);
}

/** Every provision a case's charges name, in its order. */
export function provisionsOfCase(study: CompiledCase): string[] {
  return study.charges.flatMap((charge) => charge.provisions);
}
