import { describe, expect, it } from 'vitest';
import { compile } from '../../src/lib/compile.js';
import { buildFixtureCorpus } from '../helpers/fixture-corpus.js';

/** Each fixture folder under tests/fixtures/invalid breaks the base corpus in one way. */
const CASES: Record<string, string[]> = {
  'orphan-translation': [
    'provisions/aa/penal-code/10.yaml:32:14 orphan-translation "translations.mk.conduct" translates a text the record does not have in English',
  ],
  'finding-errors': [
    'provisions/_findings/aa/unsupported.yaml:8:10 unsupported-finding "restsOn" names no provision, yet the assessment is "meets"',
    'provisions/_findings/aa/wrong-side.yaml:4:13 dangling-reference "aa/penal-code/10" is not a known provision of an international instrument',
    'provisions/_findings/aa/wrong-side.yaml:8:11 finding-jurisdiction "coe/test-convention/1" is not a provision of aa, the jurisdiction assessed',
    'provisions/_findings/aa/wrong-side.yaml:9:16 finding-jurisdiction "aa/penal-code/10" is a provision of aa itself, not a comparison',
    'provisions/_findings/bb/elsewhere.yaml:2:15 finding-jurisdiction the finding lies under bb but assesses "aa"',
  ],
  'training-errors': [
    'provisions/_cases/invented.yaml:9:18 dangling-reference "aa/penal-code/11" is not a known provision',
    'provisions/_cases/invented.yaml:12:10 scenario-outcome "outcome" gives an outcome, yet the case is a scenario',
    'provisions/_guides/wrong-country.yaml:2:16 dangling-reference "stalkng" is not a known offense type',
    'provisions/_guides/wrong-country.yaml:7:18 training-reference "coe/test-convention/1" is not a provision of aa, the country of this section',
    'provisions/_guides/wrong-country.yaml:13:26 training-reference "aa/penal-code/10" grants no power: its record has no procedure block',
  ],
  'help-errors': [
    'provisions/_help/mk/stalking.yaml:7:16 help-reference "aa/penal-code/10" is not a provision of mk, the country of this page',
    'provisions/_help/mk/stalking.yaml:16:14 help-reference "services/kr/line" is not a service of mk, the country of this page',
    'provisions/_help/mk/stalking.yaml:16:32 dangling-reference "services/mk/none" is not a known service',
  ],
  'yaml-syntax': [
    'provisions/aa/penal-code/10.yaml:5:15 yaml-syntax YAML syntax: Nested mappings are not allowed in compact mappings',
  ],
  'duplicate-key': [
    'provisions/aa/penal-code/10.yaml:22:1 duplicate-key this key appears twice in the same mapping',
  ],
  'unknown-field': [
    'provisions/aa/penal-code/10.yaml:1:1 missing-field missing required field "summary"',
    'provisions/aa/penal-code/10.yaml:27:1 unknown-field unknown field "sumary"',
  ],
  'missing-field': [
    'provisions/aa/penal-code/10.yaml:1:1 missing-field missing required field "englishTitle"',
  ],
  'wrong-enum': [
    'provisions/aa/penal-code/10.yaml:20:9 invalid-value "status" is not one of the allowed values',
  ],
  'malformed-date': [
    'provisions/aa/penal-code/10.yaml:21:14 invalid-date "inForceFrom" is not a calendar date written YYYY-MM-DD',
  ],
  'amended-before-enacted': [
    'provisions/aa/penal-code/10.yaml:23:11 date-order an amendment (1999-12-31) is before the enactment of the instrument (2000-01-15)',
  ],
  'duplicate-id': [
    'provisions/aa/penal-code/11.yaml:1:5 duplicate-id the id "aa/penal-code/10" is already used by provisions/aa/penal-code/10.yaml',
    'provisions/aa/penal-code/11.yaml:1:5 id-path-mismatch the id "aa/penal-code/10" does not match the file\'s path',
  ],
  'path-mismatch': [
    'provisions/aa/penal-code/10.yaml:1:5 id-path-mismatch the id "aa/penal-code/12" does not match the file\'s path',
  ],
  'dangling-reference': [
    'provisions/aa/penal-code/10.yaml:7:16 dangling-reference "stalkng" is not a known offense type',
    'provisions/aa/penal-code/10.yaml:8:14 dangling-reference "coe/test-convention/2" is not a known provision of an international instrument',
  ],
  'non-http-url': [
    'provisions/aa/penal-code/10.yaml:30:10 url-scheme "sources[0].url" is not an http(s) URL',
  ],
  'misplaced-file': [
    'provisions/aa/Penal Code.yaml:1:1 misplaced-file this YAML file is not where any record belongs',
  ],
  'not-applicable': [
    'provisions/aa/penal-code/10.yaml:18:1 not-applicable "obligation" does not apply to a provision of a criminal-code',
  ],
  'missing-official-source': [
    'provisions/aa/penal-code/10.yaml:30:3 missing-official-source no official source is named',
  ],
  'treaty-parties': [
    'provisions/coe/test-convention/_instrument.yaml:16:14 date-order entry into force for aa (2015-01-01) is before its ratification (2015-03-01)',
    'provisions/coe/test-convention/_instrument.yaml:17:19 dangling-reference "zz" is not a known jurisdiction',
  ],
  'missing-original-heading': [
    'provisions/aa/penal-code/10.yaml:4:3 missing-original-heading the heading in an official language (mk) is missing',
  ],
  'status-mismatch': [
    'provisions/aa/penal-code/10.yaml:20:9 status-mismatch the status is "repealed" but no repeal is recorded',
  ],
  'unverifiable-status': [
    'provisions/aa/penal-code/10.yaml:34:11 verification a record without a confirmed article number cannot be "verified"',
  ],
  'missing-vocabulary': [
    'provisions/_cases/following.yaml:4:16 dangling-reference "stalking" is not a known offense type',
    'provisions/_guides/stalking.yaml:2:16 dangling-reference "stalking" is not a known offense type',
    'provisions/_vocabulary/offense-types.yaml:1:1 missing-vocabulary the offense-type vocabulary is missing or invalid',
    'provisions/aa/penal-code/10.yaml:7:16 dangling-reference "stalking" is not a known offense type',
    'provisions/coe/test-convention/1.yaml:7:16 dangling-reference "stalking" is not a known offense type',
  ],
  'status-basis': [
    'provisions/aa/penal-code/10.yaml:20:9 status-basis "in-force" rests on no official source that was opened and no gazette reference',
  ],
  'missing-prosecution': [
    'provisions/aa/penal-code/10.yaml:1:1 missing-prosecution the national provision does not say how it is prosecuted',
  ],
  'missing-ancillary': [
    'provisions/coe/test-convention/1.yaml:8:1 missing-ancillary the obligation does not say what the general articles add',
  ],
  'many-errors': [
    'provisions/aa/penal-code/10.yaml:7:16 dangling-reference "stalkng" is not a known offense type',
    'provisions/aa/penal-code/10.yaml:20:9 invalid-value "status" is not one of the allowed values',
    'provisions/aa/penal-code/11.yaml:29:1 unknown-field unknown field "extra"',
    'provisions/coe/test-convention/_instrument.yaml:11:14 date-order entry into force (2010-08-01) is before its adoption (2011-05-11)',
  ],
};

