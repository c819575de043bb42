/**
 * One way to run SQL on either engine, for the parts of the archive whose queries are the
 * same on both (`votes.ts`): statements with `?` placeholders (PostgreSQL's are numbered
 * for it), a list parameter through `inList`, a transaction around an async function.
 *
 * @module
 */

/** SQL on one engine. */
export interface SqlRunner {
  readonly dialect: 'sqlite' | 'postgres';
  /** The rows of a query; `?` placeholders, values in order. */
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Run a statement. */
  run(sql: string, params?: readonly unknown[]): Promise<void>;
  /** Run `fn` in one transaction (writes on the primary): all of it, or nothing. */
  transaction<T>(fn: (tx: SqlRunner) => Promise<T>): Promise<T>;
}

/**
 * A list of texts as one parameter: the SQL that reads it as rows of one column
 * (`value`) and the parameter to pass for its `?`.
 *
 * @example
 * const list = inList(runner, ['a', 'b']);
 * await runner.all(`SELECT id FROM t WHERE id IN ${list.sql}`, [list.param]);
 */
export function inList(runner: SqlRunner, values: readonly string[]): { sql: string; param: unknown } {
  return runner.dialect === 'sqlite'
    ? { sql: '(SELECT value FROM json_each(?))', param: JSON.stringify(values) }
    : { sql: '(SELECT unnest(?::text[]))', param: [...values] };
}

/** `?` placeholders numbered (`$1`, `$2`, ...) for PostgreSQL; the statements hold no `?` of their own. */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
