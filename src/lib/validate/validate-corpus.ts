import type { z } from 'zod';
import { errorAt } from '../load/diagnostic-at.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';
import { RECORD_SCHEMAS } from '../schema/index.js';
import { describeIssue } from './describe-issue.js';
import type { ValidatedCorpus, ValidRecord } from './validated-corpus.js';
import type { RecordKind } from '../grammar/record-path.js';

/**
 * Checks each file against the schema of its kind. Every issue of every file is reported;
 * files with issues are left out of the validated corpus so later stages see only sound data.
 */
/**
 * The schema's answer for each loaded file, kept while the file is: a file the load cache hands
 * back unchanged is the same object, and its answer (and so its data object) is reused.
 */
const checkedBefore = new WeakMap<SourceFile, z.ZodSafeParseResult<unknown>>();

/** The list of the validated corpus each kind of record goes to. */
const CORPUS_KEY: Record<RecordKind, keyof ValidatedCorpus> = {
  vocabulary: 'vocabulary',
  jurisdiction: 'jurisdictions',
  instrument: 'instruments',
  provision: 'provisions',
  finding: 'findings',
  guide: 'guides',
  case: 'cases',
  service: 'services',
  guidance: 'guidance',
};

export function validateCorpus(files: readonly SourceFile[]): {
  corpus: ValidatedCorpus;
  diagnostics: Diagnostic[];
} {
  const corpus: ValidatedCorpus = {
    vocabulary: [],
    jurisdictions: [],
    instruments: [],
    provisions: [],
    findings: [],
    guides: [],
    cases: [],
    services: [],
    guidance: [],
  };
  const diagnostics: Diagnostic[] = [];
  for (const source of files) {
    const schema: z.ZodType = RECORD_SCHEMAS[source.kind];
    const result = checkedBefore.get(source) ?? schema.safeParse(source.data);
    checkedBefore.set(source, result);
    if (!result.success) {
      diagnostics.push(...issuesToDiagnostics(source, schema, result.error.issues));
      continue;
    }
    // Each list holds records of its own kind only, which the key table guarantees.
    (corpus[CORPUS_KEY[source.kind]] as ValidRecord<RecordKind>[]).push({
      source,
      data: result.data,
    } as ValidRecord<RecordKind>);
  }
  return { corpus, diagnostics };
}

function issuesToDiagnostics(
  source: SourceFile,
  schema: z.ZodType,
  issues: readonly z.core.$ZodIssue[],
): Diagnostic[] {
  return issues.flatMap((issue) =>
    describeIssue(issue, source.data, schema).map(({ path, target, ...body }) =>
      errorAt(source, path, body, target),
    ),
  );
}
