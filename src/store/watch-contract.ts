/**
 * The watch contract (`Store.watches`): one suite every engine must pass, written
 * against the `Store` interface only. `describeWatchContract('sqlite', open)` registers
 * it; `open` must return a new, EMPTY store each time (the suite closes it).
 *
 * Expected matches come from the store's own search (a watch finds what a search
 * finds, restricted to the papers stored after the watch's cursor), the rest from
 * what the suite did: papers recorded once per watch, deliveries in order, leases
 * held by one run at a time.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Document } from '../model/index.ts';
import { SearchQueryError } from '../search/index.ts';
import { fixturePapers, keyOf, paper, withBody } from './fixtures.ts';
import type { Store } from './types.ts';
import type { FoundPaper, Watch } from './watch-types.ts';

const T0 = '2026-03-01T10:00:00.000Z';
const T1 = '2026-03-01T10:05:00.000Z';
const T2 = '2026-03-01T11:00:00.000Z';
const T3 = '2026-03-01T12:00:00.000Z';

/** New fictional papers of dossier 99701 (three letters) and 99702 (one motion), stored after the watches. */
function laterPapers(): Document[] {
  const letter = (n: number, title: string, date: string | null) =>
    paper({
      id: `kst-99701-${n}`,
      kind: 'kamerstuk',
      type: 'brief',
      dossiers: [{ number: '99701', title: 'Waterveiligheid' }],
      number: String(n),
      title,
      date,
      citation: `Kamerstukken II 2025/26, 99 701, nr. ${n}`,
      body: [`De minister schrijft over dijkversterking, deel ${n}.`],
    });
  return [
    letter(1, 'Brief over dijkversterking', '2026-02-01'),
    paper({
      id: 'kst-99702-1',
      kind: 'kamerstuk',
      type: 'motie',
      dossiers: [{ number: '99702', title: 'Kinderopvangtoeslag' }],
      number: '1',
      title: 'Motie over de kinderopvangtoeslag',
      date: '2026-02-02',
      body: ['De Kamer verzoekt de regering de toeslag te herzien.'],
    }),
    letter(2, 'Tweede brief over dijkversterking', '2026-02-03'),
    letter(3, 'Derde brief over dijkversterking', null),
  ];
}

/** The keys of found papers, in order. */
const keys = (found: { key: string }[]) => found.map((f) => f.key);

