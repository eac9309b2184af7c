import type { CompiledProvision } from '../schema/compiled.js';
import type { MessageKey } from '../i18n/messages/en.js';
import type { Translator } from '../i18n/translator.js';
import { formatHighestMaximum, formatPenalty } from './format-penalty.js';
import { enumLabel } from './enum-labels.js';
import { formatCheckedTo, formatEnacted } from './format-enactment.js';
import { instrumentName, pickName } from '../i18n/pick-localized.js';
import { articleLabel } from '../i18n/article-label.js';

/** One row of a side-by-side table: an element and each provision's value for it. */
export interface ComparisonRow {
  /** Stable key, e.g. `elements.result`. */
  key: string;
  label: string;
  group: 'identity' | 'elements' | 'penalties' | 'procedure' | 'sources';
  values: string[];
  /**
   * True when the provisions' normalized values differ (an enumerated element, a term in months,
   * a mode of prosecution). Prose rows never differ: two texts in different words may say the same.
   */
  differs: boolean;
}

/** Names shown for the site: jurisdictions and offense types by id. */
export interface Labels {
  jurisdictions: Record<string, string>;
  offenseTypes: Record<string, string>;
}

type RowSpec = Omit<ComparisonRow, 'values' | 'differs' | 'label'> & {
  label: MessageKey;
  value: (p: CompiledProvision, labels: Labels, tr: Translator) => string;
  /** The normalized value the row compares; rows without one (names, prose) are never marked. */
  compared?: (p: CompiledProvision) => string;
};

const list = (values: readonly string[] | undefined) => [...(values ?? [])].sort().join(' ');
const term = (penalty: CompiledProvision['penalties']) => {
  const prison = penalty?.basic.imprisonment;
  return prison
    ? `${prison.minMonths}-${prison.maxMonths}-${prison.life}-${String(penalty?.basic.fine !== null)}`
    : `none-${String(penalty?.basic.fine !== null)}`;
};

function withNote(
  tr: Translator,
  value: string | undefined,
  note: string | null | undefined,
): string {
  if (value === undefined) return tr.t('common.notRecorded');
  return note ? `${value}: ${note}` : value;
}

/** A treaty's duty for aiding or attempt, with the general article that sets it. */
function ancillaryDuty(tr: Translator, duty: string, article: string | null): string {
  const label = enumLabel(tr, 'ancillary', duty);
  return article && duty !== 'not-yet-read' ? `${label} (${article})` : label;
}

