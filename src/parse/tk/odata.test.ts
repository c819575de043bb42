import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ParseError } from '../errors.ts';
import { readODataDocument } from './odata.ts';
import { entitySetOfContext } from './odata-entity.ts';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/tk');
const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));

const ID = 'a1f0c3d2-5b6e-4c7d-8e9f-0a1b2c3d4e5f';
const CONTEXT = 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Document/$entity';

function refused(json: unknown, code: string, message: RegExp): void {
  assert.throws(
    () => readODataDocument(json),
    (error: unknown) => error instanceof ParseError && error.code === code && message.test(error.message),
  );
}

describe('entitySetOfContext', () => {
  it('should read the entity set through select and expand lists', () => {
    assert.equal(
      entitySetOfContext(
        'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Document(Zaak(),Kamerstukdossier())/$entity',
      ),
      'Document',
    );
    assert.equal(entitySetOfContext('https://x/$metadata#Document(Id,Titel)'), 'Document');
    assert.equal(entitySetOfContext('https://x/$metadata#Zaak'), 'Zaak');
    assert.equal(
      entitySetOfContext('https://x/$metadata#Zaak(d4e3f605-8e91-4fa0-b1c2-3d4e5f607182)/Document'),
      'Document',
    );
  });

  it('should give null for a context without a fragment', () => {
    assert.equal(entitySetOfContext('https://x/$metadata'), null);
  });
});

