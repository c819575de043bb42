/**
 * Live sync end to end: the connectors against the local fake of the official servers
 * (`test/support/official-server.ts`), through `runSync` into a real archive (SQLite,
 * and PostgreSQL when the test server answers). What must hold: a multi-page sync ends
 * with exactly the right papers; the same sync again adds nothing; faults mid-sync (500,
 * 429 with Retry-After, a truncated body, invalid XML, a hang) still end with every paper
 * stored once; a sync that stops mid-way (a page that cannot be fetched) resumes from
 * its checkpoint without duplicates or gaps; a deleted Tweede Kamer entity marks its
 * paper withdrawn. `griffie sync ob` killed with SIGKILL is tested in `crash.test.ts`.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { retryFailures, runSync } from '../src/pipeline/index.ts';
import {
  createHttpClient,
  createObConnector,
  createTkConnector,
  type HttpClientOptions,
  SourceError,
} from '../src/sources/index.ts';
import { openStore, type Store } from '../src/store/index.ts';
import {
  fictionalEntities,
  fictionalPapers,
  type OfficialServer,
  startOfficialServer,
} from './support/official-server.ts';

/** Fast and impatient: the fake answers at once, faults show in milliseconds. */
const HTTP: HttpClientOptions = { pauseMs: 0, retries: 3, retryBaseMs: 2, retryMaxMs: 20, timeoutMs: 400 };

