import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ParseError } from '../errors.ts';
import { readSyncFeedEntity, readSyncFeedRecord, readSyncFeedRecords } from './syncfeed.ts';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/tk');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

const ID = 'a1f0c3d2-5b6e-4c7d-8e9f-0a1b2c3d4e5f';
const NS = 'xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0" xmlns:tk="http://www.tweedekamer.nl/xsd/tkData/v1-0"';
const entity = (
  name: string,
  body = '',
  attributes = `id="${ID}" tk:bijgewerkt="2024-11-15T08:12:46Z" tk:verwijderd="false"`,
) => `<${name} ${attributes} ${NS}>${body}</${name}>`;

function refused(xml: string | Uint8Array, code: string, message: RegExp): void {
  assert.throws(
    () => readSyncFeedRecord(xml),
    (error: unknown) => error instanceof ParseError && error.code === code && message.test(error.message),
  );
}

describe('readSyncFeedEntity', () => {
  it('should read every field of a Document entity, relations as references', () => {
    const meta = readSyncFeedEntity(fixture('syncfeed-document.xml'));
    assert.equal(meta.origin, 'syncfeed');
    assert.equal(meta.id, ID);
    assert.equal(meta.soort, 'Brief regering');
    assert.equal(meta.documentNummer, '2024D98765');
    assert.equal(meta.titel, 'Voorbeeldwet digitale dijkbewaking (fictief voorbeeld)');
    assert.equal(meta.onderwerp, 'Voortgang van de digitale dijkbewaking in voorbeeldgebieden (fictief voorbeeld)');
    assert.equal(meta.datum, '2024-11-14');
    assert.equal(meta.volgnummer, 4);
    assert.equal(meta.vergaderjaar, '2024-2025');
    assert.equal(meta.aanhangselnummer, null, 'xsi:nil is no value');
    assert.deepEqual(meta.kamerstukdossiers, [
      { id: 'c3d2e5f4-7d80-4e9f-a0b1-2c3d4e5f6071', nummer: null, toevoeging: null, titel: null },
    ]);
    assert.deepEqual(
      meta.zaken.map((z) => [z.id, z.nummer]),
      [['d4e3f605-8e91-4fa0-b1c2-3d4e5f607182', null]],
    );
    assert.equal(meta.documentVersie?.id, 'b2e1d4c3-6c7f-4d8e-9fa0-1b2c3d4e5f60');
    assert.equal(meta.verwijderd, false);
    assert.equal(meta.bijgewerkt, '2024-11-15T08:12:46.5532718Z');
    assert.equal(meta.contentType, 'application/pdf');
    assert.equal(meta.resourceUrl, `https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Resources/${ID}`);
    assert.deepEqual(meta.warnings, []);
  });

  it('should read a deleted entity in an Atom entry', () => {
    const meta = readSyncFeedEntity(fixture('syncfeed-entry-deleted.xml'));
    assert.equal(meta.id, ID);
    assert.equal(meta.verwijderd, true);
    assert.equal(meta.bijgewerkt, '2024-12-02T09:41:07.3015591Z');
    assert.deepEqual([meta.soort, meta.datum, meta.resourceUrl], [null, null, null]);
    assert.deepEqual(meta.warnings, [], 'a deleted entity need not carry its fields');
  });

  it("should take the file URL from the entry's enclosure link", () => {
    const xml = `<entry xmlns="http://www.w3.org/2005/Atom">
      <link rel="enclosure" href="https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Resources/${ID}?v=2" />
      <content type="application/xml">${entity('document', '<soort>Motie</soort>')}</content></entry>`;
    assert.equal(
      readSyncFeedEntity(xml).resourceUrl,
      `https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Resources/${ID}?v=2`,
    );
  });

  it('should read an entity written as CDATA text in the entry', () => {
    const xml = `<entry xmlns="http://www.w3.org/2005/Atom"><content type="application/xml"><![CDATA[${entity(
      'document',
      '<soort>Amendement</soort>',
    )}]]></content></entry>`;
    assert.equal(readSyncFeedEntity(xml).soort, 'Amendement');
  });

  it('should read the one entry of a feed page', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Document</title>
      <link rel="next" href="https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/Feed?category=Document&amp;skiptoken=99" />
      <entry><content type="application/xml">${entity('document', '<soort>Motie</soort>')}</content></entry></feed>`;
    assert.equal(readSyncFeedEntity(xml).soort, 'Motie');
  });

  it('should read any prefix bound to the tkData namespace, and bytes', () => {
    const xml = `<ns1:document id="${ID}" ns1:bijgewerkt="2024-11-15T08:12:46Z" ns1:verwijderd="false"
      xmlns:ns1="http://www.tweedekamer.nl/xsd/tkData/v1-0"><ns1:soort>Brief commissie</ns1:soort>
      <ns1:onderwerp>Reactie op fictief voorbeeld &amp; meer</ns1:onderwerp></ns1:document>`;
    const meta = readSyncFeedEntity(Buffer.from(xml, 'utf8'));
    assert.equal(meta.soort, 'Brief commissie');
    assert.equal(meta.onderwerp, 'Reactie op fictief voorbeeld & meer');
  });

  it('should read UTF-16 bytes with a byte-order mark', () => {
    const xml = `\ufeff${entity('document', '<titel>Gecreëerd voorbeeld</titel>')}`;
    assert.equal(readSyncFeedEntity(Buffer.from(xml, 'utf16le')).titel, 'Gecreëerd voorbeeld');
  });

  it('should ignore fields of another namespace', () => {
    const xml = entity('document', '<x:soort xmlns:x="urn:other">Motie</x:soort><soort>Amendement</soort>');
    assert.equal(readSyncFeedEntity(xml).soort, 'Amendement');
  });

  it('should warn about malformed values and missing fields, not throw', () => {
    const meta = readSyncFeedEntity(entity('document', '<datum>2024-02-30T00:00:00</datum><volgnummer>0</volgnummer>'));
    assert.deepEqual(meta.warnings, [
      'the record\'s datum "2024-02-30T00:00:00" is not a date',
      'the record\'s volgnummer "0" is not a document number',
      'the record gives no soort',
      'the record gives no documentNummer',
    ]);
  });

  it('should refuse an entity of another type, and say which', () => {
    assert.throws(
      () => readSyncFeedEntity(fixture('syncfeed-entry-zaak.xml')),
      (error: unknown) => error instanceof ParseError && /is a zaak, not a document/.test(error.message),
    );
  });
});

describe('readSyncFeedRecord', () => {
  it('should read a Kamerstukdossier entity', () => {
    const record = readSyncFeedRecord(fixture('syncfeed-kamerstukdossier.xml'));
    assert.equal(record.entity, 'kamerstukdossier');
    assert.ok(record.entity === 'kamerstukdossier');
    assert.deepEqual(record.kamerstukdossier, {
      id: 'c3d2e5f4-7d80-4e9f-a0b1-2c3d4e5f6071',
      nummer: '99123',
      toevoeging: null,
      titel: 'Voorbeeldwet digitale dijkbewaking (fictief voorbeeld)',
    });
    assert.equal(record.bijgewerkt, '2024-11-14T15:05:01.8817263Z');
  });

  it('should read a Zaak entity from an Atom entry, with its dossier reference', () => {
    const record = readSyncFeedRecord(fixture('syncfeed-entry-zaak.xml'));
    assert.ok(record.entity === 'zaak');
    assert.deepEqual(record.zaak, {
      id: 'd4e3f605-8e91-4fa0-b1c2-3d4e5f607182',
      nummer: '2024Z98765',
      soort: 'Brief regering',
      onderwerp: 'Voortgang van de digitale dijkbewaking in voorbeeldgebieden (fictief voorbeeld)',
    });
    assert.equal(record.kamerstukdossierRef, 'c3d2e5f4-7d80-4e9f-a0b1-2c3d4e5f6071');
  });

  it('should read a DocumentVersie and a DocumentActor with the document they belong to', () => {
    const versie = readSyncFeedRecord(fixture('syncfeed-documentversie.xml'));
    assert.ok(versie.entity === 'documentVersie');
    assert.deepEqual(versie.documentVersie, {
      id: 'b2e1d4c3-6c7f-4d8e-9fa0-1b2c3d4e5f60',
      versienummer: 2,
      externeIdentifier: 'kst-99123-4',
      extensie: '.pdf',
    });
    assert.equal(versie.documentRef, ID);
    const actor = readSyncFeedRecord(fixture('syncfeed-documentactor.xml'));
    assert.ok(actor.entity === 'documentActor');
    assert.deepEqual(actor.actor, {
      id: 'e5f40716-9fa2-40b1-82d3-4e5f60718293',
      naam: 'A.B. Voorbeeld',
      functie: 'minister van Infrastructuur en Waterstaat',
      fractie: null,
      relatie: 'Eerste ondertekenaar',
    });
    assert.equal(actor.documentRef, ID);
  });

  it('should refuse XML that breaks off, with a message for a user', () => {
    const whole = fixture('syncfeed-document.xml');
    refused(
      whole.slice(0, whole.indexOf('<datum>') + 10),
      'unreadable',
      /breaks off before its <datum> element is closed/,
    );
  });

  it('should refuse XML with an element closed in the wrong place', () => {
    refused(entity('document', '<soort>Motie</document></soort>'), 'unreadable', /<soort> element is closed/);
  });

  it('should refuse a DOCTYPE, two roots, text outside the root and text that is no XML', () => {
    refused(`<!DOCTYPE document [<!ENTITY x "xxx">]>${entity('document', '&x;')}`, 'unreadable', /declares a DOCTYPE/);
    refused(entity('document') + entity('document'), 'unreadable', /more than one root/);
    refused(`${entity('document')} trailing words`, 'unreadable', /text outside its root/);
    refused('{"Id": "a1f0c3d2"}', 'unreadable', /is not XML/);
  });

  it('should refuse nesting deeper than 256 levels, quickly', () => {
    const start = performance.now();
    refused(
      entity('document', `${'<x>'.repeat(60_000)}${'</x>'.repeat(60_000)}`),
      'unreadable',
      /more than 256 levels deep/,
    );
    assert.ok(performance.now() - start < 1000, 'refused at the limit, not after reading it all');
  });

  it('should refuse empty input and binary bytes', () => {
    refused('  \n', 'empty', /empty/);
    refused(new Uint8Array(0), 'empty', /empty/);
    refused(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]), 'binary', /PDF/);
  });

  it('should refuse XML that is not in the tkData namespace', () => {
    refused(
      '<officiele-publicatie xmlns="http://www.overheid.nl/2011/op"><metadata/></officiele-publicatie>',
      'unsupported-format',
      /root element <officiele-publicatie> is not in the namespace http:\/\/www\.tweedekamer\.nl\/xsd\/tkData\/v1-0/,
    );
    refused('<document id="x"><soort>Motie</soort></document>', 'unsupported-format', /not in the namespace/);
  });

  it('should refuse other entity types, an entry without an entity, and a page of several entries', () => {
    refused(
      entity('vergadering', '<titel>Voorbeeld</titel>'),
      'unsupported-format',
      /entity is a vergadering; Griffie reads/,
    );
    refused('<entry xmlns="http://www.w3.org/2005/Atom"><content/></entry>', 'unsupported-format', /no tkData entity/);
    const entry = `<entry><content>${entity('document')}</content></entry>`;
    refused(
      `<feed xmlns="http://www.w3.org/2005/Atom">${entry}${entry}</feed>`,
      'unsupported-format',
      /holds 2 entries; give one entry/,
    );
  });

  it('should refuse an entity without a GUID id', () => {
    refused(entity('zaak', '', 'tk:verwijderd="false"'), 'unreadable', /zaak entity has no id/);
    refused(entity('document', '', 'id="2024D98765"'), 'unreadable', /document entity has no id/);
  });
});

describe('readSyncFeedRecords', () => {
  it("should read every entry's entity of a feed page in order, withdrawn ones marked", () => {
    const records = readSyncFeedRecords(fixture('syncfeed-page-stemming.xml'));
    assert.equal(records.length, 6);
    assert.ok(records.every((r) => r.entity === 'stemming'));
    assert.equal(records[0]?.id, 'b5737fe7-e14b-45ba-9f7c-2b6d376f33f0');
    // The fifth, 979dfd94…, was withdrawn.
    assert.deepEqual(
      records.map((r) => r.verwijderd),
      [false, false, false, false, true, false],
    );
    assert.equal(records[4]?.id, '979dfd94-bc36-4c30-8613-dbb16a8bdbf0');
  });

  it('should read an entity or an entry as one record, as readSyncFeedRecord does', () => {
    for (const name of ['syncfeed-besluit.xml', 'syncfeed-entry-zaak.xml'])
      assert.deepEqual(readSyncFeedRecords(fixture(name)), [readSyncFeedRecord(fixture(name))]);
  });

  it('should refuse a page with no entry, or with an entry it cannot read', () => {
    const feed = (entries: string) =>
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>Stemming</title>${entries}</feed>`;
    assert.throws(
      () => readSyncFeedRecords(feed('')),
      (error: unknown) => error instanceof ParseError && /holds no entry/.test(error.message),
    );
    const entry = (xml: string) => `<entry><content type="application/xml">${xml}</content></entry>`;
    assert.throws(
      () => readSyncFeedRecords(feed(entry(entity('stemming')) + entry(entity('stemming', '', 'id="geen-guid"')))),
      (error: unknown) => error instanceof ParseError && error.code === 'unreadable' && /no id/.test(error.message),
    );
  });
});
