/**
 * The store contract on SQLite, and what is SQLite's own: the file, WAL, migrations.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { type Document, dossierKey } from '../model/index.ts';
import { describeBrowseContract } from './browse-contract.ts';
import { describeStoreContract } from './contract.ts';
import { describeAnalyzedFieldsContract } from './fields-contract.ts';
import { fixturePapers } from './fixtures.ts';
import { openStore, StoreError } from './index.ts';
import { RecordBrute } from './record-brute.ts';
import { describeRecordContract } from './record-contract.ts';
import { recordPapers } from './record-fixtures.ts';
import { MIGRATIONS, openSqliteStore } from './sqlite/index.ts';
import { migrate } from './sqlite/migrate.ts';
import { assertTopicsIndexed, withoutTopics } from './topics-contract.ts';

const dir = mkdtempSync(join(tmpdir(), 'griffie-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function fresh(): string {
  n += 1;
  return join(dir, `t${n}`, 'griffie.db');
}

describeStoreContract('sqlite', () => openStore({ db: fresh() }));
describeAnalyzedFieldsContract('sqlite', () => openStore({ db: fresh() }));
describeBrowseContract('sqlite', () => openStore({ db: fresh() }));
describeRecordContract('sqlite', () => openStore({ db: fresh() }));
// Every search of the contract split over two search threads, as on a large archive.
describeStoreContract('sqlite, search threads', () => openSqliteStore(fresh(), { threads: 2, parallelFrom: 0 }));

describe('openStore (sqlite)', () => {
  it('should create the folder and open the file in WAL mode with foreign keys on', async () => {
    const path = fresh();
    const store = await openStore({ db: path });
    assert.equal(store.engine, 'sqlite');
    await store.put(fixturePapers().slice(0, 2));
    const db = new Database(path, { readonly: true });
    try {
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
      const versions = db.prepare('SELECT version FROM schema_migrations').all();
      assert.deepEqual(
        versions,
        MIGRATIONS.map((m) => ({ version: m.version })),
      );
      const dossiers = db.prepare('SELECT dossier FROM document_dossiers ORDER BY doc, position').all();
      assert.deepEqual(dossiers, [{ dossier: '99001' }, { dossier: '99001' }]);
    } finally {
      db.close();
      await store.close();
    }
  });

  it('should refuse a file that is not an archive with a StoreError', async () => {
    const path = join(dir, 'not-a-db.txt');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, 'this is not a database, just some text that is long enough to be read as a header');
    await assert.rejects(openStore({ db: path }), (e: unknown) => e instanceof StoreError && e.kind === 'open');
  });

  it('should refuse a URL that is not postgres://', async () => {
    await assert.rejects(openStore({ url: 'mysql://x' }), StoreError);
  });
});

/** A fixture paper that belongs to three dossiers, one of them listed twice. */
function threeDossiers(): Document {
  const paper = structuredClone(fixturePapers()[0] as Document);
  paper.id = 'kst-99101-1';
  paper.number = '1';
  paper.source.sha256 = 'three-dossiers';
  paper.dossiers = [
    { number: '99101', title: 'Eerste dossier' },
    { number: '99102', title: 'Tweede dossier' },
    { number: '99103', title: 'Derde dossier' },
    { number: '99101', title: 'Eerste dossier' },
  ];
  return paper;
}

describe('dossier facet', () => {
  it('should count every dossier of a paper once, also beyond the second', async () => {
    const store = await openSqliteStore(fresh());
    await store.put([...fixturePapers(), threeDossiers()]);
    const { facets } = await store.search({ query: '' });
    const count = (key: string) => facets.dossier.find((f) => f.value === key)?.count;
    assert.equal(count('99101'), 1);
    assert.equal(count('99102'), 1);
    assert.equal(count('99103'), 1);
    const brute = new Map<string, number>();
    for (const paper of [...fixturePapers(), threeDossiers()]) {
      for (const key of new Set(paper.dossiers.map(dossierKey))) brute.set(key, (brute.get(key) ?? 0) + 1);
    }
    assert.deepEqual(new Map(facets.dossier.map((f) => [f.value, f.count])), brute);
    await store.close();
  });
});

/** The tables a version-5 archive (full text in FTS5) kept the papers in. */
const PAPER_TABLES = [
  'documents',
  'document_json',
  'dossiers',
  'document_dossiers',
  '"references"',
  'footnotes',
  'blocks',
];