describe('the compiler on invalid fixtures', () => {
  it('accepts the base corpus the fixtures build on', async () => {
    const result = await compile(await buildFixtureCorpus());
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it.each(Object.entries(CASES))(
    '%s: reports every problem at its position',
    async (name, expected) => {
      const result = await compile(await buildFixtureCorpus(name));
      expect(result.ok).toBe(false);
      expect(result.corpus).toBeUndefined();
      expect(
        result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule} ${d.message}`),
      ).toEqual(expected);
    },
  );

  it('says what was expected, what was found and how to fix it', async () => {
    const { diagnostics } = await compile(await buildFixtureCorpus('unknown-field'));
    expect(diagnostics.find((d) => d.rule === 'unknown-field')).toMatchObject({
      severity: 'error',
      actual: 'sumary',
      hint: 'Did you mean "summary"?',
      expected: expect.stringContaining('one of the fields id, article,'),
    });
  });

  it('lists the ids that exist when a reference is broken', async () => {
    const { diagnostics } = await compile(await buildFixtureCorpus('dangling-reference'));
    expect(diagnostics.map((d) => [d.expected, d.hint])).toEqual([
      ['one of stalking, threats', 'Did you mean "stalking"?'],
      ['one of coe/test-convention/1', 'Did you mean "coe/test-convention/1"?'],
    ]);
  });

  it('names the values an enum allows and what it found', async () => {
    const { diagnostics } = await compile(await buildFixtureCorpus('wrong-enum'));
    expect(diagnostics[0]).toMatchObject({
      expected: 'one of in-force, not-yet-in-force, repealed, reported-adopted, draft',
      actual: '"active"',
    });
  });
});
