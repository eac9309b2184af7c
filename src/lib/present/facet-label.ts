import type { Translator } from '../i18n/translator.js';
import type { Facet } from '../search/shared/fields.js';
import type { SiteLabels } from './pages/page-types.js';
import { enumLabel } from './enum-labels.js';

/** How a search facet's value is named to the reader: the same words on the page and in its order. */
export function facetLabel(
  tr: Translator,
  labels: SiteLabels,
  facet: Facet,
  value: string,
): string {
  if (facet === 'jurisdiction') return labels.jurisdictions[value] ?? value;
  if (facet === 'offense') return labels.offenseTypes[value] ?? value;
  return enumLabel(tr, facet === 'kind' ? 'instrumentKind' : facet, value);
}
