import type { CompiledProvision } from '../../schema/compiled.js';
import { FOCUS_JURISDICTIONS } from '../coverage.js';
import { provisionProse } from '../prose-fields.js';
import { buildRichTextMap } from '../rich-text-map.js';
import { labelsFor } from './labels.js';
import type { PageContext } from './page-context.js';
import type { ProvisionPageData } from './page-types.js';
import { mentionsOf, summarize } from './summaries.js';

/** How many comparable provisions a provision page lists; the offense pages list them all. */
export const COMPARABLE_SHOWN = 12;

/**
 * A provision page: the record itself, the standards it implements, and a bounded choice of
 * comparable provisions in other jurisdictions: the focus jurisdictions' first, then those the
 * record names as related, then the others by id.
 */
export function provisionPage(
  provision: CompiledProvision,
  { lookup, labels, locale }: PageContext,
): Omit<ProvisionPageData, 'formats'> {
  const related = new Set(provision.related);
  const candidates = new Map<string, CompiledProvision>();
  for (const type of provision.offenseTypes) {
    for (const other of lookup.ofOffenseType(type)) {
      if (other.jurisdiction !== provision.jurisdiction) candidates.set(other.id, other);
    }
  }
  const priority = (other: CompiledProvision) => {
    const focus = FOCUS_JURISDICTIONS.indexOf(other.jurisdiction);
    if (focus !== -1) return focus;
    return related.has(other.id) ? FOCUS_JURISDICTIONS.length : FOCUS_JURISDICTIONS.length + 1;
  };
  const comparable = [...candidates.values()]
    .sort((a, b) => priority(a) - priority(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, COMPARABLE_SHOWN)
    .map((other) => summarize(other, locale));
  const standards = provision.implements.map((id) => summarize(lookup.provision(id), locale));
  const jurisdiction = lookup.jurisdiction(provision.jurisdiction);
  const mentioned = mentionsOf([...standards, ...comparable]);
  return {
    provision,
    jurisdiction: { id: jurisdiction.id, name: jurisdiction.name },
    standards,
    comparable,
    comparableTotal: candidates.size,
    labels: labelsFor(labels, {
      jurisdictions: [provision.jurisdiction, ...mentioned.jurisdictions],
      offenseTypes: [...provision.offenseTypes, ...mentioned.offenseTypes],
      instruments: [provision.instrument.id, ...mentioned.instruments],
    }),
    rich: buildRichTextMap(provisionProse(provision)),
  };
}
