/**
 * `runWatches` end to end, on SQLite and PostgreSQL (`GRIFFIE_TEST_DATABASE_URL`; that
 * half skips, saying why, without a server unless `GRIFFIE_REQUIRE_ALL=1`): papers
 * stored in an archive, a webhook receiver on a local port that checks Griffie's
 * signature, fails when told and hangs when told. Each paper reaches the receiver
 * exactly once; one ingested between runs comes in the next run only; a failed delivery
 * comes again on the next run with the same id; a changed paper is not sent again.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Document } from '../src/model/index.ts';
import { addWatch, retryAfter, runWatches, type WatchRunOptions } from '../src/pipeline/index.ts';
import { paper, withBody } from '../src/store/fixtures.ts';
import type { Store } from '../src/store/index.ts';
import { engines } from './support/stores.ts';
import { acceptedPapers, type Receiver, signatureValid, startReceiver } from './support/webhook-receiver.ts';

const SECRET = 'een-geheim-van-minstens-zestien-tekens';
const BASE = 'https://griffie.example.org';

/** A fictional letter of dossier 99801 (watched) or 99802 (not). */
function letter(dossier: '99801' | '99802', n: number, title: string): Document {
  return paper({
    id: `kst-${dossier}-${n}`,
    kind: 'kamerstuk',
    type: 'brief',
    dossiers: [{ number: dossier, title: dossier === '99801' ? 'Netcongestie' : 'Visserij' }],
    number: String(n),
    title,
    date: `2026-01-${String(n).padStart(2, '0')}`,
    citation: `Kamerstukken II 2025/26, ${dossier.slice(0, 2)} ${dossier.slice(2)}, nr. ${n}`,
    body: [`Brief nummer ${n} over ${title.toLowerCase()}.`],
  });
}

/** The delivery ids of the requests a receiver got, in order. */
const deliveryIds = (receiver: Receiver) => receiver.received.map((r) => String(r.headers['x-griffie-delivery']));

