/**
 * The store contract on PostgreSQL, and what is PostgreSQL's own: schemas, migrations
 * under an advisory lock, SQLSTATE mapping, `tsvector` literals, phrases in long papers.
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
import { analyzeText, documentFields, filterableOf, matchesPlan, type PlanNode } from '../search/index.ts';
import { describeStoreContract } from './contract.ts';
import { describeAnalyzedFieldsContract } from './fields-contract.ts';
import { fixturePapers, paper } from './fixtures.ts';
import { openStore, StoreError } from './index.ts';
import { compilePlan, Params } from './postgres/compile.ts';
import { errorKind } from './postgres/errors.ts';
import { MIGRATIONS, openPostgresStore, type PostgresOptions } from './postgres/index.ts';
import { buildVector, quoteLexeme } from './postgres/tsvector.ts';

const URL = process.env.GRIFFIE_TEST_DATABASE_URL || 'postgres://griffie:griffie@127.0.0.1:5432/griffie_test';
const SHOWN = URL.replace(/\/\/[^@/]*@/, '//');

async function reachable(): Promise<boolean> {
  const sql = postgres(URL, { max: 1, connect_timeout: 3, onnotice: () => {} });
  try {
    await sql`SELECT 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 }).catch(() => {});
  }
}

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

describe('buildVector', () => {
  const text = (stems: string, expansions = '') => ({ stems, expansions });
  it('should weight title A, dossier titles B, body C and expansions D, with a gap between fields', () => {
    const v = buildVector({ title: text('brief imam', 'imams'), dossiers: text('integratie'), body: text('de imam') });
    assert.equal(v.tsvector, "'brief':1A 'imam':2A,7C 'imams':1 'integratie':4B 'de':6C");
    assert.equal(v.exact, true);
    assert.deepEqual(v.stems, { title: ' brief imam ', dossiers: ' integratie ', body: ' de imam ' });
  });

  it('should say when positions were lost to PostgreSQL limits', () => {
    assert.equal(buildVector({ title: text(''), dossiers: text(''), body: text('de '.repeat(300)) }).exact, false);
    assert.equal(buildVector({ title: text(''), dossiers: text(''), body: text('w '.repeat(17000)) }).exact, false);
  });

  it('should quote lexemes so that PostgreSQL reads them back unchanged', { skip: !up }, async () => {
    for (const term of ["it's", 'a\\b', 'd66', "'s-gravenhage", 'com(2015)240', 'x:y', 'één']) {
      const [row] = await admin!.unsafe<{ ok: boolean }[]>('SELECT $1::tsvector @@ $2::tsquery AS ok', [
        `${quoteLexeme(term)}:1`,
        quoteLexeme(term),
      ]);
      assert.equal(row?.ok, true, term);
    }
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
  describeAnalyzedFieldsContract('postgres', () => open());

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

  describe('migrations', () => {
    it('should migrate once when several processes open the same archive at once', async () => {
      const schema = freshSchema();
      const stores = await Promise.all([1, 2, 3, 4].map(() => openPostgresStore(URL, { schema })));
      await Promise.all(stores.map((s) => s.close()));
      const rows = await admin!.unsafe(`SELECT version FROM "${schema}".schema_migrations`);
      assert.deepEqual([...rows], [{ version: 1 }]);
    });

    it('should open an archive of version 1 after a later migration was added, keeping its papers', async () => {
      const schema = freshSchema();
      const v1 = await openPostgresStore(URL, { schema, migrations: MIGRATIONS });
      await v1.put(fixturePapers());
      await v1.close();
      const later = [
        ...MIGRATIONS,
        {
          version: 2,
          name: 'test: notes',
          up: 'CREATE TABLE notes (doc bigint REFERENCES documents (doc), text text)',
        },
      ];
      const v2 = await openPostgresStore(URL, { schema, migrations: later });
      assert.equal((await v2.stats()).documents, fixturePapers().length);
      await v2.close();
      const rows = await admin!.unsafe(`SELECT version FROM "${schema}".schema_migrations ORDER BY version`);
      assert.deepEqual([...rows], [{ version: 1 }, { version: 2 }]);
      await assert.rejects(
        openPostgresStore(URL, { schema, migrations: MIGRATIONS }),
        (e: unknown) => e instanceof StoreError && e.kind === 'schema' && /newer/.test(e.message),
      );
    });
  });

  describe('compilePlan', () => {
    const match = (...terms: string[]): PlanNode => ({ kind: 'match', match: { terms, groups: [], prefix: false } });
    const long = paper({
      id: 'kst-99010-1',
      type: 'brief',
      title: 'Een lange brief',
      // More than 256 times "de" and more than 16,383 words: positions are lost, phrases must still match.
      body: [`${'de kamer vergadert over de begroting '.repeat(3000)}de slotsom van het debat`],
    });
    const short = paper({
      id: 'kst-99010-2',
      type: 'motie',
      title: 'Een korte motie',
      body: ['Het debat van de kamer.'],
    });

    async function keys(plan: PlanNode): Promise<string[]> {
      const schema = schemas[schemas.length - 1]!;
      const params = new Params();
      const { where } = compilePlan(plan, params);
      const rows = await admin!.begin(async (tx) => {
        await tx.unsafe(`SET LOCAL search_path TO "${schema}"`);
        return tx.unsafe<{ key: string }[]>(
          `SELECT key FROM documents d WHERE ${where} ORDER BY key COLLATE "C"`,
          params.values as never[],
        );
      });
      return rows.map((r) => r.key);
    }

    it('should match phrases exactly, also beyond PostgreSQL position limits', async () => {
      const store = await open();
      try {
        await store.put([long, short] as Document[]);
        assert.deepEqual(await keys({ kind: 'phrase', stems: ['de', 'slotsom'] }), ['kst-99010-1']);
        assert.deepEqual(await keys({ kind: 'phrase', stems: ['slotsom', 'de'] }), []);
        assert.deepEqual(await keys({ kind: 'phrase', stems: ['de', 'kamer'] }), ['kst-99010-1', 'kst-99010-2']);
        assert.deepEqual(await keys({ kind: 'phrase', stems: ['lange', 'de'] }), []);
        assert.deepEqual(await keys({ kind: 'phrase', stems: ['debat'] }), ['kst-99010-1', 'kst-99010-2']);
      } finally {
        await store.close();
      }
    });

    it('should match exactly the papers matchesPlan matches, for random plans', async () => {
      const store = await open();
      try {
        let seed = 7;
        const rnd = (k: number) => {
          seed = (seed * 1103515245 + 12345) % 2147483648;
          return seed % k;
        };
        const vocab = [
          'de',
          'kamer',
          'imamopleidingen',
          'sociale',
          'zekerheid',
          'sociaal-culturele',
          'begroting',
          'motie',
        ];
        const text = (n: number) => Array.from({ length: n }, () => vocab[rnd(vocab.length)]).join(' ');
        const docs = Array.from({ length: 40 }, (_, i) =>
          paper({
            id: i % 7 === 0 ? null : `kst-99020-${i}`,
            type: ['brief', 'motie'][i % 2]!,
            title: text(3),
            dossiers: [{ number: `9902${i % 3}`, title: text(2), ...(i % 4 === 0 ? { suffix: 'VII' } : {}) }],
            date: i % 5 === 0 ? null : `${2014 + (i % 4)}-03-0${1 + (i % 9)}`,
            sender: i % 3 === 0 ? null : { role: 'minister', portfolio: 'Sociale Zaken', name: 'A. Jansen' },
            body: [text(6), text(4)],
          }),
        );
        await store.put(docs);
        const stems = (w: string) => analyzeText(w).stems.split(' ');
        const leaf = (): PlanNode => {
          const w = vocab[rnd(vocab.length)]!;
          switch (rnd(6)) {
            case 0:
              return { kind: 'phrase', stems: [...stems(w), ...stems(vocab[rnd(vocab.length)]!)] };
            case 1:
              return { kind: 'match', match: { terms: [w.slice(0, 4)], groups: [], prefix: true } };
            case 2:
              return { kind: 'filter', filter: { field: 'dossier', value: `9902${rnd(3)}` } };
            case 3:
              return { kind: 'filter', filter: { field: 'year', value: `${2014 + rnd(4)}` } };
            case 4:
              return { kind: 'filter', filter: { field: 'sender', value: 'minister' } };
            default:
              return {
                kind: 'match',
                match: { terms: stems(w), groups: [stems(vocab[rnd(vocab.length)]!)], prefix: false },
              };
          }
        };
        const plan = (depth: number): PlanNode => {
          if (depth === 0 || rnd(3) === 0) return leaf();
          const r = rnd(3);
          if (r === 0) return { kind: 'not', child: plan(depth - 1) };
          return { kind: r === 1 ? 'and' : 'or', children: [plan(depth - 1), plan(depth - 1), plan(depth - 1)] };
        };
        for (let i = 0; i < 150; i += 1) {
          const p = plan(3);
          const expected = docs
            .filter((d) => {
              const f = documentFields(d);
              const fields = {
                title: analyzeText(f.title),
                dossiers: analyzeText(f.dossiers),
                body: analyzeText(f.body),
              };
              return matchesPlan(p, fields, filterableOf(d));
            })
            .map((d) => d.id ?? `sha256:${d.source.sha256}`)
            .sort();
          assert.deepEqual(await keys(p), expected, JSON.stringify(p));
        }
      } finally {
        await store.close();
      }
    });

    it('should combine text and filters under OR and NOT, a missing value never matching', async () => {
      const store = await open();
      try {
        await store.put([long, short] as Document[]);
        const motie: PlanNode = { kind: 'filter', filter: { field: 'type', value: 'motie' } };
        const sender: PlanNode = { kind: 'filter', filter: { field: 'sender', value: 'minister' } };
        assert.deepEqual(await keys({ kind: 'or', children: [match('slotsom'), motie] }), [
          'kst-99010-1',
          'kst-99010-2',
        ]);
        assert.deepEqual(await keys({ kind: 'and', children: [match('debat'), { kind: 'not', child: motie }] }), [
          'kst-99010-1',
        ]);
        assert.deepEqual(await keys({ kind: 'not', child: sender }), ['kst-99010-1', 'kst-99010-2']);
        assert.deepEqual(
          await keys({ kind: 'or', children: [{ kind: 'all' }, { kind: 'phrase', stems: ['x', 'y'] }] }),
          ['kst-99010-1', 'kst-99010-2'],
        );
        assert.deepEqual(await keys(match("it's", '-')), []);
        assert.deepEqual(await keys({ kind: 'match', match: { terms: ['slot'], groups: [], prefix: true } }), [
          'kst-99010-1',
        ]);
        assert.deepEqual(
          await keys({ kind: 'match', match: { terms: [], groups: [['korte', 'motie']], prefix: false } }),
          ['kst-99010-2'],
        );
      } finally {
        await store.close();
      }
    });
  });
}
