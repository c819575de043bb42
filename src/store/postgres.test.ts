/**
 * The store contract on PostgreSQL, and what is PostgreSQL's own: schemas, migrations
 * under an advisory lock (and from the `tsvector` archive of version 1), SQLSTATE
 * mapping, writers taking turns on one archive.
 *
 * The server comes from `GRIFFIE_TEST_DATABASE_URL` (default
 * `postgres://griffie:griffie@127.0.0.1:5432/griffie_test`). Every store opened here
 * lives in its own schema (`griffie_test_<pid>_<n>`), dropped at the end. When the
 * server cannot be reached the tests skip, saying so, unless `GRIFFIE_REQUIRE_ALL=1`.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import postgres from 'postgres';
import type { Document } from '../model/index.ts';
import { describeBrowseContract } from './browse-contract.ts';
import { describeStoreContract } from './contract.ts';
import { describeAnalyzedFieldsContract } from './fields-contract.ts';
import { fixturePapers, paper } from './fixtures.ts';
import { openStore, StoreError } from './index.ts';
import { type CopyValue, copyRows, encodeCopy } from './postgres/copy.ts';
import { errorKind } from './postgres/errors.ts';
import { MIGRATIONS, openPostgresStore, type PostgresOptions } from './postgres/index.ts';
import { migrate } from './postgres/migrate.ts';
import { RecordBrute } from './record-brute.ts';
import { describeRecordContract } from './record-contract.ts';
import { recordPapers } from './record-fixtures.ts';
import { reachable, SHOWN_DATABASE_URL, TEST_DATABASE_URL } from './test-server.ts';
import { assertTopicsIndexed, withoutTopics } from './topics-contract.ts';

const URL = TEST_DATABASE_URL;
const SHOWN = SHOWN_DATABASE_URL;

const up = await reachable();
const admin = up ? postgres(URL, { max: 2, onnotice: () => {} }) : null;
const schemas: string[] = [];
let n = 0;

/** A fresh schema name for this run. */
function freshSchema(): string {
  n += 1;
  const schema = `griffie_test_${process.pid}_${n}`;
  schemas.push(schema);
  return schema;
}

/** A new, empty store in its own schema. */
function open(options: Omit<PostgresOptions, 'schema'> = {}) {
  return openPostgresStore(URL, { ...options, schema: freshSchema() });
}

after(async () => {
  if (admin === null) return;
  for (const schema of schemas) await admin.unsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin.end({ timeout: 5 });
});

describe('errorKind', () => {
  it('should map SQLSTATEs and connection errors to store error kinds', () => {
    assert.equal(errorKind('23505'), 'unique');
    assert.equal(errorKind('23502'), 'not-null');
    assert.equal(errorKind('23503'), 'foreign-key');
    assert.equal(errorKind('ECONNREFUSED'), 'open');
    assert.equal(errorKind('28P01'), 'open');
    assert.equal(errorKind('3D000'), 'open');
    assert.equal(errorKind('42P01'), 'schema');
    assert.equal(errorKind('42601'), 'query');
    assert.equal(errorKind('54000'), 'query');
    assert.equal(errorKind(undefined), 'other');
  });
});

