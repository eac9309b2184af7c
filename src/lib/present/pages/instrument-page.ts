import type { CompiledInstrument } from '../../schema/compiled.js';
import { instrumentProse } from '../prose-fields.js';
import { buildRichTextMap } from '../rich-text-map.js';
import { labelsFor } from './labels.js';
import type { PageContext } from './page-context.js';
import type { InstrumentPageData } from './page-types.js';
import { mentionsOf, summarize } from './summaries.js';

/** An instrument's page: its publications, parties and recorded provisions. */
export function instrumentPage(
  instrument: CompiledInstrument,
  { lookup, labels, locale }: PageContext,
): Omit<InstrumentPageData, 'formats'> {
  const jurisdiction = lookup.jurisdiction(instrument.jurisdiction);
  const provisions = instrument.provisionIds.map((id) => summarize(lookup.provision(id), locale));
  const mentioned = mentionsOf(provisions);
  return {
    instrument,
    jurisdiction: { id: jurisdiction.id, name: jurisdiction.name },
    provisions,
    labels: labelsFor(labels, {
      ...mentioned,
      jurisdictions: [
        jurisdiction.id,
        ...instrument.parties.map((party) => party.jurisdiction),
        ...mentioned.jurisdictions,
      ],
      instruments: [instrument.id],
    }),
    rich: buildRichTextMap(instrumentProse(instrument)),
  };
}