describe('migrations', () => {
  it('should bring an archive of version 5 (FTS5) up to date, indexing its papers again', async () => {
    const papers = [...fixturePapers(), threeDossiers()];
    const source = fresh();
    const current = await openSqliteStore(source, { migrations: MIGRATIONS });
    await current.put(papers);
    const queries = ['', 'Marokko', 'nieuwkomers OR Marokko', '"sociale zekerheid"', 'arbeidsm*', 'dossier:99001'];
    const expected = await Promise.all(queries.map((query) => current.search({ query, sort: 'date', limit: 100 })));
    await current.close();
    // An archive as version 5 wrote it: the same papers, no segment index.
    const path = fresh();
    mkdirSync(dirname(path), { recursive: true });
    const old = new Database(path);
    migrate(old, MIGRATIONS.slice(0, 5));
    old.exec(`ATTACH DATABASE '${source}' AS current`);
    for (const table of PAPER_TABLES) {
      const columns = (
        old.prepare(`SELECT name FROM pragma_table_info('${table.replace(/"/g, '')}')`).all() as { name: string }[]
      )
        .map((c) => c.name)
        .join(', ');
      old.exec(`INSERT INTO main.${table} (${columns}) SELECT ${columns} FROM current.${table}`);
    }
    old.exec('DETACH DATABASE current');
    old.close();
    const upgraded = await openSqliteStore(path, { migrations: MIGRATIONS });
    assert.equal((await upgraded.stats()).documents, papers.length);
    const found = await Promise.all(queries.map((query) => upgraded.search({ query, sort: 'date', limit: 100 })));
    assert.deepEqual(found, expected);
    await upgraded.close();
    const db = new Database(path, { readonly: true });
    assert.deepEqual(
      db.prepare('SELECT version FROM schema_migrations ORDER BY version').all(),
      MIGRATIONS.map((m) => ({ version: m.version })),
    );
    assert.equal(db.prepare('SELECT count(*) FROM documents WHERE docid IS NULL').pluck().get(), 0);
    db.close();
    await assert.rejects(
      openSqliteStore(path, { migrations: MIGRATIONS.slice(0, 1) }),
      (e: unknown) => e instanceof StoreError && e.kind === 'schema' && /newer/.test(e.message),
    );
  });

  it('should fill the record of the papers an archive of version 8 holds, linked', async () => {
    const papers = [...fixturePapers(), ...recordPapers()];
    const source = fresh();
    const current = await openSqliteStore(source, { threads: 0 });
    await current.put(papers);
    await current.close();
    // An archive as version 8 wrote it: the same papers (to be indexed again), no record.
    const path = fresh();
    mkdirSync(dirname(path), { recursive: true });
    const old = new Database(path);
    migrate(old, MIGRATIONS.slice(0, 8));
    old.exec(`ATTACH DATABASE '${source}' AS current`);
    for (const table of PAPER_TABLES) old.exec(`INSERT INTO main.${table} SELECT * FROM current.${table}`);
    old.exec('DETACH DATABASE current');
    old.exec('UPDATE documents SET docid = NULL');
    old.close();
    const upgraded = await openSqliteStore(path, { threads: 0 });
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
    const db = new Database(path, { readonly: true });
    assert.equal(db.prepare('SELECT count(*) FROM record_pending').pluck().get(), 0);
    db.close();
  });

  it('should index the topics of the papers an archive of version 12 holds, when it is opened', async () => {
    const papers = fixturePapers();
    const withTopics = papers.filter((d) => (d.topics ?? []).length > 0);
    assert.ok(withTopics.length >= 3);
    // An archive as version 12 wrote it: its papers' topics stored, not indexed.
    const path = fresh();
    const old = await openSqliteStore(path, { threads: 0, migrations: MIGRATIONS.slice(0, 12) });
    await old.put(withoutTopics(papers));
    await old.close();
    const db = new Database(path);
    const setTopics = db.prepare(
      "UPDATE document_json SET json = json_set(json, '$.topics', json(?)) WHERE doc = (SELECT doc FROM documents WHERE id = ?)",
    );
    for (const d of withTopics) setTopics.run(JSON.stringify(d.topics), d.id);
    assert.equal(db.prepare('SELECT max(version) FROM schema_migrations').pluck().get(), 12);
    db.close();
    const stale = await openSqliteStore(path, { threads: 0, migrations: MIGRATIONS.slice(0, 12) });
    try {
      assert.equal((await stale.search({ query: 'topic:integratie' })).total, 0, 'not yet indexed');
    } finally {
      await stale.close();
    }
    const upgraded = await openSqliteStore(path, { threads: 0 });
    try {
      await assertTopicsIndexed(upgraded, papers);
    } finally {
      await upgraded.close();
    }
  });
});
