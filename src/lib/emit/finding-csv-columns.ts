import type { CompiledFinding } from '../schema/compiled.js';
import { type CsvColumn, list } from './csv-columns.js';

const reasoningIn = (language: string): CsvColumn<CompiledFinding> => ({
  name: `reasoning_${language}`,
  type: 'string',
  description: `The reasoning in ${language === 'en' ? 'English' : language === 'mk' ? 'Macedonian' : 'Korean'}; empty where not written.`,
  value: (f) => f.reasoning[language] ?? null,
});

/** The columns of `findings.csv`, one row per finding; the Data Package lists the same. */
export const FINDING_CSV_COLUMNS: readonly CsvColumn<CompiledFinding>[] = [
  {
    name: 'id',
    type: 'string',
    description: 'Finding id, findings/<jurisdiction>/<finding>.',
    value: (f) => f.id,
  },
  {
    name: 'jurisdiction',
    type: 'string',
    description: 'The jurisdiction assessed.',
    value: (f) => f.jurisdiction,
  },
  {
    name: 'offense_type',
    type: 'string',
    description: 'Offense type of the vocabulary.',
    value: (f) => f.offenseType,
  },
  {
    name: 'obligation',
    type: 'string',
    description: 'Provision id of the standard whose obligation is assessed.',
    value: (f) => f.obligation,
  },
  {
    name: 'assessment',
    type: 'string',
    description: 'meets, partly, does-not or unclear.',
    value: (f) => f.assessment,
  },
  reasoningIn('en'),
  reasoningIn('mk'),
  reasoningIn('ko'),
  {
    name: 'rests_on',
    type: 'string',
    description: 'Provision ids of the assessed jurisdiction, separated by ";".',
    value: (f) => list(f.restsOn),
  },
  {
    name: 'compared_with',
    type: 'string',
    description: 'Provision ids of other jurisdictions, separated by ";".',
    value: (f) => list(f.comparedWith),
  },
  {
    name: 'verification_status',
    type: 'string',
    description: 'verified, partial or unverified.',
    value: (f) => f.verification.status,
  },
  {
    name: 'source_urls',
    type: 'string',
    description: 'The sources read, separated by ";".',
    value: (f) => list(f.sources.map((source) => source.url)),
  },
  {
    name: 'file',
    type: 'string',
    description: 'The record file in the repository.',
    value: (f) => f.file,
  },
];
