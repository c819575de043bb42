/**
 * A sync of the Tweede Kamer's decisions end to end, on both engines: the categories
 * Document, Zaak, Besluit, Stemming, Agendapunt and Activiteit from the fake SyncFeed
 * (`support/vote-entities.ts`) through `runSync` into the archive's votes. What must
 * hold: the motion's outcome, date and party votes (a corrected vote counted once, a
 * mistaken one flagged) once every category is in; the same sync again changes nothing;
 * faults mid-stream (500, 429, a truncated page, invalid XML, a hang) and a stream
 * interrupted at a page that cannot be fetched, then resumed, lose and duplicate
 * nothing; a deleted Stemming leaves the count. And through the CLI: `griffie sync tk`
 * of every category, `griffie show` of the motion and `griffie search outcome:…`.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runSync } from '../src/pipeline/index.ts';
import { createHttpClient, createTkConnector, type HttpClientOptions, SourceError } from '../src/sources/index.ts';
import type { Store } from '../src/store/index.ts';
import { assertBuilt, tempDir } from './support/cli.ts';
import { runToEnd } from './support/crash.ts';
import { type OfficialServer, startOfficialServer } from './support/official-server.ts';
import { engines } from './support/stores.ts';
import { BESLUIT_AANGENOMEN, MOTION, stemmingEntity, voteEntities } from './support/vote-entities.ts';

const HTTP: HttpClientOptions = { pauseMs: 0, retries: 3, retryBaseMs: 2, retryMaxMs: 20, timeoutMs: 400 };
const CATEGORIES = ['Document', 'Zaak', 'Besluit', 'Stemming', 'Agendapunt', 'Activiteit'];

/** What the motion's decision must be once every vote is in. */
async function assertCarried(store: Store): Promise<void> {
  const votes = await store.votes.ofPaper(`tk:${MOTION}`);
  assert.ok(votes, 'the motion is stored');
  assert.equal(votes.outcome, 'aangenomen');
  assert.equal(votes.final, BESLUIT_AANGENOMEN);
  const carried = votes.decisions.find((d) => d.besluitId === BESLUIT_AANGENOMEN);
  assert.equal(carried?.date, '2099-03-10');
  assert.deepEqual(
    carried?.parties.map((p) => [p.fractie, p.side, p.seats, p.vergissing]),
    [
      ['VBP', 'voor', 34, false],
      ['KP', 'tegen', 25, false],
      ['GPP', 'voor', 24, false],
      ['LVP', 'voor', 9, true],
      ['DP', 'voor', 8, false],
    ],
  );
  assert.deepEqual(carried?.totals, { voor: 75, tegen: 25, nietDeelgenomen: 0 });
}

