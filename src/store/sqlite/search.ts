/**
 * Search on SQLite: the shared search (`../search.ts`) over the segment index read
 * through `SqliteIndexSource`, with the page's documents loaded from `document_json`.
 *
 * @module
 */
import type Database from 'better-sqlite3';
import { IndexReader, ParallelSearch, type PlanNode } from '../../search/index.ts';
import { type IndexSearch, type LoadDocuments, type StoredDocument, search, searchPlan } from '../search.ts';
import type { SearchThreads } from '../search-threads.ts';
import type { SearchRequest, SearchResponse } from '../types.ts';
import { SqliteIndexSource } from './index-source.ts';
import { BLOCK_TEXTS } from './schema.ts';

/** Runs searches against one database: on one reader, or on threads for a large archive. */
export class Searcher {
  readonly reader: IndexReader;
  private readonly load: LoadDocuments;
  private readonly size: Database.Statement;
  private parallel: ParallelSearch | null = null;

  /** `threads` search an archive of `parallelFrom` docids or more (none: always one reader). */
  constructor(
    db: Database.Database,
    private readonly threads: SearchThreads | null = null,
    private readonly parallelFrom = Number.POSITIVE_INFINITY,
  ) {
    this.reader = new IndexReader(new SqliteIndexSource(db));
    this.size = db.prepare('SELECT coalesce(sum(count), 0) FROM index_segments').pluck();
    const byDoc = db.prepare(
      `SELECT d.key, j.json, ${BLOCK_TEXTS} AS texts FROM documents d JOIN document_json j ON j.doc = d.doc WHERE d.doc = ?`,
    );
    this.load = (stores) => {
      const out = new Map<number, StoredDocument>();
      for (const store of stores) {
        const row = byDoc.get(store) as StoredDocument | undefined;
        if (row !== undefined) out.set(store, row);
      }
      return Promise.resolve(out);
    };
  }

  /** What searches now: the threads when the archive is large enough and they work. */
  private index(): IndexSearch {
    const threads = this.threads;
    if (threads === null || !threads.usable || (this.size.get() as number) < this.parallelFrom) return this.reader;
    this.parallel ??= new ParallelSearch(threads.ports(), this.reader);
    return this.parallel;
  }

  /** Answer a search request. A `SearchQueryError` from the query parser passes through. */
  search(request: SearchRequest): Promise<SearchResponse> {
    return search(this.index(), request, this.load);
  }

  /** Answer a search for an already analyzed plan (`request.query` is not read). */
  searchPlan(plan: PlanNode, request: Omit<SearchRequest, 'query'>): Promise<SearchResponse> {
    return searchPlan(this.index(), plan, request, this.load);
  }
}
