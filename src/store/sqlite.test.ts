/**
 * The store contract on SQLite, and what is SQLite's own: the file, WAL, migrations.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { type Document, dossierKey } from '../model/index.ts';
import { describeStoreContract } from './contract.ts';
import { describeAnalyzedFieldsContract } from './fields-contract.ts';
import { fixturePapers } from './fixtures.ts';
import { openStore, StoreError } from './index.ts';
import { MIGRATIONS, openSqliteStore } from './sqlite/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'griffie-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
function fresh(): string {
  n += 1;
  return join(dir, `t${n}`, 'griffie.db');
}

describeStoreContract('sqlite', () => openStore({ db: fresh() }));
describeAnalyzedFieldsContract('sqlite', () => openStore({ db: fresh() }));
// The same searches split over two reader threads, as on a large archive.
describeStoreContract('sqlite, reader threads', () => openSqliteStore(fresh(), { readers: 2, parallelFrom: 0 }));

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
    for (const readers of [0, 2]) {
      const store = await openSqliteStore(fresh(), { readers, parallelFrom: 0 });
      await store.put([...fixturePapers(), threeDossiers()]);
      const { facets } = await store.search({ query: '' });
      const count = (key: string) => facets.dossier.find((f) => f.value === key)?.count;
      assert.equal(count('99101'), 1, `readers ${readers}`);
      assert.equal(count('99102'), 1);
      assert.equal(count('99103'), 1);
      const brute = new Map<string, number>();
      for (const paper of [...fixturePapers(), threeDossiers()]) {
        for (const key of new Set(paper.dossiers.map(dossierKey))) brute.set(key, (brute.get(key) ?? 0) + 1);
      }
      assert.deepEqual(new Map(facets.dossier.map((f) => [f.value, f.count])), brute);
      await store.close();
    }
  });
});

describe('migrations', () => {
  it('should bring an archive of version 1 up to date, keeping its papers and filling the facet codes', async () => {
    const path = fresh();
    const current = await openSqliteStore(path, { migrations: MIGRATIONS });
    await current.put([...fixturePapers(), threeDossiers()]);
    const expected = await current.search({ query: '' });
    const expectedByDate = await current.search({ query: 'nieuwkomers OR Marokko', sort: 'date' });
    await current.close();
    // Turn it into an archive as version 1 wrote it: no facet codes yet.
    const old = new Database(path);
    old.exec('DROP TABLE document_facets; DROP TABLE facet_values; DELETE FROM schema_migrations WHERE version > 1');
    old.close();
    const upgraded = await openSqliteStore(path, { migrations: MIGRATIONS });
    assert.equal((await upgraded.stats()).documents, fixturePapers().length + 1);
    assert.equal((await upgraded.search({ query: 'Marokko' })).total, 1);
    assert.deepEqual((await upgraded.search({ query: '' })).facets, expected.facets);
    const byDate = await upgraded.search({ query: 'nieuwkomers OR Marokko', sort: 'date' });
    assert.deepEqual(
      byDate.hits.map((h) => h.id),
      expectedByDate.hits.map((h) => h.id),
    );
    await upgraded.close();
    const db = new Database(path, { readonly: true });
    assert.deepEqual(
      db.prepare('SELECT version FROM schema_migrations ORDER BY version').all(),
      MIGRATIONS.map((m) => ({ version: m.version })),
    );
    db.close();
    await assert.rejects(
      openSqliteStore(path, { migrations: MIGRATIONS.slice(0, 1) }),
      (e: unknown) => e instanceof StoreError && e.kind === 'schema' && /newer/.test(e.message),
    );
  });
});
