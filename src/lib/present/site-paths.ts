/** URL paths of the site's pages (without the base URL): one place for every link. */
export const sitePaths = {
  provision: (id: string) => `/provisions/${id}`,
  compare: (ids: readonly string[]) => `/compare?ids=${ids.join(',')}`,
  comparison: '/compare',
  offense: (type: string) => `/offenses/${type}`,
  jurisdiction: (code: string) => `/jurisdictions/${code}`,
  instrument: (id: string) => `/instruments/${id}`,
  coverage: '/coverage',
  analysis: '/analysis',
  training: '/training',
  /** `guides/stalking` → `/training/guides/stalking`; `cases/nth-room` → `/training/cases/nth-room`. */
  trainingRecord: (id: string) => `/training/${id}`,
  coursePack: '/training/pack',
  help: '/help',
  /** `help/mk/sextortion` → `/help/mk/sextortion`. */
  helpPage: (id: string) => `/${id}`,
  helpCountry: (country: string) => `/help/${country}`,
  helpExit: '/help/leaving-safely',
  finding: (id: string) => `/analysis#${findingAnchor(id)}`,
  offenses: '/offenses',
  data: '/data',
  search: '/search',
  sources: '/sources',
  sourcesOf: (code: string) => `/sources/${code}`,
} as const;

/** The element id of a finding in the report: `findings/mk/x` → `findings-mk-x`, in every locale. */
export function findingAnchor(id: string): string {
  return id.replace(/[^a-z0-9-]/g, '-');
}

/**
 * The file under the static folder that holds the data of the page at `path` (a site path as in
 * `sitePaths`, without base URL or trailing slash). Paths are built from validated ids, so they
 * are safe file names.
 */
export function pageDataFile(path: string): string {
  return `page-data${path === '/' ? '/index' : path}.json`;
}

/**
 * The record pages, whose number grows with the corpus: in the browser's route table each kind
 * is one parameterised route instead of one route per record, so the main bundle stays the same
 * size at any corpus size (see `src/plugin/client-route-table.ts`).
 */
export const RECORD_PAGE_PATTERNS = [
  { prefix: '/provisions/', pattern: '/provisions/:jurisdiction/:instrument/:article' },
  { prefix: '/instruments/', pattern: '/instruments/:jurisdiction/:instrument' },
  { prefix: '/jurisdictions/', pattern: '/jurisdictions/:jurisdiction' },
  { prefix: '/sources/', pattern: '/sources/:jurisdiction' },
  { prefix: '/training/guides/', pattern: '/training/guides/:guide' },
  { prefix: '/training/cases/', pattern: '/training/cases/:case' },
] as const;
