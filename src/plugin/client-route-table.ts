/**
 * Docusaurus ships its whole route table (`routes.js`) and the chunk names of every route
 * (`routesChunkNames.json`) in the main bundle: about 480 bytes per route, so a bundle that grows
 * with every record. The bundles' copy of both files gets one parameterised route per record
 * page kind instead. Static rendering uses it too (matching against the full table slows past
 * react-router's cache of 10,000 compiled paths) and still renders every page's own path, which
 * Docusaurus takes from the routes the plugin adds, not from this table.
 */

/** A kind of record page: the path every page of it starts with, and the route that serves all. */
export interface CollapsedRoute {
  /** With the base URL, e.g. `/mk/provisions/`. */
  prefix: string;
  /** With the base URL, e.g. `/mk/provisions/:jurisdiction/:instrument/:article`. */
  pattern: string;
  /** How many routes of the kind the table must hold: a mismatch means its format changed. */
  expected: number;
}

type ChunkNames = Record<string, unknown>;

/** One top-level entry of the generated `routes.js`, as Docusaurus 3 writes it. */
const ROUTE_ENTRY =
  /^ {2}\{\n {4}path: '([^'\n]*)',\n {4}component: ComponentCreator\('\1', '([0-9a-f]+)'\),\n {4}exact: true\n {2}\},?\n/gm;
const TABLE_START = 'export default [\n';

function entry(path: string, hash: string): string {
  return `  {\n    path: '${path}',\n    component: ComponentCreator('${path}', '${hash}'),\n    exact: true\n  },\n`;
}

/**
 * The browser's route table and chunk names: the routes of each collapsed kind replaced by its
 * pattern, which loads the same component as the routes it replaces (the page fetches its own
 * data by path). Throws when the generated files do not look as expected, rather than shipping
 * a table that grows with the corpus.
 */
export function collapseRoutes(
  routesSource: string,
  chunkNames: ChunkNames,
  kinds: readonly CollapsedRoute[],
): { routesSource: string; chunkNames: ChunkNames } {
  const removed = new Set<string>();
  const first = new Map<CollapsedRoute, { hash: string; chunks: unknown }>();
  const counts = new Map<CollapsedRoute, number>();
  const remaining = routesSource.replace(ROUTE_ENTRY, (whole, path: string, hash: string) => {
    const kind = kinds.find((candidate) => path.startsWith(candidate.prefix));
    if (!kind) return whole;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
    const key = `${path}-${hash}`;
    if (!first.has(kind)) first.set(kind, { hash, chunks: chunkNames[key] });
    removed.add(key);
    return '';
  });
  for (const kind of kinds) {
    const found = counts.get(kind) ?? 0;
    if (found !== kind.expected) {
      throw new Error(
        `The generated route table holds ${found} routes under ${kind.prefix}, not ${kind.expected}: its format is not the one src/plugin/client-route-table.ts reads.`,
      );
    }
  }
  if (!remaining.includes(TABLE_START)) {
    throw new Error(
      'The generated route table does not start as src/plugin/client-route-table.ts expects.',
    );
  }
  const kept = Object.fromEntries(Object.entries(chunkNames).filter(([key]) => !removed.has(key)));
  let patterns = '';
  for (const [kind, { hash, chunks }] of first) {
    patterns += entry(kind.pattern, hash);
    kept[`${kind.pattern}-${hash}`] = chunks;
  }
  return { routesSource: remaining.replace(TABLE_START, TABLE_START + patterns), chunkNames: kept };
}
