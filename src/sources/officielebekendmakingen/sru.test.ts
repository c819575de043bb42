/**
 * Tests of the SRU side of the officielebekendmakingen connector: the CQL it writes,
 * reading records (the real record of `../shared/fixtures/ob-xml-misc/searchrec.xml`,
 * and the namespaced form of the service), and its checkpoints.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sharedOrSkip } from '../../../test/support/shared.ts';
import { readXml } from '../xml/index.ts';
import { advance, completePass, decodeObCheckpoint, encodeObCheckpoint, type ObState } from './checkpoint.ts';
import { buildCql, sruUrl } from './cql.ts';
import { readSruPage, readSruRecord } from './sru.ts';

const NO_SCOPE = { since: null, until: null, dossier: null, type: null };

describe('buildCql', () => {
  it('should ask for Kamerstukken sorted by identifier', () => {
    assert.equal(
      buildCql(NO_SCOPE, { modifiedFrom: null, after: null }),
      'c.product-area==officielepublicaties AND dt.type=Kamerstuk sortBy dt.identifier/sort.ascending',
    );
  });

  it('should add dates, the changes since, dossier, type and the key to continue after', () => {
    const cql = buildCql(
      { since: '2025-01-01', until: '2025-12-31', dossier: '36200-VII', type: 'Brief "regering"' },
      { modifiedFrom: '2025-03-01', after: 'kst-36200-VII-5' },
    );
    assert.equal(
      cql,
      'c.product-area==officielepublicaties AND dt.type=Kamerstuk AND dt.date>=2025-01-01 AND dt.date<=2025-12-31' +
        ' AND dt.modified>=2025-03-01 AND w.dossiernummer=="36200-VII" AND w.subrubriek="Brief \\"regering\\""' +
        ' AND dt.identifier>"kst-36200-VII-5" sortBy dt.identifier/sort.ascending',
    );
    assert.match(
      buildCql({ ...NO_SCOPE, dossier: '99001' }, { modifiedFrom: null, after: null }),
      /w\.dossiernummer==99001 /,
    );
  });

  it('should write the search URL with the query encoded', () => {
    const url = new URL(sruUrl('https://repository.overheid.nl/sru', 'a==b AND c>="d"', 51, 50));
    assert.equal(url.searchParams.get('query'), 'a==b AND c>="d"');
    assert.equal(url.searchParams.get('startRecord'), '51');
    assert.equal(url.searchParams.get('maximumRecords'), '50');
    assert.equal(url.searchParams.get('httpAccept'), 'application/xml');
  });
});

describe('readSruRecord', () => {
  it('should read the real record of the fixture (prefixes stripped)', (t) => {
    const shared = sharedOrSkip(t);
    if (!shared) return;
    const text = readFileSync(join(shared, 'fixtures/ob-xml-misc/searchrec.xml'), 'utf8');
    const record = readSruRecord(readXml(text));
    assert.equal(record.identifier, 'gmb-2023-174296');
    assert.equal(record.modified, '2023-04-20');
    assert.equal(record.preferredUrl, 'https://zoek.officielebekendmakingen.nl/gmb-2023-174296.html');
    const base = 'https://repository.overheid.nl/frbr/officielepublicaties/gmb/2023/gmb-2023-174296/1';
    assert.equal(record.manifestations.xml, `${base}/xml/gmb-2023-174296.xml`);
    assert.equal(record.manifestations.html, `${base}/html/gmb-2023-174296.html`);
    assert.equal(record.manifestations.pdf, `${base}/pdf/gmb-2023-174296.pdf`);
    assert.equal(record.manifestations.metadata, `${base}/metadata/metadata.xml`);
  });
});

describe('readSruPage', () => {
  it('should read the total, the records and the next position of a namespaced answer', () => {
    const page = readSruPage(
      readXml(
        '<sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse">' +
          '<sru:numberOfRecords>7</sru:numberOfRecords><sru:records><sru:record><sru:recordData>' +
          '<gzd:gzd xmlns:gzd="http://standaarden.overheid.nl/sru" xmlns:dcterms="http://purl.org/dc/terms/">' +
          '<gzd:originalData><overheidwetgeving:meta xmlns:overheidwetgeving="x"><owmskern>' +
          '<dcterms:identifier>kst-99001-1</dcterms:identifier><dcterms:modified>2025-03-01</dcterms:modified>' +
          '</owmskern></overheidwetgeving:meta></gzd:originalData><gzd:enrichedData>' +
          '<gzd:itemUrl manifestation="xml">https://x.test/kst-99001-1.xml</gzd:itemUrl></gzd:enrichedData>' +
          '</gzd:gzd></sru:recordData></sru:record></sru:records>' +
          '<sru:nextRecordPosition>2</sru:nextRecordPosition></sru:searchRetrieveResponse>',
      ),
    );
    assert.equal(page.total, 7);
    assert.equal(page.nextPosition, 2);
    assert.equal(page.diagnostic, null);
    assert.deepEqual(
      page.records.map((record) => [record.identifier, record.modified, record.manifestations.xml]),
      [['kst-99001-1', '2025-03-01', 'https://x.test/kst-99001-1.xml']],
    );
  });

  it("should bring out the service's diagnostic", () => {
    const page = readSruPage(
      readXml(
        '<searchRetrieveResponse><numberOfRecords>0</numberOfRecords><diagnostics><diagnostic>' +
          '<uri>info:srw/diagnostic/1/10</uri><message>Query syntax error</message><details>at w.x</details>' +
          '</diagnostic></diagnostics></searchRetrieveResponse>',
      ),
    );
    assert.equal(page.diagnostic, 'Query syntax error: at w.x');
    assert.deepEqual(page.records, []);
  });
});

describe('OB checkpoints', () => {
  const state: ObState = {
    stream: 'ob',
    since: '2025-01-01',
    modifiedFrom: null,
    after: null,
    start: 1,
    passStarted: '2025-04-01',
    high: null,
  };

  it('should read back what they write, and only for their own stream', () => {
    assert.deepEqual(decodeObCheckpoint(encodeObCheckpoint(state), 'ob'), state);
    assert.throws(() => decodeObCheckpoint(encodeObCheckpoint(state), 'ob:dossier=99001'), /belongs to stream "ob"/);
    assert.throws(() => decodeObCheckpoint('{"v":1}', 'ob'), TypeError);
    assert.throws(() => decodeObCheckpoint('12345', 'ob'), TypeError);
  });

  it('should move on by position, and by key past the paging limit', () => {
    const paging = { pageSize: 10, maxPosition: 30 };
    const second = advance(state, { received: 10, lastIdentifier: 'kst-99001-18', high: '2025-03-02' }, paging);
    assert.deepEqual([second.start, second.after, second.high], [11, null, '2025-03-02']);
    const third = advance(second, { received: 10, lastIdentifier: 'kst-99001-27', high: '2025-03-02' }, paging);
    assert.deepEqual([third.start, third.after], [21, null]);
    const fourth = advance(third, { received: 10, lastIdentifier: 'kst-99001-36', high: '2025-03-05' }, paging);
    assert.deepEqual([fourth.start, fourth.after], [1, 'kst-99001-36']);
  });

  it('should start the next pass a day before the earlier of the last change and the pass start', () => {
    const done = completePass(state, '2025-03-05', 1);
    assert.deepEqual(done, { ...state, modifiedFrom: '2025-03-04', passStarted: null });
    assert.equal(completePass(state, '2025-05-01', 1).modifiedFrom, '2025-03-31');
    assert.equal(completePass(state, null, 1).modifiedFrom, '2025-03-31');
    const later = { ...state, modifiedFrom: '2025-03-05' };
    assert.equal(completePass(later, '2025-03-05', 1).modifiedFrom, '2025-03-05');
  });
});
