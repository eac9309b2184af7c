/**
 * Docusaurus loads its bundles with `<script defer>`, which the browser runs as soon as the
 * document is parsed, whether or not it has painted. On a long page (the comparative report is
 * 160 KB of HTML) parsing ends after the stylesheet arrives, so the bundle's evaluation, and the
 * route chunks and page data it asks for, can come before the first paint: the reader waits for
 * code before seeing text the HTML already holds, and how long depends on a race.
 *
 * A built page is rewritten so that its scripts are preloaded from the head (they download as
 * early as before, at the low priority of deferred scripts) and an inline script at the end of
 * the body runs them, in order, once the browser reports the first contentful paint. A hidden
 * page (which does not paint), a browser without paint timing, and a page that has not painted
 * within the wait limit start them at once.
 */

/** How long to wait for a first paint before starting the scripts anyway, in milliseconds. */
const PAINT_WAIT_LIMIT_MS = 3000;

/** A bundle as Docusaurus's template writes it in the head, quoted or not by the minifier. */
const DEFERRED_SCRIPT = /<script src=(?:"([^"<>]*)"|([^\s"'<>=`]+)) defer><\/script>/g;

/** Characters a script address may hold here: none that needs escaping in HTML or JavaScript. */
const PLAIN_ADDRESS = /^[\w\-.~:/?#@!$()*+,;=%]+$/;

/** The loader. `async = false` keeps the scripts in their order: the runtime, then the main bundle. */
function loader(addresses: readonly string[]): string {
  return [
    `(function(){var s=${JSON.stringify(addresses)},d=false;`,
    'function go(){if(d)return;d=true;s.forEach(function(u){var e=document.createElement("script");e.src=u;e.async=false;document.head.appendChild(e)})}',
    'var P=window.PerformanceObserver;',
    'if(document.visibilityState==="hidden"||!P||!P.supportedEntryTypes||P.supportedEntryTypes.indexOf("paint")<0)return go();',
    'new P(function(l,o){if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();go()}}).observe({type:"paint",buffered:true});',
    `setTimeout(go,${String(PAINT_WAIT_LIMIT_MS)})})()`,
  ].join('');
}

/**
 * The page with its deferred bundles preloaded and started after the first paint. Throws when
 * the head holds no deferred bundle, or one with an unexpected address: the template Docusaurus
 * writes has changed, and a page that silently kept or lost its scripts would go unnoticed.
 */
export function paintFirst(html: string, file: string): string {
  const headEnd = html.search(/<\/head>/i);
  if (headEnd < 0) throw new Error(`${file}: no </head>; cannot start its scripts after paint`);
  const addresses: string[] = [];
  const head = html.slice(0, headEnd).replace(DEFERRED_SCRIPT, (_tag, quoted, bare) => {
    const address = String(quoted ?? bare);
    if (!PLAIN_ADDRESS.test(address)) {
      throw new Error(`${file}: unexpected script address ${JSON.stringify(address)}`);
    }
    addresses.push(address);
    return `<link rel="preload" as="script" fetchpriority="low" href="${address}">`;
  });
  if (addresses.length === 0) {
    throw new Error(
      `${file}: no deferred script in <head>; has Docusaurus's page template changed?`,
    );
  }
  const body = html.slice(headEnd);
  const bodyEnd = body.search(/<\/body>(?:\s*<\/html>)?\s*$/i);
  if (bodyEnd < 0) throw new Error(`${file}: no </body> at its end`);
  return `${head}${body.slice(0, bodyEnd)}<script>${loader(addresses)}</script>${body.slice(bodyEnd)}`;
}
