import { stringify } from 'csv-stringify/sync';
import * as z from 'zod';
import {
  compiledCaseSchema,
  compiledFindingSchema,
  compiledGuideSchema,
  compiledProvisionSchema,
  compiledServiceSchema,
  compiledGuidanceSchema,
  type CompiledCorpus,
} from '../schema/compiled.js';
import { SPREADSHEET_CSV } from '../csv/spreadsheet-cell.js';
import { type CsvColumn, CSV_COLUMNS } from './csv-columns.js';
import { FINDING_CSV_COLUMNS } from './finding-csv-columns.js';
import { SERVICE_CSV_COLUMNS } from './service-csv-columns.js';
import { CASE_CSV_COLUMNS, GUIDE_CSV_COLUMNS, guideEvidenceRows } from './training-csv-columns.js';

/** The export file names, in the order they are listed. */
export const EXPORT_FILES = [
  'provisions.json',
  'provisions.csv',
  'datapackage.json',
  'provision.schema.json',
  'findings.json',
  'findings.csv',
  'finding.schema.json',
  'guides.json',
  'guides.csv',
  'guide.schema.json',
  'cases.json',
  'cases.csv',
  'case.schema.json',
  'services.json',
  'services.csv',
  'service.schema.json',
  'help.json',
  'help-page.schema.json',
] as const;

/** Licence of the data; the code is MIT (see LICENSE). */
export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** JSON with two-space indentation and a final newline, the one format every export uses. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The content of every export file, by name. Pure: the same corpus gives the same bytes, so two
 * exports of the same data are identical.
 */
export function renderExports(
  corpus: CompiledCorpus,
): Record<(typeof EXPORT_FILES)[number], string> {
  return {
    'provisions.json': toJson({ provisions: corpus.provisions }),
    'provisions.csv': renderCsv(corpus.provisions, CSV_COLUMNS),
    'datapackage.json': toJson(dataPackage()),
    'provision.schema.json': toJson(z.toJSONSchema(compiledProvisionSchema, { target: 'draft-7' })),
    'findings.json': toJson({ findings: corpus.findings }),
    'findings.csv': renderCsv(corpus.findings, FINDING_CSV_COLUMNS),
    'finding.schema.json': toJson(z.toJSONSchema(compiledFindingSchema, { target: 'draft-7' })),
    'guides.json': toJson({ guides: corpus.guides }),
    'guides.csv': renderCsv(guideEvidenceRows(corpus.guides), GUIDE_CSV_COLUMNS),
    'guide.schema.json': toJson(z.toJSONSchema(compiledGuideSchema, { target: 'draft-7' })),
    'cases.json': toJson({ cases: corpus.cases }),
    'cases.csv': renderCsv(corpus.cases, CASE_CSV_COLUMNS),
    'case.schema.json': toJson(z.toJSONSchema(compiledCaseSchema, { target: 'draft-7' })),
    'services.json': toJson({ services: corpus.services }),
    'services.csv': renderCsv(corpus.services, SERVICE_CSV_COLUMNS),
    'service.schema.json': toJson(z.toJSONSchema(compiledServiceSchema, { target: 'draft-7' })),
    'help.json': toJson({ help: corpus.guidance }),
    'help-page.schema.json': toJson(z.toJSONSchema(compiledGuidanceSchema, { target: 'draft-7' })),
  };
}

function renderCsv<Item>(items: readonly Item[], columns: readonly CsvColumn<Item>[]): string {
  const rows = items.map((item) =>
    columns.map((column) => {
      const value = column.value(item);
      return value === null ? '' : value;
    }),
  );
  return stringify([columns.map((column) => column.name), ...rows], {
    ...SPREADSHEET_CSV,
    cast: { ...SPREADSHEET_CSV.cast, boolean: (value) => (value ? 'true' : 'false') },
  });
}

function csvResource<Item>(name: string, columns: readonly CsvColumn<Item>[]) {
  return {
    name,
    path: `${name}.csv`,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: {
      fields: columns.map(({ name, type, description }) => ({ name, type, description })),
      primaryKey: 'id',
      missingValues: [''],
    },
  };
}

function dataPackage() {
  return {
    profile: 'tabular-data-package',
    name: 'law-atlas-provisions',
    title: 'Law Atlas: criminal-law provisions on online sexual and gender-based violence',
    licenses: [DATA_LICENSE],
    resources: [
      csvResource('provisions', CSV_COLUMNS),
      csvResource('findings', FINDING_CSV_COLUMNS),
      csvResource('guides', GUIDE_CSV_COLUMNS),
      csvResource('cases', CASE_CSV_COLUMNS),
      csvResource('services', SERVICE_CSV_COLUMNS),
    ],
  };
}
