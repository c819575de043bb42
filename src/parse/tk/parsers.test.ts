import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ParseError } from '../errors.ts';
import { odataParser, syncFeedParser } from './parsers.ts';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/tk');
const bytesOf = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
const source = (format: 'odata' | 'syncfeed') => ({ format, sha256: '0'.repeat(64) });
const ORIGIN = { path: 'entity' };

async function refused(promise: () => unknown, code: string, message: RegExp): Promise<void> {
  await assert.rejects(
    async () => promise(),
    (error: unknown) => error instanceof ParseError && error.code === code && message.test(error.message),
  );
}

describe('odataParser', () => {
  it('should claim OData Document entities and responses', () => {
    assert.equal(odataParser.score(bytesOf('odata-brief.json'), ORIGIN), 0.9);
    assert.equal(odataParser.score(bytesOf('odata-motie-page.json'), ORIGIN), 0.9);
    assert.equal(odataParser.score(bytesOf('odata-antwoord.json'), ORIGIN), 0.9);
  });

  it('should claim a bare Document entity less surely', () => {
    assert.equal(
      odataParser.score(utf8('{"Id": "a1f0c3d2-5b6e-4c7d-8e9f-0a1b2c3d4e5f", "DocumentNummer": "2024D98765"}'), ORIGIN),
      0.6,
    );
  });

  it('should not claim the records of Zaken, Kamerstukdossiers and Toezeggingen: they are no papers', () => {
    for (const name of [
      'odata-zaak.json',
      'odata-kamerstukdossier-page.json',
      'odata-toezegging.json',
      'odata-toezegging-afgedaan.json',
      'odata-toezegging-page.json',
      'odata-toezegging-deleted.json',
    ]) {
      assert.equal(odataParser.score(bytesOf(name), ORIGIN), 0, name);
    }
  });

  it('should not claim other JSON, other entity sets or other formats', () => {
    const others = [
      '{"@odata.context": "https://x/OData/v4/2.0/$metadata#Zaak", "value": [{"Id": "x", "DocumentNummer": "2024D1"}]}',
      '{"Id": "z", "Nummer": "2024Z98765", "Document": [{"Id": "d", "DocumentNummer": "2024D98765"}]}',
      '{"id": "kst-99123-4", "external": {"tkDocumentNumber": "2024D98765"}}',
      '[{"Id": "a", "DocumentNummer": "2024D98765"}]',
      '99 123 Voorbeeldwet (fictief voorbeeld)\n\nNr. 4 BRIEF VAN DE MINISTER\n',
      readFileSync(join(FIXTURES, 'syncfeed-document.xml'), 'utf8'),
    ];
    for (const text of others) assert.equal(odataParser.score(utf8(text), ORIGIN), 0, text.slice(0, 40));
    assert.equal(odataParser.score(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]), ORIGIN), 0);
  });

  it('should look at the first 4 KB only', () => {
    const late = `{"Padding": "${'x'.repeat(5000)}", "@odata.context": "https://x/$metadata#Document/$entity"}`;
    assert.equal(odataParser.score(utf8(late), ORIGIN), 0);
  });

  it('should parse an entity into a document from its metadata, with empty blocks and a warning', async () => {
    const doc = await odataParser.parse(bytesOf('odata-brief.json'), source('odata'));
    assert.deepEqual([doc.id, doc.number, doc.date, doc.type], ['kst-99123-4', '4', '2024-11-14', 'brief']);
    assert.deepEqual(doc.blocks, []);
    assert.match(doc.warnings.at(-1) ?? '', /not the paper: its text, footnotes and signature are not in it/);
    assert.equal(doc.source.format, 'odata');
  });

  it('should say that Windows-1252 bytes were decoded as such', async () => {
    const text = readFileSync(join(FIXTURES, 'odata-antwoord.json'), 'utf8').replaceAll('Antwoord op', 'Antwoord óp');
    const bytes = new Uint8Array(Buffer.from(text, 'latin1'));
    const doc = await odataParser.parse(bytes, source('odata'));
    assert.equal(doc.warnings[0], 'input is not UTF-8; decoded as Windows-1252');
    assert.match(doc.subject ?? '', /Antwoord óp/);
  });

  it('should refuse JSON that breaks off or has a syntax error, in plain words', async () => {
    const whole = readFileSync(join(FIXTURES, 'odata-brief.json'), 'utf8');
    await refused(
      () => odataParser.parse(utf8(whole.slice(0, 500)), source('odata')),
      'unreadable',
      /^the JSON breaks off before its end/,
    );
    await refused(
      () =>
        odataParser.parse(utf8('{"Id": "a1f0c3d2-5b6e-4c7d-8e9f-0a1b2c3d4e5f",, "Soort": "Motie"}'), source('odata')),
      'unreadable',
      /^the input is not valid JSON \(a syntax error at character 47\)$/,
    );
  });

  it('should refuse empty input and an entity of another set', async () => {
    await refused(() => odataParser.parse(new Uint8Array(0), source('odata')), 'empty', /empty/);
    await refused(
      () =>
        odataParser.parse(
          utf8('{"@odata.context": "https://x/$metadata#Persoon/$entity", "Id": "x"}'),
          source('odata'),
        ),
      'unsupported-format',
      /OData Persoon record, not a Document/,
    );
  });
});

