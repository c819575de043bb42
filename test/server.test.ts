/**
 * The web server through `app.request` (no network), on both storage engines: the REST
 * API and its OpenAPI document, problem+json errors, paging links, conditional GET,
 * CORS, writing with a bearer token, the Dutch pages, escaping and the security
 * headers, and that no internal detail reaches a client.
 *
 * The papers are the store fixtures (fictional, dossiers from 99 001), plus one with
 * markup in every text field.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import pino from 'pino';
import type { Document } from '../src/model/index.ts';
import { createApp, type ServerDeps } from '../src/server/index.ts';
import { fixturePapers, paper } from '../src/store/fixtures.ts';
import type { Store } from '../src/store/index.ts';
import { engines } from './support/stores.ts';

const TOKEN = 'test-token-0123456789abcdef';
const XSS = '<script>window.__xss=1</script>"><img src=x onerror="window.__xss=2">';

/** A paper with markup in its title, body, footnote and reference text. */
function hostilePaper(): Document {
  return paper({
    id: 'kst-99009-1',
    kind: 'kamerstuk',
    type: 'brief',
    dossiers: [{ number: '99009', title: `Dossier ${XSS}` }],
    number: '1',
    title: `Brief over zeehonden ${XSS}`,
    date: '2022-02-02',
    citation: `Kamerstukken II 2021/22, 99 009, nr. 1 ${XSS}`,
    body: [`De zeehondencrèche ${XSS} en verder.`],
    footnotes: [{ marker: '1', text: `Zie ${XSS}` }],
    references: [{ kind: 'kamerstuk', target: 'kst-99001-1', text: XSS }],
  });
}

/** A short fictional Kamerstuk in the text layout of the official PDFs. */
function letterText(number: number, extra = ''): string {
  return [
    'Tweede Kamer der Staten-Generaal 2',
    'Vergaderjaar 2021–2022',
    '99 008 Toekomst van de zeehondenopvang',
    `Nr. ${number} BRIEF VAN DE MINISTER VAN LANDBOUW, NATUUR EN VOEDSELKWALITEIT`,
    'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
    'Den Haag, 3 maart 2022',
    `Hierbij informeer ik uw Kamer over de opvang van zeehonden in de Waddenzee. ${extra}`,
    'De Minister van Landbouw, Natuur en Voedselkwaliteit,',
    'K.L. Zeevaarder',
    `Tweede Kamer, vergaderjaar 2021–2022, 99 008, nr. ${number} 1`,
  ].join('\n');
}

