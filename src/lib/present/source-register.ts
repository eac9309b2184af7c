import type { CompiledCorpus } from '../schema/compiled.js';
import type { Source } from '../schema/source.js';
import { nationalJurisdictions } from './coverage.js';

type Status = 'verified' | 'partial' | 'unverified';

/** A source and how many of the jurisdiction's records cite it. */
export interface RegisterSource {
  url: string;
  title: string;
  kind: Source['kind'];
  citedBy: number;
}

/** What a jurisdiction's records rest on, and what in them is not confirmed. */
export interface JurisdictionRegister {
  code: string;
  counts: Record<Status, number>;
  sources: RegisterSource[];
  /** Provisions not fully verified, with their own account of what was not checked. */
  open: { id: string; article: string | null; status: Status; note: string }[];
  /** Offense types the atlas has not researched for the jurisdiction. */
  notResearched: { offenseType: string; note: string }[];
}

/**
 * Per jurisdiction (the focus ones first, then the other states, then the organisations): the
 * sources its records cite, official ones first, and every record or offense type whose facts
 * are not fully confirmed. The methodology links here as its per-jurisdiction account.
 */
export function sourceRegister(corpus: CompiledCorpus): JurisdictionRegister[] {
  const national = nationalJurisdictions(corpus);
  const organisations = corpus.jurisdictions
    .map((jurisdiction) => jurisdiction.id)
    .filter((code) => !national.includes(code));
  return [...national, ...organisations].map((code) => {
    const jurisdiction = corpus.jurisdictions.find((item) => item.id === code);
    const instruments = corpus.instruments.filter((item) => item.jurisdiction === code);
    const provisions = corpus.provisions.filter((item) => item.jurisdiction === code);
    const cited = new Map<string, RegisterSource>();
    for (const record of [jurisdiction, ...instruments, ...provisions]) {
      for (const source of record?.sources ?? []) {
        const entry = cited.get(source.url) ?? { ...pick(source), citedBy: 0 };
        entry.citedBy += 1;
        cited.set(source.url, entry);
      }
    }
    const counts: Record<Status, number> = { verified: 0, partial: 0, unverified: 0 };
    for (const provision of provisions) counts[provision.verification.status] += 1;
    return {
      code,
      counts,
      sources: [...cited.values()].sort(
        (a, b) =>
          Number(b.kind === 'official') - Number(a.kind === 'official') ||
          b.citedBy - a.citedBy ||
          a.title.localeCompare(b.title, 'en'),
      ),
      open: provisions
        .filter((provision) => provision.verification.status !== 'verified')
        .map((provision) => ({
          id: provision.id,
          article: provision.article,
          status: provision.verification.status,
          note: provision.verification.note,
        })),
      notResearched: (jurisdiction?.coverageNotes ?? [])
        .filter((note) => note.finding === 'not-yet-researched')
        .map((note) => ({ offenseType: note.offenseType, note: note.note })),
    };
  });
}

function pick(source: Source): Omit<RegisterSource, 'citedBy'> {
  return { url: source.url, title: source.title, kind: source.kind };
}
