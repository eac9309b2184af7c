import type { z } from 'zod';
import { errorAt } from '../load/diagnostic-at.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../load/source-file.js';
import { RECORD_SCHEMAS } from '../schema/index.js';
import { describeIssue } from './describe-issue.js';
import type { ValidatedCorpus, ValidRecord } from './validated-corpus.js';

/**
 * Checks each file against the schema of its kind. Every issue of every file is reported;
 * files with issues are left out of the validated corpus so later stages see only sound data.
 */
/**
 * The schema's answer for each loaded file, kept while the file is: a file the load cache hands
 * back unchanged is the same object, and its answer (and so its data object) is reused.
 */
const checkedBefore = new WeakMap<SourceFile, z.ZodSafeParseResult<unknown>>();

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
    const record = { source, data: result.data };
    switch (source.kind) {
      case 'vocabulary':
        corpus.vocabulary.push(record as ValidRecord<'vocabulary'>);
        break;
      case 'jurisdiction':
        corpus.jurisdictions.push(record as ValidRecord<'jurisdiction'>);
        break;
      case 'instrument':
        corpus.instruments.push(record as ValidRecord<'instrument'>);
        break;
      case 'provision':
        corpus.provisions.push(record as ValidRecord<'provision'>);
        break;
      case 'finding':
        corpus.findings.push(record as ValidRecord<'finding'>);
        break;
      case 'guide':
        corpus.guides.push(record as ValidRecord<'guide'>);
        break;
      case 'case':
        corpus.cases.push(record as ValidRecord<'case'>);
        break;
      case 'service':
        corpus.services.push(record as ValidRecord<'service'>);
        break;
      case 'guidance':
        corpus.guidance.push(record as ValidRecord<'guidance'>);
        break;
    }
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
