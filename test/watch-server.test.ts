/**
 * Watches through the server, on SQLite and PostgreSQL (`GRIFFIE_TEST_DATABASE_URL`;
 * that half skips, saying why, without a server unless `GRIFFIE_REQUIRE_ALL=1`):
 * `/api/v1/watches` behind the bearer token (403 without one configured, 401 with a
 * wrong one, the secret shown once and never listed, no caching), a watch's Atom feed
 * (valid by RFC 4287, 404 for an unknown token, conditional GET that notices a run),
 * and the `/volgen` page (no form).
 *
 * @module
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import type { Document } from '../src/model/index.ts';
import { runWatches } from '../src/pipeline/index.ts';
import { createApp } from '../src/server/index.ts';
import { paper } from '../src/store/fixtures.ts';
import type { Store } from '../src/store/index.ts';
import { parseAtom } from './support/atom.ts';
import { engines } from './support/stores.ts';

const TOKEN = 'watch-test-token-0123456789';
const ORIGIN = 'http://griffie.test';
const AUTH = { Authorization: `Bearer ${TOKEN}` };

/** A fictional letter of dossier 99901. */
function letter(n: number, title: string, date: string | null): Document {
  return paper({
    id: `kst-99901-${n}`,
    kind: 'kamerstuk',
    type: 'brief',
    dossiers: [{ number: '99901', title: 'Voorbeeldwet & <ruimte>' }],
    number: String(n),
    title,
    date,
    sender: { role: 'minister', portfolio: 'Volkshuisvesting', name: 'J. Jansen' },
    body: [`Eerste alinea van brief ${n} over woningbouw.`],
  });
}

/** A problem+json answer's members the tests read. */
const problem = async (response: Response) => (await response.json()) as { title: string; detail: string };

/** The answer to a POST /watches. */
interface Created {
  secret?: string;
  watch: { id: number; signed: boolean; feed: string };
}

/** The parts of the OpenAPI document the tests read. */
interface OpenApi {
  paths: Record<string, Record<string, { security?: unknown }>>;
  components: { schemas: Record<string, { properties: Record<string, unknown> }> };
}

