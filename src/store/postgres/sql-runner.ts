/**
 * `SqlRunner` on a `postgres` pool or transaction: `?` placeholders numbered, a
 * transaction is `sql.begin`.
 *
 * @module
 */
import type { Sql, TransactionSql } from 'postgres';
import { numberPlaceholders, type SqlRunner } from '../sql-runner.ts';
import { toStoreError } from './errors.ts';

export class PostgresRunner implements SqlRunner {
  readonly dialect = 'postgres' as const;

  constructor(
    private readonly sql: Sql | TransactionSql,
    private readonly what: string,
  ) {}

  async all<T>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    try {
      return (await this.sql.unsafe(numberPlaceholders(text), params as never[])) as unknown as T[];
    } catch (error) {
      throw toStoreError(error, this.what);
    }
  }

  async run(text: string, params: readonly unknown[] = []): Promise<void> {
    await this.all(text, params);
  }

  async transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T> {
    const pool = this.sql as Sql;
    try {
      return (await pool.begin((tx) => fn(new PostgresRunner(tx, this.what)))) as T;
    } catch (error) {
      throw toStoreError(error, this.what);
    }
  }
}
