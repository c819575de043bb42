/**
 * A PostgreSQL archive opened with a read URL: every read answers from the read side,
 * every write (and the migration) goes to the primary. The read side here is another
 * schema of the test server holding other papers, on connections that cannot write
 * (`default_transaction_read_only`, as a hot standby refuses writes), so a read that
 * went to the primary, or a write that went to the read side, shows.
 *
 * The server comes from `GRIFFIE_TEST_DATABASE_URL` (see `test-server.ts`); without it
 * the tests skip, saying so, unless `GRIFFIE_REQUIRE_ALL=1`. The real streaming
 * replica is `test/replica.test.ts`.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import postgres from 'postgres';
import { paper } from './fixtures.ts';
import { openStore, type Store, StoreError } from './index.ts';
import { MIGRATIONS, openPostgresStore, type PostgresOptions } from './postgres/index.ts';
import { reachable, SHOWN_DATABASE_URL, TEST_DATABASE_URL } from './test-server.ts';

const URL = TEST_DATABASE_URL;
const up = await reachable();
const admin = up ? postgres(URL, { max: 2, onnotice: () => {} }) : null;
const schemas: string[] = [];

/** A fresh schema name for this run. */
function freshSchema(): string {
  const schema = `griffie_read_${process.pid}_${schemas.length + 1}`;
  schemas.push(schema);
  return schema;
}

/** `url` with these query parameters added. */
function withParams(url: string, params: Record<string, string>): string {
  const query = new URLSearchParams(params).toString();
  return `${url}${url.includes('?') ? '&' : '?'}${query}`;
}

/** A read URL on `schema` whose connections cannot write. */
const readOnly = (schema: string) => withParams(URL, { schema, default_transaction_read_only: 'on' });

/** The keys of the papers stored in `schema`, read directly. */
async function keysIn(schema: string): Promise<string[]> {
  const rows = await admin!.unsafe<{ key: string }[]>(`SELECT key FROM "${schema}".documents ORDER BY key`);
  return rows.map((r) => r.key);
}

/** A paper of the read side and one written through the store: each with a word of its own. */
const onReadSide = paper({
  id: 'kst-99401-1',
  kind: 'kamerstuk',
  type: 'brief',
  dossiers: [{ number: '99401', title: 'Zeewierkwekerij (fictief)' }],
  number: '1',
  title: 'Brief over de zeewierkwekerij',
  date: '2016-03-01',
  body: ['De zeewierkwekerij bij de Waddenkust groeit.'],
});
const written = paper({
  id: 'kst-99402-1',
  kind: 'kamerstuk',
  type: 'motie',
  dossiers: [{ number: '99402', title: 'Windmolenpark (fictief)' }],
  number: '1',
  title: 'Motie over het windmolenpark',
  date: '2016-04-01',
  body: ['Verzoekt de regering het windmolenpark te bouwen.'],
});

after(async () => {
  if (admin === null) return;
  for (const schema of schemas) await admin.unsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin.end({ timeout: 5 });
});

describe('openStore with a read URL', () => {
  it('should refuse a read URL for a SQLite archive', async () => {
    await assert.rejects(
      openStore({ db: ':memory:', readUrl: 'postgres://griffie@127.0.0.1:1/griffie' }),
      (e: unknown) => e instanceof StoreError && e.kind === 'open' && /needs a PostgreSQL archive/.test(e.message),
    );
  });

  it('should refuse a read URL that is not postgres:// or postgresql://', async () => {
    await assert.rejects(
      openStore({ url: 'postgres://griffie@127.0.0.1:1/griffie', readUrl: 'mysql://griffie@127.0.0.1/griffie' }),
      (e: unknown) => e instanceof StoreError && /read URL must start with postgres/.test(e.message),
    );
  });
});