for (const engine of engines()) {
  describe(`sync of the Tweede Kamer's decisions (${engine.name})`, { skip: engine.skip }, () => {
    let server: OfficialServer;
    const opened: Store[] = [];
    const fresh = async () => {
      const store = await engine.open();
      opened.push(store);
      return store;
    };
    before(async () => {
      server = await startOfficialServer({ entities: voteEntities(), feedPageSize: 2 });
    });
    after(async () => {
      for (const store of opened) await store.close();
      await server.close();
    });
    const tk = () => createTkConnector({ baseUrl: server.url, http: createHttpClient(HTTP) });
    const syncAll = async (store: Store) => {
      const summaries = [];
      for (const category of CATEGORIES) summaries.push(await runSync(store, tk(), { category }));
      return summaries;
    };

    it("stores every category, and gives the motion its outcome, date and parties' votes", async () => {
      server.reset();
      const store = await fresh();
      const summaries = await syncAll(store);
      assert.deepEqual(
        summaries.map((s) => [s.stream, s.added, s.failed]),
        [
          ['tk:Document', 1, 0],
          ['tk:Zaak', 1, 0],
          ['tk:Besluit', 2, 0],
          ['tk:Stemming', 6, 0],
          ['tk:Agendapunt', 1, 0],
          ['tk:Activiteit', 1, 0],
        ],
      );
      await assertCarried(store);
      const again = await syncAll(store);
      assert.deepEqual(
        again.map((s) => s.added + s.updated),
        CATEGORIES.map(() => 0),
      );
      assert.deepEqual((await store.votes.counts()).stemming, 6);
    });

    it('ends with every vote once through a 500, a 429, a truncated page, invalid XML and a hang', async () => {
      server.reset();
      server.addFault({ kind: 'status', status: 500, path: '/SyncFeed/2.0/Feed', nth: 5 });
      server.addFault({ kind: 'rate-limit', retryAfter: '0', path: '/SyncFeed/2.0/Feed', nth: 6 });
      server.addFault({ kind: 'truncate', path: '/SyncFeed/2.0/Feed', nth: 7 });
      server.addFault({ kind: 'invalid-xml', path: '/SyncFeed/2.0/Feed', nth: 8 });
      server.addFault({ kind: 'hang', path: '/SyncFeed/2.0/Feed', nth: 9 });
      const store = await fresh();
      const summaries = await syncAll(store);
      assert.deepEqual(
        summaries.map((s) => s.failed),
        CATEGORIES.map(() => 0),
      );
      const pages = summaries.reduce((sum, s) => sum + s.pages, 0);
      assert.ok(server.requestsTo('/SyncFeed/2.0/Feed').length >= pages + 5, 'every fault was met and retried');
      await assertCarried(store);
      assert.equal((await store.votes.counts()).stemming, 6);
    });

    it('resumes an interrupted stream from its checkpoint without losing or repeating a vote', async () => {
      server.reset();
      const store = await fresh();
      for (const category of ['Document', 'Zaak', 'Besluit']) await runSync(store, tk(), { category });
      // The Stemming stream's second page fails on every attempt (beyond the client's retries).
      server.addFault({ kind: 'status', status: 503, path: '/SyncFeed/2.0/Feed', nth: 2, times: 10 });
      await assert.rejects(runSync(store, tk(), { category: 'Stemming' }), SourceError);
      assert.equal((await store.votes.counts()).stemming, 2, 'the first page is committed');
      const partial = await store.votes.ofPaper(`tk:${MOTION}`);
      const counted = partial?.decisions.find((d) => d.besluitId === BESLUIT_AANGENOMEN);
      assert.deepEqual(counted?.totals, { voor: 34, tegen: 25, nietDeelgenomen: 0 }, 'what is in is counted');
      server.reset();
      const resumed = await runSync(store, tk(), { category: 'Stemming' });
      assert.equal(resumed.added, 4);
      assert.ok(server.requestsTo('/SyncFeed/2.0/Feed').length <= 3, 'the committed page is not read again');
      for (const category of ['Agendapunt', 'Activiteit']) await runSync(store, tk(), { category });
      await assertCarried(store);
    });

    it('leaves a deleted vote out of the count', async () => {
      server.reset();
      const store = await fresh();
      await syncAll(store);
      // The feed now deletes DP's vote: a new entry after the checkpoint.
      server.entities.push({ ...stemmingEntity(4, true), skiptoken: 399 });
      const summary = await runSync(store, tk(), { category: 'Stemming' });
      assert.deepEqual([summary.withdrawn, summary.added], [1, 0]);
      const votes = await store.votes.ofPaper(`tk:${MOTION}`);
      const carried = votes?.decisions.find((d) => d.besluitId === BESLUIT_AANGENOMEN);
      assert.deepEqual(carried?.totals, { voor: 67, tegen: 25, nietDeelgenomen: 0 });
      assert.equal(
        carried?.parties.some((p) => p.fractie === 'DP'),
        false,
      );
      server.entities.pop();
    });
  });
}

describe('griffie sync tk of the decisions, then show and search', () => {
  let server: OfficialServer;
  const { dir, cleanup } = tempDir();
  before(async () => {
    assertBuilt();
    server = await startOfficialServer({ entities: voteEntities(), feedPageSize: 2 });
  });
  after(async () => {
    await server.close();
    cleanup();
  });

  it("syncs every category in one run, shows the motion's votes and finds it by outcome and party", async () => {
    const db = join(dir, 'votes.db');
    const sync = await runToEnd([
      'sync',
      'tk',
      '--base-url',
      server.url,
      '--db',
      db,
      '--pause',
      '0',
      '--category',
      'Document,votes',
      '--json',
    ]);
    assert.equal(sync.status, 0, sync.stderr);
    const shown = await runToEnd(['show', `tk:${MOTION}`, '--db', db]);
    assert.equal(shown.status, 0, shown.stderr);
    assert.match(shown.stdout, /2099-03-10: Aangenomen\. \(met handopsteken: for 75, against 25 seats\)/);
    assert.match(shown.stdout, /for: VBP 34, GPP 24, LVP 9 \(by mistake\), DP 8/);
    assert.match(shown.stdout, /against: KP 25/);
    assert.match(shown.stdout, /outcome: aangenomen/);
    const found = await runToEnd(['search', 'outcome:aangenomen party-voted-for:gpp', '--db', db, '--json']);
    assert.equal(found.status, 0, found.stderr);
    assert.deepEqual((JSON.parse(found.stdout) as { hits: Array<{ id: string }> }).hits.length, 1);
    const none = await runToEnd(['search', 'party-voted-for:kp', '--db', db, '--json']);
    assert.equal((JSON.parse(none.stdout) as { total: number }).total, 0);
    const bad = await runToEnd(['search', 'outcome:gewonnen', '--db', db]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /unknown outcome "gewonnen"/);
  });
});
