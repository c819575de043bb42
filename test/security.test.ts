/**
 * The limits and refusals of `docs/SECURITY.md`, end to end on both engines: query
 * length and term counts, page size and depth, upload size, PDF page count, XML entity
 * declarations (billion laughs, external entities) and nesting; that no paper and no
 * request makes the server fetch anything (a canary server and a spy on `fetch` count
 * every attempt); and which sync base URLs the operator may give.
 *
 * Every paper here is fictional and written by the test.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { ParseError, readInput, runSync } from '../src/pipeline/index.ts';
import { MAX_PREFIX_TERMS, MAX_QUERY_LENGTH, MAX_QUERY_TERMS } from '../src/search/index.ts';
import { DEFAULT_MAX_UPLOAD } from '../src/server/api/index.ts';
import { createApp, type ServerDeps } from '../src/server/index.ts';
import { createHttpClient, createObConnector, createTkConnector, SourceOptionError } from '../src/sources/index.ts';
import { fixturePapers } from '../src/store/fixtures.ts';
import { openStore, type Store } from '../src/store/index.ts';
import { makePdf } from './pdf/make-pdf.ts';
import { assertBuilt, assertNoStack, griffie } from './support/cli.ts';
import { fictionalPapers, startOfficialServer } from './support/official-server.ts';
import { engines } from './support/stores.ts';

const TOKEN = 'security-test-token-0123456789';
const auth = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/octet-stream' };

/** A short fictional Kamerstuk in officielebekendmakingen XML; `prolog` goes before the root, `extra` into the text. */
function obXml(options: { prolog?: string; extra?: string; number?: number } = {}): string {
  const number = options.number ?? 3;
  return `<?xml version="1.0" encoding="UTF-8"?>
${options.prolog ?? ''}
<officiele-publicatie>
  <kamerstuk>
    <kamerstukkop><tekstregel inhoud="kamer">Tweede Kamer der Staten-Generaal</tekstregel>
      <tekstregel inhoud="vergaderjaar">Vergaderjaar 2024–2025</tekstregel></kamerstukkop>
    <dossier><dossiernummer><dossiernr>99 777</dossiernr></dossiernummer><titel>Fictieve duinbescherming</titel></dossier>
    <stuk>
      <stuknr><ondernummer>Nr. ${number}</ondernummer></stuknr>
      <titel>BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT</titel>
      <algemeen><vrije-tekst><tekst>
        <al>Aan de Voorzitter van de Tweede Kamer der Staten-Generaal</al>
        <al>Den Haag, 2 april 2025</al>
        <al>Deze fictieve brief gaat over helmgras op de duinen. ${options.extra ?? ''}</al>
      </tekst></vrije-tekst></algemeen>
    </stuk>
  </kamerstuk>
</officiele-publicatie>`;
}

