import { describe, expect, it } from 'vitest';
import { paintFirst } from '../../src/lib/site/paint-first.js';
import {
  inlineScriptHashes,
  withContentSecurityPolicy,
} from '../../src/lib/site/content-security-policy.js';

/** A page as Docusaurus's minifier writes it: unquoted addresses, no closing `</html>`. */
const BUILT =
  '<!doctype html><html lang=en><head><title>x</title><link rel=stylesheet href=/assets/css/s.css /><script src=/assets/js/runtime~main.1a.js defer></script><script src=/assets/js/main.2b.js defer></script></head><body><div id=__docusaurus><p>Text</p></div></body>';

describe('pages that paint before their scripts run', () => {
  it('preloads the bundles from the head at low priority and starts them, in order, from the end of the body', () => {
    const html = paintFirst(BUILT, 'index.html');
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).not.toContain('<script');
    expect(head).toContain(
      '<link rel="preload" as="script" fetchpriority="low" href="/assets/js/runtime~main.1a.js"><link rel="preload" as="script" fetchpriority="low" href="/assets/js/main.2b.js">',
    );
    expect(html).toMatch(
      /<div id=__docusaurus><p>Text<\/p><\/div><script>\(function\(\)\{var s=\["\/assets\/js\/runtime~main\.1a\.js","\/assets\/js\/main\.2b\.js"\].*first-contentful-paint.*<\/script><\/body>$/,
    );
  });

  it('keeps quoted addresses and a closing </html>', () => {
    const html = paintFirst(
      '<html><head><script src="/base/assets/js/main.2b.js" defer></script></head><body></body>\n</html>\n',
      'index.html',
    );
    expect(html).toContain('href="/base/assets/js/main.2b.js"');
    expect(html).toMatch(/<\/script><\/body>\n<\/html>\n$/);
  });

  it('leaves the page’s other scripts where they are', () => {
    const page = BUILT.replace(
      '<div id=__docusaurus>',
      '<script>document.documentElement.dataset.theme="light"</script><div id=__docusaurus>',
    );
    expect(paintFirst(page, 'index.html')).toContain(
      '<body><script>document.documentElement.dataset.theme="light"</script>',
    );
  });

  it('refuses a page whose template it does not recognise, naming the file', () => {
    expect(() => paintFirst('<html><head></head><body></body>', 'a/index.html')).toThrow(
      /^a\/index\.html: no deferred script in <head>/,
    );
    expect(() =>
      paintFirst('<html><head><script src=/main.js defer></script></head>', 'b.html'),
    ).toThrow(/^b\.html: no <\/body> at its end/);
    expect(() =>
      paintFirst(
        '<html><head><script src="/x\');alert(1);(\'.js" defer></script></head><body></body>',
        'c.html',
      ),
    ).toThrow(/^c\.html: unexpected script address/);
  });

  it('is what the Content-Security-Policy hashes, so the loader may run', () => {
    const html = withContentSecurityPolicy(paintFirst(BUILT, 'index.html'));
    const hashes = inlineScriptHashes(html);
    expect(hashes).toHaveLength(1);
    expect(html).toContain(`script-src 'self' ${hashes[0] ?? ''};`);
  });
});