if (!up) {
  describe('PostgreSQL store', () => {
    it('should run against a PostgreSQL server', (t) => {
      if (process.env.GRIFFIE_REQUIRE_ALL === '1') assert.fail(`PostgreSQL not reachable at ${SHOWN}`);
      t.skip(`PostgreSQL not reachable at ${SHOWN}`);
    });
  });
} else {
  describeStoreContract('postgres', () => open());
  // Every search of the contract split over two search threads, as on a large archive.
  describeStoreContract('postgres, search threads', () => open({ threads: 2, parallelFrom: 0 }));
  // Every block kept, however small: the contract's searches served from the cache.
  describeStoreContract('postgres, every block cached', () =>
    open({ threads: 2, parallelFrom: 0, blockCache: { maxBytes: 2 ** 26, minBytes: 1 } }),
  );

  describe('block cache (postgres)', () => {
    const words = 'kamer motie regering orde veiligheid opvang zorg onderwijs woningbouw klimaat'.split(' ');
    const papers = (from: number, count: number): Document[] =>
      Array.from({ length: count }, (_, i) =>
        paper({
          id: `kst-99900-${from + i}`,
          title: `Brief ${from + i} over ${words[(from + i) % words.length]}`,
          date: '2020-01-01',
          type: 'brief',
          body: [
            `De openbare orde en de ${words[(from + i) % words.length]} van de kamer.`,
            `Over ${words[(from + i * 3) % words.length]} en ${words[(from + i * 7) % words.length]}.`,
          ],
        }),
      );
    const queries = ['kamer', '"openbare orde"', 'orde -kamer', 'motie OR klimaat', 'woning*', 'zorg onderwijs'];

    it('answers as a store without it, also after writes and merges replace the segments it read', async () => {
      const schema = freshSchema();
      const cached = await openPostgresStore(URL, {
        schema,
        threads: 2,
        parallelFrom: 0,
        blockCache: { maxBytes: 2 ** 26, minBytes: 1 },
      });
      const plain = await openPostgresStore(URL, { schema, threads: 0, blockCache: { maxBytes: 0 } });
      const answers = async (store: typeof cached) => {
        const out: unknown[] = [];
        for (const query of queries) {
          const { total, hits } = await store.search({ query, limit: 50 });
          out.push({ query, total, ids: hits.map((h) => h.id) });
        }
        return out;
      };
      try {
        await cached.put(papers(0, 40));
        const first = await answers(cached);
        assert.deepEqual(first, await answers(plain));
        assert.ok((first[0] as { total: number }).total === 40);
        // Twelve batches more: segments merge, and the ids the cache holds blocks of go away.
        for (let batch = 1; batch <= 12; batch++) await cached.put(papers(batch * 40, 40));
        await cached.put(papers(0, 10).map((d) => ({ ...d, title: `${d.title} herzien` })));
        const later = await answers(cached);
        assert.deepEqual(later, await answers(plain));
        assert.equal((later[0] as { total: number }).total, 520);
      } finally {
        await cached.close();
        await plain.close();
      }
    });
  });
  describeAnalyzedFieldsContract('postgres', () => open());
  describeBrowseContract('postgres', () => open());
  describeRecordContract('postgres', () => open());

  describe('openStore (postgres)', () => {
    it('should open a postgres:// URL as a PostgreSQL store, in the schema the URL names', async () => {
      const schema = freshSchema();
      const store = await openStore({ url: `${URL}${URL.includes('?') ? '&' : '?'}schema=${schema}` });
      try {
        assert.equal(store.engine, 'postgres');
        await store.put(fixturePapers().slice(0, 1));
        const rows = await admin!.unsafe(`SELECT count(*)::integer AS n FROM "${schema}".documents`);
        assert.deepEqual([...rows], [{ n: 1 }]);
      } finally {
        await store.close();
      }
    });

    it('should refuse an unreachable server with StoreError(open), without the password', async () => {
      await assert.rejects(
        openPostgresStore('postgres://griffie:secret@127.0.0.1:1/none', { schema: freshSchema() }),
        (e: unknown) => e instanceof StoreError && e.kind === 'open' && !e.message.includes('secret'),
      );
    });

    it('should refuse a schema name that needs quoting', async () => {
      await assert.rejects(openPostgresStore(URL, { schema: 'a"; drop' }), StoreError);
    });

    it('should refuse use after close', async () => {
      const store = await open();
      await store.close();
      await assert.rejects(store.stats(), StoreError);
    });
  });

  describe('binary COPY', () => {
    it('should write nulls, integers, multi-byte text and bytes as they are', async () => {
      const schema = freshSchema();
      await admin!.unsafe(`CREATE SCHEMA "${schema}"`);
      await admin!.unsafe(`CREATE TABLE "${schema}".t (a integer, b bigint, c text, d bytea)`);
      const rows: CopyValue[][] = [
        [1, 9_007_199_254_740_991, "gecreëerd 's-Gravenhage €", new Uint8Array([0, 255, 10, 9, 92])],
        [-7, -1, '', new Uint8Array(0)],
        [null, null, null, null],
        [2 ** 31 - 1, 0, `${'x'.repeat(70_000)}😀`, new Uint8Array(70_000).fill(7)],
      ];
      await admin!.begin((tx) =>
        copyRows(
          tx,
          `"${schema}".t`,
          [
            ['a', 'int4'],
            ['b', 'int8'],
            ['c', 'text'],
            ['d', 'bytea'],
          ],
          rows,
        ),
      );
      const back = await admin!.unsafe<{ a: number | null; b: string | null; c: string | null; d: Buffer | null }[]>(
        `SELECT a, b::text AS b, c, d FROM "${schema}".t ORDER BY a NULLS LAST`,
      );
      const expected = [...rows].sort((x, y) =>
        x[0] === null ? 1 : y[0] === null ? -1 : (x[0] as number) - (y[0] as number),
      );
      assert.deepEqual(
        back.map((r) => [r.a, r.b === null ? null : Number(r.b), r.c, r.d === null ? null : new Uint8Array(r.d)]),
        expected,
      );
    });

    it('should refuse a row with the wrong number of fields before anything is sent', () => {
      assert.throws(() => encodeCopy(['int4', 'text'], [[1]]), RangeError);
    });
  });

  describe('migrations', () => {
    it('should migrate once when several processes open the same archive at once', async () => {
      const schema = freshSchema();
      const stores = await Promise.all([1, 2, 3, 4].map(() => openPostgresStore(URL, { schema })));
      await Promise.all(stores.map((s) => s.close()));
      const rows = await admin!.unsafe(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`);
      assert.deepEqual(
        [...rows],
        MIGRATIONS.map((m) => ({ version: m.version })),
      );
    });

    it('should bring an archive of version 1 (tsvector) up to date, indexing its papers again', async () => {
      const papers = fixturePapers();
      const queries = ['', 'Marokko', 'nieuwkomers OR Marokko', '"sociale zekerheid"', 'arbeidsm*', 'dossier:99001'];
      const currentSchema = freshSchema();
      const current = await openPostgresStore(URL, { schema: currentSchema });
      await current.put(papers);
      const expected = await Promise.all(queries.map((query) => current.search({ query, sort: 'date', limit: 100 })));
      await current.close();
      // An archive as version 1 wrote it: the same papers, full text in a tsvector.
      const schema = freshSchema();
      await migrate(admin!, schema, MIGRATIONS.slice(0, 1));
      const tables = ['dossiers', 'documents', 'document_dossiers', '"references"', 'footnotes', 'blocks'];
      await admin!.begin(async (tx) => {
        for (const table of tables) {
          const name = table.replace(/"/g, '');
          const columns = await tx.unsafe<{ column_name: string }[]>(
            `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2
             AND column_name NOT IN ('fts', 'exact_positions')`,
            [schema, name],
          );
          const list = columns.map((c) => `"${c.column_name}"`).join(', ');
          const extra = name === 'documents' ? ', fts, exact_positions' : '';
          const values = name === 'documents' ? ", ''::tsvector, true" : '';
          const identity = name === 'documents' ? 'OVERRIDING SYSTEM VALUE' : '';
          await tx.unsafe(
            `INSERT INTO "${schema}".${table} (${list}${extra}) ${identity} SELECT ${list}${values} FROM "${currentSchema}".${table}`,
          );
        }
      });
      const upgraded = await openPostgresStore(URL, { schema });
      try {
        assert.equal((await upgraded.stats()).documents, papers.length);
        const found = await Promise.all(queries.map((query) => upgraded.search({ query, sort: 'date', limit: 100 })));
        assert.deepEqual(found, expected);
      } finally {
        await upgraded.close();
      }
      const rows = await admin!.unsafe(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`);
      assert.deepEqual(
        [...rows],
        MIGRATIONS.map((m) => ({ version: m.version })),
      );
      await assert.rejects(
        openPostgresStore(URL, { schema, migrations: MIGRATIONS.slice(0, 1) }),
        (e: unknown) => e instanceof StoreError && e.kind === 'schema' && /newer/.test(e.message),
      );
    });
  });

  describe('record migration', () => {
    it('should fill the record of the papers an archive of version 5 holds, linked', async () => {
      const papers = [...fixturePapers(), ...recordPapers()];
      const currentSchema = freshSchema();
      const current = await openPostgresStore(URL, { schema: currentSchema, threads: 0 });
      await current.put(papers);
      await current.close();
      // An archive as version 5 wrote it: the same papers (to be indexed again), no record.
      const schema = freshSchema();
      await migrate(admin!, schema, MIGRATIONS.slice(0, 5));
      await admin!.begin(async (tx) => {
        for (const table of ['dossiers', 'documents', 'document_dossiers', '"references"', 'footnotes', 'blocks']) {
          const identity = table === 'documents' ? 'OVERRIDING SYSTEM VALUE' : '';
          await tx.unsafe(`INSERT INTO "${schema}".${table} ${identity} SELECT * FROM "${currentSchema}".${table}`);
        }
        await tx.unsafe(`UPDATE "${schema}".documents SET docid = NULL`);
      });
      const upgraded = await openPostgresStore(URL, { schema, threads: 0 });
      try {
        const brute = new RecordBrute(papers);
        const today = '2017-07-01';
        assert.deepEqual(await upgraded.commitments({ today }, { limit: 100 }), brute.commitments({ today }, 100));
        assert.deepEqual(await upgraded.requests({}, { limit: 100 }), brute.requests({}, 100));
        const persons = brute.entities('person').map(({ papers: _, ...e }) => e);
        assert.deepEqual(await upgraded.entities('person', { limit: 100 }), { total: persons.length, items: persons });
        assert.equal((await upgraded.search({ query: 'reclassering' })).total > 0, true);
      } finally {
        await upgraded.close();
      }
      const [pending] = await admin!.unsafe(`SELECT count(*)::integer AS n FROM "${schema}".record_pending`);
      assert.equal(pending?.n, 0);
    });
  });

  describe('topics migration', () => {
    it('should index the topics of the papers an archive of version 9 holds, when it is opened', async () => {
      const papers = fixturePapers();
      // An archive as version 9 wrote it: its papers' topics stored, not indexed.
      const schema = freshSchema();
      const old = await openPostgresStore(URL, { schema, threads: 0, migrations: MIGRATIONS.slice(0, 9) });
      await old.put(withoutTopics(papers));
      await old.close();
      for (const d of papers.filter((p) => (p.topics ?? []).length > 0)) {
        await admin!.unsafe(
          `UPDATE "${schema}".documents SET json = jsonb_set(json::jsonb, '{topics}', $1::text::jsonb)::text WHERE id = $2`,
          [JSON.stringify(d.topics), d.id as string],
        );
      }
      const stale = await openPostgresStore(URL, { schema, threads: 0, migrations: MIGRATIONS.slice(0, 9) });
      try {
        assert.equal((await stale.search({ query: 'topic:integratie' })).total, 0, 'not yet indexed');
      } finally {
        await stale.close();
      }
      const upgraded = await openPostgresStore(URL, { schema, threads: 0 });
      try {
        await assertTopicsIndexed(upgraded, papers);
      } finally {
        await upgraded.close();
      }
    });
  });

  describe('writers', () => {
    it('should let several writers store batches into one archive at once, each paper indexed once', async () => {
      const schema = freshSchema();
      const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore(URL, { schema })));
      try {
        const batches = [0, 1, 2].map((w) =>
          Array.from({ length: 15 }, (_, i) =>
            paper({
              id: `kst-99300-${w * 100 + i}`,
              type: 'brief',
              title: `Brief ${i}`,
              body: [`De zeehondencrèche nummer ${w}.`],
            }),
          ),
        );
        await Promise.all(stores.map((s, w) => s.put(batches[w] as Document[])));
        await Promise.all(
          stores.map((s, w) =>
            s.put(
              (batches[w] as Document[])
                .slice(0, 5)
                .map((d) => ({ ...d, source: { ...d.source, sha256: `${d.source.sha256}x` } })),
            ),
          ),
        );
        for (const s of stores) {
          const { total } = await s.search({ query: 'zeehondencreche', limit: 1 });
          assert.equal(total, 45);
        }
      } finally {
        await Promise.all(stores.map((s) => s.close()));
      }
    });

    it('should find phrases in a long paper (no position limits)', async () => {
      const store = await open();
      try {
        const long = paper({
          id: 'kst-99010-1',
          type: 'brief',
          title: 'Een lange brief',
          body: [`${'de kamer vergadert over de begroting '.repeat(3000)}de slotsom van het debat`],
        });
        const short = paper({
          id: 'kst-99010-2',
          type: 'motie',
          title: 'Een korte motie',
          body: ['Het debat van de kamer.'],
        });
        await store.put([long, short]);
        const ids = async (query: string) => (await store.search({ query, limit: 100 })).hits.map((h) => h.id).sort();
        assert.deepEqual(await ids('"de slotsom"'), ['kst-99010-1']);
        assert.deepEqual(await ids('"slotsom de"'), []);
        assert.deepEqual(await ids('"de kamer"'), ['kst-99010-1', 'kst-99010-2']);
      } finally {
        await store.close();
      }
    });
  });
}