/** A server that counts every request made to it. */
async function canary(): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const server: Server = createServer((_req, res) => {
    hits++;
    res.end('<!ENTITY leak "GELEKT">');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits: () => hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

for (const engine of engines()) {
  describe(`security limits (${engine.name})`, { skip: engine.skip }, () => {
    let store: Store;
    let app: Hono;
    const deps = (): ServerDeps => ({
      store,
      version: 'test',
      token: TOKEN,
      holdsExamples: async () => false,
      rateLimit: { searchesPerMinute: 0, trustProxy: 0 },
    });
    const post = (body: string | Uint8Array, filename: string, server = app) =>
      server.request(`/api/v1/documents?filename=${filename}`, { method: 'POST', body, headers: auth });
    const problem = async (res: Response) => (await res.json()) as { title: string; detail: string; position?: number };

    before(async () => {
      store = await engine.open();
      await store.put(fixturePapers());
      app = createApp(deps());
    });
    after(async () => {
      await store?.close();
    });

    it('should refuse a query over the length limit in the API, the feeds and the pages', async () => {
      const long = `imam ${'x'.repeat(MAX_QUERY_LENGTH - 4)}`;
      const api = await app.request(`/api/v1/search?q=${encodeURIComponent(long)}`);
      assert.equal(api.status, 400);
      assert.match((await problem(api)).detail, /^q: .*1000/);
      const feed = await app.request(`/feeds/search.atom?q=${encodeURIComponent(long)}`);
      assert.equal(feed.status, 400);
      assert.match((await problem(feed)).detail, /query too long: 1001 characters, at most 1000/);
      const page = await app.request(`/zoeken?q=${encodeURIComponent(long)}`);
      assert.equal(page.status, 400);
      assert.match(await page.text(), /De zoekvraag is te lang: 1001 tekens, hooguit 1000\./);
      const longest = `imam ${'x'.repeat(MAX_QUERY_LENGTH - 5)}`;
      assert.equal((await app.request(`/api/v1/search?q=${encodeURIComponent(longest)}`)).status, 200);
    });

    it('should refuse a query with too many terms or prefixes, saying where, and take one at the limit', async () => {
      const words = (n: number) => Array.from({ length: n }, (_, i) => `woord${i}`).join(' OR ');
      const atLimit = await app.request(`/api/v1/search?q=${encodeURIComponent(words(MAX_QUERY_TERMS))}`);
      assert.equal(atLimit.status, 200);
      const over = words(MAX_QUERY_TERMS + 1);
      const refused = await app.request(`/api/v1/search?q=${encodeURIComponent(over)}`);
      assert.equal(refused.status, 400);
      const body = await problem(refused);
      assert.match(body.detail, /too many terms: more than 64/);
      assert.equal(body.position, over.indexOf(`woord${MAX_QUERY_TERMS}`));
      const prefixes = (n: number) => Array.from({ length: n }, (_, i) => `imam${i}*`).join(' OR ');
      assert.equal(
        (await app.request(`/api/v1/search?q=${encodeURIComponent(prefixes(MAX_PREFIX_TERMS))}`)).status,
        200,
      );
      const tooMany = prefixes(MAX_PREFIX_TERMS + 1);
      const page = await app.request(`/zoeken?q=${encodeURIComponent(tooMany)}`);
      assert.equal(page.status, 400);
      assert.match(await page.text(), /te veel woorden met een sterretje \(\*\): hooguit 8\./);
      const feed = await app.request(`/feeds/search.atom?q=${encodeURIComponent(words(70))}`);
      assert.equal(feed.status, 400);
    });

    it('should refuse a page size over 100 and paging past 10,000 hits, in the API and the feeds', async () => {
      for (const [path, pattern] of [
        ['/api/v1/search?q=imam&limit=101', /^limit: /],
        ['/api/v1/search?q=imam&limit=0', /^limit: /],
        ['/api/v1/search?q=imam&offset=10001', /^offset: /],
        ['/api/v1/search?q=imam&offset=9990&limit=20', /offset \+ limit may be at most 10000/],
        ['/api/v1/documents/kst-99001-1/cited-by?limit=1000', /^limit: /],
        ['/api/v1/dossiers/99001/documents?offset=20000', /^offset: /],
        ['/api/v1/commitments?limit=500', /^limit: /],
        ['/feeds/search.atom?q=imam&limit=101', /limit must be a whole number from 1 to 100/],
      ] as const) {
        const res = await app.request(path);
        assert.equal(res.status, 400, path);
        assert.match((await problem(res)).detail, pattern, path);
      }
      assert.equal((await app.request('/api/v1/search?q=imam&offset=9980&limit=20')).status, 200);
      const deep = await app.request('/zoeken?q=imam&offset=999999');
      assert.equal(deep.status, 200, 'a page past the depth shows the last page that can be reached');
    });

    it('should refuse an upload over 32 MB with 413 before reading it all, storing nothing', async () => {
      assert.equal(DEFAULT_MAX_UPLOAD, 32 * 1024 * 1024);
      const before = (await store.stats()).documents;
      const res = await post(new Uint8Array(DEFAULT_MAX_UPLOAD + 1).fill(0x61), 'groot.txt');
      assert.equal(res.status, 413);
      assert.match((await problem(res)).detail, /at most 32 MB/);
      assert.equal((await store.stats()).documents, before);
    });

    it('should refuse a PDF of more than 2,000 pages with 422, storing nothing', async () => {
      const page = { lines: [{ x: 72, y: 100, size: 11, text: 'Een pagina van een fictief voorbeeld.' }] };
      const pdf = makePdf({ pages: Array.from({ length: 2001 }, () => page) });
      const before = (await store.stats()).documents;
      const res = await post(pdf, 'dik.pdf');
      assert.equal(res.status, 422);
      assert.match((await problem(res)).detail, /more than 2,000 pages/);
      assert.equal((await store.stats()).documents, before);
    });

    it('should refuse XML that declares entities (billion laughs, external entities) or nests too deep', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'griffie-xxe-'));
      try {
        const secret = join(dir, 'geheim.txt');
        writeFileSync(secret, 'GEHEIMWOORD');
        const lol = ['<!ENTITY lol0 "lol">'];
        for (let i = 1; i <= 9; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
        const hostile = {
          'billion laughs': obXml({ prolog: `<!DOCTYPE officiele-publicatie [${lol.join('')}]>`, extra: '&lol9;' }),
          'an external entity': obXml({
            prolog: `<!DOCTYPE officiele-publicatie [<!ENTITY geheim SYSTEM "file://${secret}">]>`,
            extra: '&geheim;',
          }),
          'a parameter entity': obXml({
            prolog: `<!DOCTYPE officiele-publicatie [<!ENTITY % extern SYSTEM "file://${secret}"> %extern;]>`,
          }),
          'nesting 300 deep': obXml({ extra: `${'<nadruk>'.repeat(300)}diep${'</nadruk>'.repeat(300)}` }),
        };
        const before = (await store.stats()).documents;
        for (const [what, xml] of Object.entries(hostile)) {
          const res = await post(xml, 'kst-99777-3.xml');
          assert.equal(res.status, 422, what);
          assert.match(
            (await problem(res)).detail,
            what.startsWith('nesting') ? /levels deep/ : /declares its own entities/,
          );
        }
        assert.equal((await store.stats()).documents, before);
        assert.equal((await store.search({ query: 'geheimwoord' })).total, 0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('should take quotes and SQL in ids, keys, filters and queries as text', async () => {
      const before = await store.stats();
      const sql = "x' OR '1'='1'; DROP TABLE documents; --";
      for (const [path, status] of [
        [`/stuk/${encodeURIComponent(sql)}`, 404],
        [`/api/v1/documents/${encodeURIComponent(sql)}`, 404],
        [`/dossier/${encodeURIComponent(sql)}`, 404],
        [`/api/v1/entities?kind=person&prefix=${encodeURIComponent("%' OR 1=1 --")}`, 200],
        [`/api/v1/commitments?portfolio=${encodeURIComponent(sql)}`, 200],
        [`/api/v1/search?q=${encodeURIComponent(`"${sql}"`)}`, 200],
      ] as const) {
        const res = await app.request(path);
        assert.equal(res.status, status, path);
      }
      assert.deepEqual(await store.stats(), before);
    });

    it('should fetch nothing for a paper full of addresses, nor when it is read, searched or fed', async () => {
      const server = await canary();
      const original = globalThis.fetch;
      const fetched: string[] = [];
      globalThis.fetch = (input, init) => {
        fetched.push(String(input instanceof Request ? input.url : input));
        return original(input, init);
      };
      const at = (path: string) => `${server.url}${path}`;
      try {
        const external = await post(
          obXml({
            number: 4,
            prolog: `<!DOCTYPE officiele-publicatie SYSTEM "${at('/dtd')}">`,
            extra: `Zie <extref doc="${at('/extref')}">de bijlage</extref> en ${at('/tekst')}.<noot id="n1" type="voet"><noot.nr>1</noot.nr><noot.al>${at('/noot')}</noot.al></noot>`,
          }).replace(
            '<officiele-publicatie>',
            `<officiele-publicatie xmlns:xi="http://www.w3.org/2001/XInclude" xsi:noNamespaceSchemaLocation="${at('/xsd')}"><xi:include href="${at('/xinclude')}"/><metadata><meta name="OVERHEIDop.externMetadataRecord" content="${at('/metadata.xml')}"/></metadata>`,
          ),
          'kst-99777-4.xml',
        );
        assert.ok(external.status === 201 || external.status === 200, `stored: ${external.status}`);
        const stored = (await external.json()) as { document: { id: string }; warnings: string[] };
        assert.ok(
          stored.warnings.some((w) => /external DTD, which was not read/.test(w)),
          stored.warnings.join('; '),
        );
        const html = `<!DOCTYPE html><html><head><title>Brief over helmgras</title>
<link rel="stylesheet" href="${at('/css')}"><script src="${at('/js')}"></script>
<meta http-equiv="refresh" content="0; url=${at('/refresh')}"></head>
<body><img src="${at('/img')}"><iframe src="${at('/frame')}"></iframe>
<p>Tweede Kamer der Staten-Generaal</p><p>99 777 Fictieve duinbescherming</p>
<p>Nr. 5 BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT</p>
<p>Den Haag, 3 april 2025</p><p>Over helmgras, zie <a href="${at('/a')}">${at('/a')}</a>.</p></body></html>`;
        const page = await post(html, 'brief.html');
        assert.ok(page.status < 500, `answered: ${page.status}`);
        const text = await post(
          `Tweede Kamer der Staten-Generaal\n99 777 Fictieve duinbescherming\nNr. 6 BRIEF VAN DE MINISTER\nDen Haag, 4 april 2025\nZie ${at('/txt')} en file:///etc/passwd.\n`,
          'kst-99777-6.txt',
        );
        assert.ok(text.status === 201 || text.status === 200, `stored: ${text.status}`);
        const id = stored.document.id;
        for (const path of [
          `/stuk/${id}`,
          `/api/v1/documents/${id}`,
          `/api/v1/documents/${id}/references`,
          '/zoeken?q=helmgras',
          '/api/v1/search?q=helmgras',
          '/feeds/search.atom?q=helmgras',
          '/feeds/dossier/99777.atom',
          '/dossier/99777',
        ])
          assert.equal((await app.request(path)).status, 200, path);
        assert.equal(server.hits(), 0, 'the canary was never asked');
        assert.deepEqual(fetched, [], 'nothing was fetched');
        await (await original(at('/control'))).text();
        assert.equal(server.hits(), 1, 'the canary counts (control)');
      } finally {
        globalThis.fetch = original;
        await server.close();
      }
    });
  });
}

describe('files read by griffie ingest', () => {
  it('should refuse a file over 32 MB before reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'griffie-big-'));
    try {
      const path = join(dir, 'groot.txt');
      writeFileSync(path, '');
      truncateSync(path, 32 * 1024 * 1024 + 1);
      await assert.rejects(readInput(path), (error: unknown) => {
        assert.ok(error instanceof ParseError);
        assert.equal(error.code, 'too-large');
        assert.match(error.message, /more than the limit of 32\.0 MB for one paper/);
        return true;
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('addresses named by the servers', () => {
  it("should fetch no file an answer names on a host other than the base URL's or the official ones", async () => {
    // The fake names its files at http://127.0.0.1:PORT; the sync is pointed at http://localhost:PORT.
    const server = await startOfficialServer({ papers: fictionalPapers(3, '99003', '2025-04-01') });
    const dir = mkdtempSync(join(tmpdir(), 'griffie-ssrf-'));
    const store = await openStore({ db: join(dir, 'archive.db') });
    try {
      const connector = createObConnector({
        baseUrl: server.url.replace('127.0.0.1', 'localhost'),
        http: createHttpClient({ pauseMs: 0, retries: 0, timeoutMs: 2000 }),
      });
      const summary = await runSync(store, connector, { since: '2025-01-01' });
      assert.deepEqual([summary.added, summary.failed], [0, 3]);
      assert.ok(server.requests.length > 0, 'the search itself was asked');
      assert.deepEqual(
        server.requests.filter((r) => r.path.startsWith('/frbr/')).map((r) => r.path),
        [],
        'no file was fetched',
      );
      const failures = await store.failures();
      assert.equal(failures.length, 3);
      for (const failure of failures)
        assert.match(failure.error, /127\.0\.0\.1:\d+ is not a host this sync fetches from/);
    } finally {
      await store.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('sync base URLs', () => {
  it('should take only http and https addresses without credentials, query or fragment, private ones included', () => {
    for (const create of [createObConnector, createTkConnector]) {
      for (const bad of [
        'file:///etc/passwd',
        'ftp://repository.overheid.nl',
        'javascript:alert(1)',
        'gopher://127.0.0.1:70/',
        'http://operator:hunter2geheim@repository.overheid.nl',
        'https://repository.overheid.nl/?x=1',
        'https://repository.overheid.nl/#x',
        'niet een adres',
      ]) {
        assert.throws(
          () => create({ baseUrl: bad }),
          (error: unknown) => error instanceof SourceOptionError && !error.message.includes('hunter2geheim'),
          bad,
        );
      }
      for (const good of [
        'https://repository.overheid.nl',
        'http://127.0.0.1:8099',
        'http://10.1.2.3/pad/',
        'http://[::1]:8080',
      ])
        assert.doesNotThrow(() => create({ baseUrl: good }), good);
    }
  });

  it('should refuse a --base-url or GRIFFIE_*_BASE_URL that is not http(s) with exit 2 and no stack', () => {
    assertBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'griffie-baseurl-'));
    try {
      const db = join(dir, 'griffie.db');
      const runs = [
        griffie(['sync', 'ob', '--db', db, '--base-url', 'file:///etc/passwd']),
        griffie(['sync', 'tk', '--db', db], { env: { GRIFFIE_TK_BASE_URL: 'ftp://127.0.0.1/' } }),
      ];
      for (const run of runs) {
        assert.equal(run.status, 2, run.stderr);
        assert.match(run.stderr, /base URL must be an http\(s\) address/);
        assertNoStack(run.stderr);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should refuse a base URL with a password on the command line with exit 2, without echoing it', () => {
    assertBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'griffie-baseurl-'));
    try {
      const env = { GRIFFIE_OB_BASE_URL: 'http://operator:hunter2geheim@127.0.0.1:9' };
      const run = griffie(['sync', 'ob', '--db', join(dir, 'griffie.db')], { env });
      assert.doesNotMatch(run.stderr, /hunter2geheim/);
      assert.equal(run.status, 2, run.stderr);
      assertNoStack(run.stderr);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should refuse a bad GRIFFIE_RATE_LIMIT, GRIFFIE_TRUST_PROXY, GRIFFIE_LOG_LEVEL or GRIFFIE_HEALTH_MAX_SYNC_AGE in griffie serve as a usage error (exit 2), before listening', () => {
    assertBuilt();
    const dir = mkdtempSync(join(tmpdir(), 'griffie-ratelimit-'));
    try {
      const db = join(dir, 'griffie.db');
      assert.equal(griffie(['start', '--offline', '--no-serve', '--db', db]).status, 0);
      for (const env of [
        { GRIFFIE_RATE_LIMIT: 'veel' },
        { GRIFFIE_TRUST_PROXY: 'misschien' },
        { GRIFFIE_LOG_LEVEL: 'luid' },
        { GRIFFIE_HEALTH_MAX_SYNC_AGE: 'een dag' },
      ]) {
        const run = griffie(['serve', '--db', db, '--port', '0'], { env, timeout: 30_000 });
        assert.equal(run.status, 2, run.stderr);
        assert.match(run.stderr, /^griffie: GRIFFIE_(RATE_LIMIT|TRUST_PROXY|LOG_LEVEL|HEALTH_MAX_SYNC_AGE) must be/m);
        assert.doesNotMatch(run.stderr, /cannot listen/);
        assertNoStack(run.stderr);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
