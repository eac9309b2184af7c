import { articleLabel } from '../i18n/article-label.js';
import type { Translator } from '../i18n/translator.js';
import type { SiteLabels } from './pages/page-types.js';

/**
 * A provision named from its id and the page's labels alone, as citations list it:
 * `North Macedonia, Criminal Code art. 144-a`.
 */
export function provisionIdLabel(
  id: string,
  labels: Pick<SiteLabels, 'jurisdictions' | 'instruments'>,
  tr: Translator,
): string {
  const [jurisdiction = '', instrument = '', article = ''] = id.split('/');
  const instrumentName = labels.instruments[`${jurisdiction}/${instrument}`] ?? instrument;
  return `${labels.jurisdictions[jurisdiction] ?? jurisdiction}, ${instrumentName} ${articleLabel(tr, { jurisdiction, article }, true)}`;
}
