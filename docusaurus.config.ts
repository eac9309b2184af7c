import path from 'node:path';
import type { Config, LoadContext, Plugin } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import lawAtlasPlugin from './src/plugin/law-atlas-plugin';
import { builtPagesPlugin } from './src/plugin/built-pages-plugin';
import { resolveSiteUrl } from './src/lib/site/site-url';

/** Where the plugin writes the data downloads; served beside `static/`. */
const generatedStatic = path.join(__dirname, '.law-atlas', 'static');

/**
 * SITE_URL and BASE_URL set where the built site will live (e.g. SITE_URL=https://example.org
 * BASE_URL=/law-atlas/); a production build refuses to run without SITE_URL.
 * LAW_ATLAS_PROVISIONS builds from another folder of records.
 */
const config: Config = {
  title: 'Law Atlas',
  tagline: 'Comparative criminal law on online sexual and gender-based violence',
  url: resolveSiteUrl(process.env),
  baseUrl: process.env.BASE_URL ?? '/',
  favicon: 'img/favicon.svg',
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: { format: 'detect', hooks: { onBrokenMarkdownLinks: 'throw' } },
  future: {
    // Every v4 behaviour except CSS cascade layers: their polyfill raises Infima's selectors
    // above the site's own stylesheet, so the theme colours here would not apply.
    v4: {
      removeLegacyPostBuildHeadAttribute: true,
      useCssCascadeLayers: false,
      siteStorageNamespacing: true,
      fasterByDefault: true,
      mdx1CompatDisabledByDefault: true,
    },
    faster: true,
  },
  // The interface speaks English, Macedonian and Korean; each locale is a separate build under
  // its own path (/mk/, /ko/). Record content stays in its own languages in every locale.
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'mk', 'sq', 'ko'],
    localeConfigs: {
      en: { label: 'English', htmlLang: 'en-GB' },
      mk: { label: 'Македонски', htmlLang: 'mk' },
      sq: { label: 'Shqip', htmlLang: 'sq' },
      ko: { label: '한국어', htmlLang: 'ko' },
    },
  },
  staticDirectories: ['static', generatedStatic],
  presets: [
    [
      'classic',
      {
        docs: { path: 'docs', routeBasePath: 'docs', sidebarPath: undefined },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],
  plugins: [
    // Docusaurus types plugin content as unknown; the plugin's own content type is the corpus.
    (context: LoadContext) =>
      lawAtlasPlugin(context, {
        provisionsDir: process.env.LAW_ATLAS_PROVISIONS,
        generatedStaticDir: generatedStatic,
      }) as unknown as Plugin,
    builtPagesPlugin,
  ],
  themeConfig: {
    colorMode: { respectPrefersColorScheme: true },
    navbar: {
      title: 'Law Atlas',
      items: [
        { to: '/help', label: 'Get help', position: 'left' },
        { to: '/offenses', label: 'Offense types', position: 'left' },
        { to: '/compare', label: 'Compare', position: 'left' },
        { to: '/analysis', label: 'Analysis', position: 'left' },
        { to: '/coverage', label: 'Coverage', position: 'left' },
        { to: '/training', label: 'Training', position: 'left' },
        { to: '/data', label: 'Data', position: 'left' },
        { to: '/docs/methodology', label: 'Methodology', position: 'left' },
        { type: 'localeDropdown', position: 'right' },
        { type: 'search', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      copyright:
        'Law Atlas. Code under the MIT licence; data under CC BY 4.0. Summaries are the project’s own words; always check the official text before relying on a provision.',
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