const ROWS: readonly RowSpec[] = [
  {
    key: 'jurisdiction',
    label: 'table.jurisdiction',
    group: 'identity',
    value: (p, l) => l.jurisdictions[p.jurisdiction] ?? p.jurisdiction,
  },
  {
    key: 'instrument',
    label: 'table.instrument',
    group: 'identity',
    value: (p, _l, tr) => instrumentName(p.instrument, tr.locale) || p.instrument.id,
  },
  {
    key: 'article',
    label: 'table.article',
    group: 'identity',
    value: (p, _l, tr) =>
      p.article ? articleLabel(tr, { ...p, article: p.article }) : tr.t('common.notConfirmed'),
  },
  {
    key: 'title',
    label: 'table.heading',
    group: 'identity',
    value: (p, _l, tr) => pickName(p.title, tr.locale),
  },
  {
    key: 'offenseTypes',
    compared: (p) => list(p.offenseTypes),
    label: 'table.offenseTypes',
    group: 'identity',
    value: (p, l) => p.offenseTypes.map((id) => l.offenseTypes[id] ?? id).join('; '),
  },
  {
    key: 'status',
    compared: (p) => p.status,
    label: 'row.status',
    group: 'identity',
    value: (p, _l, tr) => enumLabel(tr, 'status', p.status),
  },
  {
    key: 'inForceFrom',
    compared: (p) => p.inForceFrom ?? '',
    label: 'provision.inForceSince',
    group: 'identity',
    value: (p, _l, tr) => (p.inForceFrom ? tr.date(p.inForceFrom) : tr.t('common.notRecorded')),
  },
  {
    key: 'enacted',
    label: 'provision.adopted',
    group: 'identity',
    value: (p, _l, tr) => (p.enacted ? formatEnacted(p.enacted, tr) : tr.t('common.notRecorded')),
  },
  {
    key: 'checkedTo',
    label: 'provision.checkedTo',
    group: 'identity',
    value: (p, _l, tr) =>
      p.checkedTo
        ? formatCheckedTo(p.checkedTo, tr) || tr.t('common.notRecorded')
        : tr.t('common.notRecorded'),
  },
  {
    key: 'elements.conduct',
    label: 'elements.conduct',
    group: 'elements',
    value: (p, _l, tr) => p.elements.conduct ?? tr.t('common.notRecorded'),
  },
  {
    key: 'elements.means',
    compared: (p) => p.elements.means?.online ?? '',
    label: 'elements.means',
    group: 'elements',
    value: (p, _l, tr) =>
      withNote(
        tr,
        p.elements.means && enumLabel(tr, 'online', p.elements.means.online),
        p.elements.means?.note,
      ),
  },
  {
    key: 'elements.mentalElement',
    compared: (p) => p.elements.mentalElement?.kind ?? '',
    label: 'elements.mentalElement',
    group: 'elements',
    value: (p, _l, tr) =>
      withNote(
        tr,
        p.elements.mentalElement && enumLabel(tr, 'mentalElement', p.elements.mentalElement.kind),
        p.elements.mentalElement?.note,
      ),
  },
  {
    key: 'elements.result',
    compared: (p) => list(p.elements.result?.kinds),
    label: 'elements.result',
    group: 'elements',
    value: (p, _l, tr) =>
      withNote(
        tr,
        p.elements.result?.kinds.map((kind) => enumLabel(tr, 'result', kind)).join(', '),
        p.elements.result?.note,
      ),
  },
  {
    key: 'elements.victimScope',
    label: 'elements.victimScope',
    group: 'elements',
    value: (p, _l, tr) => p.elements.victimScope ?? tr.t('common.notRecorded'),
  },
  {
    key: 'elements.consent',
    compared: (p) => p.elements.consent?.kind ?? '',
    label: 'elements.consent',
    group: 'elements',
    value: (p, _l, tr) =>
      withNote(
        tr,
        p.elements.consent && enumLabel(tr, 'consent', p.elements.consent.kind),
        p.elements.consent?.note,
      ),
  },
  {
    key: 'penalties.basic',
    compared: (p) =>
      p.penalties ? term(p.penalties) : `obligation-${String(p.obligation !== null)}`,
    label: 'row.penaltyBasic',
    group: 'penalties',
    value: (p, _l, tr) =>
      p.penalties
        ? formatPenalty(p.penalties.basic, tr)
        : p.obligation
          ? tr.t('row.obligationNoPenalty')
          : tr.t('common.notRecorded'),
  },
  {
    key: 'penalties.other',
    label: 'row.penaltyOther',
    group: 'penalties',
    value: (p, _l, tr) =>
      p.penalties
        ? p.penalties.aggravated
            .map(
              (form) =>
                `${form.paragraph ? `${form.paragraph} ` : ''}${enumLabel(tr, 'form', form.form)}: ${form.condition} → ${formatPenalty(form.penalty, tr)}`,
            )
            .join('\n') || tr.t('common.none')
        : p.obligation
          ? tr.t('common.notApplicable')
          : tr.t('common.notRecorded'),
  },
  {
    key: 'maxImprisonment',
    compared: (p) =>
      `${p.maxImprisonmentMonths}-${p.maxImprisonmentBasis}-${p.obligation?.minimumMaximumPenaltyMonths}`,
    label: 'row.maxImprisonment',
    group: 'penalties',
    value: (p, _l, tr) =>
      p.penalties
        ? (formatHighestMaximum(p, tr) ?? tr.t('common.notRecorded'))
        : p.obligation?.minimumMaximumPenaltyMonths
          ? tr.t('row.required', { term: tr.duration(p.obligation.minimumMaximumPenaltyMonths) })
          : tr.t('common.notRecorded'),
  },
  {
    key: 'obligation',
    compared: (p) => p.obligation?.kind ?? '',
    label: 'row.obligation',
    group: 'penalties',
    value: (p, _l, tr) =>
      p.obligation ? enumLabel(tr, 'obligation', p.obligation.kind) : tr.t('common.notApplicable'),
  },
  {
    key: 'attempt',
    compared: (p) =>
      p.attempt ? String(p.attempt.punishable) : (p.obligation?.ancillary?.attempt ?? ''),
    label: 'row.attempt',
    group: 'procedure',
    value: (p, _l, tr) =>
      p.attempt
        ? `${tr.t(p.attempt.punishable ? 'common.yes' : 'common.no')}${p.attempt.basis ? ` (${p.attempt.basis})` : ''}`
        : p.obligation?.ancillary
          ? ancillaryDuty(tr, p.obligation.ancillary.attempt, p.obligation.ancillary.article)
          : tr.t('common.notRecorded'),
  },
  {
    key: 'aiding',
    compared: (p) => p.obligation?.ancillary?.aiding ?? '',
    label: 'row.aiding',
    group: 'procedure',
    value: (p, _l, tr) =>
      p.obligation?.ancillary
        ? ancillaryDuty(tr, p.obligation.ancillary.aiding, p.obligation.ancillary.article)
        : p.obligation
          ? tr.t('common.notRecorded')
          : tr.t('common.notApplicable'),
  },
  {
    key: 'prosecution',
    compared: (p) => p.prosecution?.mode ?? '',
    label: 'provision.prosecution',
    group: 'procedure',
    value: (p, _l, tr) =>
      p.prosecution ? enumLabel(tr, 'prosecution', p.prosecution.mode) : tr.t('common.notRecorded'),
  },
  {
    key: 'implements',
    compared: (p) => list(p.implements),
    label: 'row.implements',
    group: 'sources',
    value: (p, _l, tr) => p.implements.join('; ') || tr.t('common.noneRecorded'),
  },
  {
    key: 'verification',
    compared: (p) => p.verification.status,
    label: 'table.verification',
    group: 'sources',
    value: (p, _l, tr) => enumLabel(tr, 'verification', p.verification.status),
  },
];

/**
 * The rows of a side-by-side comparison of `provisions`, in a fixed order: identity, each
 * element, each penalty form, procedure, sources. Used by the compare page, the offense tables
 * and the CSV download, so the three always agree.
 */
export function comparisonRows(
  provisions: readonly CompiledProvision[],
  labels: Labels,
  tr: Translator,
): ComparisonRow[] {
  return ROWS.map(({ value, label, compared, ...spec }) => {
    const values = provisions.map((provision) => value(provision, labels, tr));
    const differs = compared ? new Set(provisions.map(compared)).size > 1 : false;
    return { ...spec, label: tr.t(label), values, differs };
  });
}
