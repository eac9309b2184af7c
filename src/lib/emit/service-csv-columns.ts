import type { CompiledService } from '../schema/compiled.js';
import { type CsvColumn, list } from './csv-columns.js';

/** The columns of `services.csv`, one row per service. */
export const SERVICE_CSV_COLUMNS: readonly CsvColumn<CompiledService>[] = [
  {
    name: 'id',
    type: 'string',
    description: 'Service id, services/<area>/<service>.',
    value: (s) => s.id,
  },
  { name: 'area', type: 'string', description: 'mk, kr or international.', value: (s) => s.area },
  {
    name: 'kind',
    type: 'string',
    description:
      'emergency, police-report, online-report, helpline, victim-support, legal-aid, removal or hotline.',
    value: (s) => s.kind,
  },
  {
    name: 'name_en',
    type: 'string',
    description: 'Name in English.',
    value: (s) => s.name.en ?? null,
  },
  {
    name: 'contacts',
    type: 'string',
    description: 'Contacts as <kind>:<value>, separated by ;.',
    value: (s) => list(s.contacts.map((contact) => `${contact.kind}:${contact.value}`)),
  },
  {
    name: 'languages',
    type: 'string',
    description: 'Languages it serves in, separated by ;; empty when not known.',
    value: (s) => list(s.languages),
  },
  { name: 'cost', type: 'string', description: 'free, charged or unknown.', value: (s) => s.cost },
  { name: 'ages', type: 'string', description: 'any, adults or minors.', value: (s) => s.ages },
  {
    name: 'last_checked',
    type: 'date',
    description: 'The day the contacts were last confirmed in a source.',
    value: (s) => s.lastChecked,
  },
  {
    name: 'verification',
    type: 'string',
    description: 'Verification status: verified, partial or unverified.',
    value: (s) => s.verification.status,
  },
];
