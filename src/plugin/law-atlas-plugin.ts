import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { compile } from '../lib/compile.js';
import { LoadCache } from '../lib/load/load-cache.js';
import { formatReport } from '../lib/diagnostics/format-report.js';
import { exportCorpus } from '../lib/emit/export-corpus.js';
import { writeFolderAtomically } from '../lib/emit/write-atomically.js';
import { buildSearchFiles } from '../lib/search/build/build-search-files.js';
import { buildSitePages, globalSiteData } from '../lib/present/pages/site-routes.js';
import type { SiteRoute } from '../lib/present/pages/page-types.js';
import { buildCompareFiles } from '../lib/present/compare-files.js';
import { analysisDocument } from '../lib/present/analysis-document.js';
import { analysisDocumentFile } from '../lib/present/pages/page-files.js';
import type { CompiledCorpus } from '../lib/schema/compiled.js';
import { SITE_LOCALES, toSiteLocale } from '../lib/i18n/locales.js';
import { RECORD_PAGE_PATTERNS } from '../lib/present/site-paths.js';
import { collapseRoutes, type CollapsedRoute } from './client-route-table.js';
import { BROWSER_FLEXSEARCH } from './browser-flexsearch.js';

/** Whether the site asks Prism for languages beyond those prism-react-renderer bundles. */
function hasAdditionalPrismLanguages(themeConfig: unknown): boolean {
  const prism = (themeConfig as { prism?: { additionalLanguages?: unknown[] } } | undefined)?.prism;
  return (prism?.additionalLanguages?.length ?? 0) > 0;
}

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
/** Groups `files` (paths under the static folder) by their top folder, named relative to it. */
function byFolder(files: Record<string, string>): Record<string, Record<string, string>> {
  const folders: Record<string, Record<string, string>> = {};
  for (const [name, text] of Object.entries(files)) {
    const [folder = '', ...rest] = name.split('/');
    (folders[folder] ??= {})[rest.join('/')] = text;
  }
  return folders;
}

/**
 * Writes the route table both bundles use, with one route per record page kind (see
 * `client-route-table.ts`), and returns its folder. Docusaurus has written the full table by the
 * time bundlers are configured.
 */
function writeCollapsedRouteTable(context: LoadContext, content: LoadedSite): string {
  const generated = context.generatedFilesDir;
  const kinds: CollapsedRoute[] = RECORD_PAGE_PATTERNS.map(({ prefix, pattern }) => ({
    prefix: `${context.baseUrl}${prefix.slice(1)}`,
    pattern: `${context.baseUrl}${pattern.slice(1)}`,
    expected: content.routes.filter((route) => route.path.startsWith(prefix)).length,
  }));
  const collapsed = collapseRoutes(
    readFileSync(path.join(generated, 'routes.js'), 'utf8'),
    JSON.parse(readFileSync(path.join(generated, 'routesChunkNames.json'), 'utf8')) as Record<
      string,
      unknown
    >,
    kinds,
  );
  const folder = path.join(generated, 'law-atlas-routes');
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'routes.js'), collapsed.routesSource);
  writeFileSync(path.join(folder, 'routesChunkNames.json'), JSON.stringify(collapsed.chunkNames));
  return folder;
}