/** Register the watch suite for one engine. */
export function describeWatchContract(name: string, open: () => Promise<Store>): void {
  describe(`Watch contract (${name})`, () => {
    let store: Store;
    let dossier: Watch;
    let words: Watch;
    const later = laterPapers();
    before(async () => {
      store = await open();
      await store.put(fixturePapers());
      dossier = await store.watches.add({
        name: 'Dossier 99701',
        query: 'dossier:99701',
        webhook: 'http://127.0.0.1:9/hook',
        secret: 'geheim-van-de-test',
      });
      words = await store.watches.add({ name: 'Toeslagen', query: 'toeslag', webhook: null, secret: null });
      await store.put(later.slice(0, 2));
      await store.put(later.slice(2));
    });
    after(() => store.close());

    it('should add watches with ids from 1, their cursor at the newest paper, never showing the secret', async () => {
      assert.deepEqual([dossier.id, words.id], [1, 2]);
      assert.equal(dossier.cursor, words.cursor);
      assert.ok(dossier.cursor > 0, 'the fixture papers have docids');
      assert.match(dossier.feedToken, /^[A-Za-z0-9_-]{32}$/);
      assert.notEqual(dossier.feedToken, words.feedToken);
      assert.deepEqual([dossier.signed, words.signed], [true, false]);
      const listed = await store.watches.list();
      assert.deepEqual(
        listed.map((w) => w.id),
        [1, 2],
      );
      for (const watch of listed) {
        assert.equal('secret' in watch, false);
        assert.doesNotMatch(JSON.stringify(watch), /geheim/);
        assert.deepEqual(
          [watch.found, watch.pending, watch.failed, watch.lastRunAt, watch.lastFoundAt],
          [0, 0, 0, null, null],
        );
      }
      assert.deepEqual(await store.watches.get(1), listed[0]);
      assert.deepEqual(await store.watches.byFeedToken(dossier.feedToken), listed[0]);
      assert.equal(await store.watches.byFeedToken('x'.repeat(32)), null);
      assert.equal(await store.watches.byFeedToken("' OR 1=1 --"), null);
      assert.equal(await store.watches.get(99), null);
    });

    it('should find exactly the papers stored after the cursor that a search finds, by docid', async () => {
      for (const query of ['dossier:99701', 'toeslag', 'dijkversterking -derde', 'type:motie OR type:brief']) {
        const { hits } = await store.search({ query, limit: 100 });
        const expected = later.map(keyOf).filter((k) => hits.some((h) => h.id === k));
        const { papers } = await store.watches.matches(query, dossier.cursor);
        assert.deepEqual(keys(papers), expected, query);
        const docids = papers.map((p) => p.docid);
        assert.deepEqual(
          docids,
          [...docids].sort((a, b) => a - b),
        );
        assert.ok(
          docids.every((d) => d > dossier.cursor),
          query,
        );
      }
      const { papers } = await store.watches.matches('dossier:99701', dossier.cursor);
      assert.deepEqual(papers[0]?.paper, {
        id: 'kst-99701-1',
        title: 'Brief over dijkversterking',
        type: 'brief',
        date: '2026-02-01',
        dossiers: [{ number: '99701', title: 'Waterveiligheid' }],
        citation: 'Kamerstukken II 2025/26, 99 701, nr. 1',
        source: null,
      });
      assert.equal(papers[2]?.paper.date, null);
    });

    it('should look through the newest docid, or stop at the limit and give the rest after it', async () => {
      const probe = await store.watches.add({ name: 'probe', query: 'niets', webhook: null, secret: null });
      const all = await store.watches.matches('dossier:99701', dossier.cursor);
      assert.equal(all.through, probe.cursor, 'through is the newest docid');
      assert.deepEqual((await store.watches.matches('dossier:99701', all.through)).papers, []);
      const first = await store.watches.matches('dossier:99701', dossier.cursor, 1);
      assert.deepEqual(keys(first.papers), ['kst-99701-1']);
      assert.equal(first.through, first.papers[0]?.docid);
      const rest = await store.watches.matches('dossier:99701', first.through);
      assert.deepEqual(keys(rest.papers), ['kst-99701-2', 'kst-99701-3']);
      assert.equal(rest.through, all.through);
      assert.equal(await store.watches.remove(probe.id), true);
    });

    it('should pass a query mistake through as a SearchQueryError', async () => {
      await assert.rejects(store.watches.matches('dossier:99701 (', 0), SearchQueryError);
    });

    it('should let one run at a time hold a watch, until its lease ends or it lets go', async () => {
      const [a, b] = await Promise.all([
        store.watches.claim(2, 'run-a', T0, T1),
        store.watches.claim(2, 'run-b', T0, T1),
      ]);
      assert.equal([a, b].filter((c) => c !== null).length, 1, 'of two claims at once, one wins');
      const winner = a !== null ? 'run-a' : 'run-b';
      const loser = a !== null ? 'run-b' : 'run-a';
      assert.equal(await store.watches.claim(2, loser, T0, T1), null);
      assert.notEqual(await store.watches.claim(2, winner, T0, T2), null, 'the holder extends its lease');
      assert.equal(await store.watches.claim(2, loser, T1, T2), null, 'the extended lease holds');
      const late = await store.watches.claim(2, loser, T2, T3);
      assert.notEqual(late, null, 'an expired lease is free');
      await store.watches.release(2, winner, { at: T2, error: 'not mine any more' });
      assert.equal((await store.watches.get(2))?.lastRunAt, null, 'a run that lost its lease records nothing');
      await store.watches.release(2, loser, { at: T2, error: null });
      assert.equal((await store.watches.get(2))?.lastRunAt, T2);
      assert.notEqual(await store.watches.claim(2, 'run-c', T2, T3), null, 'a released watch is free');
      await store.watches.release(2, 'run-c', { at: T2, error: 'de zoekvraag klopt niet' });
      assert.equal((await store.watches.get(2))?.lastError, 'de zoekvraag klopt niet');
    });

    it('should give the claimed watch its secret, to sign with', async () => {
      const claimed = await store.watches.claim(1, 'run-s', T0, T1);
      assert.equal(claimed?.secret, 'geheim-van-de-test');
      await store.watches.release(1, 'run-s', { at: T0, error: null });
    });

    it('should record found papers once, moving the cursor, only for the run that holds the watch', async () => {
      const found = await store.watches.matches('dossier:99701', dossier.cursor);
      assert.equal(
        await store.watches.record(1, 'nobody', { through: found.through, papers: found.papers, at: T0, batch: 2 }),
        null,
      );
      assert.equal((await store.watches.get(1))?.cursor, dossier.cursor, 'a run without the lease writes nothing');
      assert.notEqual(await store.watches.claim(1, 'run-1', T0, T1), null);
      const kept = await store.watches.record(1, 'run-1', { ...found, at: T0, batch: 2 });
      assert.deepEqual(
        kept?.map((p) => p.id),
        keys(found.papers),
      );
      const again = await store.watches.record(1, 'run-1', { ...found, at: T1, batch: 2 });
      assert.deepEqual(again, [], 'a paper is recorded once per watch');
      await store.watches.release(1, 'run-1', { at: T1, error: null });
      const watch = await store.watches.get(1);
      assert.equal(watch?.cursor, found.through);
      assert.deepEqual([watch?.found, watch?.pending, watch?.failed, watch?.lastFoundAt], [3, 3, 0, T0]);
    });

    it('should group the papers of a watch with a webhook into deliveries, oldest first', async () => {
      const due = await store.watches.due(1, T0);
      assert.deepEqual(
        due.map((d) => [d.watch, d.attempts, d.createdAt, d.papers.map((p) => p.id)]),
        [
          [1, 0, T0, ['kst-99701-1', 'kst-99701-2']],
          [1, 0, T0, ['kst-99701-3']],
        ],
      );
      assert.match(due[0]?.id ?? '', /^[0-9a-f-]{36}$/);
      assert.notEqual(due[0]?.id, due[1]?.id);
      assert.deepEqual(await store.watches.due(1, '2026-03-01T09:59:59.999Z'), [], 'nothing is due before it was made');
    });

    it('should keep a feed-only watch its papers but no deliveries', async () => {
      const found = await store.watches.matches('toeslag', words.cursor);
      assert.notEqual(await store.watches.claim(2, 'run-2', T2, T3), null);
      const kept = await store.watches.record(2, 'run-2', { ...found, at: T2, batch: 50 });
      assert.deepEqual(
        kept?.map((p) => p.id),
        ['kst-99702-1'],
      );
      await store.watches.release(2, 'run-2', { at: T2, error: null });
      assert.deepEqual(await store.watches.due(2, T3), []);
      const watch = await store.watches.get(2);
      assert.deepEqual([watch?.found, watch?.pending, watch?.failed, watch?.lastError], [1, 0, 0, null]);
    });

    it('should settle deliveries: delivered once, retried when due, given up when told', async () => {
      const [firstDelivery, second] = await store.watches.due(1, T0);
      await store.watches.settle(firstDelivery!.id, { ok: false, at: T0, error: 'HTTP 500', retryAt: T2 });
      assert.deepEqual(
        (await store.watches.due(1, T1)).map((d) => d.id),
        [second!.id],
        'a failed delivery waits for its retry time',
      );
      const retried = (await store.watches.due(1, T2)).find((d) => d.id === firstDelivery!.id);
      assert.equal(retried?.attempts, 1);
      await store.watches.settle(firstDelivery!.id, { ok: true, at: T2 });
      await store.watches.settle(firstDelivery!.id, { ok: false, at: T3, error: 'too late', retryAt: null });
      await store.watches.settle(second!.id, { ok: false, at: T2, error: 'HTTP 410', retryAt: null });
      await store.watches.settle(second!.id, { ok: true, at: T3 });
      assert.deepEqual(await store.watches.due(1, T3), [], 'neither is due any more');
      const watch = await store.watches.get(1);
      assert.deepEqual([watch?.found, watch?.pending, watch?.failed], [3, 0, 1]);
    });

    it('should not find a paper again when it changes, but find a new one stored meanwhile', async () => {
      const before = (await store.watches.get(1))!;
      const changed = withBody(later[0]!, ['De minister schrijft opnieuw over dijkversterking.']);
      const newer = paper({
        id: 'kst-99701-4',
        kind: 'kamerstuk',
        type: 'brief',
        dossiers: [{ number: '99701', title: 'Waterveiligheid' }],
        number: '4',
        title: 'Vierde brief over dijkversterking',
        date: '2026-02-10',
        body: ['Nog een brief.'],
      });
      assert.deepEqual(await store.put([changed, newer]), ['updated', 'added']);
      const found = await store.watches.matches('dossier:99701', before.cursor);
      assert.deepEqual(keys(found.papers), ['kst-99701-1', 'kst-99701-4'], 'the changed paper has a new docid');
      assert.notEqual(await store.watches.claim(1, 'run-3', T3, '2026-03-01T13:00:00.000Z'), null);
      const kept = await store.watches.record(1, 'run-3', { ...found, at: T3, batch: 50 });
      assert.deepEqual(
        kept?.map((p) => p.id),
        ['kst-99701-4'],
      );
      await store.watches.release(1, 'run-3', { at: T3, error: null });
      assert.deepEqual(
        (await store.watches.due(1, T3)).map((d) => d.papers.map((p) => p.id)),
        [['kst-99701-4']],
      );
    });

    it('should give the feed newest found first, with when each was found', async () => {
      const feed = await store.watches.feed(1);
      assert.deepEqual(
        feed.map((f) => [f.key, f.foundAt]),
        [
          ['kst-99701-4', T3],
          ['kst-99701-3', T0],
          ['kst-99701-2', T0],
          ['kst-99701-1', T0],
        ],
      );
      assert.equal(feed[0]?.paper.title, 'Vierde brief over dijkversterking');
      assert.deepEqual(
        (await store.watches.feed(1, 2)).map((f) => f.key),
        ['kst-99701-4', 'kst-99701-3'],
      );
    });

    it('should remove a watch with what it found, and never give its id again', async () => {
      const token = (await store.watches.get(1))!.feedToken;
      assert.equal(await store.watches.remove(1), true);
      assert.equal(await store.watches.remove(1), false);
      assert.equal(await store.watches.get(1), null);
      assert.equal(await store.watches.byFeedToken(token), null);
      assert.deepEqual(await store.watches.feed(1), []);
      assert.deepEqual(await store.watches.due(1, T3), []);
      const next = await store.watches.add({ name: 'weer', query: 'dossier:99701', webhook: null, secret: null });
      assert.equal(next.id, 4, 'ids 1–3 were given before');
      assert.deepEqual((await store.watches.matches('dossier:99701', next.cursor)).papers, []);
    });

    it('should start a watch on an empty archive at cursor 0 and find the first paper', async () => {
      const empty = await open();
      try {
        const watch = await empty.watches.add({ name: 'leeg', query: 'dijkversterking', webhook: null, secret: null });
        assert.equal(watch.cursor, 0);
        assert.deepEqual(await empty.watches.matches('dijkversterking', 0), { through: 0, papers: [] });
        await empty.put(later.slice(0, 1));
        const found = await empty.watches.matches('dijkversterking', 0);
        assert.deepEqual(keys(found.papers), ['kst-99701-1']);
        const paper: FoundPaper | undefined = found.papers[0];
        assert.equal(found.through, paper?.docid);
      } finally {
        await empty.close();
      }
    });
  });
}
