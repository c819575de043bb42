/**
 * `griffie backup` through the real executable: copies of a SQLite archive taken while
 * `griffie serve` answers from it and `griffie import` writes to it in another process
 * (and while the same process writes through a second connection) each open, pass
 * `PRAGMA integrity_check`, hold whole batches only, and search like the archive did
 * when they were taken. A PostgreSQL archive, the archive itself as the target, and a
 * target that a program holds open are refused in plain words.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { syntheticDocuments } from '../scripts/bench/synthetic.ts';
import { REPO_ROOT } from '../scripts/eval/index.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { TEST_DATABASE_URL } from '../src/store/test-server.ts';
import { assertBuilt, assertNoStack, griffie, tempDir } from './support/cli.ts';
import { serving } from './support/serving.ts';

const { dir, cleanup } = tempDir();
after(cleanup);

/** What `griffie backup --json` printed. */
interface Backup {
  path: string;
  bytes: number;
  documents: number;
  seconds: number;
}

/** Run the executable without blocking this process (the server and the writer go on meanwhile). */
function run(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/griffie.js', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, GRIFFIE_DEBUG: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => {
      stdout += c;
    });
    child.stderr.on('data', (c) => {
      stderr += c;
    });
    child.once('exit', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Start `griffie serve` on `db` and wait for the address it serves at. */
function serve(db: string) {
  return serving(['serve', '--db', db, '--port', '0']);
}

/** Check a backup on its own: integrity, and what it holds against what the command said. */
async function assertSoundCopy(backup: Backup, atLeast: number, batch: number): Promise<number> {
  const raw = new Database(backup.path, { readonly: true });
  try {
    assert.deepEqual(raw.pragma('integrity_check'), [{ integrity_check: 'ok' }]);
  } finally {
    raw.close();
  }
  const copy = await openStore({ db: backup.path });
  try {
    const { documents } = await copy.stats();
    assert.equal(documents, backup.documents);
    assert.ok(documents >= atLeast, `${documents} papers, at least ${atLeast} expected`);
    assert.equal((documents - atLeast) % batch, 0, `whole batches only: ${documents}`);
    // The copy is searchable, and its index agrees with its papers.
    assert.equal((await copy.search({ query: '' })).total, documents);
    assert.equal((await copy.search({ query: 'type:motie' })).total > 0, true);
    return documents;
  } finally {
    await copy.close();
  }
}

describe('griffie backup', () => {
  const db = join(dir, 'live', 'griffie.db');
  const papers = join(dir, 'papers.jsonl');
  const BATCH = 25;
  const COUNT = 4000;
  let seeded = 0;

  before(() => {
    assertBuilt();
    const start = griffie(['start', '--offline', '--no-serve', '--db', db]);
    assert.equal(start.status, 0, start.stderr);
    const docs = [...syntheticDocuments(COUNT, { seed: 11 })];
    writeFileSync(papers, docs.map((d) => `${JSON.stringify(d)}\n`).join(''));
    const store = new Database(db, { readonly: true });
    seeded = store.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    store.close();
  });

  it('should copy the archive consistently while it is served and written by another process', async () => {
    const server = serve(db);
    const url = await server.url;
    const writer = run(['import', papers, '--db', db, '--batch', String(BATCH), '--json']);
    let writing = true;
    void writer.then(() => {
      writing = false;
    });
    // Readers all the while: every request answered.
    let requests = 0;
    const reading = (async () => {
      while (writing) {
        const response = await fetch(`${url}/api/v1/search?q=type:motie`);
        assert.equal(response.status, 200);
        await response.arrayBuffer();
        requests++;
      }
    })();
    const counts: number[] = [];
    try {
      for (let i = 0; writing || i === 0; i++) {
        const target = join(dir, 'backups', `during-${i}.db`);
        const result = await run(['backup', target, '--db', db, '--json']);
        assert.equal(result.status, 0, result.stderr);
        assertNoStack(result.stderr);
        const backup = JSON.parse(result.stdout) as Backup;
        assert.equal(backup.path, target);
        counts.push(await assertSoundCopy(backup, seeded, BATCH));
      }
      const imported = await writer;
      assert.equal(imported.status, 0, imported.stderr);
      await reading;
    } finally {
      if (server.child.exitCode === null) {
        const stopped = new Promise((resolve) => server.child.once('exit', resolve));
        server.child.kill('SIGTERM');
        await stopped;
      }
    }
    assert.ok(
      counts.some((c) => c > seeded && c < seeded + COUNT),
      `a backup must be taken while the import writes: ${counts}`,
    );
    assert.ok(requests > 0);
    // Once the writer is done, a backup holds everything.
    const final = await run(['backup', join(dir, 'backups', 'after.db'), '--db', db, '--json']);
    assert.equal(final.status, 0, final.stderr);
    assert.equal(await assertSoundCopy(JSON.parse(final.stdout) as Backup, seeded, BATCH), seeded + COUNT);
    assert.deepEqual(
      readdirSync(join(dir, 'backups')).filter((f) => !f.endsWith('.db')),
      [],
      'no temporary files left',
    );
  });

  it('should copy while the same process writes through another connection', async () => {
    const path = join(dir, 'same', 'griffie.db');
    const writer: Store = await openStore({ db: path });
    const backer: Store = await openStore({ db: path });
    try {
      const docs = [...syntheticDocuments(600, { seed: 12 })];
      const writes = (async () => {
        for (let i = 0; i < docs.length; i += BATCH) {
          await writer.put(docs.slice(i, i + BATCH));
          await new Promise((resolve) => setImmediate(resolve));
        }
      })();
      const taken: Backup[] = [];
      for (let i = 0; i < 5; i++) {
        taken.push({ ...(await backer.backup(join(dir, 'same', `copy-${i}.db`))), seconds: 0 });
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      await writes;
      for (const backup of taken) await assertSoundCopy(backup, 0, BATCH);
    } finally {
      await writer.close();
      await backer.close();
    }
  });

  it('should replace an earlier backup, and print a plain summary', async () => {
    const target = join(dir, 'backups', 'nightly.db');
    writeFileSync(target, 'an old backup that is no database');
    const result = griffie(['backup', target, '--db', db]);
    assert.equal(result.status, 0, result.stderr);
    assert.match(
      result.stdout,
      new RegExp(`^backed up ${seeded + COUNT} papers \\([\\d.]+ MB\\) to .*nightly\\.db in [\\d.]+ s\\n$`),
    );
    const copy = await openStore({ db: target });
    assert.equal((await copy.stats()).documents, seeded + COUNT);
    await copy.close();
  });

  it('should refuse what it cannot do, in plain words, leaving the target as it was', () => {
    const pg = griffie(['backup', join(dir, 'pg.db'), '--db', TEST_DATABASE_URL]);
    assert.equal(pg.status, 1);
    assert.match(pg.stderr, /pg_dump/);
    assert.equal(existsSync(join(dir, 'pg.db')), false);

    const itself = griffie(['backup', db, '--db', db]);
    assert.equal(itself.status, 1);
    assert.match(itself.stderr, /is the archive itself/);

    const held = join(dir, 'held.db');
    writeFileSync(held, 'kept');
    writeFileSync(`${held}-wal`, '');
    const open = griffie(['backup', held, '--db', db]);
    assert.equal(open.status, 1);
    assert.match(open.stderr, /held\.db-wal exists: a program has held\.db open/);

    const missing = griffie(['backup', join(dir, 'x.db'), '--db', join(dir, 'nowhere.db')]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no archive at/);
    for (const r of [pg, itself, open, missing]) assertNoStack(r.stderr);
    assert.equal(existsSync(join(dir, 'nowhere.db')), false, 'no archive created');
  });
});
