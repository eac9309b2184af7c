import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { gzipSync } from 'node:zlib';
import type { IndexedDocument } from '../../src/lib/search/build/search-documents.js';
import { hangulTerms, latinTerms } from '../../src/lib/search/shared/search-terms.js';
import { searchDocuments } from '../../src/lib/search/build/search-documents.js';
import { buildSearchFiles } from '../../src/lib/search/build/build-search-files.js';
import { SearchClient } from '../../src/lib/search/query/search-client.js';
import { fieldsForQuery } from '../../src/lib/search/query/query-fields.js';
import { preferredJurisdictions } from '../../src/lib/search/query/preferred-jurisdictions.js';
import type { CompiledCorpus } from '../../src/lib/schema/compiled.js';

/** One search engine under test: build it, say how large it is, run a query. */
export interface Engine {
  build(): Promise<void>;
  /** Serialized index, raw and gzipped, in bytes (what an engine without shards loads). */
  size(): { raw: number; gzip: number };
  /** Matches best first; `locale` is the reader's, for engines that rank by it. */
  search(query: string, locale?: string): Promise<number[]>;
  /**
   * Gzipped bytes a browser with nothing cached downloads to answer `query` and show its first
   * results; only for engines that load their index in parts.
   */
  loadedGzip?(query: string): Promise<number>;
  /** Distinct queries the engine threw on (answered as no match), for engines that can throw. */
  crashedQueries?(): string[];
}

const bytes = (text: string) => Buffer.byteLength(text);
const gzipBytes = (text: string) => gzipSync(text).length;
const allTerms = (text: string) => [...latinTerms(text), ...hangulTerms(text)];
const isHangul = (term: string) => /^[\uac00-\ud7a3]+$/.test(term);

/** Results the navbar shows: their cards are part of what a query loads. */
export const RESULTS_SHOWN = 8;

/** Law Atlas: the site's own search files and browser client, read from memory. */
export function lawAtlasEngine(corpus: CompiledCorpus): Engine {
  let files: Record<string, string> = {};
  let client: SearchClient | undefined;
  const gzipped = new Map<string, number>();
  const gzipOf = (name: string) => {
    let size = gzipped.get(name);
    if (size === undefined) gzipped.set(name, (size = gzipBytes(files[name] ?? '')));
    return size;
  };
  const read = async (name: string) => {
    const file = files[name];
    if (file === undefined) throw new Error(`no search file ${name}`);
    return file;
  };
  return {
    async build() {
      files = await buildSearchFiles(corpus);
      // One client for the timed queries: the bench's warm-up round loads their shards, as the
      // first queries of a session would in a browser.
      client = new SearchClient(read);
    },
    size() {
      // The whole index as the shards hold it; result cards are loaded per result, ids on download.
      const all = Object.entries(files).filter(
        ([name]) => !name.startsWith('result-') && name !== 'ids.json',
      );
      return {
        raw: all.reduce((sum, [, text]) => sum + bytes(text), 0),
        gzip: all.reduce((sum, [name]) => sum + gzipOf(name), 0),
      };
    },
    async search(query, locale) {
      if (!client || fieldsForQuery(query).length === 0) return [];
      const prefer = locale ? preferredJurisdictions(query, locale) : [];
      return (await client.rank(query, {}, prefer)).matches;
    },
    async loadedGzip(query) {
      // What the navbar does: search with the reader's preferences, then the cards it shows.
      const fresh = new SearchClient(read);
      const { matches } = await fresh.search(query, {}, preferredJurisdictions(query, 'en'));
      await fresh.results(matches.slice(0, RESULTS_SHOWN));
      return fresh.loadedFiles().reduce((sum, name) => sum + gzipOf(name), 0);
    },
  };
}

/**
 * A lunr engine over the documents' title and text. `configure` adapts the builder (pipeline,
 * tokenizer); `queryTerms` turns a query into the clauses lunr runs, all required.
 */
