/**
 * Tests of the HTTP client against the local fake of the official servers: politeness
 * (User-Agent, one request at a time, the pause), retries (500, 429 with Retry-After,
 * truncated and reset bodies, hangs), what is not retried, and the limits.
 *
 * @module
 */
import assert from 'node:assert/strict';
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
