import type { CompiledCorpus, CompiledProvision } from '../schema/compiled.js';
import { isInternational } from '../schema/instrument-kinds.js';
import { compareCodePoints } from '../grammar/code-point-order.js';
import { orderRank } from './order-rank.js';

/** One cell of the coverage matrix: the provisions of a jurisdiction recorded for an offense type. */
export interface CoverageCell {
  jurisdiction: string;
  provisionIds: string[];
  /** What the jurisdiction record says about this offense type, if anything. */
  note?: { finding: string; text: string };
}

/** Offense types × jurisdictions: which provisions each jurisdiction has for each type. */
export interface CoverageMatrix {
  jurisdictions: string[];
  rows: { offenseType: string; cells: CoverageCell[] }[];
}

/** For one international provision: which national provisions implement it, by jurisdiction. */
export interface StandardCoverage {
  standardId: string;
  instrumentId: string;
  cells: CoverageCell[];
}

/** The jurisdictions the atlas is built around: their columns come first. */
export const FOCUS_JURISDICTIONS = ['mk', 'kr'];

/** The focus jurisdictions in a reader's order: their own country first (Korea in Korean). */
export function focusFor(locale: string): string[] {
  return locale === 'ko' ? ['kr', 'mk'] : FOCUS_JURISDICTIONS;
}

/** Where a jurisdiction sorts among others: its place in `order`, the rest after them. */
export function focusRank(code: string, order: readonly string[] = FOCUS_JURISDICTIONS): number {
  return orderRank(code, order);
}

/** Jurisdictions that are states (the columns of the matrices): the focus ones, then by id. */
export function nationalJurisdictions(corpus: CompiledCorpus): string[] {
  return corpus.jurisdictions
    .filter((jurisdiction) => jurisdiction.kind !== 'international-organisation')
    .map((jurisdiction) => jurisdiction.id)
    .sort((a, b) => focusRank(a) - focusRank(b) || compareCodePoints(a, b));
}

function isNational(provision: CompiledProvision): boolean {
  return !isInternational(provision.instrument.kind);
}

/** Each jurisdiction's notes on offense types, keyed by `<jurisdiction> <offense type>`. */
export function coverageNotes(
  corpus: CompiledCorpus,
): Map<string, { finding: string; text: string }> {
  return new Map(
    corpus.jurisdictions.flatMap((jurisdiction) =>
      jurisdiction.coverageNotes.map(
        (note) =>
          [
            `${jurisdiction.id} ${note.offenseType}`,
            { finding: note.finding, text: note.note },
          ] as const,
      ),
    ),
  );
}

/** The offense-type × jurisdiction matrix over every recorded national provision. */
export function coverageMatrix(corpus: CompiledCorpus): CoverageMatrix {
  const jurisdictions = nationalJurisdictions(corpus);
  const national = corpus.provisions.filter(isNational);
  const notes = coverageNotes(corpus);
  return {
    jurisdictions,
    rows: corpus.offenseTypes.map((type) => ({
      offenseType: type.id,
      cells: jurisdictions.map((jurisdiction) => {
        const note = notes.get(`${jurisdiction} ${type.id}`);
        return {
          jurisdiction,
          provisionIds: national
            .filter(
              (provision) =>
                provision.jurisdiction === jurisdiction && provision.offenseTypes.includes(type.id),
            )
            .map((provision) => provision.id),
          ...(note ? { note } : {}),
        };
      }),
    })),
  };
}

/** For each recorded international provision, the national provisions mapped to it. */
export function standardsCoverage(corpus: CompiledCorpus): StandardCoverage[] {
  const jurisdictions = nationalJurisdictions(corpus);
  const national = corpus.provisions.filter(isNational);
  return corpus.provisions
    .filter((provision) => !isNational(provision))
    .map((standard) => ({
      standardId: standard.id,
      instrumentId: standard.instrument.id,
      cells: jurisdictions.map((jurisdiction) => ({
        jurisdiction,
        provisionIds: national
          .filter(
            (provision) =>
              provision.jurisdiction === jurisdiction && provision.implements.includes(standard.id),
          )
          .map((provision) => provision.id),
      })),
    }));
}
