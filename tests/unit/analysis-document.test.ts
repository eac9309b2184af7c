import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/lib/compile.js';
import { PROVISIONS_DIR } from '../../src/lib/project-paths.js';
import { buildSitePages } from '../../src/lib/present/pages/site-routes.js';
import { analysisDocument } from '../../src/lib/present/analysis-document.js';
import type { AnalysisPageData } from '../../src/lib/present/pages/page-types.js';
import { SITE_LOCALES } from '../../src/lib/i18n/locales.js';
import { translator } from '../../src/lib/i18n/translator.js';

const xmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('the report as an editable Word document', () => {
  it.each(SITE_LOCALES)(
    'holds every finding of the page in %s, under the same numbers, with its sources',
    async (locale) => {
      const result = await compile(PROVISIONS_DIR);
      if (!result.ok) throw new Error('the bundled records do not compile');
      const route = buildSitePages(result.corpus, locale).routes.find(
        (item) => item.path === '/analysis',
      );
      if (route?.component !== 'AnalysisPage') throw new Error('no analysis page');
      const data: AnalysisPageData = route.data;
      const files = unzipSync(await analysisDocument(data, locale));
      const documentFile = files['word/document.xml'];
      if (!documentFile) throw new Error('not a Word document');
      const xml = strFromU8(documentFile);
      const tr = translator(locale, data.formats);
      expect(xml).toContain(xmlText(tr.t('analysis.findings')));
      data.sections.forEach((part, index) => {
        part.findings.forEach((finding, k) => {
          expect(xml).toContain(`>${index + 1}.3.${k + 1} `);
          const reasoning = finding.reasoning[locale] ?? finding.reasoning.en ?? '';
          expect(xml, finding.id).toContain(xmlText(reasoning.slice(0, 60)));
          for (const source of finding.sources) {
            const relations = strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array());
            expect(relations, source.url).toContain(xmlText(source.url));
          }
        });
      });
    },
  );
});
