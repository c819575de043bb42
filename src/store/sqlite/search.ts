/**
 * Search on SQLite: the shared search (`../search.ts`) over the segment index read
 * through `SqliteIndexSource`, with the page's documents loaded from `document_json`.
 *
 * @module
 */
import type Database from 'better-sqlite3';
import { IndexReader, type PlanNode } from '../../search/index.ts';
import { type LoadDocuments, type StoredDocument, search, searchPlan } from '../search.ts';
import type { SearchRequest, SearchResponse } from '../types.ts';
import { SqliteIndexSource } from './index-source.ts';

/** Runs searches against one database. */
export class Searcher {
  readonly reader: IndexReader;
  private readonly load: LoadDocuments;

  constructor(db: Database.Database) {
    this.reader = new IndexReader(new SqliteIndexSource(db));
    const byDoc = db.prepare(
      'SELECT d.key, j.json FROM documents d JOIN document_json j ON j.doc = d.doc WHERE d.doc = ?',
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

  /** Answer a search request. A `SearchQueryError` from the query parser passes through. */
  search(request: SearchRequest): Promise<SearchResponse> {
    return search(this.reader, request, this.load);
  }

  /** Answer a search for an already analyzed plan (`request.query` is not read). */
  searchPlan(plan: PlanNode, request: Omit<SearchRequest, 'query'>): Promise<SearchResponse> {
    return searchPlan(this.reader, plan, request, this.load);
  }
}
