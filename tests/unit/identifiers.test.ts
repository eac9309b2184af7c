import { describe, expect, it } from 'vitest';
import {
  formatProvisionId,
  instrumentIdOf,
  jurisdictionIdOf,
  parseProvisionId,
} from '../../src/lib/grammar/record-id.js';
import { locateRecord, pathOfRecord } from '../../src/lib/grammar/record-path.js';

describe('provision ids', () => {
  it.each([
    [
      'kr/sexual-crimes-act/14-2',
      { jurisdiction: 'kr', instrument: 'sexual-crimes-act', article: '14-2' },
    ],
    [
      'mk/criminal-code/144-a',
      { jurisdiction: 'mk', instrument: 'criminal-code', article: '144-a' },
    ],
    [
      'ba-fbih/criminal-code/203',
      { jurisdiction: 'ba-fbih', instrument: 'criminal-code', article: '203' },
    ],
    [
      'eu/directive-2024-1385/5',
      { jurisdiction: 'eu', instrument: 'directive-2024-1385', article: '5' },
    ],
  ])('%s parses and formats back', (id, parts) => {
    expect(parseProvisionId(id)).toEqual(parts);
    expect(formatProvisionId(parts)).toBe(id);
    expect(instrumentIdOf(id)).toBe(`${parts.jurisdiction}/${parts.instrument}`);
    expect(jurisdictionIdOf(id)).toBe(parts.jurisdiction);
  });

  it.each([
    'KR/act/1',
    'kr/act',
    'kr/act/14 2',
    'kr/act/144-а',
    'kr//1',
    'kr/act/1/2',
    'kr/act/-1',
  ])('rejects %s', (id) => {
    expect(parseProvisionId(id)).toBeUndefined();
  });
});

describe('record paths', () => {
  it.each([
    ['kr/stalking-act/18.yaml', 'provision', 'kr/stalking-act/18'],
    ['kr/stalking-act/_instrument.yaml', 'instrument', 'kr/stalking-act'],
    ['kr/_jurisdiction.yaml', 'jurisdiction', 'kr'],
    ['_vocabulary/offense-types.yaml', 'vocabulary', 'offense-types'],
  ] as const)('%s is a %s with id %s, and back', (file, kind, id) => {
    expect(locateRecord(file)).toEqual({ kind, id });
    expect(pathOfRecord(kind, id)).toBe(file);
  });

  it.each([
    'kr/18.yaml',
    'kr/stalking-act/18.yml',
    'kr/Stalking Act/18.yaml',
    'kr/a/b/c.yaml',
    'notes.yaml',
  ])('%s is misplaced', (file) => {
    expect(locateRecord(file).kind).toBe('misplaced');
  });
});
