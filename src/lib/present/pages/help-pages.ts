import type {
  CompiledGuidance,
  CompiledProvision,
  CompiledService,
} from '../../schema/compiled.js';
import { HELP_COUNTRIES, SITUATIONS } from '../../grammar/record-id.js';
import { compareCodePoints } from '../../grammar/code-point-order.js';
import { translator } from '../../i18n/translator.js';
import { formatPenalty } from '../format-penalty.js';
import { buildRichTextMap } from '../rich-text-map.js';
import { labelsFor } from './labels.js';
import type { PageContext } from './page-context.js';
import type {
  HelpContact,
  HelpCountryData,
  HelpPageData,
  HelpService,
  HelpStartData,
} from './page-types.js';
import { namedProvision } from './summaries.js';
import { textPicker } from './shown-text.js';

/**
 * The link a contact opens, only for the forms a phone handles safely: a number to call or text
 * (digits and `+` only), an e-mail address, or an http(s) page. Anything else is shown as text.
 */
export function contactHref(kind: HelpContact['kind'], value: string): string | null {
  const digits = value.replace(/[^\d+]/g, '');
  switch (kind) {
    case 'phone':
      return /^\+?\d{3,15}$/.test(digits) ? `tel:${digits}` : null;
    case 'sms':
      return /^\+?\d{3,15}$/.test(digits) ? `sms:${digits}` : null;
    case 'email':
      return /^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i.test(value) ? `mailto:${value}` : null;
    case 'web':
      return /^https?:\/\/[^\s<>"]+$/i.test(value) ? value : null;
    default:
      return null;
  }
}

function serviceOf(service: CompiledService, pick: ReturnType<typeof textPicker>): HelpService {
  return {
    id: service.id,
    area: service.area,
    kind: service.kind,
    name: pick.pick(service.name),
    does: pick.pick(service.does),
    contacts: service.contacts.map((contact) => ({
      kind: contact.kind,
      value: contact.value,
      href: contactHref(contact.kind, contact.value),
      note: pick.pickOrNull(contact.note),
    })),
    hours: pick.pickOrNull(service.hours),
    cost: service.cost,
    ages: service.ages,
    languages: service.languages,
    lastChecked: service.lastChecked,
    verification: service.verification.status,
  };
}

function crimeProvision(provision: CompiledProvision, context: PageContext) {
  const basic = provision.penalties?.basic;
  return {
    ...namedProvision(provision, context.locale),
    penalty: basic ? formatPenalty(basic, translator(context.locale)) : null,
  };
}

/** `/help/<country>/<situation>`: what a person in this situation in this country can do. */
export function helpPage(
  page: CompiledGuidance,
  context: PageContext,
): Omit<HelpPageData, 'formats'> {
  const pick = textPicker(context.locale);
  const services = new Map(context.lookup.corpus.services.map((service) => [service.id, service]));
  const route = (part: CompiledGuidance['report']) => ({
    text: pick.pick(part.text),
    services: part.services.flatMap((id) => {
      const service = services.get(id);
      return service ? [serviceOf(service, pick)] : [];
    }),
  });
  const other = context.lookup.corpus.guidance.find(
    (item) => item.situation === page.situation && item.country !== page.country,
  );
  const data = {
    id: page.id,
    country: page.country,
    situation: page.situation,
    title: pick.pick(page.title),
    summary: pick.pick(page.summary),
    crime: {
      text: pick.pick(page.crime.text),
      provisions: page.crime.provisions.map((id) =>
        crimeProvision(context.lookup.provision(id), context),
      ),
    },
    recognise: page.recognise.map(pick.pick),
    doNow: page.doNow.map(pick.pick),
    keepProof: page.keepProof.map(pick.pick),
    childImages: pick.pickOrNull(page.childImages),
    removal: page.removal ? route(page.removal) : null,
    report: route(page.report),
    help: route(page.help),
    protect: page.protect.map(pick.pick),
    otherCountry: other ? other.country : null,
    notes: page.notes,
    sources: page.sources,
    verification: page.verification,
    writtenFrom: page.writtenFrom,
    rich: buildRichTextMap([
      ...(page.notes ? [page.notes] : []),
      page.verification.note,
      ...page.sources.flatMap((source) => (source.supports ? [source.supports] : [])),
    ]),
    labels: labelsFor(context.labels, {
      jurisdictions: [...HELP_COUNTRIES],
      instruments: page.crime.provisions.map((id) => context.lookup.provision(id).instrument.id),
    }),
  };
  return { ...data, complete: pick.complete() };
}

/** `/help/<country>`: the situations with a page, and the emergency numbers first. */
export function helpCountryPage(
  country: (typeof HELP_COUNTRIES)[number],
  context: PageContext,
): Omit<HelpCountryData, 'formats'> {
  const pick = textPicker(context.locale);
  const pages = context.lookup.corpus.guidance.filter((page) => page.country === country);
  const situations = SITUATIONS.flatMap((situation) => {
    const page = pages.find((item) => item.situation === situation);
    return page
      ? [{ situation, title: pick.pick(page.title), summary: pick.pick(page.summary) }]
      : [];
  });
  const emergency = context.lookup.corpus.services
    .filter((service) => service.area === country && service.kind === 'emergency')
    .sort((a, b) => compareCodePoints(a.id, b.id))
    .map((service) => serviceOf(service, pick));
  return {
    country,
    situations,
    emergency,
    labels: labelsFor(context.labels, { jurisdictions: [...HELP_COUNTRIES] }),
  };
}

/** `/help`: where the reader is; the country pages ask what is happening. */
export function helpStartPage(context: PageContext): Omit<HelpStartData, 'formats'> {
  const countries = HELP_COUNTRIES.filter((country) =>
    context.lookup.corpus.guidance.some((page) => page.country === country),
  );
  return { countries, labels: labelsFor(context.labels, { jurisdictions: [...HELP_COUNTRIES] }) };
}