if (!up) {
  describe('PostgreSQL with a read URL', () => {
    it('should run against a PostgreSQL server', (t) => {
      if (process.env.GRIFFIE_REQUIRE_ALL === '1') assert.fail(`PostgreSQL not reachable at ${SHOWN_DATABASE_URL}`);
      t.skip(`PostgreSQL not reachable at ${SHOWN_DATABASE_URL}`);
    });
  });
} else {
  describe('PostgreSQL with a read URL', () => {
    let readSchema = '';

    before(async () => {
      readSchema = freshSchema();
      const side = await openPostgresStore(URL, { schema: readSchema, threads: 0 });
      try {
        await side.put([onReadSide]);
        await side.saveCheckpoint({ source: 'ob', stream: 'kamerstuk', value: '41', latest: null });
      } finally {
        await side.close();
      }
    });

    /** A store on a new primary schema reading `readSchema`. */
    async function split(options: PostgresOptions = {}): Promise<{ store: Store; primary: string }> {
      const primary = freshSchema();
      const store = await openPostgresStore(URL, {
        threads: 0,
        ...options,
        schema: primary,
        readUrl: readOnly(readSchema),
      });
      return { store, primary };
    }

    it('should answer searches, papers, lists, stats and exports from the read side', async () => {
      const { store } = await split();
      try {
        const found = await store.search({ query: 'zeewierkwekerij' });
        assert.equal(found.total, 1);
        assert.deepEqual(
          found.hits.map((h) => h.id),
          ['kst-99401-1'],
        );
        assert.equal((await store.get('kst-99401-1'))?.title, 'Brief over de zeewierkwekerij');
        assert.equal((await store.dossier('99401'))?.documents, 1);
        assert.deepEqual(
          (await store.recent()).items.map((p) => p.id),
          ['kst-99401-1'],
        );
        assert.equal((await store.stats()).documents, 1);
        assert.equal((await store.freshness()).newestDate, '2016-03-01');
        assert.equal((await store.checkpoint('ob', 'kamerstuk'))?.value, '41');
        const exported: string[] = [];
        for await (const doc of store.exportDocuments()) exported.push(doc.id ?? '');
        assert.deepEqual(exported, ['kst-99401-1']);
        assert.deepEqual(await store.related('kst-99401-1'), []);
      } finally {
        await store.close();
      }
    });

    it('should write papers, checkpoints and failures to the primary, migrated there alone', async () => {
      const { store, primary } = await split();
      try {
        assert.deepEqual(await store.put([written]), ['added']);
        await store.saveCheckpoint({ source: 'tk', stream: 'Document', value: 'x', latest: null });
        await store.addFailure({ source: 'papers/kapot.pdf', error: 'damaged', at: '2016-04-02T00:00:00Z' });
        assert.deepEqual(await keysIn(primary), ['kst-99402-1']);
        assert.deepEqual(await keysIn(readSchema), ['kst-99401-1']);
        const [counts] = await admin!.unsafe<{ checkpoints: number; failures: number }[]>(
          `SELECT (SELECT count(*) FROM "${primary}".checkpoints)::integer AS checkpoints,
           (SELECT count(*) FROM "${primary}".failures)::integer AS failures`,
        );
        assert.deepEqual({ ...counts }, { checkpoints: 1, failures: 1 });
        // The store reads the read side, which never got them.
        assert.equal((await store.search({ query: 'windmolenpark' })).total, 0);
        assert.equal(await store.get('kst-99402-1'), null);
        assert.deepEqual(await store.failures(), []);
        const migrated = await admin!.unsafe(`SELECT version FROM "${primary}".schema_migrations ORDER BY version`);
        assert.deepEqual(
          migrated.map((r) => r.version),
          MIGRATIONS.map((m) => m.version),
        );
      } finally {
        await store.close();
      }
    });

    it('should search on threads that read the read side', async () => {
      const { store } = await split({ threads: 2, parallelFrom: 0 });
      try {
        await store.put([written]);
        assert.equal((await store.search({ query: 'zeewierkwekerij' })).total, 1);
        assert.equal((await store.search({ query: 'windmolenpark' })).total, 0);
      } finally {
        await store.close();
      }
    });

    it("should keep the watches' state on the primary and match papers on the read side", async () => {
      const { store, primary } = await split();
      try {
        const watch = await store.watches.add({
          name: 'Zeewier',
          query: 'zeewierkwekerij',
          webhook: null,
          secret: null,
        });
        assert.deepEqual(
          (await store.watches.list()).map((w) => w.id),
          [watch.id],
        );
        const [row] = await admin!.unsafe<{ n: number }[]>(`SELECT count(*)::integer AS n FROM "${primary}".watches`);
        assert.equal(row?.n, 1);
        const found = await store.watches.matches('zeewierkwekerij', 0);
        assert.deepEqual(
          found.papers.map((p) => p.key),
          ['kst-99401-1'],
        );
      } finally {
        await store.close();
      }
    });

    it('should refuse a read URL that holds no archive, naming it without the password', async () => {
      const empty = freshSchema();
      await assert.rejects(
        openPostgresStore(URL, { schema: freshSchema(), readUrl: readOnly(empty), readWait: 300, threads: 0 }),
        (e: unknown) =>
          e instanceof StoreError &&
          e.kind === 'open' &&
          e.message.includes('holds no Griffie archive') &&
          e.message.includes(empty) &&
          !/\/\/[^/@]*:[^/@]*@/.test(e.message),
      );
    });

    it('should refuse a read server that cannot be reached, without the password', async () => {
      await assert.rejects(
        openPostgresStore(URL, { schema: freshSchema(), readUrl: 'postgres://griffie:secret@127.0.0.1:1/none' }),
        (e: unknown) =>
          e instanceof StoreError &&
          e.kind === 'open' &&
          e.message.includes('127.0.0.1:1') &&
          !e.message.includes('secret'),
      );
    });
  });
}