describe('readODataDocument', () => {
  it('should read every field of an expanded Document entity', () => {
    const meta = readODataDocument(fixture('odata-brief.json'));
    assert.equal(meta.origin, 'odata');
    assert.equal(meta.id, ID);
    assert.equal(meta.soort, 'Brief regering');
    assert.equal(meta.documentNummer, '2024D98765');
    assert.equal(meta.titel, 'Voorbeeldwet digitale dijkbewaking (fictief voorbeeld)');
    assert.equal(meta.onderwerp, 'Voortgang van de digitale dijkbewaking in voorbeeldgebieden (fictief voorbeeld)');
    assert.equal(meta.datum, '2024-11-14');
    assert.equal(meta.volgnummer, 4);
    assert.equal(meta.vergaderjaar, '2024-2025');
    assert.equal(meta.aanhangselnummer, null);
    assert.deepEqual(meta.kamerstukdossiers, [
      {
        id: 'c3d2e5f4-7d80-4e9f-a0b1-2c3d4e5f6071',
        nummer: '99123',
        toevoeging: null,
        titel: 'Voorbeeldwet digitale dijkbewaking (fictief voorbeeld)',
      },
    ]);
    assert.deepEqual(
      meta.zaken.map((z) => [z.nummer, z.soort]),
      [['2024Z98765', 'Brief regering']],
    );
    assert.equal(meta.verwijderd, false);
    assert.equal(meta.bijgewerkt, '2024-11-15T09:12:44.187+01:00');
    assert.equal(meta.contentType, 'application/pdf');
    assert.deepEqual(meta.warnings, []);
  });

  it('should take the version the record names as current, with its ExterneIdentifier', () => {
    const meta = readODataDocument(fixture('odata-brief.json'));
    assert.deepEqual(meta.documentVersie, {
      id: 'b2e1d4c3-6c7f-4d8e-9fa0-1b2c3d4e5f60',
      versienummer: 2,
      externeIdentifier: 'kst-99123-4',
      extensie: '.pdf',
    });
  });

  it('should take the highest version when the record names none as current', () => {
    const json = fixture('odata-brief.json');
    delete json.HuidigeDocumentVersie_Id;
    (json.DocumentVersie as unknown[]).reverse();
    assert.equal(readODataDocument(json).documentVersie?.versienummer, 2);
  });

  it('should leave out withdrawn actors', () => {
    const meta = readODataDocument(fixture('odata-brief.json'));
    assert.deepEqual(
      meta.actors.map((a) => [a.naam, a.functie, a.relatie]),
      [['A.B. Voorbeeld', 'minister van Infrastructuur en Waterstaat', 'Eerste ondertekenaar']],
    );
  });

  it('should read the one element of a response value array', () => {
    const meta = readODataDocument(fixture('odata-motie-page.json'));
    assert.equal(meta.soort, 'Motie');
    assert.equal(meta.volgnummer, 12);
    assert.deepEqual(
      meta.kamerstukdossiers.map((d) => [d.nummer, d.toevoeging]),
      [['99200', 'VII']],
    );
    assert.deepEqual(
      meta.actors.map((a) => [a.naam, a.fractie, a.relatie]),
      [
        ['C. Voorbeeldlid', 'Voorbeeldpartij', 'Indiener'],
        ['D.E. Proefpersoon', 'Fictieve Fractie', 'Medeindiener'],
      ],
    );
    assert.equal(meta.documentVersie, null);
  });

  it('should read an element given without its response or annotations', () => {
    const page = fixture('odata-motie-page.json');
    const element = (page.value as unknown[])[0];
    assert.equal(readODataDocument(element).documentNummer, '2024D99012');
  });

  it('should read an entity without $expand, Volgnummer −1 as none', () => {
    const meta = readODataDocument(fixture('odata-antwoord.json'));
    assert.equal(meta.soort, 'Antwoord schriftelijke vragen');
    assert.equal(meta.volgnummer, null);
    assert.equal(meta.aanhangselnummer, '242500987');
    assert.deepEqual([meta.kamerstukdossiers, meta.zaken, meta.actors], [[], [], []]);
    assert.deepEqual(meta.warnings, []);
  });

  it('should take the file URL the Resource action names', () => {
    const meta = readODataDocument(fixture('odata-antwoord.json'));
    assert.equal(
      meta.resourceUrl,
      'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Document(4b5c6d7e-f508-4617-a839-a4b5c6d7e859)/Resource',
    );
  });

  it('should resolve a relative media link against the service root', () => {
    const meta = readODataDocument({
      '@odata.context': CONTEXT,
      Id: ID,
      '@odata.mediaReadLink': `Document(${ID})/$value`,
    });
    assert.equal(meta.resourceUrl, `https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Document(${ID})/$value`);
  });

  it('should name the documented resource URL when the record has a file, and none otherwise', () => {
    const base = { '@odata.context': CONTEXT, Id: ID, Soort: 'Nota' };
    assert.equal(
      readODataDocument({ ...base, ContentType: 'application/pdf' }).resourceUrl,
      `https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Document(${ID})/resource`,
    );
    assert.equal(readODataDocument(base).resourceUrl, null);
  });

  it('should not take a link that is not http(s)', () => {
    const meta = readODataDocument({
      '@odata.context': CONTEXT,
      Id: ID,
      '#TK.DA.GGM.OData.Resource': { target: 'file:///etc/passwd' },
    });
    assert.equal(meta.resourceUrl, null);
  });

  it('should mark a withdrawn entity and not ask for its fields', () => {
    const meta = readODataDocument({ '@odata.context': CONTEXT, Id: ID, Verwijderd: true });
    assert.equal(meta.verwijderd, true);
    assert.deepEqual(meta.warnings, []);
  });

  it('should warn about missing and malformed values, not throw', () => {
    const meta = readODataDocument({
      '@odata.context': CONTEXT,
      Id: ID.toUpperCase(),
      Datum: '14-11-2024',
      Volgnummer: 'vier',
      Vergaderjaar: '2024-2026',
      Kamerstukdossier: [{ Nummer: 'abc' }],
    });
    assert.equal(meta.id, ID);
    assert.deepEqual([meta.datum, meta.volgnummer, meta.vergaderjaar], [null, null, null]);
    assert.deepEqual(meta.warnings, [
      'the record\'s Datum "14-11-2024" is not a date',
      'the record\'s Volgnummer "vier" is not a document number',
      'the record\'s Vergaderjaar "2024-2026" is not a parliamentary year like 2024-2025',
      'a linked Kamerstukdossier has no usable Nummer ("abc")',
      'the record gives no Soort',
      'the record gives no DocumentNummer',
    ]);
  });

  it('should refuse what is not a JSON object', () => {
    refused([1, 2], 'unsupported-format', /not an OData entity/);
    refused('Document', 'unsupported-format', /not an OData entity/);
    refused(null, 'unsupported-format', /not an OData entity/);
  });

  it('should refuse another entity set and name it', () => {
    refused(
      { '@odata.context': 'https://x/OData/v4/2.0/$metadata#Zaak/$entity', Id: ID, Nummer: '2024Z98765' },
      'unsupported-format',
      /OData Zaak record, not a Document/,
    );
    refused({ '@odata.type': '#TK.DA.GGM.OData.DocumentActor', Id: ID }, 'unsupported-format', /DocumentActor entity/);
  });

  it('should refuse a bare Zaak and a JSON object that is no Document', () => {
    refused({ Id: ID, Nummer: '2024Z98765', Soort: 'Motie' }, 'unsupported-format', /is a Zaak \(2024Z98765\)/);
    refused({ id: 'kst-99123-4', kind: 'kamerstuk' }, 'unsupported-format', /not a Tweede Kamer Document entity/);
  });

  it('should refuse a response with no Document or several', () => {
    const context = 'https://x/$metadata#Document';
    refused({ '@odata.context': context, value: [] }, 'unsupported-format', /holds no Document/);
    refused({ '@odata.context': context, value: [{}, {}] }, 'unsupported-format', /holds 2 entries/);
  });

  it('should refuse a Document without a GUID Id', () => {
    refused({ '@odata.context': CONTEXT, Soort: 'Motie' }, 'unreadable', /has no Id/);
    refused({ '@odata.context': CONTEXT, Id: 42 }, 'unreadable', /Id 42 is not a GUID/);
  });
});
