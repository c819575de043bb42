/**
 * The PostgreSQL server tests use (test support, like `fixtures.ts`):
 * `GRIFFIE_TEST_DATABASE_URL`, else `postgres://griffie:griffie@127.0.0.1:5432/griffie_test`
 * (what `.ci/run` starts), and whether it answers.
 *
 * @module
 */
import postgres from 'postgres';

/** The test server's URL. */
export const TEST_DATABASE_URL =
  process.env.GRIFFIE_TEST_DATABASE_URL || 'postgres://griffie:griffie@127.0.0.1:5432/griffie_test';

/** The URL without its password, for messages. */
export const SHOWN_DATABASE_URL = TEST_DATABASE_URL.replace(/\/\/[^@/]*@/, '//');

/** Whether the server at `url` answers within a few seconds. */
export async function reachable(url = TEST_DATABASE_URL): Promise<boolean> {
  const sql = postgres(url, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await sql`SELECT 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 }).catch(() => {});
  }
}
