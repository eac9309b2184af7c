import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { compile } from '../lib/compile.js';
import { formatReport } from '../lib/diagnostics/format-report.js';
import { exportCorpus } from '../lib/emit/export-corpus.js';
import { writeFolderAtomically } from '../lib/emit/write-atomically.js';
import { buildSearchFiles } from '../lib/search/build-search-files.js';
import { buildSitePages, globalSiteData } from '../lib/present/pages/site-routes.js';
import type { SiteRoute } from '../lib/present/pages/page-types.js';
import { buildCompareFiles } from '../lib/present/compare-files.js';
import type { CompiledCorpus } from '../lib/schema/compiled.js';
import { toSiteLocale } from '../lib/i18n/locales.js';

/** What the plugin loads: the compiled records and the pages of this locale. */
interface LoadedSite {
  corpus: CompiledCorpus;
  routes: SiteRoute[];
}

/** Options of the Law Atlas content plugin. */
export interface LawAtlasPluginOptions {
  /** The records to build from; defaults to `provisions/` in the site directory. */
  provisionsDir?: string;
  /** A static directory the plugin fills with the data downloads (served at `/data/…`). */
  generatedStaticDir: string;
}

/**
 * Loads the records through the same `compile()` as the command line and turns them into pages:
 * `loadContent` compiles (a data error stops the build with the located report) and writes the
 * downloads; `contentLoaded` adds one route per page with its data as a JSON module. Record text
 * never passes through the MDX compiler.
 */
export default function lawAtlasPlugin(
  context: LoadContext,
  options: LawAtlasPluginOptions,
): Plugin<LoadedSite> {
  const provisionsDir = path.resolve(context.siteDir, options.provisionsDir ?? 'provisions');
  return {
    name: 'law-atlas',

    getPathsToWatch() {
      return [path.join(provisionsDir, '**/*.yaml')];
    },

    async loadContent() {
      const result = await compile(provisionsDir);
      if (!result.ok) {
        throw new Error(
          `The records under ${provisionsDir} have errors:\n\n${formatReport(result.diagnostics)}`,
        );
      }
      // Docusaurus builds each locale separately; names, labels and formats are this one's.
      const locale = toSiteLocale(context.i18n.currentLocale);
      const pages = buildSitePages(result.corpus, locale);
      const statics = options.generatedStaticDir;
      await exportCorpus(result.corpus, path.join(statics, 'data'));
      await writeFolderAtomically(
        path.join(statics, 'search'),
        await buildSearchFiles(result.corpus),
      );
      await writeFolderAtomically(
        path.join(statics, 'compare'),
        buildCompareFiles(result.corpus, locale),
      );
      await writeFolderAtomically(
        path.join(statics, 'offense-rows'),
        Object.fromEntries(
          Object.entries(pages.files).map(([name, text]) => [
            name.replace(/^offense-rows\//, ''),
            text,
          ]),
        ),
      );
      return { corpus: result.corpus, routes: pages.routes };
    },

    async contentLoaded({ content, actions }) {
      const locale = toSiteLocale(context.i18n.currentLocale);
      actions.setGlobalData(globalSiteData(content.corpus, locale));
      for (const route of content.routes) {
        const dataFile = `${route.path.replace(/^\//, '').replace(/[^a-z0-9]+/gi, '-') || 'home'}.json`;
        const data = await actions.createData(dataFile, JSON.stringify(route.data));
        actions.addRoute({
          path: `${context.baseUrl}${route.path.replace(/^\//, '')}`,
          component: `@site/src/site/routes/${route.component}.tsx`,
          modules: { data },
          exact: true,
        });
      }
    },

    configureWebpack(_config, isServer) {
      return {
        // The server bundle is CommonJS; with "type": "module" in package.json, Node would load its
        // split chunks (`.js`) as ES modules and fail, so they get the `.cjs` extension.
        ...(isServer ? { output: { chunkFilename: 'assets/js/[name].[contenthash:8].cjs' } } : {}),
        // The library is written as ES modules whose imports name `.js` files for `.ts` sources.
        resolve: { extensionAlias: { '.js': ['.ts', '.tsx', '.js'] } },
        module: {
          rules: [
            {
              // With "type": "module" in package.json the bundler would parse Docusaurus's generated
              // route registry as strict ESM and leave its `require.resolveWeak` calls untransformed,
              // which breaks static rendering; parse the generated files as auto-detected modules.
              test: /[\\/]\.docusaurus[\\/].*\.js$/,
              type: 'javascript/auto',
            },
          ],
        },
      };
    },
  };
}
