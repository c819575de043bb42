/**
 * The connection pools of a PostgreSQL archive: the primary's, which every write and
 * every migration uses, and, when the archive is opened with a read URL, one on the read
 * side (a streaming replica), which the reads of the record use. A replica is read-only:
 * nothing is migrated or written there. On open Griffie waits, a few seconds at most,
 * until the read side holds the schema version the primary has, so that a replica still
 * catching up with a migration is not taken for the wrong server.
 *
 * @module
 */
import postgres, { type Sql } from 'postgres';
import { StoreError } from '../types.ts';

/** A schema name that needs no quoting games: lowercase letters, digits, underscores. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** How long opening waits for the read side to reach the primary's schema version (ms). */
export const READ_WAIT_MS = 10_000;

/** The `schema` query parameter of a URL (`postgres://…/db?schema=griffie`), taken out of it. */
export function splitSchema(url: string): { url: string; schema: string | undefined } {
  const match = /[?&]schema=([^&#]*)/.exec(url);
  if (match === null) return { url, schema: undefined };
  const rest = url.replace(/([?&])schema=[^&#]*&?/, '$1').replace(/[?&]$/, '');
  return { url: rest, schema: decodeURIComponent(match[1]!) };
}

/** Refuse a schema name that would need quoting (`StoreError('open')`). */
export function checkSchemaName(schema: string): void {
  if (!SCHEMA_NAME.test(schema)) {
    throw new StoreError('open', `"${schema}" is not a usable schema name (lowercase letters, digits and _)`);
  }
}

/** A URL without its password, for messages. */
export function shownUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//');
}

/** A pool of at most `max` connections to `url`, working in `schema`; connections open on first use. */
export function openPool(url: string, schema: string, max: number, name = 'griffie'): Sql {
  return postgres(url, {
    max,
    onnotice: () => {},
    connect_timeout: 10,
    idle_timeout: 60,
    connection: {
      application_name: name,
      search_path: `"${schema}"`,
      // Plans for a query's own terms: a generic plan cannot tell a rare word from a common one.
      plan_cache_mode: 'force_custom_plan',
    } as Record<string, string>,
  });
}

/** The newest schema version the archive on `sql` records, or null when it holds no archive. */
export async function schemaVersion(sql: Sql): Promise<number | null> {
  try {
    const [row] = await sql.unsafe<{ version: number | null }[]>(
      'SELECT max(version)::integer AS version FROM schema_migrations',
    );
    return row?.version ?? null;
  } catch (error) {
    // 42P01: no such table (no archive in this schema, or not replicated yet).
    if ((error as { code?: unknown }).code === '42P01') return null;
    throw error;
  }
}

/**
 * Wait until the read side `reads` holds the archive at schema `version` (the primary's),
 * polling for at most `waitMs`; throws `StoreError('open')` naming `where` when it does
 * not, or holds a newer version (then it is another archive).
 */
export async function awaitReadSide(reads: Sql, version: number, where: string, waitMs = READ_WAIT_MS): Promise<void> {
  const end = Date.now() + waitMs;
  for (;;) {
    const found = await schemaVersion(reads);
    if (found === version) return;
    if ((found !== null && found > version) || Date.now() >= end) {
      const holds = found === null ? 'holds no Griffie archive' : `holds schema version ${found}`;
      throw new StoreError(
        'open',
        `the read URL ${where} ${holds} where the primary has version ${version}: it must name a replica of the archive (and the same schema)`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
