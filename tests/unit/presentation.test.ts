import { describe, expect, it } from 'vitest';
import { parseRichText } from '../../src/lib/markdown/rich-text.js';
import {
  buildRichTextMap,
  PLAIN_PARAGRAPH,
  richNodes,
  type RichTextMap,
} from '../../src/lib/present/rich-text-map.js';
import { comparisonRows } from '../../src/lib/present/comparison-rows.js';
import { comparisonCsv, resultsCsv } from '../../src/lib/present/comparison-csv.js';
import { coverageMatrix, standardsCoverage } from '../../src/lib/present/coverage.js';
import { formatCitations } from '../../src/lib/present/citation.js';
import { provisionJsonLd } from '../../src/lib/present/json-ld.js';
import {
  inlineScriptHashes,
  withContentSecurityPolicy,
} from '../../src/lib/site/content-security-policy.js';
import { buildSitePages } from '../../src/lib/present/pages/site-routes.js';
import { siteLabels } from '../../src/lib/present/pages/labels.js';
import { sourceRegister } from '../../src/lib/present/source-register.js';
import { buildCompareFiles, type CompareEntry } from '../../src/lib/present/compare-files.js';
import { compile } from '../../src/lib/compile.js';
import type { CompiledCorpus } from '../../src/lib/schema/compiled.js';
import { buildFixtureCorpus } from '../helpers/fixture-corpus.js';
import { parse } from 'csv-parse/sync';
import { translator } from '../../src/lib/i18n/translator.js';

const english = translator('en');

describe('record Markdown', () => {
  it('keeps the allowed kinds of node', () => {
    expect(
      parseRichText(
        'Some *stress* and **weight**, `code` and [a link](https://example.org).\n\n- one\n- two',
      ),
    ).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'Some ' },
          { type: 'emphasis', children: [{ type: 'text', value: 'stress' }] },
          { type: 'text', value: ' and ' },
          { type: 'strong', children: [{ type: 'text', value: 'weight' }] },
          { type: 'text', value: ', ' },
          { type: 'inlineCode', value: 'code' },
          { type: 'text', value: ' and ' },
          {
            type: 'link',
            href: 'https://example.org',
            children: [{ type: 'text', value: 'a link' }],
          },
          { type: 'text', value: '.' },
        ],
      },
      {
        type: 'list',
        ordered: false,
        children: [
          {
            type: 'listItem',
            children: [{ type: 'paragraph', children: [{ type: 'text', value: 'one' }] }],
          },
          {
            type: 'listItem',
            children: [{ type: 'paragraph', children: [{ type: 'text', value: 'two' }] }],
          },
        ],
      },
    ]);
  });

  it('turns raw HTML into literal text and drops non-web links', () => {
    expect(parseRichText('<script>alert(1)</script>')).toEqual([
      { type: 'text', value: '<script>alert(1)</script>' },
    ]);
    expect(parseRichText('a <b>bold</b> [x](javascript:alert(1))')).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'a ' },
          { type: 'text', value: '<b>' },
          { type: 'text', value: 'bold' },
          { type: 'text', value: '</b>' },
          { type: 'text', value: ' ' },
          { type: 'text', value: 'x' },
        ],
      },
    ]);
  });
});

async function fixtureCorpus(): Promise<CompiledCorpus> {
  const result = await compile(await buildFixtureCorpus());
  if (!result.ok) throw new Error('fixture does not compile');
  return result.corpus;
}

describe('the rich-text map a page ships', () => {
  it('ships a paragraph of plain text once, as its key, and gives back the same tree', () => {
    const plain = 'Stalking is punished with up to three years.';
    const formatted = 'Punished **only** on complaint.';
    const map = buildRichTextMap([plain, formatted, plain]);
    expect(map[plain]).toBe(PLAIN_PARAGRAPH);
    expect(map[formatted]).toEqual(parseRichText(formatted));
    expect(richNodes(map, plain)).toEqual(parseRichText(plain));
    expect(richNodes(map, formatted)).toEqual(parseRichText(formatted));
    expect(richNodes(map, 'not in the map')).toBeUndefined();
    expect(JSON.stringify(map).split(plain).length - 1).toBe(1);
  });

  it('keeps texts named like object properties as texts', () => {
    const map = JSON.parse(
      JSON.stringify(buildRichTextMap(['__proto__', 'constructor'])),
    ) as RichTextMap;
    expect(richNodes(map, '__proto__')).toEqual(parseRichText('__proto__'));
    expect(richNodes(map, 'constructor')).toEqual(parseRichText('constructor'));
    expect(richNodes(map, 'toString')).toBeUndefined();
  });
});