const json = (body: unknown) => ({
  method: 'POST',
  headers: { ...AUTH, 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

for (const engine of engines()) {
  describe(`watches in the server (${engine.name})`, { skip: engine.skip }, () => {
    let store: Store;
    let app: Hono;
    const request = (path: string, init?: RequestInit) => app.request(`${ORIGIN}${path}`, init);
    before(async () => {
      store = await engine.open();
      await store.put([letter(1, 'Brief voor de opdracht', '2026-01-01')]);
      app = createApp({ store, version: 'test', token: TOKEN, holdsExamples: async () => false, rateLimit: undefined });
    });
    after(() => store?.close());

    it('should refuse every watch route without the right token, and all of them when writing is off', async () => {
      for (const [path, init] of [
        ['/api/v1/watches', undefined],
        ['/api/v1/watches', json({ query: 'dossier:99901' })],
        ['/api/v1/watches/1', { method: 'DELETE' }],
      ] as const) {
        const none = await request(path, { ...init, headers: { 'Content-Type': 'application/json' } });
        assert.equal(none.status, 401, `${init?.method ?? 'GET'} ${path}`);
        assert.match(none.headers.get('WWW-Authenticate') ?? '', /Bearer/);
        const wrong = await request(path, {
          ...init,
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}x` },
        });
        assert.equal(wrong.status, 401);
        assert.equal((await problem(wrong)).title, 'Unauthorized');
      }
      const closed = createApp({ store, version: 'test', holdsExamples: async () => false, rateLimit: undefined });
      const off = await closed.request(`${ORIGIN}/api/v1/watches`, { headers: AUTH });
      assert.equal(off.status, 403);
      assert.match((await problem(off)).detail, /no GRIFFIE_API_TOKEN/);
      assert.deepEqual(await store.watches.list(), [], 'nothing was added');
    });

    it('should add a watch, show its made secret once, and list it without the secret', async () => {
      const created = await request(
        '/api/v1/watches',
        json({ query: 'dossier:99901', name: 'Woningbouw', webhook: 'https://example.org/haak' }),
      );
      assert.equal(created.status, 201);
      assert.equal(created.headers.get('Cache-Control'), 'no-store');
      const body = (await created.json()) as Created;
      const secret = body.secret ?? '';
      assert.match(secret, /^[A-Za-z0-9_-]{43}$/);
      assert.equal(body.watch.id, 1);
      assert.equal(body.watch.signed, true);
      assert.match(body.watch.feed, /^\/feeds\/watch\/[A-Za-z0-9_-]{32}\.atom$/);
      const given = await request(
        '/api/v1/watches',
        json({ query: 'woningbouw', webhook: 'http://127.0.0.1:9/h', secret: 'zelfgekozen-geheim-1' }),
      );
      assert.equal(given.status, 201);
      assert.equal('secret' in ((await given.json()) as Created), false, 'a given secret is not echoed');
      const listed = await request('/api/v1/watches', { headers: { ...AUTH, 'If-None-Match': '*' } });
      assert.equal(listed.status, 200, 'never a 304');
      assert.equal(listed.headers.get('Cache-Control'), 'no-store');
      assert.equal(listed.headers.get('ETag'), null);
      const text = await listed.text();
      assert.doesNotMatch(text, new RegExp(secret));
      assert.doesNotMatch(text, /zelfgekozen/);
      const list = JSON.parse(text);
      assert.equal(list.total, 2);
      assert.deepEqual(
        list.items.map((w: { id: number; name: string; webhook: string | null }) => [w.id, w.name, w.webhook]),
        [
          [1, 'Woningbouw', 'https://example.org/haak'],
          [2, 'woningbouw', 'http://127.0.0.1:9/h'],
        ],
      );
    });

    it('should refuse a watch it cannot run, saying why', async () => {
      const cases: [unknown, RegExp][] = [
        [{ query: 'dossier:99901 (' }, /the query cannot be read: .*at character/],
        [{ query: '   ' }, /give a query/],
        [{ query: 'x', webhook: 'ftp://example.org/' }, /http:\/\/ or https:\/\//],
        [{ query: 'x', webhook: 'https://user:pw@example.org/' }, /user name or password/],
        [{ query: 'x', webhook: 'geen adres' }, /not a web address/],
        [{ query: 'x', secret: 'zestien-tekens-lang' }, /give a webhook too/],
        [{ query: 'x', webhook: 'https://example.org/', secret: 'kort' }, /secret/],
        [{ name: 'zonder zoekvraag' }, /query/],
      ];
      for (const [input, why] of cases) {
        const response = await request('/api/v1/watches', json(input));
        assert.equal(response.status, 400, JSON.stringify(input));
        assert.equal(response.headers.get('Content-Type'), 'application/problem+json; charset=utf-8');
        assert.match((await problem(response)).detail, why, JSON.stringify(input));
      }
      const malformed = await request('/api/v1/watches', { ...json({}), body: '{"query":' });
      assert.equal(malformed.status, 400);
      assert.equal((await store.watches.list()).length, 2);
    });

    it('should remove a watch, and say when there is none', async () => {
      const gone = await request('/api/v1/watches/2', { method: 'DELETE', headers: AUTH });
      assert.equal(gone.status, 204);
      const again = await request('/api/v1/watches/2', { method: 'DELETE', headers: AUTH });
      assert.equal(again.status, 404);
      assert.equal((await request('/api/v1/watches/nul', { method: 'DELETE', headers: AUTH })).status, 400);
      assert.deepEqual(
        (await store.watches.list()).map((w) => w.id),
        [1],
      );
    });

    it('should document the routes with their bearer token in the OpenAPI document', async () => {
      const doc = (await (await request('/api/openapi.json')).json()) as OpenApi;
      const list = doc.paths['/watches'] ?? {};
      const one = doc.paths['/watches/{id}'] ?? {};
      assert.deepEqual(Object.keys(list).sort(), ['get', 'post']);
      assert.deepEqual(Object.keys(one), ['delete']);
      for (const op of [list.get, list.post, one.delete]) assert.deepEqual(op?.security, [{ bearer: [] }]);
      assert.equal('secret' in (doc.components.schemas.Watch?.properties ?? { secret: 1 }), false);
    });

    it("should serve a watch's feed: valid Atom, newest found first, conditional GET that sees each run", async () => {
      const [watch] = await store.watches.list();
      const path = `/feeds/watch/${watch!.feedToken}.atom`;
      const empty = await request(path);
      assert.equal(empty.status, 200);
      assert.equal(empty.headers.get('Content-Type'), 'application/atom+xml; charset=utf-8');
      assert.equal(empty.headers.get('Cache-Control'), 'private, max-age=300');
      const emptyFeed = parseAtom(await empty.text());
      assert.deepEqual(emptyFeed.entries, [], 'papers stored before the watch are not in it');
      assert.equal(emptyFeed.title, 'Griffie — volgen: Woningbouw');
      const etag = empty.headers.get('ETag')!;
      assert.equal((await request(path, { headers: { 'If-None-Match': etag } })).status, 304);

      await store.put([letter(2, 'Tweede brief <woningbouw> & meer', '2026-01-02'), letter(3, 'Derde brief', null)]);
      const stale = await request(path, { headers: { 'If-None-Match': etag } });
      assert.equal(stale.status, 200, 'a changed archive changes the ETag');
      const beforeRun = stale.headers.get('ETag')!;
      assert.deepEqual(parseAtom(await stale.text()).entries, [], 'not found before a run');

      const summary = await runWatches(store, { tries: 1, timeoutMs: 200 });
      assert.equal(summary.found, 2);
      const fresh = await request(path, { headers: { 'If-None-Match': beforeRun } });
      assert.equal(fresh.status, 200, 'a run that found papers changes the ETag, the papers unchanged');
      const feed = parseAtom(await fresh.text());
      assert.deepEqual(
        feed.entries.map((e) => e.id),
        ['tag:griffie,2026:kst-99901-3', 'tag:griffie,2026:kst-99901-2'],
      );
      assert.equal(feed.entries[1]?.title, 'Tweede brief &lt;woningbouw&gt; &amp; meer');
      assert.match(feed.entries[1]?.content ?? '', /<p>Brief · 2 januari 2026<\/p>/);
      assert.equal(feed.entries[0]?.links[0]?.href, `${ORIGIN}/stuk/kst-99901-3`);
      assert.equal(feed.entries[0]?.updated, feed.entries[0]?.published);
      assert.ok(
        feed.links.some((l) => l.rel === 'alternate' && l.href === `${ORIGIN}/zoeken?q=dossier%3A99901`),
        'the feed links the search of its query',
      );
      const limited = parseAtom(await (await request(`${path}?limit=1`)).text());
      assert.deepEqual(
        limited.entries.map((e) => e.id),
        ['tag:griffie,2026:kst-99901-3'],
      );
      const same = await request(path);
      assert.equal(await same.text(), await (await request(path)).text(), 'an unchanged feed is the same bytes');
    });

    it('should answer an unknown or malformed feed token with 404, and a removed watch too', async () => {
      for (const file of ['A'.repeat(32), 'x', "..%2F..%2Fetc'"]) {
        const response = await request(`/feeds/watch/${file}.atom`);
        assert.equal(response.status, 404, file);
        assert.equal(response.headers.get('Content-Type'), 'application/problem+json; charset=utf-8');
      }
      assert.equal((await request('/feeds/watch/abc')).status, 404);
      const [watch] = await store.watches.list();
      const path = `/feeds/watch/${watch!.feedToken}.atom`;
      const etag = (await request(path)).headers.get('ETag')!;
      await store.watches.remove(watch!.id);
      assert.equal((await request(path, { headers: { 'If-None-Match': etag } })).status, 404);
    });

    it('should explain following on /volgen, in Dutch, without a form', async () => {
      const response = await request('/volgen');
      assert.equal(response.status, 200);
      const html = await response.text();
      assert.match(html, /<h1>Volgen<\/h1>/);
      assert.match(html, /geen accounts/);
      assert.match(html, /griffie watch add/);
      assert.doesNotMatch(html, /<form(?![^>]*role="search")/, 'no form but the search box');
      const search = await (await request('/zoeken?q=woningbouw')).text();
      assert.match(search, /href="\/volgen"/);
      const dossier = await (await request('/dossier/99901')).text();
      assert.match(dossier, /href="\/volgen"/);
    });
  });
}
