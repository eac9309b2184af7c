import type { CompiledPenalty } from '../schema/compiled.js';
import type { Penalty } from '../schema/penalty.js';
import { durationToMonths } from '../grammar/duration.js';

/** A penalty with its terms in months and every absent part explicit as null. */
export function normalizePenalty(penalty: Penalty): CompiledPenalty {
  const { imprisonment, fine } = penalty;
  return {
    imprisonment: imprisonment
      ? {
          minMonths: imprisonment.min === undefined ? null : durationToMonths(imprisonment.min),
          maxMonths: imprisonment.max === undefined ? null : durationToMonths(imprisonment.max),
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
