/**
 * Versioned schema migrations on PostgreSQL: `schema_migrations` records each applied
 * version; the pending ones run on open, in one transaction, under an advisory lock
 * (several processes may open the same archive at once: one migrates, the others wait
 * and then find nothing to do).
 *
 * @module
 */
import type { Sql } from 'postgres';
import { refuseNewerSchema } from '../schema-version.ts';
import type { Migration } from './schema.ts';

/**
 * Bring the schema `schema` up to the newest of `migrations` (creating the schema when
 * needed); returns the versions applied. Refuses an archive written by a newer Griffie.
 */
export async function migrate(sql: Sql, schema: string, migrations: readonly Migration[]): Promise<number[]> {
  const result = await sql.begin(async (tx) => {
    await tx.unsafe('SELECT pg_advisory_xact_lock(hashtext($1))', [`griffie:migrate:${schema}`]);
    await tx.unsafe(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await tx.unsafe(`SET LOCAL search_path TO "${schema}"`);
    await tx.unsafe(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const rows = await tx.unsafe<{ version: number }[]>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((r) => r.version));
    refuseNewerSchema(
      applied,
      migrations.map((m) => m.version),
    );
    const done: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      await tx.unsafe(migration.up).simple();
      await tx.unsafe('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      done.push(migration.version);
    }
    return done;
  });
  return result as number[];
}
