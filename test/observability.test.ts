/**
 * Health and observability of the server on both engines: `/healthz` (the archive
 * answers, the age of the last sync, `stale` past a largest age, `error` when the
 * archive fails), and one structured log line per request carrying its request id,
 * the client's own id kept when it is plain.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import { createApp, type Health, type ServerDeps } from '../src/server/index.ts';
import { fixturePapers } from '../src/store/fixtures.ts';
import type { Store } from '../src/store/index.ts';
import { engines } from './support/stores.ts';

/** A pino logger into an array of parsed lines. */
function capturingLogger(): { logger: pino.Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) if (line.trim() !== '') lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, sink), lines };
}

for (const engine of engines()) {
  describe(`health and request logs (${engine.name})`, { skip: engine.skip }, () => {
    let store: Store;
    const deps = (extra: Partial<ServerDeps> = {}): ServerDeps => ({
      store,
      version: 'test',
      holdsExamples: async () => false,
      rateLimit: { searchesPerMinute: 0, trustProxy: 0 },
      ...extra,
    });

    before(async () => {
      store = await engine.open();
      await store.put(fixturePapers());
    });
    after(async () => {
      await store?.close();
    });

    it('should answer ok with the papers, uncached, before any sync', async () => {
      const res = await createApp(deps()).request('/healthz');
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('cache-control'), 'no-store');
      const health = (await res.json()) as Health;
      assert.equal(health.status, 'ok');
      assert.equal(health.papers, fixturePapers().length);
      assert.equal(health.lastSyncAgeSeconds, null);
      assert.deepEqual(health.syncs, []);
    });

    it('should give the age of the newest sync, and be stale past the largest age', async () => {
      await store.saveCheckpoint({ source: 'ob', stream: 'kamerstuk', value: '2025-01-01', latest: null });
      const fresh = (await (await createApp(deps()).request('/healthz')).json()) as Health;
      assert.equal(fresh.status, 'ok');
      assert.equal(fresh.syncs.length, 1);
      assert.equal(fresh.syncs[0]?.source, 'ob');
      assert.ok(fresh.lastSyncAgeSeconds !== null && fresh.lastSyncAgeSeconds < 60, String(fresh.lastSyncAgeSeconds));

      // A largest age of one second, a sync two seconds old.
      await new Promise((resolve) => setTimeout(resolve, 2100));
      const res = await createApp(deps({ maxSyncAgeSeconds: 1 })).request('/healthz');
      assert.equal(res.status, 503);
      const stale = (await res.json()) as Health;
      assert.equal(stale.status, 'stale');
      assert.match(stale.reason ?? '', /the last sync was \d+ s ago, more than 1 s/);
    });

    it('should answer 503 error, in words, when the archive does not answer', async () => {
      const broken: Store = new Proxy(store, {
        get(target, key, receiver) {
          if (key === 'stats') return async () => Promise.reject(new Error('disk I/O error'));
          return Reflect.get(target, key, receiver);
        },
      });
      const res = await createApp(deps({ store: broken })).request('/healthz');
      assert.equal(res.status, 503);
      const health = (await res.json()) as Health;
      assert.equal(health.status, 'error');
      assert.equal(health.papers, null);
      assert.equal(health.reason, 'the archive does not answer: disk I/O error');
    });

    it('should log one line a request with its id, and send the id back', async () => {
      const { logger, lines } = capturingLogger();
      const app = createApp(deps({ logger }));
      const res = await app.request('/api/v1/search?q=imam');
      assert.equal(res.status, 200);
      const id = res.headers.get('x-request-id') ?? '';
      assert.match(id, /^[0-9a-f-]{36}$/);
      const own = await app.request('/zoeken?q=imam', { headers: { 'X-Request-Id': 'lb-4711.a' } });
      assert.equal(own.headers.get('x-request-id'), 'lb-4711.a');
      const hostile = await app.request('/healthz', { headers: { 'X-Request-Id': `<script>${'x'.repeat(80)}` } });
      assert.match(hostile.headers.get('x-request-id') ?? '', /^[0-9a-f-]{36}$/, 'a hostile id is replaced');
      await app.request('/bestaat-niet');

      const requests = lines.filter((line) => line.msg === 'request');
      assert.deepEqual(
        requests.map((line) => [line.method, line.path, line.status]),
        [
          ['GET', '/api/v1/search', 200],
          ['GET', '/zoeken', 200],
          ['GET', '/healthz', 200],
          ['GET', '/bestaat-niet', 404],
        ],
      );
      assert.equal(requests[0]?.reqId, id);
      assert.equal(requests[1]?.reqId, 'lb-4711.a');
      for (const line of requests) assert.equal(typeof line.ms, 'number');
    });

    it('should log a failed request with its id and the error, and tell the client nothing of it', async () => {
      const { logger, lines } = capturingLogger();
      const broken: Store = new Proxy(store, {
        get(target, key, receiver) {
          if (key === 'search') return async () => Promise.reject(new Error('secret internal detail'));
          return Reflect.get(target, key, receiver);
        },
      });
      const res = await createApp(deps({ store: broken, logger })).request('/api/v1/search?q=imam');
      assert.equal(res.status, 500);
      assert.doesNotMatch(await res.text(), /secret internal detail/);
      const failed = lines.find((line) => line.msg === 'request failed');
      assert.ok(failed, JSON.stringify(lines));
      assert.equal(failed.reqId, res.headers.get('x-request-id'));
      assert.match(JSON.stringify(failed.err), /secret internal detail/);
    });
  });
}
