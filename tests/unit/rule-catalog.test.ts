import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/lib/compile.js';
import type { Diagnostic } from '../../src/lib/diagnostics/diagnostic.js';
import { RULE_IDS, RULES, type RuleId } from '../../src/lib/diagnostics/rules.js';
import { renderDataFormatDoc } from '../../src/lib/generate/data-format-doc.js';
import { buildFixtureCorpus, FIXTURES } from '../helpers/fixture-corpus.js';

/**
 * Rules whose trigger git cannot hold (a pipe, a permission, a 5 MB file): each is proven by a
 * case that hostile-input.test.ts builds at run time, named here.
 */
const BUILT_AT_RUN_TIME: Partial<Record<RuleId, string>> = {
  'not-a-regular-file': 'reports a pipe in the records folder instead of waiting on it',
  'unreadable-file': 'reports an unreadable file and an unreadable folder, each at its path',
  'unreadable-folder': 'reports an unreadable file and an unreadable folder, each at its path',
  'file-too-large': 'reports a 5 MB record without parsing it',
};

describe('the rule catalog', () => {
  const fired = new Map<RuleId, Diagnostic[]>();
  beforeAll(async () => {
    for (const group of ['invalid', 'hostile'] as const) {
      for (const name of await readdir(path.join(FIXTURES, group))) {
        const { diagnostics } = await compile(await buildFixtureCorpus(name, group));
        for (const diagnostic of diagnostics) {
          fired.set(diagnostic.rule, [...(fired.get(diagnostic.rule) ?? []), diagnostic]);
        }
      }
    }
  });

  it('has a committed fixture that fires each rule, or names the test that builds one', () => {
    const untested = RULE_IDS.filter((rule) => !fired.has(rule) && !BUILT_AT_RUN_TIME[rule]);
    expect(untested).toEqual([]);
    const both = Object.keys(BUILT_AT_RUN_TIME).filter((rule) => fired.has(rule as RuleId));
    expect(both).toEqual([]);
  });

  it('gives each diagnostic the severity of its rule (a heading not read is a warning on an unverified record)', () => {
    for (const [rule, diagnostics] of fired) {
      for (const diagnostic of diagnostics) {
        if (rule === 'missing-original-heading' && diagnostic.severity === 'warning') continue;
        expect(diagnostic.severity, rule).toBe(RULES[rule].severity);
      }
    }
  });

  it('points every diagnostic at a real line and column', () => {
    for (const diagnostics of fired.values()) {
      for (const { line, column, file } of diagnostics) {
        expect(file).toMatch(/^provisions(\/|$)/);
        expect(line).toBeGreaterThanOrEqual(1);
        expect(column).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('is printed in the data-format documentation', () => {
    const doc = renderDataFormatDoc();
    for (const rule of RULE_IDS) expect(doc).toContain(`| \`${rule}\` | ${RULES[rule].severity} |`);
  });
});