for (const engine of engines()) {
  describe(`runWatches (${engine.name})`, { skip: engine.skip }, () => {
    let store: Store;
    let receiver: Receiver;
    const quick: WatchRunOptions = { retryDelayMs: 5, baseUrl: BASE, userAgent: 'Griffie test' };
    before(async () => {
      store = await engine.open();
      receiver = await startReceiver();
      await store.put([letter('99801', 1, 'Eerste brief netcongestie')]);
      await addWatch(store, { query: 'dossier:99801', name: 'Netcongestie', webhook: receiver.url, secret: SECRET });
    });
    after(async () => {
      await receiver?.close();
      await store?.close();
    });

    it('should deliver nothing for the papers stored before the watch was added', async () => {
      const summary = await runWatches(store, quick);
      assert.deepEqual([summary.found, summary.delivered, summary.failed], [0, 0, 0]);
      assert.equal(receiver.received.length, 0);
      assert.notEqual((await store.watches.get(1))?.lastRunAt, null);
    });

    it('should POST a new matching paper once, signed, and nothing on the next run', async () => {
      await store.put([letter('99801', 2, 'Tweede brief netcongestie'), letter('99802', 1, 'Brief visserij')]);
      const summary = await runWatches(store, quick);
      assert.deepEqual([summary.found, summary.delivered, summary.failed], [1, 1, 0]);
      assert.equal(receiver.received.length, 1);
      const [request] = receiver.received;
      assert.equal(request?.method, 'POST');
      assert.equal(request?.path, '/hook');
      assert.equal(request?.headers['content-type'], 'application/json');
      assert.equal(request?.headers['user-agent'], 'Griffie test');
      assert.ok(signatureValid(request!, SECRET), 'the signature is the HMAC of the body');
      assert.equal(signatureValid(request!, `${SECRET}x`), false);
      const body = JSON.parse(request!.body);
      assert.deepEqual(body.watch, { id: 1, name: 'Netcongestie', query: 'dossier:99801' });
      assert.equal(body.delivery.id, request?.headers['x-griffie-delivery']);
      assert.equal(body.delivery.attempt, 1);
      assert.equal(
        String(Math.floor(Date.parse(body.delivery.sentAt) / 1000)),
        request?.headers['x-griffie-timestamp'],
      );
      assert.deepEqual(body.papers, [
        {
          id: 'kst-99801-2',
          title: 'Tweede brief netcongestie',
          type: 'brief',
          date: '2026-01-02',
          dossiers: [{ number: '99801', title: 'Netcongestie' }],
          citation: 'Kamerstukken II 2025/26, 99 801, nr. 2',
          url: `${BASE}/stuk/kst-99801-2`,
          path: '/stuk/kst-99801-2',
          source: null,
        },
      ]);
      const again = await runWatches(store, quick);
      assert.deepEqual([again.found, again.delivered], [0, 0]);
      assert.equal(receiver.received.length, 1, 'nothing is delivered twice');
    });

    it('should keep a failed delivery and send it again, with the same id, on the next run', async () => {
      receiver.answer = 500;
      await store.put([letter('99801', 3, 'Derde brief netcongestie')]);
      const failed = await runWatches(store, { ...quick, tries: 3 });
      assert.deepEqual([failed.found, failed.delivered, failed.failed], [1, 0, 1]);
      assert.equal(receiver.received.length, 4, 'three quick tries for a 500');
      const first = deliveryIds(receiver)[1];
      assert.deepEqual(deliveryIds(receiver).slice(1), [first, first, first]);
      const listed = await store.watches.get(1);
      assert.deepEqual([listed?.found, listed?.pending, listed?.failed], [2, 1, 0]);
      assert.match(listed?.lastError ?? '', /HTTP 500/);

      receiver.answer = 200;
      await store.put([letter('99801', 4, 'Vierde brief netcongestie')]);
      const retried = await runWatches(store, quick);
      assert.deepEqual([retried.found, retried.delivered, retried.failed], [1, 2, 0]);
      const [retry, fresh] = receiver.received.slice(4);
      assert.equal(retry?.headers['x-griffie-delivery'], first);
      assert.equal(JSON.parse(retry!.body).delivery.attempt, 2);
      assert.deepEqual(
        JSON.parse(fresh!.body).papers.map((p: { id: string }) => p.id),
        ['kst-99801-4'],
      );
      assert.ok(signatureValid(retry!, SECRET) && signatureValid(fresh!, SECRET));
      assert.deepEqual(acceptedPapers(receiver), ['kst-99801-2', 'kst-99801-3', 'kst-99801-4'], 'each exactly once');
      const settled = await store.watches.get(1);
      assert.deepEqual([settled?.pending, settled?.failed, settled?.lastError], [0, 0, null]);
      assert.equal((await runWatches(store, quick)).delivered, 0);
    });

    it('should not send a paper again when it changes', async () => {
      const before = receiver.received.length;
      const changed = withBody(letter('99801', 2, 'Tweede brief netcongestie'), ['Een verbeterde tekst.']);
      assert.deepEqual(await store.put([changed]), ['updated']);
      const summary = await runWatches(store, quick);
      assert.deepEqual([summary.found, summary.delivered], [0, 0]);
      assert.equal(receiver.received.length, before);
      assert.equal((await store.watches.get(1))?.cursor, (await store.watches.matches('dossier:99801', 0)).through);
    });

    it('should let two concurrent runs deliver each paper once', async () => {
      receiver.delayMs = 150;
      await store.put([letter('99801', 5, 'Vijfde brief netcongestie')]);
      const [a, b] = await Promise.all([runWatches(store, quick), runWatches(store, quick)]);
      receiver.delayMs = 0;
      assert.deepEqual([a.watches[0]?.status, b.watches[0]?.status].sort(), ['busy', 'ran']);
      assert.equal(a.delivered + b.delivered, 1);
      assert.deepEqual(acceptedPapers(receiver).slice(-1), ['kst-99801-5']);
      assert.equal(acceptedPapers(receiver).filter((id) => id === 'kst-99801-5').length, 1);
    });

    it('should give up after the last attempt, pausing longer between attempts, and say so', async () => {
      receiver.answer = 503;
      await store.put([letter('99801', 6, 'Zesde brief netcongestie')]);
      let clock = Date.parse('2030-01-01T00:00:00.000Z');
      const options: WatchRunOptions = { ...quick, tries: 1, maxAttempts: 3, now: () => new Date(clock) };
      const sent = () => receiver.received.filter((r) => r.body.includes('kst-99801-6')).length;
      assert.equal((await runWatches(store, options)).failed, 1);
      assert.equal((await runWatches(store, options)).failed, 1, 'due again at once after the first failure');
      assert.equal(sent(), 2);
      assert.equal((await runWatches(store, options)).failed, 0, 'then it waits');
      assert.equal(sent(), 2);
      clock += retryAfter(2, 3)!;
      const last = await runWatches(store, options);
      assert.deepEqual([last.failed, last.gaveUp], [0, 1]);
      assert.equal(sent(), 3);
      assert.match(last.watches[0]?.errors[0] ?? '', /gave up on a delivery of 1 paper after 3 attempts: .*HTTP 503/);
      const listed = await store.watches.get(1);
      assert.deepEqual([listed?.pending, listed?.failed], [0, 1]);
      clock += 24 * 3600_000;
      receiver.answer = 200;
      await runWatches(store, options);
      assert.equal(sent(), 3, 'a delivery given up is not sent again');
    });

    it('should give up waiting for a receiver that does not answer', async () => {
      receiver.answer = 0;
      await store.put([letter('99801', 7, 'Zevende brief netcongestie')]);
      const started = performance.now();
      const summary = await runWatches(store, { ...quick, tries: 1, timeoutMs: 300 });
      assert.ok(performance.now() - started < 5000);
      assert.equal(summary.failed, 1);
      assert.match(summary.watches[0]?.errors[0] ?? '', /did not answer within 0\.3 s/);
      receiver.answer = 200;
      await runWatches(store, quick);
      assert.equal(acceptedPapers(receiver).at(-1), 'kst-99801-7');
    });

    it('should say when the webhook cannot be reached, and keep the papers of a feed-only watch', async () => {
      await store.watches.remove(1);
      const closed = await startReceiver();
      const url = closed.url;
      await closed.close();
      await addWatch(store, { query: 'visserij', webhook: url, secret: SECRET });
      const { watch: feedOnly } = await addWatch(store, { query: 'dossier:99802' });
      await store.put([letter('99802', 2, 'Tweede brief visserij')]);
      const summary = await runWatches(store, { ...quick, tries: 1 });
      const [unreachable, feed] = summary.watches;
      assert.match(unreachable?.errors[0] ?? '', /could not be reached \(ECONNREFUSED\)/);
      assert.deepEqual([feed?.found, feed?.delivered, feed?.errors], [1, 0, []]);
      assert.deepEqual(
        (await store.watches.feed(feedOnly.id)).map((f) => f.key),
        ['kst-99802-2'],
      );
    });
  });
}
