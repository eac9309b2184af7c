/**
 * Identifiers are a grammar: `<jurisdiction>/<instrument>/<article>` for provisions,
 * `<jurisdiction>/<instrument>` for instruments and `<jurisdiction>` for jurisdictions.
 * The id of every record equals its path under `provisions/` without the extension,
 * so this module is the only place that turns paths into ids and back.
 */

/** `mk`, `kr`, `coe`, `eu`, `un`; a sub-national part may follow, e.g. `ba-fbih`, `gb-eng`. */
export const JURISDICTION_SEGMENT = '[a-z]{2,3}(?:-[a-z]{2,4})?';
/** A lower-case slug of the act: `criminal-code`, `sexual-crimes-act`. */
export const INSTRUMENT_SEGMENT = '[a-z0-9]+(?:-[a-z0-9]+)*';
/**
 * The article as a lower-case ASCII slug: `144-a`, `14-2`, `238`, `66b`. Where the
 * article number is not yet confirmed, a descriptive slug (`stalking`) stands in.
 */
export const ARTICLE_SEGMENT = '[a-z0-9]+(?:-[a-z0-9]+)*';

export const JURISDICTION_ID = new RegExp(`^${JURISDICTION_SEGMENT}$`);
export const INSTRUMENT_ID = new RegExp(`^${JURISDICTION_SEGMENT}/${INSTRUMENT_SEGMENT}$`);
export const PROVISION_ID = new RegExp(
  `^${JURISDICTION_SEGMENT}/${INSTRUMENT_SEGMENT}/${ARTICLE_SEGMENT}$`,
);

/** A finding's name within its jurisdiction: `stalking-istanbul-34`. */
export const FINDING_SEGMENT = '[a-z0-9]+(?:-[a-z0-9]+)*';
/**
 * `findings/<jurisdiction>/<finding>`: the leading word keeps finding ids apart from instrument
 * ids, which have the same two-part shape.
 */
export const FINDING_ID = new RegExp(`^findings/${JURISDICTION_SEGMENT}/${FINDING_SEGMENT}$`);

/** A training record's name: `stalking`, `nth-room`. */
export const TRAINING_SEGMENT = '[a-z0-9]+(?:-[a-z0-9]+)*';
/** `guides/<guide>`: an evidence guide, e.g. `guides/stalking`. */
export const GUIDE_ID = new RegExp(`^guides/${TRAINING_SEGMENT}$`);
/** `cases/<case>`: a case study, e.g. `cases/nth-room`. */
export const CASE_ID = new RegExp(`^cases/${TRAINING_SEGMENT}$`);

/** Where a service helps: a country of the atlas, or anywhere. */
export const SERVICE_AREAS = ['mk', 'kr', 'international'] as const;
/** `services/<area>/<service>`: a service a person can turn to, e.g. `services/kr/police-112`. */
export const SERVICE_ID = new RegExp(
  `^services/(?:${SERVICE_AREAS.join('|')})/${TRAINING_SEGMENT}$`,
);

/** The area a service helps in: `services/kr/police-112` → `kr`. */
export function serviceAreaOf(serviceId: string): (typeof SERVICE_AREAS)[number] {
  return serviceId.split('/')[1] as (typeof SERVICE_AREAS)[number];
}

/** Countries with help pages for the public. */
export const HELP_COUNTRIES = ['mk', 'kr'] as const;
/** The situations a person seeking help is routed to, in the words the start page asks with. */
export const SITUATIONS = [
  'sextortion',
  'intimate-image-sharing',
  'sexual-deepfakes',
  'sexual-harassment',
  'stalking',
  'child-grooming',
] as const;
export type Situation = (typeof SITUATIONS)[number];
/** `help/<country>/<situation>`: a help page for the public, e.g. `help/mk/sextortion`. */
export const GUIDANCE_ID = new RegExp(
  `^help/(?:${HELP_COUNTRIES.join('|')})/(?:${SITUATIONS.join('|')})$`,
);

/** The country and situation of a help page: `help/mk/sextortion` → mk, sextortion. */
export function guidanceParts(id: string): { country: string; situation: Situation } {
  const [, country = '', situation] = id.split('/');
  return { country, situation: situation as Situation };
}

/** An offense type of the vocabulary: lower-case words joined by hyphens, e.g. `image-based-abuse`. */
export const OFFENSE_TYPE_ID = /^[a-z]+(?:-[a-z]+)*$/;

/** The three parts of a provision id. */
export interface ProvisionIdParts {
  jurisdiction: string;
  instrument: string;
  article: string;
}

/** Splits `kr/sexual-crimes-act/14-2` into its parts, or returns `undefined` if malformed. */
export function parseProvisionId(id: string): ProvisionIdParts | undefined {
  if (!PROVISION_ID.test(id)) return undefined;
  const [jurisdiction, instrument, article] = id.split('/') as [string, string, string];
  return { jurisdiction, instrument, article };
}

/** Joins parts into an id: `{jurisdiction: 'kr', instrument: 'stalking-act', article: '18'}` → `kr/stalking-act/18`. */
export function formatProvisionId(parts: ProvisionIdParts): string {
  return `${parts.jurisdiction}/${parts.instrument}/${parts.article}`;
}

/** The instrument id a provision belongs to: `kr/sexual-crimes-act/14-2` → `kr/sexual-crimes-act`. */
export function instrumentIdOf(provisionId: string): string {
  return provisionId.split('/').slice(0, 2).join('/');
}

/** The jurisdiction code of any record id: `kr/sexual-crimes-act/14-2` → `kr`. */
export function jurisdictionIdOf(recordId: string): string {
  return recordId.split('/')[0] ?? recordId;
}

/** The jurisdiction a finding is about: `findings/mk/stalking-istanbul-34` → `mk`. */
export function findingJurisdictionOf(findingId: string): string {
  return findingId.split('/')[1] ?? findingId;
}