const dir = mkdtempSync(join(tmpdir(), 'griffie-sync-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function freshStore(): Promise<Store> {
  n += 1;
  return openStore({ db: join(dir, `archive-${n}.db`) });
}

function ob(server: OfficialServer, http: HttpClientOptions = HTTP) {
  return createObConnector({ baseUrl: server.url, http: createHttpClient(http), pageSize: 3 });
}

/** The ids of every paper in the archive, sorted. */
async function storedIds(store: Store): Promise<string[]> {
  const response = await store.search({ query: 'fictief', limit: 100 });
  return response.hits.map((h) => h.id).sort();
}

describe('sync ob (officielebekendmakingen SRU) into the archive', () => {
  let server: OfficialServer;
  const papers = fictionalPapers(8, '99001', '2025-03-01');
  const ids = papers.map((p) => p.id).sort();

  before(async () => {
    server = await startOfficialServer({ papers, sruMaxRecords: 3 });
  });
  after(() => server.close());

  it('should store every paper of a multi-page sync once, with its metadata, and add nothing the second time', async () => {
    server.reset();
    const store = await freshStore();
    try {
      const first = await runSync(store, ob(server), { since: '2025-01-01' });
      assert.equal(first.pages >= 3, true, `${first.pages} pages`);
      assert.deepEqual([first.added, first.failed], [8, 0]);
      assert.deepEqual(await storedIds(store), ids);
      const paper = await store.get('kst-99001-2');
      assert.equal(paper?.dossiers[0]?.title, 'Fictief voorbeeld van een dossier');
      assert.equal(paper?.number, '2');
      assert.equal(paper?.source.format, 'xml');
      const checkpoint = await store.checkpoint('ob', first.stream);
      assert.equal(checkpoint?.value, first.checkpoint);

      const again = await runSync(store, ob(server), { since: '2025-01-01' });
      assert.deepEqual([again.added, again.updated, again.failed], [0, 0, 0]);
      assert.equal((await store.stats()).documents, 8);
    } finally {
      await store.close();
    }
  });

  it('should end with every paper once through a 500, a 429 with Retry-After, a truncated body, invalid XML and a hang', async () => {
    server.reset();
    server.addFault({ kind: 'status', status: 500, path: '/sru', nth: 2 });
    server.addFault({ kind: 'rate-limit', retryAfter: '0', path: '/sru', nth: 3 });
    server.addFault({ kind: 'truncate', path: /kst-99001-4\.xml$/ });
    server.addFault({ kind: 'invalid-xml', path: '/sru', nth: 4 });
    server.addFault({ kind: 'hang', path: /kst-99001-6\/metadata/ });
    const store = await freshStore();
    try {
      const summary = await runSync(store, ob(server), { since: '2025-01-01' });
      assert.deepEqual([summary.added, summary.failed], [8, 0]);
      assert.deepEqual(await storedIds(store), ids);
      assert.ok(server.maxConcurrent <= 1, `${server.maxConcurrent} requests at once`);
    } finally {
      await store.close();
    }
  });

  it('should stop at a page it cannot fetch, keep what it committed, and resume without duplicates or gaps', async () => {
    server.reset();
    // The third listing page fails on every attempt (beyond the client's 3 retries).
    server.addFault({ kind: 'status', status: 503, path: '/sru', nth: 3, times: 10 });
    const store = await freshStore();
    try {
      await assert.rejects(runSync(store, ob(server), { since: '2025-01-01' }), SourceError);
      const kept = (await store.stats()).documents;
      assert.ok(kept > 0 && kept < 8, `${kept} papers kept from the committed pages`);
      assert.notEqual(await store.checkpoint('ob', 'ob'), null);
      server.reset();
      const resumed = await runSync(store, ob(server), { since: '2025-01-01' });
      assert.equal(resumed.added, 8 - kept);
      assert.deepEqual(await storedIds(store), ids);
      // It resumed: the pages committed before were not asked for again.
      assert.ok(server.requestsTo('/sru').length < 4, `${server.requestsTo('/sru').length} listing requests`);
    } finally {
      await store.close();
    }
  });

  it('should keep a paper it cannot fetch on the failure list, and fetch it again on retry', async () => {
    server.reset();
    // Every file of kst-99001-3 fails, whatever the retries: its XML, HTML and PDF.
    server.addFault({ kind: 'status', status: 500, path: /kst-99001-3\/1\/(xml|html|pdf)\//, times: 1000 });
    const store = await freshStore();
    try {
      const summary = await runSync(store, ob(server), { since: '2025-01-01' });
      assert.deepEqual([summary.added, summary.failed], [7, 1]);
      const failures = await store.failures();
      assert.equal(failures.length, 1);
      assert.match(failures[0]?.source ?? '', /kst-99001-3\.xml$/);
      server.reset();
      const hosts = [new URL(server.url).host];
      const retried = await retryFailures(store, { http: createHttpClient(HTTP), hosts });
      assert.deepEqual([retried.added, retried.failed], [1, 0]);
      assert.deepEqual(await store.failures(), []);
      assert.deepEqual(await storedIds(store), ids);
    } finally {
      await store.close();
    }
  });

  it('should fetch no files and store nothing in a dry run', async () => {
    server.reset();
    const store = await freshStore();
    try {
      const summary = await runSync(store, ob(server), { since: '2025-01-01' }, { dryRun: true });
      assert.equal(summary.items, 8);
      assert.equal((await store.stats()).documents, 0);
      assert.equal(await store.checkpoint('ob', 'ob'), null);
      assert.deepEqual(server.requestsTo(/\/frbr\//), []);
    } finally {
      await store.close();
    }
  });
});

describe('sync tk (Tweede Kamer SyncFeed) into the archive', () => {
  let server: OfficialServer;

  before(async () => {
    server = await startOfficialServer({ entities: fictionalEntities(5), feedPageSize: 2 });
  });
  after(() => server.close());

  function tk() {
    return createTkConnector({ baseUrl: server.url, http: createHttpClient(HTTP) });
  }

  it('should store each Document with its file and record, and mark it withdrawn when the feed deletes it', async () => {
    server.reset();
    const store = await freshStore();
    try {
      const first = await runSync(store, tk(), { category: 'Document' });
      assert.deepEqual([first.added, first.failed, first.withdrawn], [5, 0, 0]);
      assert.equal((await store.stats()).documents, 5);
      const stored = await store.search({ query: 'fictief', limit: 10 });
      assert.equal(stored.total, 5);

      // The feed now deletes the third Document: a new entry, after the checkpoint.
      const third = server.entities.find((e) => e.guid.endsWith('000000000003'));
      assert.ok(third);
      const deleted = fictionalEntities(5, 3).find((e) => e.guid === third.guid);
      assert.ok(deleted);
      server.entities.push({ ...deleted, skiptoken: 200 });
      const second = await runSync(store, tk(), { category: 'Document' });
      assert.deepEqual([second.added, second.withdrawn], [0, 1]);
      assert.equal((await store.stats()).documents, 5);
      // Papers the Tweede Kamer lists without an officielebekendmakingen id are keyed by their GUID.
      const paper = await store.get(`tk:${third.guid}`);
      assert.equal(paper?.withdrawn, true);
      assert.equal(paper?.external?.tkDocumentNumber, '2099D00003');
      assert.equal((await store.get(`tk:${server.entities[0]?.guid}`))?.withdrawn, undefined);
    } finally {
      await store.close();
    }
  });

  it('should resume from its skiptoken after a page that cannot be fetched, without duplicates', async () => {
    server.reset();
    server.addFault({ kind: 'status', status: 500, path: '/SyncFeed/2.0/Feed', nth: 2, times: 10 });
    const store = await freshStore();
    try {
      await assert.rejects(runSync(store, tk(), { category: 'Document' }), SourceError);
      const kept = (await store.stats()).documents;
      assert.equal(kept, 2);
      server.reset();
      const resumed = await runSync(store, tk(), { category: 'Document' });
      assert.equal(resumed.added, 3);
      assert.equal((await store.stats()).documents, 5);
    } finally {
      await store.close();
    }
  });
});
