/**
 * `SqlRunner` on a better-sqlite3 connection: statements prepared once and kept, each
 * call synchronous underneath; a transaction is `BEGIN IMMEDIATE` … `COMMIT` around the
 * async function, whose awaits only ever wait on these calls, so nothing else runs on
 * the connection in between.
 *
 * @module
 */
import type Database from 'better-sqlite3';
import type { SqlRunner } from '../sql-runner.ts';
import { toStoreError } from './errors.ts';

export class SqliteRunner implements SqlRunner {
  readonly dialect = 'sqlite' as const;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    private readonly what: string,
  ) {}

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    try {
      return Promise.resolve(this.statement(sql).all(...params) as T[]);
    } catch (error) {
      return Promise.reject(toStoreError(error, this.what));
    }
  }

  run(sql: string, params: readonly unknown[] = []): Promise<void> {
    try {
      this.statement(sql).run(...params);
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(toStoreError(error, this.what));
    }
  }

  async transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T> {
    if (this.db.inTransaction) throw toStoreError(new Error('a transaction is already open'), this.what);
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = await fn(this);
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }
}
