import type { CompiledProvision } from '../schema/compiled.js';
import type { Translator } from '../i18n/translator.js';
import { provisionMaximum } from '../normalize/normalize-penalty.js';

/** One bar group of the penalty chart: a provision's maximum terms in months. */
export interface PenaltyBar {
  provisionId: string;
  label: string;
  basicMaxMonths: number | null;
  aggravatedMaxMonths: number | null;
  /** The term is the jurisdiction's general maximum, for a form that sets only a minimum. */
  basicIsGeneral: boolean;
  aggravatedIsGeneral: boolean;
  /** The form allows life imprisonment, which no term in months can stand for. */
  basicIsLife: boolean;
  aggravatedIsLife: boolean;
}

/**
 * The data of an offense type's penalty chart: for each national provision with a recorded
 * penalty, the maximum imprisonment of the basic form and the highest of its other forms.
 */
export function penaltyBars(
  provisions: readonly CompiledProvision[],
  label: (provision: CompiledProvision) => string,
): PenaltyBar[] {
  return provisions.flatMap((provision) => {
    if (!provision.penalties) return [];
    const basic = provisionMaximum([provision.penalties.basic]);
    const aggravated = provisionMaximum(provision.penalties.aggravated.map((form) => form.penalty));
    return [
      {
        provisionId: provision.id,
        label: label(provision),
        basicMaxMonths: basic.maxImprisonmentMonths,
        aggravatedMaxMonths: aggravated.maxImprisonmentMonths,
        basicIsGeneral: basic.maxImprisonmentBasis === 'general-maximum',
        aggravatedIsGeneral: aggravated.maxImprisonmentBasis === 'general-maximum',
        basicIsLife: basic.maxImprisonmentBasis === 'life',
        aggravatedIsLife: aggravated.maxImprisonmentBasis === 'life',
      },
    ];
  });
}

/** One form of a bar: its maximum in months, and whether it is a general maximum or life. */
export interface BarForm {
  months: number | null;
  general: boolean;
  life: boolean;
}

export const basicForm = (bar: PenaltyBar): BarForm => ({
  months: bar.basicMaxMonths,
  general: bar.basicIsGeneral,
  life: bar.basicIsLife,
});

export const aggravatedForm = (bar: PenaltyBar): BarForm => ({
  months: bar.aggravatedMaxMonths,
  general: bar.aggravatedIsGeneral,
  life: bar.aggravatedIsLife,
});

/** A form's maximum in words (`5 years`, `20 years (general maximum)`, life); null if none. */
export function formatBarForm(form: BarForm, tr: Translator): string | null {
  if (form.life) return tr.t('penalty.lifeMaximum');
  if (form.months === null) return null;
  return form.general
    ? tr.t('penalty.generalMaximum', { term: tr.duration(form.months) })
    : tr.duration(form.months);
}
