import { describe, expect, it } from 'vitest';
import { DEVELOPMENT_URL, resolveSiteUrl } from '../../src/lib/site/site-url.js';

describe('the site URL', () => {
  it('refuses a production build without SITE_URL, naming the variable to set', () => {
    expect(() => resolveSiteUrl({ NODE_ENV: 'production' })).toThrow(
      /SITE_URL is not set: a production build would publish http:\/\/localhost:3000/,
    );
    expect(() => resolveSiteUrl({ NODE_ENV: 'production', SITE_URL: '  ' })).toThrow(
      /SITE_URL is not set/,
    );
  });

  it('takes an origin from SITE_URL, and refuses a path or a non-web address', () => {
    expect(resolveSiteUrl({ NODE_ENV: 'production', SITE_URL: 'https://Atlas.Example.org/' })).toBe(
      'https://atlas.example.org',
    );
    expect(() => resolveSiteUrl({ SITE_URL: 'https://example.org/law-atlas/' })).toThrow(
      /BASE_URL/,
    );
    expect(() => resolveSiteUrl({ SITE_URL: 'ftp://example.org' })).toThrow(/not a site origin/);
  });

  it('lets the development server answer on localhost', () => {
    expect(resolveSiteUrl({ NODE_ENV: 'development' })).toBe(DEVELOPMENT_URL);
    expect(resolveSiteUrl({})).toBe(DEVELOPMENT_URL);
  });
});
