import {
  CASE_ID,
  FINDING_ID,
  GUIDE_ID,
  GUIDANCE_ID,
  SERVICE_ID,
  INSTRUMENT_ID,
  JURISDICTION_ID,
  PROVISION_ID,
} from './record-id.js';

/** What a file under `provisions/` holds, decided by where it lies. */
export type RecordKind =
  | 'vocabulary'
  | 'jurisdiction'
  | 'instrument'
  | 'provision'
  | 'finding'
  | 'guide'
  | 'case'
  | 'service'
  | 'guidance';

/** A YAML file's place in the corpus: its kind and the id its path gives it. */
export type RecordLocation =
  { kind: RecordKind; id: string } | { kind: 'misplaced'; expected: string };

export const VOCABULARY_PATH = '_vocabulary/offense-types.yaml';
/** The id the vocabulary file is known by among the files present. */
export const VOCABULARY_ID = 'offense-types';
export const JURISDICTION_FILE = '_jurisdiction.yaml';
export const INSTRUMENT_FILE = '_instrument.yaml';
/** Findings sit apart from the law they assess: `_findings/<jurisdiction>/<finding>.yaml`. */
export const FINDINGS_FOLDER = '_findings';
/** Training records, one folder each: `_guides/<guide>.yaml`, `_cases/<case>.yaml`. */
export const GUIDES_FOLDER = '_guides';
export const CASES_FOLDER = '_cases';
/** Services for the public, by area: `_services/<mk|kr|international>/<service>.yaml`. */
export const SERVICES_FOLDER = '_services';
/** Help pages for the public, by country: `_help/<mk|kr>/<situation>.yaml`. */
export const HELP_FOLDER = '_help';

/** The folders whose ids are the path with `_` dropped from the folder, with their grammar. */
const TRAINING_FOLDERS = [
  { kind: 'guide', folder: GUIDES_FOLDER, id: GUIDE_ID },
  { kind: 'case', folder: CASES_FOLDER, id: CASE_ID },
  { kind: 'service', folder: SERVICES_FOLDER, id: SERVICE_ID },
  { kind: 'guidance', folder: HELP_FOLDER, id: GUIDANCE_ID },
] as const;

const PLACES =
  'provisions/<jurisdiction>/_jurisdiction.yaml, provisions/<jurisdiction>/<instrument>/_instrument.yaml, ' +
  `provisions/<jurisdiction>/<instrument>/<article>.yaml, provisions/${FINDINGS_FOLDER}/<jurisdiction>/<finding>.yaml, ` +
  `provisions/${GUIDES_FOLDER}/<guide>.yaml, provisions/${CASES_FOLDER}/<case>.yaml, ` +
  `provisions/${SERVICES_FOLDER}/<mk|kr|international>/<service>.yaml, provisions/${HELP_FOLDER}/<mk|kr>/<situation>.yaml ` +
  `or provisions/${VOCABULARY_PATH}, ` +
  'with lower-case letters, digits and hyphens in each name';

/**
 * Classifies a path relative to the corpus root (forward slashes), e.g.
 * `kr/sexual-crimes-act/14-2.yaml` → `{kind: 'provision', id: 'kr/sexual-crimes-act/14-2'}`.
 */
export function locateRecord(relativePath: string): RecordLocation {
  if (relativePath === VOCABULARY_PATH) return { kind: 'vocabulary', id: VOCABULARY_ID };
  const segments = relativePath.split('/');
  const file = segments.pop() ?? '';
  const folder = segments.join('/');
  if (file === JURISDICTION_FILE && JURISDICTION_ID.test(folder)) {
    return { kind: 'jurisdiction', id: folder };
  }
  if (file === INSTRUMENT_FILE && INSTRUMENT_ID.test(folder)) {
    return { kind: 'instrument', id: folder };
  }
  const id = `${folder}/${file.replace(/\.yaml$/, '')}`;
  if (file.endsWith('.yaml') && PROVISION_ID.test(id)) return { kind: 'provision', id };
  const findingId = id.replace(/^_findings\//, 'findings/');
  if (file.endsWith('.yaml') && id.startsWith(`${FINDINGS_FOLDER}/`) && FINDING_ID.test(findingId))
    return { kind: 'finding', id: findingId };
  for (const training of TRAINING_FOLDERS) {
    const trainingId = id.replace(
      new RegExp(`^${training.folder}/`),
      `${training.folder.slice(1)}/`,
    );
    if (
      file.endsWith('.yaml') &&
      id.startsWith(`${training.folder}/`) &&
      training.id.test(trainingId)
    )
      return { kind: training.kind, id: trainingId };
  }
  return { kind: 'misplaced', expected: PLACES };
}

/** The path of a record's file relative to the corpus root, the inverse of `locateRecord`. */
export function pathOfRecord(kind: RecordKind, id: string): string {
  switch (kind) {
    case 'vocabulary':
      return VOCABULARY_PATH;
    case 'jurisdiction':
      return `${id}/${JURISDICTION_FILE}`;
    case 'instrument':
      return `${id}/${INSTRUMENT_FILE}`;
    case 'provision':
      return `${id}.yaml`;
    case 'finding':
      return `${id.replace(/^findings\//, `${FINDINGS_FOLDER}/`)}.yaml`;
    case 'guide':
    case 'case':
    case 'service':
    case 'guidance':
      // `guides/x` → `_guides/x.yaml`: the folder is the id's first word with a leading underscore.
      return `_${id}.yaml`;
  }
}
