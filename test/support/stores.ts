/**
 * Both storage engines for end-to-end tests: a fresh, empty SQLite archive in a temp
 * folder, and a fresh PostgreSQL archive in a schema of its own on the test server
 * (`GRIFFIE_TEST_DATABASE_URL`), dropped when the test file ends. Without a server the
 * PostgreSQL case carries a skip reason, unless `GRIFFIE_REQUIRE_ALL=1` forbids skipping.
 *
 * @module
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import postgres from 'postgres';
import { openStore, type Store } from '../../src/store/index.ts';
import { openPostgresStore } from '../../src/store/postgres/index.ts';
import { reachable, SHOWN_DATABASE_URL, TEST_DATABASE_URL } from '../../src/store/test-server.ts';

/** One engine to run a suite on. */
export interface EngineCase {
  name: 'sqlite' | 'postgres';
  /** Set when this engine cannot run here (no server): the suite skips, saying why. */
  skip?: string;
  /** A new, empty archive. */
  open(): Promise<Store>;
}

const pgUp = await reachable();
const dir = mkdtempSync(join(tmpdir(), 'griffie-e2e-'));
const schemas: string[] = [];
let n = 0;

after(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (schemas.length === 0) return;
  const sql = postgres(TEST_DATABASE_URL, { max: 1, onnotice: () => {} });
  try {
    for (const schema of schemas) await sql.unsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await sql.end({ timeout: 5 });
  }
});

/** SQLite, and PostgreSQL when its server answers (or must: `GRIFFIE_REQUIRE_ALL=1`). */
export function engines(): EngineCase[] {
  const required = process.env.GRIFFIE_REQUIRE_ALL === '1';
  const postgresCase: EngineCase = {
    name: 'postgres',
    open: () => {
      n += 1;
      const schema = `griffie_e2e_${process.pid}_${n}`;
      schemas.push(schema);
      return openPostgresStore(TEST_DATABASE_URL, { schema });
    },
  };
  if (!pgUp && !required) postgresCase.skip = `no PostgreSQL server at ${SHOWN_DATABASE_URL}`;
  return [
    {
      name: 'sqlite',
      open: () => {
        n += 1;
        return openStore({ db: join(dir, `archive-${n}`, 'griffie.db') });
      },
    },
    postgresCase,
  ];
}
