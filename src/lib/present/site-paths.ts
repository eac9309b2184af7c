/** URL paths of the site's pages (without the base URL): one place for every link. */
export const sitePaths = {
  provision: (id: string) => `/provisions/${id}`,
  compare: (ids: readonly string[]) => `/compare?ids=${ids.join(',')}`,
  comparison: '/compare',
  offense: (type: string) => `/offenses/${type}`,
  jurisdiction: (code: string) => `/jurisdictions/${code}`,
  instrument: (id: string) => `/instruments/${id}`,
  coverage: '/coverage',
  offenses: '/offenses',
  data: '/data',
  search: '/search',
  sources: '/sources',
  sourcesOf: (code: string) => `/sources/${code}`,
} as const;