describe('comparison', () => {
  it('marks rows that differ and exports the same rows as CSV', async () => {
    const corpus = await fixtureCorpus();
    const labels = {
      jurisdictions: { aa: 'Fixture State', coe: 'Fixture Organisation' },
      offenseTypes: { stalking: 'Stalking' },
    };
    const rows = comparisonRows(corpus.provisions, labels, english);
    const byKey = Object.fromEntries(rows.map((row) => [row.key, row]));
    // Names and prose differ by nature: only normalized values are marked.
    expect(byKey['jurisdiction']).toMatchObject({
      values: ['Fixture State', 'Fixture Organisation'],
      differs: false,
    });
    expect(byKey['obligation']?.differs).toBe(true);
    expect(byKey['offenseTypes']).toMatchObject({
      values: ['Stalking', 'Stalking'],
      differs: false,
    });
    expect(byKey['penalties.basic']?.values).toEqual([
      'Imprisonment up to 3 years or a fine',
      'Obligation on states; no national penalty',
    ]);
    expect(byKey['maxImprisonment']?.values).toEqual(['5 years', 'Required: at least 1 year']);
    // A treaty's attempt and aiding duties come from its general article, beside national rules.
    expect(byKey['attempt']?.values[1]).toBe('Required; a reservation may exclude it (Article 5)');
    expect(byKey['aiding']?.values).toEqual(['Not applicable', 'Required (Article 5)']);
    const text = comparisonCsv(corpus.provisions, rows, english);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const csv = parse(text, { bom: true }) as string[][];
    expect(csv[0]).toEqual(['Element', 'aa/penal-code/10', 'coe/test-convention/1']);
    expect(csv.slice(1).map((row) => row[0])).toEqual(rows.map((row) => row.label));
  });

  it('lists results one provision per line, with every element, for spreadsheets', async () => {
    const corpus = await fixtureCorpus();
    const labels = siteLabels(corpus, 'en');
    const text = resultsCsv(corpus.provisions, labels, english);
    expect(text.startsWith('\uFEFFid,')).toBe(true);
    const [header = [], ...lines] = parse(text, { bom: true }) as string[][];
    const rows = comparisonRows(corpus.provisions, labels, english);
    expect(header).toEqual(['id', ...rows.map((row) => row.label)]);
    expect(lines.map((line) => line[0])).toEqual(['aa/penal-code/10', 'coe/test-convention/1']);
    const conduct = header.indexOf(rows.find((row) => row.key === 'elements.conduct')?.label ?? '');
    expect(conduct).toBeGreaterThan(0);
    const basic = header.indexOf(english.t('row.penaltyBasic'));
    expect(lines[0]?.[basic]).toBe('Imprisonment up to 3 years or a fine');
  });
});

describe('coverage', () => {
  it('lists provisions per offense type and jurisdiction, and per standard', async () => {
    const corpus = await fixtureCorpus();
    const matrix = coverageMatrix(corpus);
    expect(matrix.jurisdictions).toEqual(['aa']);
    expect(matrix.rows).toEqual([
      {
        offenseType: 'stalking',
        cells: [{ jurisdiction: 'aa', provisionIds: ['aa/penal-code/10'] }],
      },
      { offenseType: 'threats', cells: [{ jurisdiction: 'aa', provisionIds: [] }] },
    ]);
    expect(standardsCoverage(corpus)).toEqual([
      {
        standardId: 'coe/test-convention/1',
        instrumentId: 'coe/test-convention',
        cells: [{ jurisdiction: 'aa', provisionIds: ['aa/penal-code/10'] }],
      },
    ]);
  });

  it('yields a page for every provision, offense type, jurisdiction, instrument, guide and case', async () => {
    const corpus = await fixtureCorpus();
    expect(buildSitePages(corpus, 'en').routes.map((route) => route.path)).toEqual([
      '/provisions/aa/penal-code/10',
      '/provisions/coe/test-convention/1',
      '/offenses/stalking',
      '/offenses/threats',
      '/compare',
      '/search',
      '/offenses',
      '/coverage',
      '/analysis',
      '/training',
      '/training/guides/stalking',
      '/training/cases/following',
      '/help',
      '/help/leaving-safely',
      '/training/pack',
      '/sources',
      '/sources/aa',
      '/sources/coe',
      '/jurisdictions/aa',
      '/jurisdictions/coe',
      '/instruments/aa/penal-code',
      '/instruments/coe/test-convention',
    ]);
  });
});

