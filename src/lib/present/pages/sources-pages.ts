import { buildRichTextMap } from '../rich-text-map.js';
import { sourceRegister } from '../source-register.js';
import { labelsFor } from './labels.js';
import type { PageContext } from './page-context.js';
import type { SourcesIndexData, SourcesPageData } from './page-types.js';

/**
 * The sources pages: an index with each jurisdiction's counts by verification status, and a page
 * per jurisdiction with every source its records cite and what they could not confirm.
 */
export function sourcesPages({ lookup, labels }: PageContext): {
  index: Omit<SourcesIndexData, 'formats'>;
  pages: Omit<SourcesPageData, 'formats'>[];
} {
  const registers = sourceRegister(lookup.corpus);
  return {
    index: {
      entries: registers.map((register) => ({
        code: register.code,
        counts: register.counts,
        sources: register.sources.length,
      })),
      labels: labelsFor(labels, { jurisdictions: registers.map((register) => register.code) }),
    },
    pages: registers.map((register) => ({
      register,
      labels: labelsFor(labels, {
        jurisdictions: [register.code],
        offenseTypes: register.notResearched.map((item) => item.offenseType),
      }),
      rich: buildRichTextMap([
        ...register.open.map((item) => item.note),
        ...register.notResearched.map((item) => item.note),
      ]),
    })),
  };
}
