import type {
  CompiledInstrument,
  CompiledJurisdiction,
  CompiledProvision,
} from '../schema/compiled.js';
import type { OffenseType } from '../schema/vocabulary.js';

/** Every own-words Markdown text of a provision: the fields the site renders as rich text. */
export function provisionProse(provision: CompiledProvision): string[] {
  const { elements, penalties, obligation } = provision;
  const penaltyTexts = penalties
    ? [penalties.basic, ...penalties.aggravated.map((form) => form.penalty)].flatMap((penalty) => [
        penalty.note,
        penalty.increase,
      ])
    : [];
  return compact([
    ...Object.values(provision.summary),
    ...Object.values(provision.translations).flatMap((fields) => Object.values(fields)),
    provision.notes,
    elements.conduct,
    elements.means?.note,
    elements.mentalElement?.note,
    elements.result?.note,
    elements.victimScope,
    elements.consent?.note,
    ...penaltyTexts,
    ...(penalties?.aggravated.map((form) => form.condition) ?? []),
    obligation?.note,
    obligation?.reservations,
    obligation?.ancillary?.note,
    provision.prosecution?.note,
    provision.repealed?.successor,
    ...provision.history.map((amendment) => amendment.change),
    ...provision.sources.map((source) => source.supports),
    provision.verification.note,
  ]);
}

/** The own-words Markdown texts of an instrument page. */
export function instrumentProse(instrument: CompiledInstrument): string[] {
  return compact([
    ...Object.values(instrument.summary ?? {}),
    instrument.notes,
    ...instrument.publications.map((publication) => publication.note),
    ...instrument.parties.flatMap((party) => [party.reservations, party.note]),
    ...instrument.sources.map((source) => source.supports),
    instrument.verification.note,
  ]);
}

/** The own-words Markdown texts of a jurisdiction page. */
export function jurisdictionProse(jurisdiction: CompiledJurisdiction): string[] {
  return compact([
    ...Object.values(jurisdiction.summary ?? {}),
    jurisdiction.notes,
    ...jurisdiction.coverageNotes.map((note) => note.note),
    ...jurisdiction.sources.map((source) => source.supports),
  ]);
}

/** The own-words Markdown texts of an offense type. */
export function offenseTypeProse(type: OffenseType): string[] {
  return compact([...Object.values(type.definition), type.scopeNote]);
}

function compact(texts: readonly (string | null | undefined)[]): string[] {
  return [
    ...new Set(texts.filter((text): text is string => typeof text === 'string' && text !== '')),
  ];
}
