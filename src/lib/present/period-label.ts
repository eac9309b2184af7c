import type { Translator } from '../i18n/translator.js';

/** A time limit as a procedural provision sets it. */
export interface PeriodValue {
  bound: 'at-most' | 'at-least' | 'within';
  amount: number;
  unit: 'hours' | 'days' | 'months' | 'years';
}

/** `at most 90 days`, `најмалку 60 дена`, `48시간 이내`: a period in the translator's language. */
export function periodLabel(tr: Translator, period: PeriodValue): string {
  const amount = tr.t(`unit.${period.unit}`, { count: period.amount });
  return tr.t(`period.${period.bound}`, { period: amount });
}
