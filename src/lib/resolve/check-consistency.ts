import { errorAt } from '../load/diagnostic-at.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { instrumentIdOf, jurisdictionIdOf } from '../grammar/record-id.js';
import type { ValidatedCorpus } from '../validate/validated-corpus.js';
import { isInternational } from '../schema/instrument.js';
import { LAW_STATUSES } from '../schema/provision.js';
import type { Provision } from '../schema/provision.js';
import type { CorpusIndex } from './corpus-index.js';

/**
 * Rules that tie fields of one provision together, and to its instrument and jurisdiction:
 * - international provisions carry an obligation, national ones penalties (never the reverse);
 * - the heading exists in an official language of the jurisdiction, so the official text can be found
 *   (unless the instrument prints no article headings);
 * - at least one official source is named, so a reader can check the secondary ones against it;
 * - `status: repealed` goes with a `repealed` entry, and back;
 * - a status that says the provision is law rests on an official source that was opened or on a
 *   gazette reference, never on press reports alone;
 * - a national provision says how it is prosecuted, if only that this was not read yet, so an
 *   empty field never passes for "ex officio";
 * - a record can only be `verified` when its article number is known;
 * - only international instruments have parties, and a state is bound after it ratified.
 */
export function checkConsistency(corpus: ValidatedCorpus, index: CorpusIndex): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { source, data } of corpus.provisions) {
    const instrument = index.instruments.get(instrumentIdOf(source.pathId))?.data;
    const jurisdiction = index.jurisdictions.get(jurisdictionIdOf(source.pathId))?.data;
    if (instrument) {
      const international = isInternational(instrument.kind);
      const wrongField = international
        ? data.penalties
          ? 'penalties'
          : undefined
        : data.obligation
          ? 'obligation'
          : undefined;
      if (wrongField) {
        diagnostics.push(
          errorAt(
            source,
            [wrongField],
            {
              rule: 'not-applicable',
              message: `"${wrongField}" does not apply to a provision of a ${instrument.kind}`,
              expected: international
                ? '"obligation" for an international instrument'
                : '"penalties" for a national provision',
              actual: wrongField,
              hint: international
                ? 'Describe what states must do under "obligation" (e.g. minimumMaximumPenalty).'
                : 'Record the national penalties under "penalties".',
            },
            'key',
          ),
        );
      }
    }
    const languages = jurisdiction?.languages ?? [];
    const headed = instrument?.articleHeadings ?? true;
    if (
      headed &&
      languages.length > 0 &&
      !languages.some((language) => data.title[language] !== undefined)
    ) {
      const diagnostic = errorAt(source, ['title'], {
        rule: 'missing-original-heading',
        message: `the heading in an official language (${languages.join(', ')}) is missing`,
        expected: languages.map((language) => `title.${language}`).join(' or '),
        actual: `headings in ${Object.keys(data.title).join(', ') || 'no language'}`,
        hint: 'Copy the short official heading exactly as the law prints it; if the law prints none, set articleHeadings: false on the instrument.',
      });
      // An unverified record may lack the official heading (it was not read); a checked one may not.
      diagnostics.push(
        data.verification.status === 'unverified'
          ? { ...diagnostic, severity: 'warning' }
          : diagnostic,
      );
    }
    if (!data.sources.some((item) => item.kind === 'official')) {
      diagnostics.push(
        errorAt(source, ['sources'], {
          rule: 'missing-official-source',
          message: 'no official source is named',
          expected:
            'at least one source with kind: official (the legal portal, gazette or treaty office page)',
          actual: `${data.sources.length} secondary source(s)`,
          hint: 'Name the official portal or gazette beside the secondary sources, with supports saying whether it was opened.',
        }),
      );
    }
    if (LAW_STATUSES.includes(data.status) && !hasOfficialBasis(data)) {
      diagnostics.push(
        errorAt(source, ['status'], {
          rule: 'status-basis',
          message: `"${data.status}" rests on no official source that was opened and no gazette reference`,
          expected:
            'an official source read for this provision (opened: true), or the gazette or consolidation of the text read (checkedTo), enacted.reference or history; otherwise status reported-adopted or draft',
          actual: `status "${data.status}"`,
          hint: 'Press reports and secondary summaries show that a law was reported, not that it is in force.',
        }),
      );
    }
    if (
      instrument &&
      !isInternational(instrument.kind) &&
      // A procedural provision (a power, a safeguard) defines no offense to prosecute.
      data.procedure === undefined &&
      data.prosecution === undefined &&
      LAW_STATUSES.includes(data.status)
    ) {
      diagnostics.push(
        errorAt(
          source,
          [],
          {
            rule: 'missing-prosecution',
            message: 'the national provision does not say how it is prosecuted',
            expected:
              'prosecution.mode: ex-officio, on-complaint, on-motion, ex-officio-unless-victim-objects, private-prosecution or not-yet-read',
            actual: 'no prosecution',
            hint: 'Write not-yet-read when the rule was not read in a source; never leave it out.',
          },
          'key',
        ),
      );
    }
    if (
      instrument &&
      isInternational(instrument.kind) &&
      (data.obligation?.kind === 'criminalise' ||
        data.obligation?.kind === 'criminal-or-other-sanction') &&
      data.obligation.ancillary === undefined
    ) {
      diagnostics.push(
        errorAt(
          source,
          ['obligation'],
          {
            rule: 'missing-ancillary',
            message: 'the obligation does not say what the general articles add',
            expected:
              'obligation.ancillary with aiding and attempt (required, may-be-reserved, optional, not-required or not-yet-read) and the articles that set them',
            actual: 'no obligation.ancillary',
            hint: 'Aiding, attempt and sanctions sit in the treaty’s general articles (e.g. Lanzarote Article 24 and 27); write not-yet-read until they are read.',
          },
          'key',
        ),
      );
    }
    if ((data.status === 'repealed') !== (data.repealed !== undefined)) {
      diagnostics.push(
        errorAt(source, ['status'], {
          rule: 'status-mismatch',
          message: data.repealed
            ? 'a repeal is recorded but the status is not "repealed"'
            : 'the status is "repealed" but no repeal is recorded',
          expected: 'status "repealed" together with a "repealed" entry',
          actual: `status "${data.status}"`,
          hint: 'Add repealed: {date, by} or correct the status.',
        }),
      );
    }
    if (data.verification.status === 'verified' && data.article === undefined) {
      diagnostics.push(
        errorAt(source, ['verification', 'status'], {
          rule: 'verification',
          message: 'a record without a confirmed article number cannot be "verified"',
          expected: 'status "partial" or "unverified", or an "article"',
          actual: 'verified',
        }),
      );
    }
  }
  for (const { source, data } of corpus.instruments) {
    if (data.parties.length > 0 && !isInternational(data.kind)) {
      diagnostics.push(
        errorAt(
          source,
          ['parties'],
          {
            rule: 'not-applicable',
            message: `"parties" does not apply to a ${data.kind}`,
            expected: 'parties only on conventions, protocols, directives and recommendations',
            actual: 'parties',
            hint: 'Record signatures and ratifications on the international instrument.',
          },
          'key',
        ),
      );
    }
    data.parties.forEach((party, i) => {
      if (party.ratified && party.inForce && party.inForce < party.ratified) {
        diagnostics.push(
          errorAt(source, ['parties', i, 'inForce'], {
            rule: 'date-order',
            message: `entry into force for ${party.jurisdiction} (${party.inForce}) is before its ratification (${party.ratified})`,
            expected: `a date on or after ${party.ratified}`,
            actual: party.inForce,
          }),
        );
      }
    });
  }
  return diagnostics;
}

/**
 * An official text that was read, or a citation a reader can follow to the law: the gazette or
 * consolidation date of the text read, the act that made it law, or its amending acts.
 */
function hasOfficialBasis(provision: Provision): boolean {
  return (
    provision.sources.some((item) => item.kind === 'official' && item.opened) ||
    provision.checkedTo?.publication !== undefined ||
    provision.checkedTo?.date !== undefined ||
    provision.enacted?.reference !== undefined ||
    provision.history.length > 0
  );
}
