/**
 * Tests of the officielebekendmakingen connector against the local fake of the
 * official servers: pages, items and checkpoints of a sync, resuming, incremental
 * passes, paging past the service's limit, faults mid-sync, file fallbacks, dry runs.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fictionalPapers, kstXml, metadataXml, startOfficialServer } from '../../../test/support/official-server.ts';
import { SourceError } from '../errors.ts';
import { createHttpClient, type HttpClientOptions } from '../http/client.ts';
import type { SyncPage, SyncProgress } from '../types.ts';
import { decodeObCheckpoint } from './checkpoint.ts';
import { createObConnector, type ObConnectorOptions } from './connector.ts';

type Server = Awaited<ReturnType<typeof startOfficialServer>>;
type FakePaper = ReturnType<typeof fictionalPapers>[number];

const HTTP: HttpClientOptions = { pauseMs: 0, retries: 3, retryBaseMs: 2, retryMaxMs: 10, timeoutMs: 300 };
const NOW = () => new Date('2025-04-01T10:00:00Z');

function connectorFor(server: Server, options: ObConnectorOptions = {}, http: HttpClientOptions = {}) {
  return createObConnector({
    baseUrl: server.url,
    http: createHttpClient({ ...HTTP, ...http }),
    pageSize: 3,
    now: NOW,
    ...options,
  });
}

async function collect(pages: AsyncIterable<SyncPage>): Promise<SyncPage[]> {
  const all: SyncPage[] = [];
  for await (const page of pages) all.push(page);
  return all;
}

const keysOf = (pages: SyncPage[]) => pages.map((page) => page.items.map((item) => item.key));
const ids = (...numbers: number[]) => numbers.map((n) => `kst-99001-${n}`);
const text = (bytes: Uint8Array | null | undefined) => (bytes ? new TextDecoder().decode(bytes) : null);

describe('createObConnector', () => {
  let server: Server;
  const papers = fictionalPapers(7);

  before(async () => {
    server = await startOfficialServer({ papers });
  });
  beforeEach(() => {
    server.reset();
    server.papers.splice(0, server.papers.length, ...fictionalPapers(7));
  });
  after(() => server.close());

  it('should yield the records page by page, each with its XML and metadata.xml', async () => {
    const pages = await collect(connectorFor(server).sync({ from: null }));
    assert.deepEqual(keysOf(pages), [ids(1, 2, 3), ids(4, 5, 6), ids(7)]);
    assert.deepEqual(
      server.requestsTo('/sru').map((request) => new URL(request.path, server.url).searchParams.get('startRecord')),
      ['1', '4', '7'],
    );
    const item = pages[0]?.items[0];
    assert.ok(item);
    const base = `${server.url}/frbr/officielepublicaties/kst/99001/kst-99001-1/1`;
    assert.deepEqual(
      { ...item, file: item.file && { ...item.file, bytes: text(item.file.bytes) }, metadata: text(item.metadata) },
      {
        source: 'ob',
        key: 'kst-99001-1',
        updated: '2025-03-01',
        deleted: false,
        url: `${server.url}/kst-99001-1.html`,
        file: {
          bytes: kstXml(papers[0] as FakePaper, server.url),
          url: `${base}/xml/kst-99001-1.xml`,
          contentType: 'application/xml; charset=utf-8',
        },
        metadata: metadataXml(papers[0] as FakePaper),
        entity: null,
        problems: [],
        fileUrls: [`${base}/xml/kst-99001-1.xml`, `${base}/metadata/metadata.xml`],
      },
    );
  });

  it('should give each page the checkpoint after it, the last one ending the pass', async () => {
    const pages = await collect(connectorFor(server).sync({ from: null }));
    const states = pages.map((page) => decodeObCheckpoint(page.checkpoint, 'ob'));
    assert.deepEqual(
      states.map((state) => [state.start, state.after, state.passStarted, state.high, state.modifiedFrom]),
      [
        [4, null, '2025-04-01', '2025-03-03', null],
        [7, null, '2025-04-01', '2025-03-06', null],
        [1, null, null, null, '2025-03-06'],
      ],
    );
    assert.ok(pages.every((page) => page.stream === 'ob'));
  });

  it("should resume from a page's checkpoint with exactly the pages after it", async () => {
    const ob = connectorFor(server);
    const pages = await collect(ob.sync({ from: null }));
    for (const [index, page] of pages.slice(0, -1).entries()) {
      const resumed = await collect(ob.sync({ from: page.checkpoint }));
      assert.deepEqual(keysOf(resumed), keysOf(pages.slice(index + 1)));
      assert.deepEqual(
        resumed.map((next) => next.checkpoint),
        pages.slice(index + 1).map((next) => next.checkpoint),
      );
    }
  });

  it('should take, in the next pass, only what changed since the last one (a day of overlap)', async () => {
    const ob = connectorFor(server);
    const first = await collect(ob.sync({ from: null }));
    const done = first.at(-1)?.checkpoint ?? null;
    assert.deepEqual(keysOf(await collect(ob.sync({ from: done }))), [ids(6, 7)]);

    const second = server.papers.find((paper: FakePaper) => paper.id === 'kst-99001-2');
    assert.ok(second);
    second.modified = '2025-04-01';
    server.papers.push({ ...(fictionalPapers(8)[7] as FakePaper), modified: '2025-04-01' });
    assert.deepEqual(keysOf(await collect(ob.sync({ from: done }))), [ids(2, 6, 7), ids(8)]);
  });

  it('should keep to a dossier, a document type and dates, each scope a stream of its own', async () => {
    server.papers.push(...fictionalPapers(4, '99002', '2025-03-10'));
    const ob = connectorFor(server);
    const dossier = await collect(ob.sync({ from: null, dossier: '99 002' }));
    assert.deepEqual(keysOf(dossier).flat(), ['kst-99002-1', 'kst-99002-2', 'kst-99002-3', 'kst-99002-4']);
    assert.ok(dossier.every((page) => page.stream === 'ob:dossier=99002'));
    const motions = await collect(ob.sync({ from: null, type: 'motie' }));
    assert.deepEqual(keysOf(motions).flat(), ['kst-99001-2', 'kst-99001-5', 'kst-99002-2']);
    const range = await collect(ob.sync({ from: null, since: '2025-03-05', until: '2025-03-10' }));
    assert.deepEqual(keysOf(range).flat(), ['kst-99001-5', 'kst-99001-6', 'kst-99001-7', 'kst-99002-1']);
    assert.equal(range[0]?.stream, 'ob:until=2025-03-10');
    assert.equal(ob.streamOf({ dossier: '36200 VII', type: 'Motie' }), 'ob:dossier=36200-VII:type=motie');
  });

  it('should page on by identifier where the service stops paging by position', async (t) => {
    const limited = await startOfficialServer({ papers: fictionalPapers(9), sruPositionLimit: 4 });
    t.after(() => limited.close());
    const ob = connectorFor(limited, { pageSize: 2, maxPosition: 4 });
    const pages = await collect(ob.sync({ from: null }));
    assert.deepEqual(keysOf(pages).flat(), ids(1, 2, 3, 4, 5, 6, 7, 8, 9));
    const queries = limited.requestsTo('/sru').map((request) => new URL(request.path, limited.url).searchParams);
    assert.deepEqual(
      queries.map((query) => [
        query.get('startRecord'),
        /dt\.identifier>"([^"]+)"/.exec(query.get('query') ?? '')?.[1],
      ]),
      [
        ['1', undefined],
        ['3', undefined],
        ['1', 'kst-99001-4'],
        ['3', 'kst-99001-4'],
        ['1', 'kst-99001-8'],
      ],
    );
    const resumed = await collect(ob.sync({ from: pages[2]?.checkpoint ?? null }));
    assert.deepEqual(keysOf(resumed).flat(), ids(7, 8, 9));
  });

  const pageFaults = [
    { kind: 'status' },
    { kind: 'rate-limit', retryAfter: '0' },
    { kind: 'truncate' },
    { kind: 'reset' },
    { kind: 'invalid-xml' },
    { kind: 'hang' },
  ] as const;
  for (const fault of pageFaults) {
    it(`should deliver every item exactly once after a fault (${fault.kind}) on the second page`, async () => {
      server.addFault({ ...fault, path: '/sru', nth: 2 });
      const pages = await collect(connectorFor(server).sync({ from: null }));
      assert.deepEqual(keysOf(pages), [ids(1, 2, 3), ids(4, 5, 6), ids(7)]);
      assert.equal(server.requestsTo('/sru').length, 4);
      assert.deepEqual(
        pages.flatMap((page) => page.items.flatMap((item) => item.problems)),
        [],
      );
    });
  }

  for (const fault of pageFaults.filter((candidate) => candidate.kind !== 'invalid-xml')) {
    it(`should fetch a file again after a fault (${fault.kind})`, async () => {
      server.addFault({ ...fault, path: '/kst-99001-5.xml' });
      const pages = await collect(connectorFor(server).sync({ from: null }));
      const items = pages.flatMap((page) => page.items);
      assert.deepEqual(
        items.map((item) => item.key),
        ids(1, 2, 3, 4, 5, 6, 7),
      );
      const fifth = items[4];
      assert.equal(text(fifth?.file?.bytes), kstXml(papers[4] as FakePaper, server.url));
      assert.deepEqual(fifth?.problems, []);
      assert.equal(server.requestsTo('/kst-99001-5.xml').length, 2);
    });
  }

  it('should stop with a SourceError when a page keeps failing, its earlier checkpoints still good', async () => {
    server.addFault({ kind: 'status', status: 502, path: '/sru', nth: 2, times: Number.POSITIVE_INFINITY });
    const ob = connectorFor(server, {}, { retries: 2 });
    const pages: SyncPage[] = [];
    await assert.rejects(
      async () => {
        for await (const page of ob.sync({ from: null })) pages.push(page);
      },
      (error: unknown) => {
        assert.ok(error instanceof SourceError);
        assert.equal(error.kind, 'http');
        assert.match(error.message, /HTTP 502.*gave up after 3 attempts/);
        return true;
      },
    );
    assert.deepEqual(keysOf(pages), [ids(1, 2, 3)]);
    server.reset();
    assert.deepEqual(keysOf(await collect(ob.sync({ from: pages[0]?.checkpoint ?? null }))), [ids(4, 5, 6), ids(7)]);
  });

  for (const [fault, kind] of [
    [{ kind: 'status' }, 'http'],
    [{ kind: 'rate-limit', retryAfter: '0' }, 'http'],
    [{ kind: 'truncate' }, 'network'],
    [{ kind: 'reset' }, 'network'],
    [{ kind: 'hang' }, 'timeout'],
    [{ kind: 'soft-404' }, 'not-found'],
  ] as const) {
    it(`should stop with a ${kind} SourceError when the fault (${fault.kind}) outlasts the retries`, async () => {
      server.addFault({ ...fault, path: '/sru', nth: 2, times: Number.POSITIVE_INFINITY });
      const pages: SyncPage[] = [];
      await assert.rejects(
        async () => {
          for await (const page of connectorFor(server, {}, { retries: 1, timeoutMs: 100 }).sync({ from: null })) {
            pages.push(page);
          }
        },
        { name: 'SourceError', kind },
      );
      assert.deepEqual(keysOf(pages), [ids(1, 2, 3)]);
      assert.equal(server.requestsTo('/sru').length, kind === 'not-found' ? 2 : 3);
    });
  }

  it('should stop with an invalid SourceError when a page stays unreadable', async () => {
    server.addFault({ kind: 'invalid-xml', path: '/sru', times: Number.POSITIVE_INFINITY });
    await assert.rejects(collect(connectorFor(server).sync({ from: null })), (error: unknown) => {
      assert.ok(error instanceof SourceError);
      assert.equal(error.kind, 'invalid');
      assert.match(error.message, /the answer is not an SRU search answer \(not well-formed XML/);
      return true;
    });
    assert.equal(server.requestsTo('/sru').length, 3);
  });

  it("should stop with the service's words when it refuses the query", async () => {
    server.addFault({ kind: 'diagnostic', path: '/sru' });
    await assert.rejects(collect(connectorFor(server).sync({ from: null })), {
      name: 'SourceError',
      kind: 'invalid',
      message: 'the officielebekendmakingen search refused the query: Query syntax error: unsupported index w.example',
    });
  });

  it('should fall back from XML to HTML to PDF, and say what failed', async () => {
    (server.papers[2] as FakePaper).formats = ['pdf'];
    server.addFault({ kind: 'status', status: 404, path: '/kst-99001-2.xml' });
    server.addFault({ kind: 'soft-404', path: '/kst-99001-4.', times: 3 });
    server.addFault({ kind: 'status', status: 500, path: '/kst-99001-5/1/metadata/', times: Number.POSITIVE_INFINITY });
    const items = (await collect(connectorFor(server, {}, { retries: 1 }).sync({ from: null }))).flatMap(
      (page) => page.items,
    );
    const [, second, third, fourth, fifth] = items;
    assert.match(second?.file?.url ?? '', /\/html\/kst-99001-2\.html$/);
    assert.equal(second?.file?.contentType, 'text/html; charset=utf-8');
    assert.deepEqual(second?.problems, [
      'the XML file could not be fetched: ' +
        `${new URL(server.url).host}/frbr/officielepublicaties/kst/99001/kst-99001-2/1/xml/kst-99001-2.xml: not found (HTTP 404)`,
    ]);
    assert.match(third?.file?.url ?? '', /\/pdf\/kst-99001-3\.pdf$/);
    assert.match(text(third?.file?.bytes) ?? '', /^%PDF-1\.4/);
    assert.deepEqual(third?.problems, []);
    assert.equal(fourth?.file, null);
    assert.equal(fourth?.problems.length, 3);
    assert.match(
      fourth?.problems[2] ?? '',
      /^the PDF file could not be fetched: .*not found \(the server shows a "page not found"\)$/,
    );
    assert.ok(fourth?.metadata);
    assert.ok(fifth?.file);
    assert.equal(fifth?.metadata, null);
    assert.match(
      fifth?.problems[0] ?? '',
      /^the metadata\.xml could not be fetched: .*HTTP 500.*gave up after 2 attempts\)$/,
    );
  });

  it('should list, in a dry run, what it would fetch without fetching it', async () => {
    const pages = await collect(connectorFor(server).sync({ from: null, dryRun: true }));
    const items = pages.flatMap((page) => page.items);
    assert.equal(items.length, 7);
    assert.ok(items.every((item) => item.file === null && item.metadata === null && item.problems.length === 0));
    assert.match(items[0]?.fileUrls[0] ?? '', /\/xml\/kst-99001-1\.xml$/);
    assert.match(items[0]?.fileUrls[1] ?? '', /\/metadata\/metadata\.xml$/);
    assert.deepEqual(
      server.requests.filter((request: { path: string }) => !request.path.startsWith('/sru')),
      [],
    );
  });

  it('should ask politely: one request at a time, naming Griffie', async () => {
    await collect(connectorFor(server, {}, { version: '9.9.9' }).sync({ from: null }));
    assert.equal(server.requests.length, 3 + 7 * 2);
    assert.equal(server.maxConcurrent, 1);
    assert.ok(
      server.requests.every((request: { userAgent: string | null }) =>
        request.userAgent?.startsWith('Griffie/9.9.9 (+'),
      ),
    );
  });

  it('should tell its progress', async () => {
    server.addFault({ kind: 'status', path: '/sru', nth: 3 });
    const events: SyncProgress[] = [];
    await collect(connectorFor(server).sync({ from: null, onProgress: (event) => events.push(event) }));
    assert.deepEqual(
      events.map((event) => event.kind),
      ['page', 'item', 'item', 'item', 'page', 'item', 'item', 'item', 'retry', 'page', 'item'],
    );
    assert.deepEqual(events[0] && { ...events[0], url: '' }, {
      kind: 'page',
      stream: 'ob',
      url: '',
      entries: 3,
      total: 7,
    });
  });

  it('should refuse options it cannot honour, in words for users', async () => {
    const ob = connectorFor(server);
    await assert.rejects(collect(ob.sync({ from: null, since: '2025-02-30' })), {
      name: 'SourceOptionError',
      message: 'since must be a date written YYYY-MM-DD, not "2025-02-30"',
    });
    await assert.rejects(collect(ob.sync({ from: null, dossier: 'abc' })), /dossier must be a dossier number/);
    await assert.rejects(collect(ob.sync({ from: null, since: '2025-03-02', until: '2025-03-01' })), /is after until/);
    const [first] = await collect(ob.sync({ from: null, since: '2025-03-01' }));
    await assert.rejects(
      collect(ob.sync({ from: first?.checkpoint ?? null, since: '2025-01-01' })),
      /an interrupted sync of "ob" began with since 2025-03-01/,
    );
    assert.throws(() => createObConnector({ baseUrl: 'ftp://repository.overheid.nl' }), TypeError);
    assert.throws(() => createObConnector({ pageSize: 5000 }), TypeError);
  });
});
