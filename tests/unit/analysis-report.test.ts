import { beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/lib/compile.js';
import { PROVISIONS_DIR } from '../../src/lib/project-paths.js';
import { buildSitePages } from '../../src/lib/present/pages/site-routes.js';
import { ANALYSIS_JURISDICTION, OPTIONS_SHOWN } from '../../src/lib/present/pages/analysis-page.js';
import type { AnalysisPageData } from '../../src/lib/present/pages/page-types.js';
import { provisionMaximum } from '../../src/lib/normalize/normalize-penalty.js';
import type { CompiledCorpus } from '../../src/lib/schema/compiled.js';
import { SITE_LOCALES } from '../../src/lib/i18n/locales.js';

function analysisOf(corpus: CompiledCorpus, locale: (typeof SITE_LOCALES)[number]) {
  const route = buildSitePages(corpus, locale).routes.find((item) => item.path === '/analysis');
  if (route?.component !== 'AnalysisPage') throw new Error('no analysis page');
  return route.data as AnalysisPageData;
}

describe('the comparative report (/analysis), built from the bundled records', () => {
  let corpus: CompiledCorpus;
  let report: AnalysisPageData;
  beforeAll(async () => {
    const result = await compile(PROVISIONS_DIR);
    if (!result.ok) throw new Error('the bundled records do not compile');
    corpus = result.corpus;
    report = analysisOf(corpus, 'en');
  });

  it('holds every finding on North Macedonia once, under its offense type, in the vocabulary’s order', () => {
    const own = corpus.findings.filter((f) => f.jurisdiction === ANALYSIS_JURISDICTION);
    expect(own.length).toBeGreaterThanOrEqual(15);
    const shown = report.sections.flatMap((part) =>
      part.findings.map((finding) => {
        expect(finding.offenseType).toBe(part.offenseType);
        return finding.id;
      }),
    );
    expect([...shown].sort()).toEqual(own.map((f) => f.id).sort());
    const order = corpus.offenseTypes.map((type) => type.id);
    const positions = report.sections.map((part) => order.indexOf(part.offenseType));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const counted = Object.values(report.counts).reduce((sum, n) => sum + n, 0);
    expect(counted).toBe(own.length);
  });

  it('derives every compared fact from the records the findings rest on, never from the finding', () => {
    for (const part of report.sections) {
      const cited = new Set(part.findings.flatMap((f) => [...f.restsOn, ...f.comparedWith]));
      expect(new Set(part.rows.map((row) => row.id))).toEqual(cited);
      for (const row of part.rows) {
        const provision = corpus.provisions.find((item) => item.id === row.id);
        if (!provision) throw new Error(`no ${row.id}`);
        expect(row.online).toBe(provision.elements.means?.online ?? null);
        expect(row.prosecution).toBe(provision.prosecution?.mode ?? null);
        expect(row.attempt).toBe(provision.attempt?.punishable ?? null);
        expect(row.maxImprisonmentMonths).toBe(provision.maxImprisonmentMonths);
      }
      for (const bar of part.bars) {
        const provision = corpus.provisions.find((item) => item.id === bar.provisionId);
        if (!provision?.penalties) throw new Error(`no penalties for ${bar.provisionId}`);
        expect(bar.basicMaxMonths).toBe(
          provisionMaximum([provision.penalties.basic]).maxImprisonmentMonths,
        );
      }
    }
  });

  it('offers other jurisdictions’ provisions only where a finding is not met, a few at a time', () => {
    for (const part of report.sections) {
      const gap = part.findings.some((finding) => finding.assessment !== 'meets');
      if (!gap) expect(part.options).toEqual([]);
      expect(part.options.length).toBeLessThanOrEqual(OPTIONS_SHOWN);
      for (const option of part.options) {
        expect(option.jurisdiction).not.toBe(ANALYSIS_JURISDICTION);
        expect(option.offenseTypes).toContain(part.offenseType);
      }
    }
  });

  it('shows beside each finding Korea’s assessment against the same obligation, where there is one', () => {
    for (const finding of report.sections.flatMap((part) => part.findings)) {
      const korean = corpus.findings.find(
        (item) => item.jurisdiction === 'kr' && item.obligation === finding.obligation,
      );
      expect(finding.partner, finding.id).toEqual(
        korean ? { jurisdiction: 'kr', assessment: korean.assessment } : null,
      );
    }
    expect(report.sections.flatMap((part) => part.findings).some((f) => f.partner)).toBe(true);
  });

  it('states the date its data stands as of: the latest day a source it rests on was read', () => {
    const dates = report.sections.flatMap((part) => [
      ...part.findings.flatMap((f) => f.sources.map((source) => source.retrieved)),
      ...part.rows.flatMap((row) => (row.lawAsOf ? [row.lawAsOf] : [])),
    ]);
    expect(report.dataAsOf).toBe([...dates].sort().at(-1));
  });

  it('is built in every locale with the same findings', () => {
    for (const locale of SITE_LOCALES) {
      const localized = analysisOf(corpus, locale);
      expect(localized.sections.flatMap((part) => part.findings.map((f) => f.id))).toEqual(
        report.sections.flatMap((part) => part.findings.map((f) => f.id)),
      );
    }
  });
});

describe('a standard provision’s page', () => {
  it('lists the states that implement it, with each state’s finding, North Macedonia first', async () => {
    const result = await compile(PROVISIONS_DIR);
    if (!result.ok) throw new Error('the bundled records do not compile');
    const { routes } = buildSitePages(result.corpus, 'en');
    const route = routes.find((item) => item.path === '/provisions/coe/istanbul-convention/34');
    if (route?.component !== 'ProvisionPage') throw new Error('no page');
    const implementing = result.corpus.provisions.filter((p) =>
      p.implements.includes('coe/istanbul-convention/34'),
    );
    const findings = result.corpus.findings.filter(
      (f) => f.obligation === 'coe/istanbul-convention/34',
    );
    const states = new Set([
      ...implementing.map((p) => p.jurisdiction),
      ...findings.map((f) => f.jurisdiction),
    ]);
    expect(route.data.implementersTotal).toBe(states.size);
    expect(route.data.implementers[0]?.jurisdiction).toBe('mk');
    for (const row of route.data.implementers) {
      expect(row.provisions.map((p) => p.id).sort()).toEqual(
        implementing
          .filter((p) => p.jurisdiction === row.jurisdiction)
          .map((p) => p.id)
          .sort(),
      );
      const finding = findings.find((f) => f.jurisdiction === row.jurisdiction);
      expect(row.finding?.assessment ?? null).toBe(finding?.assessment ?? null);
    }
    const national = routes.find((item) => item.path === '/provisions/mk/criminal-code/144-a');
    if (national?.component !== 'ProvisionPage') throw new Error('no page');
    expect(national.data.implementers).toEqual([]);
  });
});
