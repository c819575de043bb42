/**
 * `griffie serve` on a primary and a streaming replica, as a site with read replicas runs
 * it: two real PostgreSQL clusters on 127.0.0.1 (`support/pg-clusters.ts`), papers
 * ingested into the primary by `griffie ingest`, and a server started with
 * `GRIFFIE_DATABASE_URL` (the primary) and `GRIFFIE_DATABASE_READ_URL` (the replica). It
 * shows that papers ingested on the primary later appear through the server, that the
 * server's connections are on the replica, and that it goes on answering with the
 * primary stopped. (And, without clusters, that a read URL a SQLite archive cannot take
 * is a usage error.)
 *
 * Needs root and the PostgreSQL server binaries (as `.ci/run` installs them); without
 * them it skips, saying why, unless `GRIFFIE_REQUIRE_ALL=1`.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertBuilt, assertNoStack, griffie, tempDir } from './support/cli.ts';
import { paperText } from './support/papers.ts';
import { type Cluster, ClusterSet, clustersUnavailable } from './support/pg-clusters.ts';
import { serving } from './support/serving.ts';

const unavailable = clustersUnavailable();

/** How long a paper may take to reach the replica before the test fails. */
const REPLICATION_TIMEOUT_MS = 20_000;

/** Fictional papers `from` … `from + count - 1` (see `paperText`), each naming `word`, in a new folder. */
function writeBatch(dir: string, name: string, from: number, count: number, word: string): string {
  const folder = join(dir, name);
  mkdirSync(folder, { recursive: true });
  for (let i = from; i < from + count; i++) {
    writeFileSync(join(folder, `paper-${i}.txt`), paperText(i, `Het ${word} is een fictief voorbeeld.`));
  }
  return folder;
}

/** Start `griffie serve` with `env` and wait for the address it serves at. */
function serve(env: Record<string, string>) {
  return serving(['serve', '--port', '0', '--watch-interval', '0'], env);
}

/** The total of an API search. */
async function total(url: string, query: string): Promise<number> {
  const response = await fetch(`${url}/api/v1/search?q=${encodeURIComponent(query)}`);
  assert.equal(response.status, 200, `search ${query}: ${response.status}`);
  return ((await response.json()) as { total: number }).total;
}

/** Poll until `check` holds, or fail after `ms` saying `what`. */
async function eventually(check: () => Promise<boolean>, what: string, ms = REPLICATION_TIMEOUT_MS): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('griffie serve with a read URL', () => {
  it('should refuse a read URL for a SQLite archive, and one that is not postgres://, as usage errors', () => {
    assertBuilt();
    const sqlite = griffie(['serve', '--db', 'data/none.db', '--port', '0'], {
      env: { GRIFFIE_DATABASE_READ_URL: 'postgres://griffie@127.0.0.1:1/griffie' },
    });
    assert.equal(sqlite.status, 2);
    assert.match(
      sqlite.stderr,
      /\$GRIFFIE_DATABASE_READ_URL is set, but the archive is the SQLite file data\/none\.db/,
    );
    const scheme = griffie(['serve', '--db', 'postgres://griffie@127.0.0.1:1/griffie', '--read-url', 'mysql://x/y']);
    assert.equal(scheme.status, 2);
    assert.match(scheme.stderr, /--read-url must be a postgres:\/\/ or postgresql:\/\/ URL/);
    for (const r of [sqlite, scheme]) assertNoStack(r.stderr);
  });
});

if (unavailable !== null) {
  describe('griffie serve on a streaming replica', () => {
    it('should run two local PostgreSQL clusters', (t) => {
      if (process.env.GRIFFIE_REQUIRE_ALL === '1') assert.fail(`cannot run the replica test: ${unavailable}`);
      t.skip(unavailable);
    });
  });
} else {
  describe('griffie serve on a streaming replica', () => {
    const dir = tempDir();
    const clusters = new ClusterSet();
    let primary: Cluster;
    let replica: Cluster;
    let server: ReturnType<typeof serve> | null = null;
    const env: Record<string, string> = {};

    before(async () => {
      assertBuilt();
      primary = await clusters.primary();
      const password = 'griffie-replica-test';
      await primary.admin().unsafe(`CREATE ROLE griffie LOGIN PASSWORD '${password}'`);
      await primary.admin().unsafe('CREATE DATABASE griffie OWNER griffie');
      env.GRIFFIE_DATABASE_URL = `postgres://griffie:${password}@127.0.0.1:${primary.port}/griffie`;
      const first = griffie(['ingest', writeBatch(dir.dir, 'first', 0, 3, 'getijdenmeetstation'), '--json'], { env });
      assert.equal(first.status, 0, first.stderr);
      replica = await clusters.replica(primary);
      env.GRIFFIE_DATABASE_READ_URL = `postgres://griffie:${password}@127.0.0.1:${replica.port}/griffie`;
    });

    after(async () => {
      if (server !== null && server.child.exitCode === null) {
        server.child.kill('SIGTERM');
        await server.exited;
      }
      await clusters.close();
      dir.cleanup();
    });

    it('should serve from the replica, see papers ingested on the primary, and answer with the primary stopped', async () => {
      const [standby] = await replica.admin().unsafe<{ standby: boolean }[]>('SELECT pg_is_in_recovery() AS standby');
      assert.equal(standby?.standby, true, 'the replica is a hot standby');
      server = serve(env);
      const url = await server.url;
      assert.equal(await total(url, 'getijdenmeetstation'), 3);

      // Papers ingested on the primary reach the server once the replica has replayed them.
      const second = griffie(['ingest', writeBatch(dir.dir, 'second', 10, 4, 'zoutwaterproefveld'), '--json'], {
        env: { GRIFFIE_DATABASE_URL: env.GRIFFIE_DATABASE_URL as string },
      });
      assert.equal(second.status, 0, second.stderr);
      await eventually(async () => (await total(url, 'zoutwaterproefveld')) === 4, 'the second batch on the replica');
      const paper = await fetch(`${url}/api/v1/documents/kst-99003-11`);
      assert.equal(paper.status, 200);
      assert.match(((await paper.json()) as { title: string }).title, /.+/);

      // The server's own connections are on the replica.
      const [on] = await replica
        .admin()
        .unsafe<{ n: number }[]>(
          "SELECT count(*)::integer AS n FROM pg_stat_activity WHERE datname = 'griffie' AND usename = 'griffie' AND application_name = 'griffie'",
        );
      assert.ok((on?.n ?? 0) > 0, 'griffie serve holds connections on the replica');

      // With the primary down, every read still answers, from the replica.
      primary.stop();
      await assert.rejects(
        primary.admin().unsafe('SELECT 1'),
        (e: unknown) => e instanceof Error,
        'the primary is stopped',
      );
      assert.equal(await total(url, 'zoutwaterproefveld'), 4);
      assert.equal(await total(url, 'getijdenmeetstation'), 3);
      for (const path of ['/', '/zoeken?q=zoutwaterproefveld', '/stuk/kst-99003-11', '/api/v1/documents/kst-99000-1']) {
        const response = await fetch(`${url}${path}`);
        assert.equal(response.status, 200, `${path} with the primary stopped`);
      }

      server.child.kill('SIGTERM');
      assert.equal(await server.exited, 0);
      assertNoStack(server.output().stderr);
    });
  });
}
