/**
 * Tests of the HTTP client against the local fake of the official servers: politeness
 * (User-Agent, one request at a time, the pause), retries (500, 429 with Retry-After,
 * truncated and reset bodies, hangs), what is not retried, the limits, and redirects
 * followed only to the hosts a request may reach.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fictionalPapers, kstXml, startOfficialServer } from '../../../test/support/official-server.ts';
import { SourceError } from '../errors.ts';
import { createHttpClient, type HttpClientOptions } from './client.ts';

type FakePaper = ReturnType<typeof fictionalPapers>[number];

const FAST: HttpClientOptions = { pauseMs: 0, retries: 3, retryBaseMs: 5, retryMaxMs: 20, timeoutMs: 2000 };

describe('createHttpClient', () => {
  let server: Awaited<ReturnType<typeof startOfficialServer>>;
  let fileUrl: string;
  let expected: string;

  before(async () => {
    const paper = fictionalPapers(1)[0] as FakePaper;
    server = await startOfficialServer({ papers: [paper] });
    fileUrl = `${server.url}/frbr/officielepublicaties/kst/99001/kst-99001-1/1/xml/kst-99001-1.xml`;
    expected = kstXml(paper, server.url);
  });
  beforeEach(() => server.reset());
  after(() => server.close());

  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

  it('should name Griffie, its version and a contact in the User-Agent', async () => {
    const http = createHttpClient({ ...FAST, version: '1.2.3', contact: 'https://example.org/contact' });
    const response = await http.get(fileUrl);
    assert.equal(text(response.bytes), expected);
    assert.equal(response.contentType, 'application/xml; charset=utf-8');
    assert.equal(server.requests[0]?.userAgent, 'Griffie/1.2.3 (+https://example.org/contact)');
  });

  it('should send one request at a time, however many are asked for at once', async () => {
    const http = createHttpClient(FAST);
    const bodies = await Promise.all(Array.from({ length: 6 }, () => http.get(fileUrl)));
    assert.equal(bodies.length, 6);
    assert.equal(server.requests.length, 6);
    assert.equal(server.maxConcurrent, 1);
  });

  it('should pause between the end of a request and the start of the next', async () => {
    const http = createHttpClient({ ...FAST, pauseMs: 80 });
    await Promise.all([http.get(fileUrl), http.get(fileUrl), http.get(fileUrl)]);
    const [first, second, third] = server.requests;
    assert.ok(first?.endedAt && second?.endedAt && third);
    assert.ok(second.startedAt - first.endedAt >= 70, `gap ${second.startedAt - first.endedAt} ms`);
    assert.ok(third.startedAt - second.endedAt >= 70, `gap ${third.startedAt - second.endedAt} ms`);
  });

  for (const kind of ['status', 'truncate', 'reset', 'hang'] as const) {
    it(`should retry after a fault (${kind}) and return the whole answer`, async () => {
      server.addFault({ kind, path: '/xml/' });
      const retries: string[] = [];
      const http = createHttpClient({ ...FAST, timeoutMs: 300 });
      const response = await http.get(fileUrl, { onRetry: (notice) => retries.push(notice.reason) });
      assert.equal(text(response.bytes), expected);
      assert.equal(server.requests.length, 2);
      assert.equal(retries.length, 1);
    });
  }

  it("should wait as long as the server's Retry-After says", async () => {
    server.addFault({ kind: 'rate-limit', path: '/xml/', retryAfter: '1' });
    const http = createHttpClient({ ...FAST, retryBaseMs: 1, retryMaxMs: 1 });
    const waits: number[] = [];
    const response = await http.get(fileUrl, { onRetry: (notice) => waits.push(notice.waitMs) });
    assert.equal(text(response.bytes), expected);
    const [limited, retried] = server.requests;
    assert.ok(limited?.endedAt && retried);
    assert.deepEqual(waits, [1000]);
    assert.ok(retried.startedAt - limited.endedAt >= 950, `waited ${retried.startedAt - limited.endedAt} ms`);
  });

  it('should cap a long Retry-After', async () => {
    server.addFault({ kind: 'rate-limit', path: '/xml/', retryAfter: '3600' });
    const http = createHttpClient({ ...FAST, retryAfterMaxMs: 50 });
    const waits: number[] = [];
    await http.get(fileUrl, { onRetry: (notice) => waits.push(notice.waitMs) });
    assert.deepEqual(waits, [50]);
  });

  it('should give up after the retries with the last failure', async () => {
    server.addFault({ kind: 'status', status: 503, path: '/xml/', times: Number.POSITIVE_INFINITY });
    const http = createHttpClient({ ...FAST, retries: 2 });
    await assert.rejects(http.get(fileUrl), (error: unknown) => {
      assert.ok(error instanceof SourceError);
      assert.equal(error.kind, 'http');
      assert.equal(error.status, 503);
      assert.match(error.message, /HTTP 503.*gave up after 3 attempts/);
      return true;
    });
    assert.equal(server.requests.length, 3);
  });

  it('should time out a server that does not answer, attempt after attempt', async () => {
    server.addFault({ kind: 'hang', path: '/xml/', times: Number.POSITIVE_INFINITY });
    const http = createHttpClient({ ...FAST, retries: 1, timeoutMs: 150 });
    await assert.rejects(http.get(fileUrl), { name: 'SourceError', kind: 'timeout' });
    assert.equal(server.requests.length, 2);
  });

  for (const [what, fault] of [
    ['a 404', { kind: 'status', status: 404 }],
    ['a page saying "404: Pagina niet gevonden"', { kind: 'soft-404' }],
  ] as const) {
    it(`should take ${what} as not found, without retrying`, async () => {
      server.addFault({ ...fault, path: '/xml/' });
      const http = createHttpClient(FAST);
      await assert.rejects(http.get(fileUrl), { name: 'SourceError', kind: 'not-found' });
      assert.equal(server.requestsTo('/xml/').length, 1);
    });
  }

  it('should not retry a client error', async () => {
    server.addFault({ kind: 'status', status: 403, path: '/xml/' });
    const http = createHttpClient(FAST);
    await assert.rejects(http.get(fileUrl), { name: 'SourceError', kind: 'http', status: 403 });
    assert.equal(server.requests.length, 1);
  });

  it('should refuse an answer over the size limit', async () => {
    const http = createHttpClient({ ...FAST, maxBytes: 100 });
    await assert.rejects(http.get(fileUrl), { name: 'SourceError', kind: 'too-large' });
    assert.equal(server.requests.length, 1);
  });

  it('should fetch only http and https addresses', async () => {
    const http = createHttpClient(FAST);
    await assert.rejects(http.get('file:///etc/passwd'), { name: 'SourceError', kind: 'invalid' });
    await assert.rejects(http.get('not an address'), { name: 'SourceError', kind: 'invalid' });
    assert.equal(server.requests.length, 0);
  });

  it('should say in words when nothing listens', async () => {
    const closed = await startOfficialServer();
    await closed.close();
    const address = new URL(closed.url);
    const http = createHttpClient({ ...FAST, retries: 0 });
    await assert.rejects(http.get(`${closed.url}/nothing`), (error: unknown) => {
      assert.ok(error instanceof SourceError);
      assert.equal(error.kind, 'network');
      assert.equal(error.message, `${address.host}/nothing: the connection was refused`);
      return true;
    });
  });

  it('should refuse options that make no sense', () => {
    assert.throws(() => createHttpClient({ pauseMs: -1 }), TypeError);
    assert.throws(() => createHttpClient({ timeoutMs: 0 }), TypeError);
  });
});

/** A server that answers every path with `answer(path)`: a redirect (`location`) or a body. */
async function startServer(
  answer: (path: string) => { location: string } | { body: string },
): Promise<{ url: string; host: string; paths: string[]; close(): Promise<void> }> {
  const paths: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    paths.push(path);
    const result = answer(path);
    if ('location' in result) response.writeHead(302, { location: result.location }).end();
    else response.writeHead(200, { 'content-type': 'text/plain' }).end(result.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `http://${host}`,
    host,
    paths,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('createHttpClient and redirects', () => {
  let canary: Awaited<ReturnType<typeof startServer>>;
  let official: Awaited<ReturnType<typeof startServer>>;
  before(async () => {
    canary = await startServer(() => ({ body: 'internal secret' }));
    official = await startServer((path) => {
      if (path === '/moved') return { location: '/file' };
      if (path === '/away') return { location: `${canary.url}/admin` };
      if (path === '/loop') return { location: '/loop' };
      if (path === '/bad') return { location: 'http://[::1' };
      return { body: 'the paper' };
    });
  });
  beforeEach(() => {
    canary.paths.length = 0;
    official.paths.length = 0;
  });
  after(async () => {
    await canary.close();
    await official.close();
  });

  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

  it('should follow a redirect on an allowed host and say where it answered from', async () => {
    const http = createHttpClient(FAST);
    const response = await http.get(`${official.url}/moved`, { hosts: [official.host] });
    assert.equal(text(response.bytes), 'the paper');
    assert.equal(response.finalUrl, `${official.url}/file`);
    assert.deepEqual(official.paths, ['/moved', '/file']);
  });

  it('should refuse a redirect to another host, without a request to it', async () => {
    const http = createHttpClient(FAST);
    await assert.rejects(http.get(`${official.url}/away`, { hosts: [official.host] }), (error: unknown) => {
      assert.ok(error instanceof SourceError);
      assert.equal(error.kind, 'invalid');
      assert.match(error.message, new RegExp(`redirected to ${canary.host}/admin: ${canary.host} is not a host`));
      return true;
    });
    assert.deepEqual(canary.paths, []);
    assert.deepEqual(official.paths, ['/away'], 'a refusal is not retried');
  });

  it('should refuse an address on another host before any request', async () => {
    const http = createHttpClient(FAST);
    await assert.rejects(http.get(`${canary.url}/admin`, { hosts: [official.host] }), {
      name: 'SourceError',
      kind: 'invalid',
    });
    assert.deepEqual(canary.paths, []);
  });

  it('should follow redirects to any http(s) host when no hosts are given', async () => {
    const http = createHttpClient(FAST);
    const response = await http.get(`${official.url}/away`);
    assert.equal(text(response.bytes), 'internal secret');
    assert.deepEqual(canary.paths, ['/admin']);
  });

  it('should stop after ten redirects and at an address that is none', async () => {
    const http = createHttpClient(FAST);
    await assert.rejects(http.get(`${official.url}/loop`, { hosts: [official.host] }), (error: unknown) => {
      assert.ok(error instanceof SourceError);
      assert.match(error.message, /more than 10 redirects/);
      return true;
    });
    assert.equal(official.paths.length, 11);
    await assert.rejects(http.get(`${official.url}/bad`), /redirected to an invalid address/);
  });
});
