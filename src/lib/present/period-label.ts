import type { Translator } from '../i18n/translator.js';
import type { Period } from '../schema/procedure.js';

/** A time limit as a procedural provision sets it, without its description. */
export type PeriodValue = Pick<Period, 'bound' | 'amount' | 'unit'>;

/** `at most 90 days`, `најмалку 60 дена`, `48시간 이내`: a period in the translator's language. */
export function periodLabel(tr: Translator, period: PeriodValue): string {
  const amount = tr.t(`unit.${period.unit}`, { count: period.amount });
  return tr.t(`period.${period.bound}`, { period: amount });
}
