/**
 * Tests of reading SyncFeed pages: GUIDs, links, entity XML inline or as CDATA, and
 * the `verwijderd` mark with any prefix.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readXml } from '../xml/index.ts';
import { readSyncFeedPage } from './atom.ts';

const GUID = '99000000-0000-4000-8000-000000000042';

function page(entries: string, feedLinks = ''): string {
  return `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:tk="http://www.tweedekamer.nl/xsd/tkData/v1-0">${feedLinks}${entries}</feed>`;
}

const read = (text: string) => readSyncFeedPage(readXml(text), text);

describe('readSyncFeedPage', () => {
  it("should read an entry's GUID, dates, links and entity", () => {
    const text = page(
      `<entry><title>${GUID.toUpperCase()}</title><updated>2025-03-05T10:00:00+01:00</updated>` +
        '<link rel="next" href="https://x.test/SyncFeed/2.0/Feed?skiptoken=7&amp;category=Document"/>' +
        `<link rel="enclosure" href="https://x.test/SyncFeed/2.0/Resources/${GUID}"/>` +
        `<content type="application/xml"><document id="${GUID}" tk:verwijderd="false" tk:contentType="application/pdf"/></content></entry>`,
      '<link rel="self" href="https://x.test/a"/><link rel="next" href="https://x.test/b?skiptoken=7"/>',
    );
    const { entries, next } = read(text);
    assert.equal(next, 'https://x.test/b?skiptoken=7');
    assert.deepEqual(entries, [
      {
        guid: GUID,
        entryId: null,
        updated: '2025-03-05T10:00:00+01:00',
        next: 'https://x.test/SyncFeed/2.0/Feed?skiptoken=7&category=Document',
        enclosure: `https://x.test/SyncFeed/2.0/Resources/${GUID}`,
        entityXml: `<document xmlns="http://www.w3.org/2005/Atom" xmlns:tk="http://www.tweedekamer.nl/xsd/tkData/v1-0" id="${GUID}" tk:verwijderd="false" tk:contentType="application/pdf"/>`,
        deleted: false,
        contentType: 'application/pdf',
        problems: [],
      },
    ]);
  });

  it('should take the GUID from the entity when the title is none, and read CDATA content', () => {
    const text = page(
      `<entry><title>Document</title><content type="application/xml"><![CDATA[<zaak id="${GUID}" ns1:verwijderd="true" xmlns:ns1="urn:x"/>]]></content></entry>`,
    );
    const [entry] = read(text).entries;
    assert.equal(entry?.guid, GUID);
    assert.equal(entry?.deleted, true);
    assert.equal(entry?.entityXml, `<zaak id="${GUID}" ns1:verwijderd="true" xmlns:ns1="urn:x"/>`);
    assert.equal(entry?.next, null);
  });

  it('should say so when the entity XML is unreadable, and have no GUID without one', () => {
    const [entry] = read(page('<entry><title>?</title><content><![CDATA[<zaak id="x">]]></content></entry>')).entries;
    assert.equal(entry?.guid, null);
    assert.equal(entry?.entityXml, null);
    assert.match(entry?.problems[0] ?? '', /^an entry's entity XML is unreadable \(not well-formed XML/);
  });
});
