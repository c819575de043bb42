/**
 * Tests of the Tweede Kamer connector against the local fake of the official servers:
 * feed pages by skiptoken, deleted entities, files, resuming, faults mid-sync, `since`,
 * categories, dry runs.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { fictionalEntities, fictionalGuid, startOfficialServer } from '../../../test/support/official-server.ts';
import { SourceError } from '../errors.ts';
import { createHttpClient, type HttpClientOptions } from '../http/client.ts';
import type { SyncPage } from '../types.ts';
import { parseTkCategories } from './categories.ts';
import { createTkConnector } from './connector.ts';

type Server = Awaited<ReturnType<typeof startOfficialServer>>;
type FakeEntity = ReturnType<typeof fictionalEntities>[number];

const HTTP: HttpClientOptions = { pauseMs: 0, retries: 3, retryBaseMs: 2, retryMaxMs: 10, timeoutMs: 300 };

function connectorFor(server: Server, http: HttpClientOptions = {}) {
  return createTkConnector({ baseUrl: server.url, http: createHttpClient({ ...HTTP, ...http }) });
}

async function collect(pages: AsyncIterable<SyncPage>): Promise<SyncPage[]> {
  const all: SyncPage[] = [];
  for await (const page of pages) all.push(page);
  return all;
}

const keysOf = (pages: SyncPage[]) => pages.map((page) => page.items.map((item) => item.key));
const guids = (...numbers: number[]) => numbers.map((n) => fictionalGuid(n));
const text = (bytes: Uint8Array | null | undefined) => (bytes ? new TextDecoder().decode(bytes) : null);

describe('createTkConnector', () => {
  let server: Server;

  before(async () => {
    server = await startOfficialServer({ entities: fictionalEntities(5, 3), feedPageSize: 2 });
  });
  beforeEach(() => {
    server.reset();
    server.entities.splice(0, server.entities.length, ...fictionalEntities(5, 3));
  });
  after(() => server.close());

  it('should yield the feed page by page, with the skiptoken after each page as its checkpoint', async () => {
    const pages = await collect(connectorFor(server).sync({ from: null, category: 'Document' }));
    assert.deepEqual(keysOf(pages), [guids(1, 2), guids(3, 4), guids(5)]);
    assert.deepEqual(
      pages.map((page) => page.checkpoint),
      ['102', '104', '105'],
    );
    assert.ok(pages.every((page) => page.stream === 'tk:Document'));
    assert.deepEqual(
      server.requestsTo('/Feed').map((request) => request.path),
      [
        '/SyncFeed/2.0/Feed?category=Document',
        '/SyncFeed/2.0/Feed?category=Document&skiptoken=102',
        '/SyncFeed/2.0/Feed?category=Document&skiptoken=104',
      ],
    );
  });

  it("should give each document its file and its entity's XML, standalone", async () => {
    const pages = await collect(connectorFor(server).sync({ from: null }));
    const first = pages[0]?.items[0];
    assert.ok(first);
    const entity = server.entities[0] as FakeEntity;
    assert.deepEqual(
      { ...first, file: first.file && { ...first.file, bytes: [...first.file.bytes] }, entity: null },
      {
        source: 'tk',
        key: entity.guid,
        updated: entity.updated,
        deleted: false,
        url: `${server.url}/SyncFeed/2.0/Entiteiten/${entity.guid}`,
        file: {
          bytes: [...(entity.file?.bytes ?? [])],
          url: `${server.url}/SyncFeed/2.0/Resources/${entity.guid}`,
          contentType: 'application/pdf',
        },
        metadata: null,
        entity: null,
        problems: [],
        fileUrls: [`${server.url}/SyncFeed/2.0/Resources/${entity.guid}`],
      },
    );
    const xml = text(first.entity) ?? '';
    assert.match(xml, /^<document xmlns:tk="http:\/\/www\.tweedekamer\.nl\/xsd\/tkData\/v1-0" xmlns="http/);
    assert.match(xml, /<documentNummer>2099D00001<\/documentNummer>.*<\/document>$/);
  });

  it('should mark a deleted entity and fetch no file for it', async () => {
    const items = (await collect(connectorFor(server).sync({ from: null }))).flatMap((page) => page.items);
    const deleted = items.filter((item) => item.deleted);
    assert.deepEqual(
      deleted.map((item) => [item.key, item.file, item.fileUrls, item.problems]),
      [[fictionalGuid(3), null, [], []]],
    );
    assert.match(text(deleted[0]?.entity) ?? '', /tk:verwijderd="true"/);
    assert.deepEqual(server.requestsTo(`/Resources/${fictionalGuid(3)}`), []);
    assert.equal(server.requestsTo('/Resources/').length, 4);
  });

  it("should resume from a page's checkpoint with exactly the pages after it, and stop when caught up", async () => {
    const tk = connectorFor(server);
    const pages = await collect(tk.sync({ from: null }));
    for (const [index, page] of pages.entries()) {
      const resumed = await collect(tk.sync({ from: page.checkpoint }));
      assert.deepEqual(keysOf(resumed), keysOf(pages.slice(index + 1)));
      assert.deepEqual(
        resumed.map((next) => next.checkpoint),
        pages.slice(index + 1).map((next) => next.checkpoint),
      );
    }
    server.reset();
    server.entities.push({ ...(fictionalEntities(6)[5] as FakeEntity) });
    assert.deepEqual(keysOf(await collect(tk.sync({ from: '105' }))), [guids(6)]);
  });

  const faults = [
    { kind: 'status' },
    { kind: 'rate-limit', retryAfter: '0' },
    { kind: 'truncate' },
    { kind: 'reset' },
    { kind: 'invalid-xml' },
    { kind: 'hang' },
  ] as const;
  for (const fault of faults) {
    it(`should deliver every entity exactly once after a fault (${fault.kind}) on a page or a file`, async () => {
      server.addFault({ ...fault, path: '/Feed', nth: 2 });
      if (fault.kind !== 'invalid-xml') server.addFault({ ...fault, path: `/Resources/${fictionalGuid(4)}` });
      const pages = await collect(connectorFor(server).sync({ from: null }));
      assert.deepEqual(keysOf(pages), [guids(1, 2), guids(3, 4), guids(5)]);
      const fourth = pages[1]?.items[1];
      assert.deepEqual(fourth?.file?.bytes && [...fourth.file.bytes], [
        ...((server.entities[3] as FakeEntity).file?.bytes ?? []),
      ]);
      assert.deepEqual(
        pages.flatMap((page) => page.items.flatMap((item) => item.problems)),
        [],
      );
      assert.equal(server.requestsTo('/Feed').length, 4);
    });
  }

  it('should stop with a SourceError when a page keeps failing, after the pages before it', async () => {
    server.addFault({ kind: 'hang', path: '/Feed', nth: 3, times: Number.POSITIVE_INFINITY });
    const pages: SyncPage[] = [];
    await assert.rejects(
      async () => {
        for await (const page of connectorFor(server, { retries: 1, timeoutMs: 100 }).sync({ from: null })) {
          pages.push(page);
        }
      },
      (error: unknown) => {
        assert.ok(error instanceof SourceError);
        assert.equal(error.kind, 'timeout');
        assert.match(error.message, /no complete answer within 0\.1 s \(gave up after 2 attempts\)$/);
        return true;
      },
    );
    assert.deepEqual(
      pages.map((page) => page.checkpoint),
      ['102', '104'],
    );
  });

  it('should deliver an entity whose file cannot be fetched with no file and the reason', async () => {
    server.addFault({ kind: 'status', status: 404, path: `/Resources/${fictionalGuid(2)}` });
    const items = (await collect(connectorFor(server).sync({ from: null }))).flatMap((page) => page.items);
    const second = items[1];
    assert.equal(second?.file, null);
    assert.ok(second?.entity);
    assert.match(second?.problems[0] ?? '', /^the file could not be fetched: .*not found \(HTTP 404\)$/);
  });

  it("should fetch a document's resource when the entry links no enclosure", async () => {
    (server.entities[0] as FakeEntity).enclosure = false;
    const [page] = await collect(connectorFor(server).sync({ from: null }));
    assert.equal(page?.items[0]?.file?.url, `${server.url}/SyncFeed/2.0/Resources/${fictionalGuid(1)}`);
    assert.ok(page?.items[0]?.file);
  });

  it('should pass over entries updated before since, and still move the checkpoint on', async () => {
    const pages = await collect(connectorFor(server).sync({ from: null, since: '2025-03-04' }));
    assert.deepEqual(keysOf(pages), [[], guids(4), guids(5)]);
    assert.deepEqual(
      pages.map((page) => page.checkpoint),
      ['102', '104', '105'],
    );
    assert.equal(server.requestsTo('/Resources/').length, 2);
  });

  it('should read Zaak and Kamerstukdossier entities without files, and ns1: deletions', async () => {
    const tk = connectorFor(server);
    const [dossier] = await collect(tk.sync({ from: null, category: 'kamerstukdossier' }));
    assert.equal(dossier?.stream, 'tk:Kamerstukdossier');
    assert.deepEqual(
      dossier?.items.map((item) => [item.key, item.file, item.deleted]),
      [[fictionalGuid(9001), null, false]],
    );
    assert.match(text(dossier?.items[0]?.entity) ?? '', /<nummer>99001<\/nummer>/);
    server.entities.push({
      guid: fictionalGuid(9003),
      category: 'Toezegging',
      skiptoken: 701,
      updated: '2025-03-05T09:00:00+01:00',
      deleted: true,
      xml:
        `<ns1:toezegging xmlns:ns1="http://www.tweedekamer.nl/xsd/tkData/v1-0" id="${fictionalGuid(9003)}"` +
        ' ns1:bijgewerkt="2025-03-05T09:00:00+01:00" ns1:verwijderd="true" />',
    });
    const [toezegging] = await collect(tk.sync({ from: null, category: 'Toezegging' }));
    assert.deepEqual(
      toezegging?.items.map((item) => [item.key, item.deleted]),
      [[fictionalGuid(9003), true]],
    );
    assert.deepEqual(server.requestsTo('/Resources/'), []);
  });

  it('should list, in a dry run, the files it would fetch without fetching them', async () => {
    const items = (await collect(connectorFor(server).sync({ from: null, dryRun: true }))).flatMap(
      (page) => page.items,
    );
    assert.equal(items.length, 5);
    assert.ok(items.every((item) => item.file === null && item.entity !== null));
    assert.deepEqual(
      items.map((item) => item.fileUrls.length),
      [1, 1, 0, 1, 1],
    );
    assert.deepEqual(server.requestsTo('/Resources/'), []);
  });

  it('should ask politely: one request at a time, naming Griffie', async () => {
    await collect(connectorFor(server, { version: '9.9.9', pauseMs: 2 }).sync({ from: null }));
    assert.equal(server.requests.length, 3 + 4);
    assert.equal(server.maxConcurrent, 1);
    assert.ok(
      server.requests.every((request: { userAgent: string | null }) =>
        request.userAgent?.startsWith('Griffie/9.9.9 (+'),
      ),
    );
  });

  it('should refuse a checkpoint or category it does not know', async () => {
    const tk = connectorFor(server);
    await assert.rejects(collect(tk.sync({ from: '{"v":1}' })), TypeError);
    await assert.rejects(
      collect(tk.sync({ from: null, category: 'Documenten' })),
      /"Documenten" is not a Tweede Kamer category/,
    );
    assert.equal(server.requests.length, 0);
  });

  it('should stop with a SourceError when a page has entries but no skiptoken to continue from', async () => {
    for (const entity of server.entities) entity.nextLink = false;
    await assert.rejects(collect(connectorFor(server).sync({ from: null, category: 'Zaak' })), {
      name: 'SourceError',
      kind: 'invalid',
      message: `${new URL(server.url).host}/SyncFeed/2.0/Feed: the feed page gives no skiptoken to continue from`,
    });
  });
});

describe('parseTkCategories', () => {
  it('should put Document first, keep the order of the others, and read any case', () => {
    assert.deepEqual(parseTkCategories(undefined), ['Document']);
    assert.deepEqual(parseTkCategories('zaak, Kamerstukdossier,document,zaak'), [
      'Document',
      'Zaak',
      'Kamerstukdossier',
    ]);
    assert.deepEqual(parseTkCategories(['Toezegging']), ['Toezegging']);
    assert.throws(() => parseTkCategories('Zaak,Foo'), /"Foo" is not a Tweede Kamer category/);
  });

  it('should read votes as the categories of the decisions, each once', () => {
    assert.deepEqual(parseTkCategories('document,Votes,zaak'), [
      'Document',
      'Zaak',
      'DocumentVersie',
      'Besluit',
      'Stemming',
      'Agendapunt',
      'Activiteit',
      'Fractie',
      'Persoon',
    ]);
  });
});
