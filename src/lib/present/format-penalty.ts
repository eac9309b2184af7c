import type { Translator } from '../i18n/translator.js';
import type { CompiledPenalty } from '../schema/compiled.js';

type Imprisonment = NonNullable<CompiledPenalty['imprisonment']>;
type Fine = NonNullable<CompiledPenalty['fine']>;

/** `imprisonment up to 3 years`, `затвор од 6 месеци до 5 години`, `3년 이하의 징역`. */
export function formatImprisonment(imprisonment: Imprisonment, tr: Translator): string {
  const { minMonths, maxMonths } = imprisonment;
  const min = minMonths === null ? null : tr.duration(minMonths);
  const max = maxMonths === null ? null : tr.duration(maxMonths);
  const term =
    min !== null && max !== null && imprisonment.maxIsGeneral
      ? tr.t('penalty.prison.minToGeneral', { min, max })
      : min !== null && max !== null
        ? tr.t('penalty.prison.range', { min, max })
        : max !== null
          ? tr.t('penalty.prison.max', { max })
          : min !== null
            ? tr.t('penalty.prison.min', { min })
            : tr.t('penalty.prison.any');
  return imprisonment.life ? tr.t('penalty.prison.life', { term }) : term;
}

/** A term of imprisonment standing alone, as a table cell shows it: `Imprisonment up to 3 years`. */
export function formatTerm(imprisonment: Imprisonment, tr: Translator): string {
  const text = formatImprisonment(imprisonment, tr);
  return text.charAt(0).toLocaleUpperCase(tr.tag) + text.slice(1);
}

/** `a fine up to KRW 50,000,000`, `up to 360 day-fines`, `a fine` (the amount is set elsewhere). */
export function formatFine(fine: Fine, tr: Translator): string {
  if (fine.kind === 'unspecified') return tr.t('penalty.fine.any');
  const value =
    fine.kind === 'day-fines'
      ? (amount: number) => tr.number(amount)
      : (amount: number) => tr.amount(amount, fine.currency);
  const prefix = fine.kind === 'day-fines' ? 'penalty.dayFines' : 'penalty.fine';
  const min = fine.min === null ? null : value(fine.min);
  const max = fine.max === null ? null : value(fine.max);
  if (min !== null && max !== null) return tr.t(`${prefix}.range`, { min, max });
  if (max !== null) return tr.t(`${prefix}.max`, { max });
  if (min !== null && fine.kind === 'amount') return tr.t('penalty.fine.min', { min });
  return tr.t(`${prefix}.any`);
}

/**
 * A penalty as one phrase in the translator's language, built from the normalized values only,
 * never from stored sentences: `Imprisonment up to 7 years or a fine up to KRW 50,000,000`.
 * An `increase` is record text and is appended as written.
 */
export function formatPenalty(penalty: CompiledPenalty, tr: Translator): string {
  const parts = [
    penalty.imprisonment ? formatImprisonment(penalty.imprisonment, tr) : undefined,
    penalty.fine ? formatFine(penalty.fine, tr) : undefined,
  ].filter((part): part is string => part !== undefined);
  const sanction =
    parts.length === 0
      ? ''
      : parts.reduce((first, second) =>
          tr.t(penalty.alternative ? 'penalty.join.alternative' : 'penalty.join.cumulative', {
            first,
            second,
          }),
        );
  const text = [sanction, penalty.increase].filter(Boolean).join('; ');
  if (text === '') return tr.t('penalty.none');
  return text.charAt(0).toLocaleUpperCase(tr.tag) + text.slice(1);
}

/**
 * The highest maximum of a provision for tables and charts: the term, marked where it is the
 * general maximum, or a note that it is unknown, never a lesser stated maximum.
 */
export function formatHighestMaximum(
  provision: {
    maxImprisonmentMonths: number | null;
    maxImprisonmentBasis: 'stated' | 'general-maximum' | 'ceiling-not-recorded' | 'life' | null;
  },
  tr: Translator,
): string | null {
  if (provision.maxImprisonmentBasis === 'life') return tr.t('penalty.lifeMaximum');
  if (provision.maxImprisonmentBasis === 'ceiling-not-recorded')
    return tr.t('penalty.ceilingNotRecorded');
  if (provision.maxImprisonmentMonths === null) return null;
  const term = tr.duration(provision.maxImprisonmentMonths);
  return provision.maxImprisonmentBasis === 'general-maximum'
    ? tr.t('penalty.generalMaximum', { term })
    : term;
}
