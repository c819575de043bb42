/**
 * Versioned schema migrations: `schema_migrations` records each applied version; the
 * pending ones run on open, each in its own transaction.
 *
 * @module
 */
import type Database from 'better-sqlite3';
import { refuseNewerSchema } from '../schema-version.ts';
import type { Migration } from './schema.ts';

/**
 * Bring the archive up to the newest of `migrations`; returns the versions applied.
 * Refuses an archive written by a newer Griffie (a version it does not know).
 */
export function migrate(db: Database.Database, migrations: readonly Migration[]): number[] {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const applied = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version),
  );
  refuseNewerSchema(
    applied,
    migrations.map((m) => m.version),
  );
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const done: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.up);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
    done.push(migration.version);
  }
  return done;
}
