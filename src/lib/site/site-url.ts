import { checkHttpUrl } from '../grammar/http-url.js';

/** The address a development server answers on, used only where nothing is published. */
export const DEVELOPMENT_URL = 'http://localhost:3000';

/**
 * The site's origin from `SITE_URL`. A production build without it is refused: Docusaurus would
 * otherwise write `http://localhost:3000` into every permalink, citation, canonical link and
 * sitemap entry of the published site. The development server and `serve` fall back to
 * localhost, where that is the truth.
 */
export function resolveSiteUrl(env: { SITE_URL?: string; NODE_ENV?: string }): string {
  const given = env.SITE_URL?.trim();
  if (given) {
    const problem = checkHttpUrl(given);
    const url = problem ? undefined : new URL(given);
    if (!url || url.pathname !== '/' || url.search || url.hash) {
      throw new Error(
        `SITE_URL=${given} is not a site origin: give scheme and host only, e.g. SITE_URL=https://atlas.example.org (a path goes in BASE_URL)`,
      );
    }
    return url.origin;
  }
  if (env.NODE_ENV === 'production') {
    throw new Error(
      'SITE_URL is not set: a production build would publish http://localhost:3000 in every permalink, citation, canonical link and sitemap entry. Build with SITE_URL=https://your.domain (and BASE_URL=/path/ if the site lives below the root); for a local preview, SITE_URL=http://localhost:3000 says so explicitly.',
    );
  }
  return DEVELOPMENT_URL;
}
