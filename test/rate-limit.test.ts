/**
 * Rate limiting per client address (`src/server/rate-limit.ts`): through `app.request`
 * with a fake socket (the address `getConnInfo` reads) and a clock the test moves, and
 * once over a real socket. The store is the same on both engines here (the limiter
 * never touches it), so these run on SQLite only; the limits that do reach the store
 * are in `security.test.ts`.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import {
  createApp,
  type RateLimitSettings,
  rateLimitFromEnv,
  type ServerDeps,
  startServer,
} from '../src/server/index.ts';
import { TokenBuckets } from '../src/server/token-buckets.ts';
import { fixturePapers } from '../src/store/fixtures.ts';
import type { Store } from '../src/store/index.ts';
import { engines } from './support/stores.ts';

const sqlite = engines().find((e) => e.name === 'sqlite')!;

/** The bindings `@hono/node-server` gives a request that came from `address`. */
const from = (address: string) => ({
  incoming: {
    socket: { remoteAddress: address, remotePort: 50_000, remoteFamily: address.includes(':') ? 'IPv6' : 'IPv4' },
  },
});

describe('rate limiting per client address', () => {
  let store: Store;
  let clock = 0;
  const deps = (rateLimit: RateLimitSettings): ServerDeps => ({
    store,
    version: 'test',
    holdsExamples: async () => false,
    rateLimit: { now: () => clock, ...rateLimit },
  });
  /** An app allowing 3 searches (and 12 other reads) a minute. */
  const strict = (extra: Partial<RateLimitSettings> = {}): Hono =>
    createApp(deps({ searchesPerMinute: 3, trustProxy: 0, ...extra }));

  before(async () => {
    store = await sqlite.open();
    await store.put(fixturePapers());
  });
  after(async () => {
    await store?.close();
  });

  it('should answer searches over the limit with 429, Retry-After and RateLimit headers, in the API, the pages and the feeds', async () => {
    const app = strict();
    const client = from('203.0.113.5');
    for (const remaining of [2, 1, 0]) {
      const res = await app.request('/api/v1/search?q=imam', {}, client);
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('RateLimit-Policy'), '"search";q=3;w=60');
      assert.match(res.headers.get('RateLimit') ?? '', new RegExp(`^"search";r=${remaining};t=\\d+$`));
    }
    const refused = await app.request('/api/v1/search?q=imam', {}, client);
    assert.equal(refused.status, 429);
    assert.match(refused.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
    assert.equal(refused.headers.get('Retry-After'), '20', 'one search comes back every 60/3 s');
    assert.match(refused.headers.get('RateLimit') ?? '', /^"search";r=0;t=60$/);
    const problem = (await refused.json()) as { status: number; title: string; detail: string };
    assert.equal(problem.status, 429);
    assert.match(problem.detail, /at most 3 a minute; try again in 20 s/);
    assert.equal('nl' in problem, false, 'the API speaks English');

    const page = await app.request('/zoeken?q=imam', {}, client);
    assert.equal(page.status, 429);
    assert.equal(page.headers.get('Retry-After'), '20');
    const html = await page.text();
    assert.match(html, /<title>Te veel verzoeken/);
    assert.match(html, /Even geduld/);
    assert.match(html, /hooguit 3 per minuut\)\. Probeer het over 20 seconden opnieuw\./);
    const feed = await app.request('/feeds/search.atom?q=imam', {}, client);
    assert.equal(feed.status, 429);
    assert.match(feed.headers.get('Content-Type') ?? '', /^application\/problem\+json/);

    assert.equal((await app.request('/api/v1/search?q=imam', {}, from('198.51.100.7'))).status, 200, 'another client');
    clock += 20_000;
    assert.equal((await app.request('/api/v1/search?q=imam', {}, client)).status, 200, 'a token came back');
    assert.equal((await app.request('/api/v1/search?q=imam', {}, client)).status, 429);
    const openApi = (await (await app.request('/api/openapi.json')).json()) as {
      paths: Record<string, { get: { responses: Record<string, unknown> } }>;
    };
    assert.ok(openApi.paths['/search']?.get.responses['429'], 'the API documents its 429');
  });

  it('should count other reads apart from searches, four times as many', async () => {
    const app = strict();
    const client = from('203.0.113.6');
    for (let i = 0; i < 12; i++)
      assert.equal((await app.request('/stuk/kst-99001-1', {}, client)).status, 200, `read ${i}`);
    const refused = await app.request('/api/v1/documents/kst-99001-1', {}, client);
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('RateLimit-Policy'), '"read";q=12;w=60');
    assert.equal(refused.headers.get('Retry-After'), '5');
    assert.equal((await app.request('/feeds/search.atom?q=imam', {}, client)).status, 200, 'searches are left');
  });

  it('should not count a 304, a static file, the OpenAPI document or a write', async () => {
    const app = strict();
    const client = from('203.0.113.7');
    const first = await app.request('/api/v1/search?q=imam', {}, client);
    const etag = first.headers.get('ETag');
    assert.ok(etag);
    for (let i = 0; i < 10; i++) {
      const again = await app.request('/api/v1/search?q=imam', { headers: { 'If-None-Match': etag } }, client);
      assert.equal(again.status, 304);
    }
    const home = await (await app.request('/', {}, client)).text();
    const css = /href="(\/static\/[^"]+\.css)"/.exec(home)?.[1];
    assert.ok(css);
    for (let i = 0; i < 20; i++) assert.equal((await app.request(css, {}, client)).status, 200);
    for (let i = 0; i < 20; i++) assert.equal((await app.request('/api/openapi.json', {}, client)).status, 200);
    for (let i = 0; i < 5; i++) {
      const post = await app.request('/api/v1/documents', { method: 'POST', body: 'x' }, client);
      assert.equal(post.status, 403, 'refused for having no token, not for the rate');
    }
    const next = await app.request('/api/v1/search?q=inburgering', {}, client);
    assert.match(next.headers.get('RateLimit') ?? '', /^"search";r=1;/, 'only the first search counted');
  });

  it('should count an IPv6 client by its /64 network, and an IPv4-mapped address as IPv4', async () => {
    const app = strict();
    for (const address of ['2001:db8:1:2::1', '2001:db8:1:2:ffff:ffff:ffff:fffe', '2001:0db8:0001:0002::9'])
      assert.equal((await app.request('/zoeken?q=imam', {}, from(address))).status, 200, address);
    assert.equal((await app.request('/zoeken?q=imam', {}, from('2001:db8:1:2::abcd'))).status, 429);
    assert.equal((await app.request('/zoeken?q=imam', {}, from('2001:db8:1:3::1'))).status, 200, 'the next /64');
    for (let i = 0; i < 3; i++) await app.request('/zoeken?q=imam', {}, from('192.0.2.44'));
    assert.equal((await app.request('/zoeken?q=imam', {}, from('::ffff:192.0.2.44'))).status, 429);
  });

  it('should not limit this machine, unless told to, nor a request without a socket', async () => {
    const app = strict();
    for (const address of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'])
      for (let i = 0; i < 6; i++) assert.equal((await app.request('/zoeken?q=imam', {}, from(address))).status, 200);
    for (let i = 0; i < 6; i++) assert.equal((await app.request('/zoeken?q=imam')).status, 200);
    const loopback = strict({ limitLoopback: true });
    for (let i = 0; i < 3; i++) await loopback.request('/zoeken?q=imam', {}, from('::1'));
    assert.equal((await loopback.request('/zoeken?q=imam', {}, from('::1'))).status, 429);
  });

  it('should believe X-Forwarded-For only behind a trusted proxy, and only the hop the proxy added', async () => {
    const direct = strict();
    const spoofer = from('203.0.113.8');
    for (let i = 0; i < 3; i++)
      await direct.request('/zoeken?q=imam', { headers: { 'X-Forwarded-For': `198.51.100.${i}` } }, spoofer);
    const spoofed = await direct.request(
      '/zoeken?q=imam',
      { headers: { 'X-Forwarded-For': '198.51.100.99' } },
      spoofer,
    );
    assert.equal(spoofed.status, 429, 'without a trusted proxy the header changes nothing');

    const proxied = strict({ trustProxy: 1 });
    const proxy = from('127.0.0.1');
    const via = (chain: string) => proxied.request('/zoeken?q=imam', { headers: { 'X-Forwarded-For': chain } }, proxy);
    for (let i = 0; i < 3; i++) assert.equal((await via(`10.9.9.${i}, 203.0.113.9`)).status, 200);
    assert.equal((await via('10.9.9.77, 203.0.113.9')).status, 429, 'a made-up first hop does not help');
    assert.equal((await via('203.0.113.10')).status, 200, 'another client behind the proxy');
    assert.equal((await via('not an address')).status, 200, 'a bad header falls back to the proxy, which is local');
  });

  it('should be off with GRIFFIE_RATE_LIMIT=0, and read its settings from the environment', async () => {
    const off = createApp(deps(rateLimitFromEnv({ GRIFFIE_RATE_LIMIT: '0' })));
    for (let i = 0; i < 10; i++) {
      const res = await off.request('/api/v1/search?q=imam', {}, from('203.0.113.11'));
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('RateLimit'), null);
    }
    assert.deepEqual(rateLimitFromEnv({}), { searchesPerMinute: 120, trustProxy: 0 });
    assert.deepEqual(rateLimitFromEnv({ GRIFFIE_RATE_LIMIT: ' 30 ', GRIFFIE_TRUST_PROXY: 'true' }), {
      searchesPerMinute: 30,
      trustProxy: 1,
    });
    assert.equal(rateLimitFromEnv({ GRIFFIE_TRUST_PROXY: '2' }).trustProxy, 2);
    assert.equal(rateLimitFromEnv({ GRIFFIE_TRUST_PROXY: 'false' }).trustProxy, 0);
    for (const bad of ['many', '-1', '1.5', '1e3', '99999999'])
      assert.throws(() => rateLimitFromEnv({ GRIFFIE_RATE_LIMIT: bad }), /GRIFFIE_RATE_LIMIT must be a whole number/);
    for (const bad of ['maybe', '11', '-1'])
      assert.throws(() => rateLimitFromEnv({ GRIFFIE_TRUST_PROXY: bad }), /GRIFFIE_TRUST_PROXY must be/);
  });

  it('should limit a client over a real socket (getConnInfo)', async () => {
    const limited = await startServer(deps({ searchesPerMinute: 2, trustProxy: 0, limitLoopback: true }), { port: 0 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${limited.url}/api/v1/search?q=imam`);
        await res.arrayBuffer();
        statuses.push(res.status);
      }
      assert.deepEqual(statuses, [200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('TokenBuckets', () => {
  it('should fill a bucket at its rate up to a minute of requests, and say when to come back', () => {
    let now = 0;
    const buckets = new TokenBuckets([{ name: 'search', perMinute: 60 }], 10, () => now);
    for (let i = 0; i < 60; i++) assert.equal(buckets.take('a', 0).allowed, true);
    const refused = buckets.take('a', 0);
    assert.deepEqual(refused, { allowed: false, remaining: 0, resetSeconds: 60, retryAfterSeconds: 1 });
    now += 10_000;
    const later = buckets.take('a', 0);
    assert.equal(later.allowed, true);
    assert.equal(later.remaining, 9);
    now += 3_600_000;
    assert.equal(buckets.take('a', 0).remaining, 59, 'never more than a minute of requests');
  });

  it('should remember at most maxClients, forgetting the least recently seen first', () => {
    const buckets = new TokenBuckets([{ name: 'search', perMinute: 2 }], 3, () => 0);
    for (const key of ['a', 'b', 'c']) {
      buckets.take(key, 0);
      buckets.take(key, 0);
    }
    assert.equal(buckets.take('a', 0).allowed, false, 'a is spent, and now the most recently seen');
    buckets.take('d', 0);
    assert.equal(buckets.size, 3);
    assert.equal(buckets.take('a', 0).allowed, false, 'a was kept');
    assert.equal(buckets.take('b', 0).allowed, true, 'b was forgotten, so it starts again');
    for (let i = 0; i < 10_000; i++) buckets.take(`client-${i}`, 0);
    assert.equal(buckets.size, 3);
  });

  it('should refuse settings that make no sense', () => {
    assert.throws(() => new TokenBuckets([{ name: 'x', perMinute: 0 }]), TypeError);
    assert.throws(() => new TokenBuckets([{ name: 'x', perMinute: 1 }], 0), TypeError);
  });
});