describe('the sources register', () => {
  it('lists each jurisdiction with its cited sources, official first, and what is not verified', async () => {
    const corpus = await fixtureCorpus();
    const registers = sourceRegister(corpus);
    expect(registers.map((register) => register.code)).toEqual(['aa', 'coe']);
    const [state] = registers;
    expect(state?.counts).toEqual({ verified: 1, partial: 0, unverified: 0 });
    expect(state?.sources[0]?.kind).toBe('official');
    expect(state?.open).toEqual([]);
  });
});

describe('citations and structured data', () => {
  it('formats a provision in each style with the permalink', async () => {
    const [provision] = (await fixtureCorpus()).provisions;
    if (!provision) throw new Error('no provision');
    const citations = formatCitations(provision, {
      jurisdictionName: 'Fixture State',
      permalink: 'https://atlas.test/provisions/aa/penal-code/10',
      accessed: '2026-11-27',
    });
    expect(citations.plain).toBe(
      'Fixture State, Penal Code (Кривичен законик), art. 10 (Stalking). Law Atlas, https://atlas.test/provisions/aa/penal-code/10 (accessed 2026-11-27).',
    );
    expect(citations.oscola).toBe(
      'Penal Code (Fixture State) art 10 <https://atlas.test/provisions/aa/penal-code/10> accessed 27 November 2026',
    );
    expect(citations.bibtex).toContain('@misc{lawatlas:aa-penal-code-10,');
    expect(JSON.parse(citations.cslJson)).toEqual([
      expect.objectContaining({
        type: 'legislation',
        URL: 'https://atlas.test/provisions/aa/penal-code/10',
        accessed: { 'date-parts': [[2026, 11, 27]] },
      }),
    ]);
  });

  it('escapes < in JSON-LD so record text cannot close the script element', async () => {
    const [provision] = (await fixtureCorpus()).provisions;
    if (!provision) throw new Error('no provision');
    const json = provisionJsonLd(
      { ...provision, summary: { en: '</script><script>alert(1)</script>' } },
      'https://atlas.test/x',
      'Fixture State',
    );
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toMatchObject({
      '@type': 'Legislation',
      abstract: '</script><script>alert(1)</script>',
    });
  });
});

describe('the Content-Security-Policy', () => {
  const page =
    '<html><head><title>x</title><script>var a=1</script><script type="application/ld+json">{"x":1}</script><script src="/app.js"></script></head></html>';

  it('allows exactly the page’s own inline scripts, by hash', () => {
    expect(inlineScriptHashes(page)).toEqual([
      "'sha256-WazVQOu5lmXfSreSrMJd1CsaQ4c00fUQpJfBYCuMSIw='",
    ]);
  });

  it('is the first element of the head', () => {
    expect(withContentSecurityPolicy(page)).toMatch(
      /^<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-[^']+'; style-src/,
    );
  });
});

describe('compare files', () => {
  it('writes one entry per provision with the Markdown its page needs', async () => {
    const corpus = await fixtureCorpus();
    const files = buildCompareFiles(corpus, 'mk');
    expect(Object.keys(files).sort()).toEqual([
      'aa/penal-code/10.json',
      'coe/test-convention/1.json',
    ]);
    const entry = JSON.parse(files['aa/penal-code/10.json'] ?? '{}') as CompareEntry;
    expect(entry.provision.id).toBe('aa/penal-code/10');
    expect(Object.keys(entry.rich)).toContain(entry.provision.summary.en);
    // The browser lacks Macedonian number and date data: the entry brings its own wording.
    expect(entry.formats.dates['2023-02-25']).toBe('25 февруари 2023 г.');
  });
});
