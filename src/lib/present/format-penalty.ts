import { monthsToDuration } from '../normalize/duration.js';
import type { CompiledPenalty } from '../schema/compiled.js';

/** A prison term for prose: 36 → `3 years'`, 12 → `1 year's`, 18 → `1 year 6 months'`. */
function termPossessive(months: number): string {
  const text = monthsToDuration(months);
  return text.endsWith('s') ? `${text}'` : `${text}'s`;
}

/** `up to 3 years' imprisonment`, `6 months to 5 years' imprisonment`, `at least 3 years' imprisonment`. */
export function formatImprisonment(
  imprisonment: NonNullable<CompiledPenalty['imprisonment']>,
): string {
  const term = formatTerm(imprisonment);
  return imprisonment.life ? `life imprisonment or ${term}` : term;
}

function formatTerm(imprisonment: NonNullable<CompiledPenalty['imprisonment']>): string {
  const { minMonths, maxMonths } = imprisonment;
  if (minMonths !== null && maxMonths !== null) {
    return `${monthsToDuration(minMonths)} to ${termPossessive(maxMonths)} imprisonment`;
  }
  if (maxMonths !== null) return `up to ${termPossessive(maxMonths)} imprisonment`;
  if (minMonths !== null) return `at least ${termPossessive(minMonths)} imprisonment`;
  return 'imprisonment';
}

/** A money amount with its currency: `KRW 50,000,000`. */
export function formatAmount(amount: number, currency: string | null): string {
  const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(amount);
  return currency ? `${currency} ${number}` : number;
}

/** `a fine up to KRW 50,000,000`, `up to 360 day-fines`, `a fine` (amount set elsewhere). */
export function formatFine(fine: NonNullable<CompiledPenalty['fine']>): string {
  if (fine.kind === 'unspecified') return 'a fine';
  if (fine.kind === 'day-fines') {
    if (fine.min !== null && fine.max !== null) return `${fine.min} to ${fine.max} day-fines`;
    if (fine.max !== null) return `up to ${fine.max} day-fines`;
    return 'day-fines';
  }
  if (fine.min !== null && fine.max !== null) {
    return `a fine of ${formatAmount(fine.min, fine.currency)} to ${formatAmount(fine.max, fine.currency)}`;
  }
  if (fine.max !== null) return `a fine up to ${formatAmount(fine.max, fine.currency)}`;
  if (fine.min !== null) return `a fine of at least ${formatAmount(fine.min, fine.currency)}`;
  return 'a fine';
}

/**
 * A penalty as one readable phrase, built from the normalized values only:
 * `up to 7 years' imprisonment or a fine up to KRW 50,000,000`.
 */
export function formatPenalty(penalty: CompiledPenalty): string {
  const parts = [
    penalty.imprisonment ? formatImprisonment(penalty.imprisonment) : undefined,
    penalty.fine ? formatFine(penalty.fine) : undefined,
  ].filter((part): part is string => part !== undefined);
  const sanction = parts.join(penalty.alternative ? ' or ' : ' and ');
  const text = [sanction, penalty.increase].filter(Boolean).join('; ');
  return text === '' ? 'No penalty recorded' : text.charAt(0).toUpperCase() + text.slice(1);
}
