import type { CompiledPenalty } from '../schema/compiled.js';
import type { Penalty } from '../schema/penalty.js';
import { durationToMonths } from '../grammar/duration.js';

type CompiledProvisionMaximum = {
  maxImprisonmentMonths: number | null;
  maxImprisonmentBasis: 'stated' | 'general-maximum' | 'ceiling-not-recorded' | 'life' | null;
};

/**
 * A penalty with its terms in months and every absent part explicit as null. A term with only a
 * minimum runs up to the jurisdiction's general maximum (`generalMaximumMonths`, when recorded):
 * leaving its maximum empty would let charts and exports rank it below lesser offenses.
 */
export function normalizePenalty(
  penalty: Penalty,
  generalMaximumMonths: number | null,
): CompiledPenalty {
  const { imprisonment, fine } = penalty;
  const openEnded =
    imprisonment !== undefined &&
    imprisonment.max === undefined &&
    imprisonment.min !== undefined &&
    imprisonment.life !== true;
  const maxIsGeneral = openEnded && generalMaximumMonths !== null;
  return {
    imprisonment: imprisonment
      ? {
          minMonths: imprisonment.min === undefined ? null : durationToMonths(imprisonment.min),
          maxMonths:
            imprisonment.max !== undefined
              ? durationToMonths(imprisonment.max)
              : maxIsGeneral
                ? generalMaximumMonths
                : null,
          maxIsGeneral,
          life: imprisonment.life ?? false,
        }
      : null,
    fine: fine
      ? {
          kind: fine.kind,
          min: fine.min ?? null,
          max: fine.max ?? null,
          currency: fine.currency ?? null,
        }
      : null,
    alternative: penalty.alternative,
    increase: penalty.increase ?? null,
    note: penalty.note ?? null,
  };
}

/** The highest maximum prison term among penalties, in months, or null if none sets one. */
export function highestMaximum(penalties: readonly CompiledPenalty[]): number | null {
  const maxima = penalties.flatMap((penalty) => penalty.imprisonment?.maxMonths ?? []);
  return maxima.length > 0 ? Math.max(...maxima) : null;
}

/**
 * The highest maximum over a provision's forms and what it rests on. A form that allows life
 * imprisonment outranks every term, so no month count may stand for it; a form with only a
 * minimum and no recorded ceiling makes the highest unknown: any stated maximum would understate it.
 */
export function provisionMaximum(penalties: readonly CompiledPenalty[]): CompiledProvisionMaximum {
  const terms = penalties.flatMap((penalty) => penalty.imprisonment ?? []);
  if (terms.length === 0) return { maxImprisonmentMonths: null, maxImprisonmentBasis: null };
  if (terms.some((term) => term.life))
    return { maxImprisonmentMonths: null, maxImprisonmentBasis: 'life' };
  if (terms.some((term) => term.maxMonths === null && term.minMonths !== null && !term.life))
    return { maxImprisonmentMonths: null, maxImprisonmentBasis: 'ceiling-not-recorded' };
  const highest = highestMaximum(penalties);
  if (highest === null) return { maxImprisonmentMonths: null, maxImprisonmentBasis: null };
  const stated = terms.some((term) => term.maxMonths === highest && !term.maxIsGeneral);
  return {
    maxImprisonmentMonths: highest,
    maxImprisonmentBasis: stated ? 'stated' : 'general-maximum',
  };
}