export default function lawAtlasPlugin(
  context: LoadContext,
  options: LawAtlasPluginOptions,
): Plugin<LoadedSite> {
  const provisionsDir = path.resolve(context.siteDir, options.provisionsDir ?? 'provisions');
  // Under `npm start` every edit reloads the content; only the edited records are compiled again.
  const cache = new LoadCache();
  // The client and server bundles are configured from the same content; collapse its table once.
  const collapsedTables = new WeakMap<LoadedSite, string>();
  return {
    name: 'law-atlas',

    getPathsToWatch() {
      return [path.join(provisionsDir, '**/*.yaml')];
    },

    async loadContent() {
      const result = await compile(provisionsDir, { cache });
      if (!result.ok) {
        throw new Error(
          `The records under ${provisionsDir} have errors:\n\n${formatReport(result.diagnostics)}`,
        );
      }
      // Docusaurus builds each locale separately; names, labels and formats are this one's.
      const locale = toSiteLocale(context.i18n.currentLocale);
      const pages = buildSitePages(result.corpus, locale, {
        siteBase: `${context.siteConfig.url}${context.baseUrl}`,
      });
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
      for (const [folder, files] of Object.entries(byFolder(pages.files))) {
        await writeFolderAtomically(path.join(statics, folder), files);
      }
      const analysis = pages.routes.find((route) => route.component === 'AnalysisPage');
      if (analysis?.component === 'AnalysisPage') {
        const file = analysisDocumentFile(locale);
        await writeFolderAtomically(path.join(statics, path.dirname(file)), {
          [path.basename(file)]: await analysisDocument(analysis.data, locale),
        });
      }
      return { corpus: result.corpus, routes: pages.routes };
    },

    async contentLoaded({ content, actions }) {
      const locale = toSiteLocale(context.i18n.currentLocale);
      actions.setGlobalData(globalSiteData(content.corpus, locale));
      // Routes carry no data modules: each page reads its data file (see `src/site/page-data`),
      // so the bundler never sees the records and the browser's route table can be collapsed.
      // Their one module, the same for all, holds hydration until a deferred data file is in.
      for (const route of content.routes) {
        actions.addRoute({
          path: `${context.baseUrl}${route.path.replace(/^\//, '')}`,
          component: `@site/src/site/routes/${route.component}.tsx`,
          modules: { served: '@site/src/site/page-data/served-page-data.ts' },
          exact: true,
        });
      }
    },

    configureWebpack(config, isServer, { currentBundler }, content) {
      const locale = toSiteLocale(context.i18n.currentLocale);
      const { DefinePlugin, NormalModuleReplacementPlugin } = currentBundler.instance;
      const replace = (request: RegExp, file: string) =>
        new NormalModuleReplacementPlugin(request, file);
      const plugins = [];
      if (isServer) {
        // Static rendering reads each page's data file from the build output, where it was copied
        // with the static files: the very text the browser would fetch, whatever happens since to
        // the folder the plugin wrote (another locale's build, another build of the same site).
        plugins.push(
          replace(
            /[\\/]page-data-source$/,
            path.join(context.siteDir, 'src', 'site', 'page-data', 'page-data-source.server.ts'),
          ),
          replace(
            /[\\/]served-page-data\.ts$/,
            path.join(context.siteDir, 'src', 'site', 'page-data', 'served-page-data.server.ts'),
          ),
          new DefinePlugin({
            __LAW_ATLAS_OUT_DIR__: JSON.stringify(context.outDir),
          }),
        );
      } else {
        // The browser needs the message catalog of this build's locale only.
        const others = SITE_LOCALES.filter((other) => other !== locale);
        plugins.push(
          replace(
            new RegExp(`[\\\\/]messages[\\\\/](${others.join('|')})\\.js$`),
            path.join(context.siteDir, 'src', 'lib', 'i18n', 'messages', 'not-in-this-build.ts'),
          ),
        );
        if (locale !== 'ko') {
          plugins.push(
            replace(
              /^es-hangul$/,
              path.join(context.siteDir, 'src', 'lib', 'i18n', 'hangul-not-in-this-build.ts'),
            ),
          );
        }
        if (!hasAdditionalPrismLanguages(context.siteConfig.themeConfig)) {
          plugins.push(
            replace(
              /[\\/]theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/,
              path.join(
                context.siteDir,
                'src',
                'site',
                'theme-overrides',
                'no-extra-prism-languages.ts',
              ),
            ),
          );
        }
      }
      // The server renders from the same collapsed table: past 10,000 routes react-router stops
      // caching compiled paths, and matching each page against the full table recompiled
      // hundreds of patterns per page. Static rendering still visits every page's path.
      if (config.mode === 'production') {
        let folder = collapsedTables.get(content);
        if (folder === undefined) {
          folder = writeCollapsedRouteTable(context, content);
          collapsedTables.set(content, folder);
        }
        plugins.push(
          replace(/^@generated\/routes$/, path.join(folder, 'routes.js')),
          replace(/^@generated\/routesChunkNames$/, path.join(folder, 'routesChunkNames.json')),
        );
      }
      return {
        plugins,
        // The server bundle is CommonJS; with "type": "module" in package.json, Node would load its
        // split chunks (`.js`) as ES modules and fail, so they get the `.cjs` extension.
        ...(isServer ? { output: { chunkFilename: 'assets/js/[name].[contenthash:8].cjs' } } : {}),
        resolve: {
          // The library is written as ES modules whose imports name `.js` files for `.ts` sources.
          extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
          ...(isServer ? {} : { alias: { flexsearch$: BROWSER_FLEXSEARCH } }),
        },
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
