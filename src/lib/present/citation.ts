import type { CompiledProvision } from '../schema/compiled.js';

/** What a citation needs beyond the provision: the jurisdiction's name and where the atlas lives. */
export interface CitationContext {
  jurisdictionName: string;
  permalink: string;
  /** The date the reader consulted the atlas, YYYY-MM-DD. */
  accessed: string;
}

/** The citation formats the Cite dialog offers. */
export interface Citations {
  plain: string;
  oscola: string;
  bibtex: string;
  cslJson: string;
}

function articleLabel(provision: CompiledProvision): string {
  return provision.article ?? `(article not confirmed: ${provision.title.en ?? provision.id})`;
}

function originalTitle(provision: CompiledProvision): string | undefined {
  return Object.entries(provision.instrument.title).find(([language]) => language !== 'en')?.[1];
}

/**
 * Formats a provision citation in plain text, OSCOLA style (foreign legislation: title,
 * jurisdiction, article), BibTeX and CSL-JSON, each with the atlas permalink.
 */
export function formatCitations(provision: CompiledProvision, context: CitationContext): Citations {
  const act = provision.instrument.title.en ?? provision.instrument.id;
  const original = originalTitle(provision);
  const article = articleLabel(provision);
  const plain =
    `${context.jurisdictionName}, ${act}${original ? ` (${original})` : ''}, art. ${article}` +
    ` (${provision.title.en}). Law Atlas, ${context.permalink} (accessed ${context.accessed}).`;
  const oscola = `${act} (${context.jurisdictionName}) art ${article} <${context.permalink}> accessed ${formatOscolaDate(context.accessed)}`;
  const key = `lawatlas:${provision.id.replace(/[^a-z0-9]+/gi, '-')}`;
  const bibtex = [
    `@misc{${key},`,
    `  title = {{${act}, art. ${article}: ${provision.title.en}}},`,
    `  author = {{${context.jurisdictionName}}},`,
    `  howpublished = {Law Atlas},`,
    `  url = {${context.permalink}},`,
    `  urldate = {${context.accessed}},`,
    `  note = {Verification: ${provision.verification.status}}`,
    '}',
  ].join('\n');
  const cslJson = JSON.stringify(
    [
      {
        id: key,
        type: 'legislation',
        title: `${act}, art. ${article}: ${provision.title.en}`,
        'container-title': act,
        section: `art. ${article}`,
        jurisdiction: context.jurisdictionName,
        URL: context.permalink,
        accessed: { 'date-parts': [context.accessed.split('-').map(Number)] },
        ...(provision.inForceFrom
          ? { issued: { 'date-parts': [provision.inForceFrom.split('-').map(Number)] } }
          : {}),
      },
    ],
    null,
    2,
  );
  return { plain, oscola, bibtex, cslJson };
}

function formatOscolaDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
