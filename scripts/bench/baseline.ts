/**
 * The baseline of the search benchmark: a raw FTS5 `unicode61` table of the same papers
 * (title and body), searched the way OpenTK does (bm25, snippet, top 20), measured in
 * the same run as Griffie's engines.
 *
 * @module
 */
import Database from 'better-sqlite3';
import type { Document } from '../../src/model/index.ts';

/** A baseline index in one SQLite file. */
export class BaselineFts5 {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement;
  private readonly query: Database.Statement;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(title, body, tokenize = 'unicode61')");
    this.insert = this.db.prepare('INSERT INTO fts (title, body) VALUES (?, ?)');
    this.query = this.db.prepare(
      "SELECT rowid, bm25(fts) AS score, snippet(fts, 1, '<mark>', '</mark>', '…', 16) AS snippet FROM fts WHERE fts MATCH ? ORDER BY score LIMIT 20",
    );
  }

  /** Insert a batch in one transaction. */
  put(docs: Document[]): void {
    this.db.transaction(() => {
      for (const doc of docs) this.insert.run(doc.title, doc.blocks.map((b) => b.text).join('\n'));
    })();
  }

  /** The hits of an FTS5 MATCH expression (`baselineQuery`); none for null. */
  search(match: string | null): number {
    return match === null ? 0 : this.query.all(match).length;
  }

  close(): void {
    this.db.close();
  }
}
