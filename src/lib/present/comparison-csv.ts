/**
 * Comparisons and result lists as CSV for spreadsheets. A module of its own so that pages load the
 * CSV writer only when a reader asks for a file, not with the page.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import { SPREADSHEET_CSV } from '../csv/spreadsheet-cell.js';
import type { CompiledProvision } from '../schema/compiled.js';
import type { Translator } from '../i18n/translator.js';
import { comparisonRows, type ComparisonRow, type Labels } from './comparison-rows.js';

/** The comparison as CSV text: a header of provision ids, then one line per row. */
export function comparisonCsv(
  provisions: readonly CompiledProvision[],
  rows: readonly ComparisonRow[],
  tr: Translator,
): string {
  return stringify(
    [
      [tr.t('compare.element'), ...provisions.map((provision) => provision.id)],
      ...rows.map((row) => [row.label, ...row.values]),
    ],
    SPREADSHEET_CSV,
  );
}

/**
 * A list of provisions as CSV for spreadsheets: one line per provision, one column per row of
 * the comparison (identity, every element, every penalty form, procedure, sources).
 */
export function resultsCsv(
  provisions: readonly CompiledProvision[],
  labels: Labels,
  tr: Translator,
): string {
  const rows = comparisonRows(provisions, labels, tr);
  return stringify(
    [
      ['id', ...rows.map((row) => row.label)],
      ...provisions.map((provision, index) => [
        provision.id,
        ...rows.map((row) => row.values[index] ?? ''),
      ]),
    ],
    SPREADSHEET_CSV,
  );
}