function lunrEngine(
  documents: readonly IndexedDocument[],
  configure: (builder: lunr.Builder) => void,
  queryTerms: (query: string) => { term: string; options: Partial<lunr.Query.Clause> }[],
): Engine {
  let index: lunr.Index | undefined;
  const crashed = new Set<string>();
  return {
    async build() {
      index = lunr(function () {
        configure(this);
        this.ref('n');
        this.field('title');
        this.field('text');
        for (const document of documents) {
          this.add({ n: String(document.n), title: document.title, text: document.text });
        }
      });
    },
    size() {
      const text = JSON.stringify(index);
      return { raw: bytes(text), gzip: gzipBytes(text) };
    },
    async search(query) {
      const clauses = queryTerms(query);
      if (!index || clauses.length === 0) return [];
      // lunr throws on some queries (an article number such as "281-2" at 10,000 documents):
      // such a query counts as unanswered and is reported, rather than ending the benchmark.
      try {
        return index
          .query((q) => {
            for (const { term, options } of clauses) {
              q.term(term, { presence: lunr.Query.presence.REQUIRED, ...options });
            }
          })
          .map((result) => Number(result.ref));
      } catch {
        crashed.add(query);
        return [];
      }
    },
    crashedQueries: () => [...crashed],
  };
}

/** lunr with its default English pipeline, as static-site search plugins ship it. */
export function lunrDefaultEngine(documents: readonly IndexedDocument[]): Engine {
  return lunrEngine(
    documents,
    () => undefined,
    (query) =>
      lunr.tokenizer(query).map((token) => ({
        term: token.toString(),
        options: { wildcard: lunr.Query.wildcard.TRAILING },
      })),
  );
}

/** lunr configured for the same languages: the atlas's own terms, no English-only pipeline. */
export function lunrConfiguredEngine(documents: readonly IndexedDocument[]): Engine {
  return lunrEngine(
    documents,
    (builder) => {
      builder.pipeline.reset();
      builder.searchPipeline.reset();
      builder.tokenizer = ((object: unknown) =>
        object == null
          ? []
          : allTerms(String(object)).map(
              (term) => new lunr.Token(term, {}),
            )) as typeof lunr.tokenizer;
    },
    (query) =>
      allTerms(query).map((term) => ({
        term,
        options: {
          usePipeline: false,
          wildcard: isHangul(term) ? lunr.Query.wildcard.NONE : lunr.Query.wildcard.TRAILING,
        },
      })),
  );
}

/** MiniSearch with the same terms, prefix search on Latin terms, all terms required. */
export function miniSearchEngine(documents: readonly IndexedDocument[]): Engine {
  let index: MiniSearch<{ n: number; title: string; text: string }> | undefined;
  return {
    async build() {
      index = new MiniSearch({
        idField: 'n',
        fields: ['title', 'text'],
        tokenize: allTerms,
        processTerm: (term) => term,
        searchOptions: {
          tokenize: allTerms,
          processTerm: (term) => term,
          prefix: (term) => !isHangul(term),
          combineWith: 'AND',
        },
      });
      index.addAll(
        documents.map((document) => ({
          n: document.n,
          title: document.title,
          text: document.text,
        })),
      );
    },
    size() {
      const text = JSON.stringify(index);
      return { raw: bytes(text), gzip: gzipBytes(text) };
    },
    async search(query) {
      if (!index || allTerms(query).length === 0) return [];
      return index.search(query).map((result) => Number(result.id));
    },
  };
}

export const ENGINE_NAMES = ['law-atlas', 'lunr-default', 'lunr-configured', 'minisearch'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

/** Creates the named engine over a compiled corpus. */
export function createEngine(name: EngineName, corpus: CompiledCorpus): Engine {
  const { indexed } = searchDocuments(corpus);
  switch (name) {
    case 'law-atlas':
      return lawAtlasEngine(corpus);
    case 'lunr-default':
      return lunrDefaultEngine(indexed);
    case 'lunr-configured':
      return lunrConfiguredEngine(indexed);
    case 'minisearch':
      return miniSearchEngine(indexed);
  }
}
