import { stringify } from 'csv-stringify/browser/esm/sync';
import type { CompiledProvision } from '../schema/compiled.js';
import { formatPenalty } from './format-penalty.js';
import { monthsToDuration } from '../normalize/duration.js';
import { enumLabel } from './enum-labels.js';

/** One row of a side-by-side table: an element and each provision's value for it. */
export interface ComparisonRow {
  /** Stable key, e.g. `elements.result`. */
  key: string;
  label: string;
  group: 'identity' | 'elements' | 'penalties' | 'procedure' | 'sources';
  values: string[];
  /** True when the provisions do not all say the same. */
  differs: boolean;
}

/** Names shown for the site: jurisdictions and offense types by id. */
export interface Labels {
  jurisdictions: Record<string, string>;
  offenseTypes: Record<string, string>;
}

const NOT_RECORDED = 'Not recorded';

type RowSpec = Omit<ComparisonRow, 'values' | 'differs'> & {
  value: (p: CompiledProvision, labels: Labels) => string;
};

function withNote(value: string | undefined, note: string | null | undefined): string {
  if (value === undefined) return NOT_RECORDED;
  return note ? `${value}: ${note}` : value;
}

const ROWS: readonly RowSpec[] = [
  {
    key: 'jurisdiction',
    label: 'Jurisdiction',
    group: 'identity',
    value: (p, l) => l.jurisdictions[p.jurisdiction] ?? p.jurisdiction,
  },
  {
    key: 'instrument',
    label: 'Instrument',
    group: 'identity',
    value: (p) => p.instrument.title.en ?? p.instrument.id,
  },
  {
    key: 'article',
    label: 'Article',
    group: 'identity',
    value: (p) => p.article ?? 'Not confirmed',
  },
  { key: 'title', label: 'Heading', group: 'identity', value: (p) => p.title.en ?? '' },
  {
    key: 'offenseTypes',
    label: 'Offense types',
    group: 'identity',
    value: (p, l) => p.offenseTypes.map((id) => l.offenseTypes[id] ?? id).join('; '),
  },
  {
    key: 'status',
    label: 'Status',
    group: 'identity',
    value: (p) => enumLabel('status', p.status),
  },
  {
    key: 'inForceFrom',
    label: 'In force since',
    group: 'identity',
    value: (p) => p.inForceFrom ?? NOT_RECORDED,
  },
  {
    key: 'elements.conduct',
    label: 'Conduct',
    group: 'elements',
    value: (p) => p.elements.conduct ?? NOT_RECORDED,
  },
  {
    key: 'elements.means',
    label: 'Online / ICT means',
    group: 'elements',
    value: (p) =>
      withNote(
        p.elements.means && enumLabel('online', p.elements.means.online),
        p.elements.means?.note,
      ),
  },
  {
    key: 'elements.mentalElement',
    label: 'Mental element',
    group: 'elements',
    value: (p) =>
      withNote(
        p.elements.mentalElement && enumLabel('mentalElement', p.elements.mentalElement.kind),
        p.elements.mentalElement?.note,
      ),
  },
  {
    key: 'elements.result',
    label: 'Result required',
    group: 'elements',
    value: (p) =>
      withNote(
        p.elements.result?.kinds.map((kind) => enumLabel('result', kind)).join(', '),
        p.elements.result?.note,
      ),
  },
  {
    key: 'elements.victimScope',
    label: 'Victim scope',
    group: 'elements',
    value: (p) => p.elements.victimScope ?? NOT_RECORDED,
  },
  {
    key: 'elements.consent',
    label: 'Consent',
    group: 'elements',
    value: (p) =>
      withNote(
        p.elements.consent && enumLabel('consent', p.elements.consent.kind),
        p.elements.consent?.note,
      ),
  },
  {
    key: 'penalties.basic',
    label: 'Penalty (basic form)',
    group: 'penalties',
    value: (p) =>
      p.penalties
        ? formatPenalty(p.penalties.basic)
        : p.obligation
          ? 'Obligation on states; no national penalty'
          : NOT_RECORDED,
  },
  {
    key: 'penalties.other',
    label: 'Other forms',
    group: 'penalties',
    value: (p) =>
      p.penalties
        ? p.penalties.aggravated
            .map(
              (form) =>
                `${form.paragraph ? `${form.paragraph} ` : ''}${enumLabel('form', form.form)}: ${form.condition} → ${formatPenalty(form.penalty)}`,
            )
            .join('\n') || 'None'
        : p.obligation
          ? 'Not applicable'
          : NOT_RECORDED,
  },
  {
    key: 'maxImprisonment',
    label: 'Highest maximum imprisonment',
    group: 'penalties',
    value: (p) =>
      p.maxImprisonmentMonths !== null
        ? monthsToDuration(p.maxImprisonmentMonths)
        : p.obligation?.minimumMaximumPenaltyMonths
          ? `Required: at least ${monthsToDuration(p.obligation.minimumMaximumPenaltyMonths)}`
          : NOT_RECORDED,
  },
  {
    key: 'obligation',
    label: 'Obligation (international)',
    group: 'penalties',
    value: (p) => (p.obligation ? enumLabel('obligation', p.obligation.kind) : 'Not applicable'),
  },
  {
    key: 'attempt',
    label: 'Attempt punishable',
    group: 'procedure',
    value: (p) =>
      p.attempt
        ? `${p.attempt.punishable ? 'Yes' : 'No'}${p.attempt.basis ? ` (${p.attempt.basis})` : ''}`
        : NOT_RECORDED,
  },
  {
    key: 'prosecution',
    label: 'Prosecution',
    group: 'procedure',
    value: (p) => (p.prosecution ? enumLabel('prosecution', p.prosecution.mode) : NOT_RECORDED),
  },
  {
    key: 'implements',
    label: 'Implements',
    group: 'sources',
    value: (p) => p.implements.join('; ') || 'None recorded',
  },
  {
    key: 'verification',
    label: 'Verification',
    group: 'sources',
    value: (p) => enumLabel('verification', p.verification.status),
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
): ComparisonRow[] {
  return ROWS.map(({ value, ...spec }) => {
    const values = provisions.map((provision) => value(provision, labels));
    return { ...spec, values, differs: new Set(values).size > 1 };
  });
}

/** The comparison as CSV text: a header of provision ids, then one line per row. */
export function comparisonCsv(
  provisions: readonly CompiledProvision[],
  rows: readonly ComparisonRow[],
): string {
  return stringify(
    [
      ['Element', ...provisions.map((provision) => provision.id)],
      ...rows.map((row) => [row.label, ...row.values]),
    ],
    {
      record_delimiter: 'unix',
    },
  );
}