describe('syncFeedParser', () => {
  it('should claim a SyncFeed Document entity, bare or in an entry', () => {
    assert.equal(syncFeedParser.score(bytesOf('syncfeed-document.xml'), ORIGIN), 0.9);
    assert.equal(syncFeedParser.score(bytesOf('syncfeed-entry-deleted.xml'), ORIGIN), 0.9);
  });

  it('should not claim other tkData entities, other XML or other formats', () => {
    for (const name of [
      'syncfeed-documentactor.xml',
      'syncfeed-documentversie.xml',
      'syncfeed-entry-zaak.xml',
      'syncfeed-kamerstukdossier.xml',
      'syncfeed-toezegging.xml',
      'syncfeed-entry-toezegging-deleted.xml',
    ]) {
      assert.equal(syncFeedParser.score(bytesOf(name), ORIGIN), 0, name);
    }
    const others = [
      '<?xml version="1.0"?><officiele-publicatie xmlns="http://www.overheid.nl/2011/op"><document/></officiele-publicatie>',
      '<document id="a1f0c3d2-5b6e-4c7d-8e9f-0a1b2c3d4e5f"><soort>Motie</soort></document>',
      '<html><body>http://www.tweedekamer.nl/xsd/tkData/v1-0 <document></document></body></html>',
      readFileSync(join(FIXTURES, 'odata-brief.json'), 'utf8'),
    ];
    for (const text of others) assert.equal(syncFeedParser.score(utf8(text), ORIGIN), 0, text.slice(0, 40));
  });

  it('should parse an entity into a document from its metadata, with empty blocks and a warning', async () => {
    const doc = await syncFeedParser.parse(bytesOf('syncfeed-entry-deleted.xml'), source('syncfeed'));
    assert.equal(doc.withdrawn, true);
    assert.deepEqual(doc.external, { tkId: 'a1f0c3d2-5b6e-4c7d-8e9f-0a1b2c3d4e5f' });
    assert.deepEqual(doc.blocks, []);
    assert.match(doc.warnings.at(-1) ?? '', /not the paper/);
  });

  it('should refuse truncated XML and another entity type', async () => {
    const whole = readFileSync(join(FIXTURES, 'syncfeed-document.xml'), 'utf8');
    await refused(
      () => syncFeedParser.parse(utf8(whole.slice(0, 700)), source('syncfeed')),
      'unreadable',
      /breaks off/,
    );
    await refused(
      () => syncFeedParser.parse(bytesOf('syncfeed-entry-zaak.xml'), source('syncfeed')),
      'unsupported-format',
      /is a zaak, not a document/,
    );
  });
});
