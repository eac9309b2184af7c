/**
 * Which prose fields of a provision may be written in other languages, and their English text.
 * Free of the schema library, so the pages that show the texts can import it.
 */

/** The element fields that hold own-words prose. */
interface ProseElements {
  conduct?: string;
  means?: { note?: string };
  mentalElement?: { note?: string };
  result?: { note?: string };
  victimScope?: string;
  consent?: { note?: string };
}

/** The prose fields of a provision that may be written in other languages than English. */
export const TRANSLATABLE_FIELDS = [
  'conduct',
  'means',
  'mentalElement',
  'result',
  'victimScope',
  'consent',
  'notes',
] as const;
export type TranslatableField = (typeof TRANSLATABLE_FIELDS)[number];

/** The English text of each translatable field, where the record has one. */
export function englishProse(provision: {
  elements: ProseElements;
  notes?: string | null;
}): Partial<Record<TranslatableField, string>> {
  const { elements } = provision;
  const texts: Partial<Record<TranslatableField, string | null | undefined>> = {
    conduct: elements.conduct,
    means: elements.means?.note,
    mentalElement: elements.mentalElement?.note,
    result: elements.result?.note,
    victimScope: elements.victimScope,
    consent: elements.consent?.note,
    notes: provision.notes,
  };
  return Object.fromEntries(
    Object.entries(texts).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}
