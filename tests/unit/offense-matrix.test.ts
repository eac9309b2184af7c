import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/lib/compile.js';
import { PROVISIONS_DIR } from '../../src/lib/project-paths.js';
import { buildSitePages } from '../../src/lib/present/pages/site-routes.js';
import type { OffensePageData, OffenseRow } from '../../src/lib/present/pages/page-types.js';
import { sortOffenseRows } from '../../src/lib/present/sort-offense-rows.js';
import type { CompiledCorpus } from '../../src/lib/schema/compiled.js';

function stalkingPage(corpus: CompiledCorpus, locale: 'en' | 'mk' | 'ko'): OffensePageData {
  const route = buildSitePages(corpus, locale).routes.find(
    (item) => item.path === '/offenses/stalking',
  );
  if (route?.component !== 'OffensePage') throw new Error('no stalking page');
  return route.data;
}

describe('the offense matrix', () => {
  let corpus: CompiledCorpus;
  beforeAll(async () => {
    const result = await compile(PROVISIONS_DIR);
    if (!result.ok) throw new Error('the bundled records do not compile');
    corpus = result.corpus;
  });

  it('puts the reader’s own country first: North Macedonia in English and Macedonian, Korea in Korean', () => {
    expect(stalkingPage(corpus, 'mk').rows[0]?.jurisdiction).toBe('mk');
    expect(stalkingPage(corpus, 'en').rows[0]?.jurisdiction).toBe('mk');
    expect(stalkingPage(corpus, 'ko').rows[0]?.jurisdiction).toBe('kr');
  });

  it('derives each row from its record: result, basic and graver terms, entry into force, texts in the locale', () => {
    for (const row of stalkingPage(corpus, 'mk').rows) {
      const provision = corpus.provisions.find((item) => item.id === row.id);
      if (!provision) throw new Error(`no ${row.id}`);
      expect(row.resultKinds).toEqual(provision.elements.result?.kinds ?? null);
      expect(row.basicTerm).toEqual(provision.penalties?.basic.imprisonment ?? null);
      expect(row.inForceFrom).toBe(provision.inForceFrom);
      const graver = (provision.penalties?.aggravated ?? [])
        .filter((form) => form.form === 'aggravated')
        .flatMap((form) => form.penalty.imprisonment ?? []);
      if (graver.length === 0) expect(row.graverTerm).toBeNull();
      else expect(graver).toContainEqual(row.graverTerm);
      const written = provision.translations.mk?.conduct;
      expect(row.conduct).toEqual(
        written
          ? { text: written, lang: 'mk' }
          : provision.elements.conduct
            ? { text: provision.elements.conduct, lang: 'en' }
            : null,
      );
    }
  });

  it('sorts by a term, highest first on request, rows without one last either way', () => {
    const rows = stalkingPage(corpus, 'en').rows;
    const name = (code: string) => code;
    const compare = (a: string, b: string) => a.localeCompare(b);
    const weight = (row: OffenseRow) =>
      row.basicTerm?.life
        ? Infinity
        : (row.basicTerm?.maxMonths ?? row.basicTerm?.minMonths ?? null);
    for (const descending of [false, true]) {
      const sorted = sortOffenseRows(rows, 'basic', descending, name, compare);
      expect(sorted).toHaveLength(rows.length);
      const weights = sorted.map(weight);
      const known = weights.filter((value): value is number => value !== null);
      expect(weights.slice(0, known.length)).toEqual(known);
      expect(known).toEqual([...known].sort((a, b) => (descending ? b - a : a - b)));
    }
    const byName = sortOffenseRows(rows, 'jurisdiction', false, name, compare);
    expect(byName.map((row) => row.jurisdiction)).toEqual(
      rows.map((row) => row.jurisdiction).sort(compare),
    );
  });
});

describe('the compare page’s ready comparisons', () => {
  it('pair each offense type’s North Macedonian provision with its Korean counterpart and the standard it implements', async () => {
    const result = await compile(PROVISIONS_DIR);
    if (!result.ok) throw new Error('the bundled records do not compile');
    const route = buildSitePages(result.corpus, 'en').routes.find(
      (item) => item.path === '/compare',
    );
    if (route?.component !== 'ComparePage') throw new Error('no compare page');
    const { presets } = route.data;
    expect(presets.find((preset) => preset.offenseType === 'stalking')).toEqual({
      offenseType: 'stalking',
      ids: ['mk/criminal-code/144-a', 'kr/stalking-act/18', 'coe/istanbul-convention/34'],
      names: ['North Macedonia', 'Republic of Korea', 'Istanbul Convention'],
    });
    for (const preset of presets) {
      expect(preset.ids[0]?.startsWith('mk/')).toBe(true);
      for (const id of preset.ids) {
        const provision = result.corpus.provisions.find((item) => item.id === id);
        expect(provision?.offenseTypes, id).toContain(preset.offenseType);
      }
    }
    expect(presets.length).toBeLessThanOrEqual(result.corpus.offenseTypes.length);
  });
});