for (const engine of engines()) {
  describe(`web server (${engine.name})`, { skip: engine.skip }, () => {
    let store: Store;
    let app: Hono;
    let holdsExamples = false;
    const deps = (): ServerDeps => ({
      store,
      version: 'test',
      token: TOKEN,
      holdsExamples: async () => holdsExamples,
      maxUploadBytes: 64 * 1024,
    });

    before(async () => {
      store = await engine.open();
      await store.put([...fixturePapers(), hostilePaper()]);
      app = createApp(deps());
    });
    after(async () => {
      await store?.close();
    });

    const json = async (path: string, init?: RequestInit) => {
      const res = await app.request(path, init);
      return { res, body: (await res.json()) as Record<string, unknown> };
    };
    const html = async (path: string, init?: RequestInit) => {
      const res = await app.request(path, init);
      return { res, text: await res.text() };
    };

    describe('GET /api/v1/search', () => {
      it('should answer the query language with hits, facets over all matches, and links', async () => {
        const { res, body } = await json('/api/v1/search?q=dossier:99001&limit=2&sort=date');
        assert.equal(res.status, 200);
        assert.equal(body.total, 3);
        const hits = body.hits as { id: string; href: string; page: string; date: string }[];
        assert.deepEqual(
          hits.map((h) => h.id),
          ['kst-99001-3', 'kst-99001-2'],
        );
        assert.equal(hits[0]!.href, '/api/v1/documents/kst-99001-3');
        assert.equal(hits[0]!.page, '/stuk/kst-99001-3');
        const facets = body.facets as { type: { value: string; count: number }[] };
        assert.deepEqual(
          [...facets.type].sort((a, b) => a.value.localeCompare(b.value)),
          [
            { value: 'amendement', count: 1 },
            { value: 'brief', count: 1 },
            { value: 'motie', count: 1 },
          ],
        );
        assert.equal(body.next, '/api/v1/search?q=dossier%3A99001&limit=2&sort=date&offset=2');
        assert.equal(body.prev, null);
        assert.match(res.headers.get('Link') ?? '', /offset=2>; rel="next"/);
        const last = await json(body.next as string);
        assert.deepEqual(
          (last.body.hits as { id: string }[]).map((h) => h.id),
          ['kst-99001-1'],
        );
        assert.equal(last.body.next, null);
      });

      it('should find Dutch word forms and mark them in the snippet', async () => {
        const { body } = await json('/api/v1/search?q=imamopleiding');
        const hits = body.hits as { id: string; snippet: string }[];
        assert.ok(hits.some((h) => h.id === 'kst-99001-1'));
        assert.match(hits.find((h) => h.id === 'kst-99001-1')!.snippet, /<mark>imamopleidingen<\/mark>/);
      });

      it('should answer a bad query with a 400 problem that says where', async () => {
        const { res, body } = await json('/api/v1/search?q=%22open');
        assert.equal(res.status, 400);
        assert.match(res.headers.get('Content-Type') ?? '', /^application\/problem\+json/);
        assert.equal(body.title, 'Invalid query');
        assert.equal(body.status, 400);
        assert.match(String(body.detail), /unclosed quote/);
        assert.equal(body.position, 0);
      });

      it('should refuse bad parameters by name with 400', async () => {
        for (const [path, field] of [
          ['/api/v1/search?q=a&limit=500', 'limit'],
          ['/api/v1/search?q=a&sort=random', 'sort'],
          ['/api/v1/search?q=a&offset=-1', 'offset'],
          ['/api/v1/search', 'q'],
        ] as const) {
          const { res, body } = await json(path);
          assert.equal(res.status, 400, path);
          assert.match(String(body.detail), new RegExp(`^${field}: `), path);
        }
        const deep = await json('/api/v1/search?q=brief&offset=9990&limit=20');
        assert.equal(deep.res.status, 400);
        assert.equal(deep.body.title, 'Too deep');
      });
    });

    describe('GET /api/v1/documents', () => {
      it('should return the whole document, and 404 as a problem for an unknown id', async () => {
        const { res, body } = await json('/api/v1/documents/kst-99001-1');
        assert.equal(res.status, 200);
        assert.equal(body.title, 'Brief over imamopleidingen en inburgering');
        assert.equal((body.blocks as unknown[]).length, 3);
        const missing = await json('/api/v1/documents/kst-1-1');
        assert.equal(missing.res.status, 404);
        assert.match(missing.res.headers.get('Content-Type') ?? '', /problem\+json/);
        assert.equal(missing.body.detail, 'no paper kst-1-1 in the archive');
      });

      it('should say of each reference whether the archive holds it, and where it leads', async () => {
        const { body } = await json('/api/v1/documents/kst-99001-1/references');
        const refs = body.references as { target: string; inArchive: boolean; page: string | null; official: string }[];
        assert.deepEqual(
          refs.map((r) => [r.target, r.inArchive, r.page]),
          [
            ['kst-99002-3', true, '/stuk/kst-99002-3'],
            ['dossier-99004', true, '/dossier/99004'],
          ],
        );
        assert.equal(refs[0]!.official, 'https://zoek.officielebekendmakingen.nl/kst-99002-3.html');
      });

      it('should list the papers that cite a paper, newest first, with paging', async () => {
        const { body } = await json('/api/v1/documents/kst-99001-1/cited-by?limit=2');
        assert.equal(body.total, 4);
        assert.deepEqual(
          (body.items as { id: string }[]).map((i) => i.id),
          ['kst-99009-1', 'kst-99004-6'],
        );
        assert.equal(body.next, '/api/v1/documents/kst-99001-1/cited-by?limit=2&offset=2');
      });
    });

    describe('GET /api/v1/dossiers', () => {
      it('should describe a dossier and list its papers in order', async () => {
        const { res, body } = await json('/api/v1/dossiers/99001');
        assert.equal(res.status, 200);
        assert.equal(body.title, 'Integratie van nieuwkomers');
        assert.equal(body.documents, 3);
        assert.equal(body.feed, '/feeds/dossier/99001.atom');
        assert.deepEqual(body.related, [
          { key: '99002', number: '99002', suffix: null, title: 'Sociale zekerheid in Europa', shared: 1 },
        ]);
        const papers = await json('/api/v1/dossiers/99001/documents');
        assert.deepEqual(
          (papers.body.items as { id: string }[]).map((i) => i.id),
          ['kst-99001-1', 'kst-99001-2', 'kst-99001-3'],
        );
        const suffixed = await json('/api/v1/dossiers/99003-VII');
        assert.equal(suffixed.body.suffix, 'VII');
      });

      it('should answer 404 for a dossier without papers and 400 for a malformed number', async () => {
        assert.equal((await app.request('/api/v1/dossiers/12345')).status, 404);
        assert.equal((await app.request('/api/v1/dossiers/12345/documents')).status, 404);
        assert.equal((await app.request('/api/v1/dossiers/abc')).status, 400);
      });
    });

    describe('OpenAPI', () => {
      it('should describe every route with the schemas that validate it', async () => {
        const { res, body } = await json('/api/openapi.json');
        assert.equal(res.status, 200);
        assert.match(String(body.openapi), /^3\./);
        const paths = body.paths as Record<string, Record<string, { parameters?: { name: string }[] }>>;
        assert.deepEqual(Object.keys(paths).sort(), [
          '/commitments',
          '/commitments/{key}/{position}',
          '/documents',
          '/documents/{id}',
          '/documents/{id}/cited-by',
          '/documents/{id}/references',
          '/documents/{id}/votes',
          '/dossiers/{number}',
          '/dossiers/{number}/cited-by',
          '/dossiers/{number}/documents',
          '/entities',
          '/entities/{kind}/{name}',
          '/entities/{kind}/{name}/documents',
          '/parties',
          '/parties/agreement',
          '/parties/{name}/votes',
          '/questions',
          '/questions/{zaak}',
          '/requests',
          '/requests/{key}/{position}',
          '/search',
          '/watches',
          '/watches/{id}',
        ]);
        const search = paths['/search']!.get!;
        assert.deepEqual(search.parameters?.map((p) => p.name).sort(), ['limit', 'offset', 'outcomes', 'q', 'sort']);
        const schemas = (body.components as { schemas: Record<string, unknown> }).schemas;
        for (const name of ['Document', 'SearchResult', 'Problem', 'DossierInfo', 'DocumentPage', 'CommitmentList'])
          assert.ok(schemas[name], name);
        const page = await html('/api');
        assert.equal(page.res.status, 200);
        assert.match(page.text, /\/api\/v1\/documents\/\{id\}\/cited-by/);
      });
    });

    describe('conditional GET', () => {
      it('should answer an unchanged resource with 304, and a changed archive with a new ETag', async () => {
        const first = await app.request('/api/v1/search?q=brief');
        const etag = first.headers.get('ETag');
        const lastModified = first.headers.get('Last-Modified');
        assert.ok(etag?.startsWith('W/"'));
        assert.ok(lastModified);
        assert.equal(first.headers.get('Cache-Control'), 'public, no-cache');
        const again = await app.request('/api/v1/search?q=brief', { headers: { 'If-None-Match': etag! } });
        assert.equal(again.status, 304);
        assert.equal(await again.text(), '');
        const since = await app.request('/api/v1/search?q=brief', { headers: { 'If-Modified-Since': lastModified! } });
        assert.equal(since.status, 304);
        const other = await app.request('/api/v1/search?q=motie');
        assert.notEqual(other.headers.get('ETag'), etag);

        await store.put([paper({ id: 'kst-99010-1', type: 'brief', title: 'Nieuwe brief', body: ['Een brief.'] })]);
        const changed = await app.request('/api/v1/search?q=brief', { headers: { 'If-None-Match': etag! } });
        assert.equal(changed.status, 200);
        assert.notEqual(changed.headers.get('ETag'), etag);
      });

      it('should not mark errors cacheable', async () => {
        const res = await app.request('/api/v1/documents/kst-1-1');
        assert.equal(res.headers.get('Cache-Control'), 'no-store');
        assert.equal(res.headers.get('ETag'), null);
      });
    });

    describe('CORS', () => {
      it('should allow any origin to read, and no origin to write', async () => {
        const get = await app.request('/api/v1/search?q=brief', { headers: { Origin: 'https://example.org' } });
        assert.equal(get.headers.get('Access-Control-Allow-Origin'), '*');
        const preflight = await app.request('/api/v1/documents', {
          method: 'OPTIONS',
          headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'POST' },
        });
        assert.doesNotMatch(preflight.headers.get('Access-Control-Allow-Methods') ?? '', /POST/);
      });
    });

    describe('POST /api/v1/documents', () => {
      const post = (
        body: string | Uint8Array,
        headers: Record<string, string> = {},
        query = '?filename=kst-99008-1.txt',
      ) =>
        app.request(`/api/v1/documents${query}`, {
          method: 'POST',
          body,
          headers: { 'Content-Type': 'application/octet-stream', ...headers },
        });
      const auth = { Authorization: `Bearer ${TOKEN}` };

      it('should refuse writing without the token, or with a wrong one', async () => {
        const none = await post(letterText(1));
        assert.equal(none.status, 401);
        assert.match(none.headers.get('WWW-Authenticate') ?? '', /^Bearer/);
        const wrong = await post(letterText(1), { Authorization: 'Bearer not-the-token-at-all' });
        assert.equal(wrong.status, 401);
        assert.equal(await store.get('kst-99008-1'), null);
      });

      it('should be disabled when the server has no token', async () => {
        const closed = createApp({ ...deps(), token: undefined });
        const res = await closed.request('/api/v1/documents', { method: 'POST', body: letterText(1), headers: auth });
        assert.equal(res.status, 403);
        assert.equal(((await res.json()) as { title: string }).title, 'Writing is disabled');
      });

      it('should parse and store a paper: 201 when added, 200 when unchanged', async () => {
        const added = await post(letterText(1), auth);
        assert.equal(added.status, 201);
        const body = (await added.json()) as {
          outcome: string;
          document: { id: string; dossiers: { number: string }[] };
        };
        assert.equal(body.outcome, 'added');
        assert.equal(body.document.id, 'kst-99008-1');
        assert.equal(body.document.dossiers[0]?.number, '99008');
        assert.equal((await store.get('kst-99008-1'))?.date, '2022-03-03');
        const again = await post(letterText(1), auth);
        assert.equal(again.status, 200);
        assert.equal(((await again.json()) as { outcome: string }).outcome, 'unchanged');
      });

      it('should refuse a file that is no paper with 422, and a too large one with 413, storing nothing', async () => {
        const before = (await store.stats()).documents;
        const binary = await post(new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]), auth, '?filename=x.bin');
        assert.equal(binary.status, 422);
        assert.match(((await binary.json()) as { detail: string }).detail, /binary|not text|cannot/i);
        const empty = await post(new Uint8Array(0), auth, '');
        assert.equal(empty.status, 422);
        const huge = await post(letterText(2, 'zeehond '.repeat(20_000)), auth);
        assert.equal(huge.status, 413);
        assert.equal((await store.stats()).documents, before);
      });
    });

    describe('pages', () => {
      it('should show the home page with the archive figures and the newest papers', async () => {
        const { res, text } = await html('/');
        assert.equal(res.status, 200);
        assert.match(res.headers.get('Content-Type') ?? '', /^text\/html/);
        assert.match(text, /^<!DOCTYPE html><html lang="nl">/);
        assert.match(text, /Nieuwste stukken/);
        assert.match(text, /href="\/stuk\/kst-99009-1"/);
        assert.match(text, /Actieve dossiers/);
      });

      it('should show a paper with Dutch dates, linked dossiers, references and who cites it', async () => {
        const { res, text } = await html('/stuk/kst-99001-1');
        assert.equal(res.status, 200);
        assert.match(text, /28 mei 2015/);
        assert.match(text, /href="\/dossier\/99001"/);
        assert.match(text, /Kamerstukken II 2014\/15, 99 001, nr\. 1/);
        // the footnote's reference links to the paper in the archive, the footnote links back
        assert.match(text, /<li id="voetnoot-1" value="1">.*href="\/stuk\/kst-99002-3">Kamerstuk 99 002, nr\. 3<\/a>/s);
        assert.match(text, /Geciteerd door/);
        assert.match(text, /href="\/stuk\/kst-99004-6"/);
        assert.match(text, /href="\/api\/v1\/documents\/kst-99001-1"/);
      });

      it('should show a dossier with its chart, its papers and its feed', async () => {
        const { res, text } = await html('/dossier/99001');
        assert.equal(res.status, 200);
        assert.match(text, /Dossier 99 001: Integratie van nieuwkomers/);
        assert.match(text, /<svg class="chart"/);
        assert.match(
          text,
          /<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/feeds\/dossier\/99001\.atom"/,
        );
        assert.ok(text.indexOf('kst-99001-1') < text.indexOf('kst-99001-3'));
      });

      it('should show results with facets that add filters to the query', async () => {
        const { res, text } = await html('/zoeken?q=opleiding');
        assert.equal(res.status, 200);
        assert.match(text, /resulta(at|ten)/);
        assert.match(text, /<mark>/);
        assert.match(text, /href="\/zoeken\?q=opleiding\+type%3Abrief"/);
        const filtered = await html('/zoeken?q=opleiding+type%3Abrief');
        assert.match(filtered.text, /class="active"><a href="\/zoeken\?q=opleiding"/);
      });

      it("should let a reader follow a topic: the paper's topics link to it, the search filters and counts by it", async () => {
        const { text } = await html('/stuk/kst-99001-1');
        assert.match(text, /<a href="\/zoeken\?q=topic%3Aintegratie">integratie<\/a>/);
        const topic = await html('/zoeken?q=topic%3Aintegratie');
        assert.match(topic.text, /2 resultaten/);
        assert.match(topic.text, /href="\/feeds\/search\.atom\?q=topic%3Aintegratie"/);
        const inDossier = await html('/zoeken?q=dossier%3A99001');
        assert.match(inDossier.text, /<h2 id="facet-topic">Onderwerp<\/h2>/);
        assert.match(inDossier.text, /href="\/zoeken\?q=dossier%3A99001\+topic%3Aintegratie"/);
        const { body } = await json('/api/v1/search?q=dossier:99001&limit=1');
        assert.deepEqual((body.facets as Record<string, unknown>).topic, [
          { value: 'integratie', count: 2 },
          { value: 'imamopleiding', count: 1 },
          { value: 'inburgering', count: 1 },
          { value: 'radicalisering', count: 1 },
        ]);
        assert.equal((await json('/api/v1/search?q=onderwerp:%22Sociale%20Zekerheid%22')).body.total, 1);
      });

      it('should explain a bad query in Dutch, with status 400', async () => {
        const { res, text } = await html('/zoeken?q=%22open');
        assert.equal(res.status, 400);
        assert.match(text, /Er ontbreekt een afsluitend aanhalingsteken/);
      });

      it('should answer unknown pages and papers with a Dutch 404 that helps on', async () => {
        for (const path of ['/nergens', '/stuk/kst-1-1', '/dossier/12345', '/dossier/%3Cscript%3E']) {
          const { res, text } = await html(path);
          assert.equal(res.status, 404, path);
          assert.match(text, /Niet gevonden/, path);
          assert.match(text, /role="search"/, path);
        }
        const api = await app.request('/api/v1/nergens');
        assert.equal(api.status, 404);
        assert.match(api.headers.get('Content-Type') ?? '', /problem\+json/);
      });

      it('should say on every page when the archive holds the fictional examples', async () => {
        holdsExamples = true;
        try {
          const { text } = await html('/zoeken');
          assert.match(text, /meegeleverde voorbeeldstukken/);
        } finally {
          holdsExamples = false;
        }
        assert.doesNotMatch((await html('/zoeken')).text, /meegeleverde voorbeeldstukken/);
      });
    });

    describe('security', () => {
      it('should escape every text from a paper and from a query', async () => {
        for (const path of [
          '/stuk/kst-99009-1',
          '/dossier/99009',
          `/zoeken?q=${encodeURIComponent(`zeehonden "><img src=x onerror=alert(1)>`)}`,
          `/zoeken?q=${encodeURIComponent('"<script>alert(1)</script>')}`,
          '/',
        ]) {
          const { text } = await html(path);
          assert.doesNotMatch(text, /<script>window|<script>alert|<img src=x/, path);
          assert.doesNotMatch(text, /<script(?![^>]*\bsrc=)[^>]*>/, `${path}: an inline script`);
        }
        assert.match(
          (await html('/stuk/kst-99009-1')).text,
          /Brief over zeehonden &lt;script&gt;window.__xss=1&lt;\/script&gt;/,
        );
      });

      it('should send a strict Content-Security-Policy and the other security headers', async () => {
        const res = await app.request('/');
        const csp = res.headers.get('Content-Security-Policy') ?? '';
        assert.match(csp, /default-src 'none'/);
        assert.match(csp, /script-src 'self'/);
        assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
        assert.match(csp, /frame-ancestors 'none'/);
        assert.equal(res.headers.get('X-Content-Type-Options'), 'nosniff');
        assert.equal(res.headers.get('X-Frame-Options'), 'SAMEORIGIN');
      });

      it('should refuse large request bodies', async () => {
        const res = await app.request('/zoeken', { method: 'POST', body: 'x'.repeat(100_000) });
        assert.equal(res.status, 413);
      });

      it('should never send an internal error to the client', async () => {
        const errors: string[] = [];
        const sink = new Writable({
          write(chunk: Buffer, _encoding, done) {
            errors.push(
              ...chunk
                .toString()
                .split('\n')
                .filter((line) => line.trim() !== ''),
            );
            done();
          },
        });
        const broken = createApp({
          ...deps(),
          logger: pino({ level: 'error' }, sink),
          store: new Proxy(store, {
            get(target, name) {
              if (name === 'search') return () => Promise.reject(new Error('secret: connection to 10.0.0.7 lost'));
              return Reflect.get(target, name);
            },
          }),
        });
        for (const path of ['/api/v1/search?q=brief', '/zoeken?q=brief']) {
          const res = await broken.request(path);
          assert.equal(res.status, 500, path);
          const text = await res.text();
          assert.doesNotMatch(text, /secret|10\.0\.0\.7|at .*\.ts/, path);
        }
        assert.equal(errors.length, 2, 'the server logs what it does not tell');
        for (const line of errors) assert.match(line, /secret: connection to 10\.0\.0\.7 lost/);
      });

      it('should serve the static files with long caching, and nothing else from /static', async () => {
        const home = await html('/');
        const css = /href="(\/static\/griffie\.[0-9a-f]{10}\.css)"/.exec(home.text)?.[1];
        assert.ok(css);
        const res = await app.request(css);
        assert.equal(res.status, 200);
        assert.match(res.headers.get('Cache-Control') ?? '', /immutable/);
        assert.equal((await app.request('/static/..%2F..%2Fpackage.json')).status, 404);
      });
    });
  });
}
