import type { CompiledProvision } from '../schema/compiled.js';

/**
 * schema.org `Legislation` data for a provision page. Serialized with `<` escaped so that no
 * record text can close the script element it is embedded in.
 */
export function provisionJsonLd(
  provision: CompiledProvision,
  permalink: string,
  jurisdictionName: string,
): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': permalink,
    url: permalink,
    name: `${provision.instrument.title.en}, art. ${provision.article ?? '(not confirmed)'}: ${provision.title.en}`,
    alternateName: Object.entries(provision.title)
      .filter(([language]) => language !== 'en')
      .map(([, heading]) => heading),
    legislationIdentifier: provision.id,
    legislationJurisdiction: jurisdictionName,
    legislationLegalForce:
      provision.status === 'in-force'
        ? 'InForce'
        : provision.status === 'repealed'
          ? 'NotInForce'
          : 'PartiallyInForce',
    ...(provision.inForceFrom ? { legislationDate: provision.inForceFrom } : {}),
    isPartOf: {
      '@type': 'Legislation',
      name: provision.instrument.title.en,
      legislationIdentifier: provision.instrument.id,
    },
    abstract: provision.summary.en,
    citation: provision.sources.map((source) => source.url),
  };
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
