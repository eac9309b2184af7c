import { compareCodePoints } from '../../grammar/code-point-order.js';
import { instrumentIdOf } from '../../grammar/record-id.js';
import type { CompiledProvision } from '../../schema/compiled.js';
import { isInternational } from '../../schema/instrument-kinds.js';
import type { CorpusLookup } from './corpus-lookup.js';
import type { ComparePreset, SiteLabels } from './page-types.js';

/** The standards a preset prefers, in order: the Istanbul Convention, other Council of Europe treaties, the EU's, the UN's. */
const STANDARD_ORDER = ['coe/istanbul-convention', 'coe/', 'eu/', 'un/'];

/**
 * One ready comparison per offense type: North Macedonia's provision, the Korean one it names
 * as related (else Korea's first of the type) and the standard it implements (else the first of
 * the type, the Istanbul Convention before others). Bounded by the number of offense types.
 */
export function comparePresets(lookup: CorpusLookup, labels: SiteLabels): ComparePreset[] {
  return lookup.corpus.offenseTypes.flatMap((type) => {
    const ofType = lookup.ofOffenseType(type.id);
    const primaryFirst = (a: CompiledProvision, b: CompiledProvision) =>
      Number(a.offenseTypes[0] !== type.id) - Number(b.offenseTypes[0] !== type.id) ||
      compareCodePoints(a.id, b.id);
    const [own] = ofType.filter((p) => p.jurisdiction === 'mk').sort(primaryFirst);
    if (!own) return [];
    const korean = ofType.filter((p) => p.jurisdiction === 'kr').sort(primaryFirst);
    const partner = korean.find((p) => own.related.includes(p.id)) ?? korean[0];
    const rank = (p: CompiledProvision) => {
      if (own.implements.includes(p.id)) return -1;
      const index = STANDARD_ORDER.findIndex((prefix) => instrumentIdOf(p.id).startsWith(prefix));
      return index === -1 ? STANDARD_ORDER.length : index;
    };
    const [standard] = ofType
      .filter((p) => isInternational(p.instrument.kind))
      .sort((a, b) => rank(a) - rank(b) || primaryFirst(a, b));
    const chosen = [own, ...(partner ? [partner] : []), ...(standard ? [standard] : [])];
    if (chosen.length < 2) return [];
    return [
      {
        offenseType: type.id,
        ids: chosen.map((p) => p.id),
        names: chosen.map((p) =>
          isInternational(p.instrument.kind)
            ? (labels.instruments[p.instrument.id] ?? p.instrument.id)
            : (labels.jurisdictions[p.jurisdiction] ?? p.jurisdiction),
        ),
      },
    ];
  });
}
