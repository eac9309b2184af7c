import type { z } from 'zod';
import type { RecordKind } from '../grammar/record-path.js';
import { caseStudySchema } from './case-study.js';
import { findingSchema } from './finding.js';
import { guideSchema } from './guide.js';
import { guidanceSchema } from './guidance.js';
import { serviceSchema } from './service.js';
import { instrumentSchema } from './instrument.js';
import { jurisdictionSchema } from './jurisdiction.js';
import { provisionSchema } from './provision.js';
import { vocabularySchema } from './vocabulary.js';

/** The schema of each kind of record file; the single source of types, validation and JSON Schema. */
export const RECORD_SCHEMAS = {
  vocabulary: vocabularySchema,
  jurisdiction: jurisdictionSchema,
  instrument: instrumentSchema,
  provision: provisionSchema,
  finding: findingSchema,
  guide: guideSchema,
  case: caseStudySchema,
  service: serviceSchema,
  guidance: guidanceSchema,
} as const satisfies Record<RecordKind, z.ZodType>;

/** The JSON Schema file name of each record kind, under `static/schema/`. */
export const SCHEMA_FILES: Record<RecordKind, string> = {
  vocabulary: 'offense-types.schema.json',
  jurisdiction: 'jurisdiction.schema.json',
  instrument: 'instrument.schema.json',
  provision: 'provision-record.schema.json',
  finding: 'finding.schema.json',
  guide: 'guide.schema.json',
  case: 'case.schema.json',
  service: 'service.schema.json',
  guidance: 'guidance.schema.json',
};

export type RecordOf<K extends RecordKind> = z.infer<(typeof RECORD_SCHEMAS)[K]>;
