import type { CompiledJurisdiction } from '../../schema/compiled.js';
import { jurisdictionProse } from '../prose-fields.js';
import { buildRichTextMap } from '../rich-text-map.js';
import { labelsFor } from './labels.js';
import type { PageContext } from './page-context.js';
import type { JurisdictionPageData } from './page-types.js';
import { mentionsOf, summarize } from './summaries.js';

/** A jurisdiction's page: its instruments, the treaties binding it and its own provisions. */
export function jurisdictionPage(
  jurisdiction: CompiledJurisdiction,
  { lookup, labels, locale }: PageContext,
): Omit<JurisdictionPageData, 'formats'> {
  const { corpus } = lookup;
  const own = lookup.ofJurisdiction(jurisdiction.id);
  const provisions = own.map((provision) => summarize(provision, locale));
  const treaties = corpus.instruments.flatMap((instrument) =>
    instrument.parties
      .filter((party) => party.jurisdiction === jurisdiction.id)
      .map((party) => ({ instrumentId: instrument.id, party })),
  );
  const covered = new Set(own.flatMap((provision) => provision.offenseTypes));
  const mentioned = mentionsOf(provisions);
  return {
    jurisdiction,
    instruments: corpus.instruments
      .filter((instrument) => instrument.jurisdiction === jurisdiction.id)
      .map((instrument) => {
        // The instrument pages show sources and parties; the jurisdiction lists the instruments.
        const { sources, parties, ...listed } = instrument;
        void sources;
        void parties;
        return listed;
      }),
    treaties,
    provisions,
    missingOffenseTypes: corpus.offenseTypes
      .map((type) => type.id)
      .filter((type) => !covered.has(type)),
    labels: labelsFor(labels, {
      jurisdictions: [jurisdiction.id],
      offenseTypes: corpus.offenseTypes.map((type) => type.id),
      instruments: [...mentioned.instruments, ...treaties.map((treaty) => treaty.instrumentId)],
    }),
    rich: buildRichTextMap([
      ...jurisdictionProse(jurisdiction),
      ...treaties.flatMap((treaty) => [treaty.party.reservations ?? '', treaty.party.note ?? '']),
    ]),
  };
}
