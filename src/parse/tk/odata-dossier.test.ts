import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ParseError } from '../errors.ts';
import { readODataKamerstukdossier } from './odata-dossier.ts';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/tk');
const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));

const ID = 'c3d2e5f4-7d80-4e9f-a0b1-2c3d4e5f6071';
const CONTEXT = 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Kamerstukdossier/$entity';

function refused(json: unknown, code: string, message: RegExp): void {
  assert.throws(
    () => readODataKamerstukdossier(json),
    (error: unknown) => error instanceof ParseError && error.code === code && message.test(error.message),
  );
}

describe('readODataKamerstukdossier', () => {
  it('should read every field of the one dossier of a response, with its Zaken', () => {
    const dossier = readODataKamerstukdossier(fixture('odata-kamerstukdossier-page.json'));
    assert.equal(dossier.origin, 'odata');
    assert.equal(dossier.id, ID);
    assert.deepEqual([dossier.nummer, dossier.toevoeging], ['99123', null]);
    assert.equal(dossier.titel, 'Voorbeeldwet digitale dijkbewaking (fictief voorbeeld)');
    assert.equal(dossier.citeertitel, 'Voorbeeldwet digitale dijkbewaking');
    assert.deepEqual([dossier.hoogsteVolgnummer, dossier.afgesloten, dossier.kamer], [7, false, 'Tweede Kamer']);
    assert.deepEqual(
      dossier.zaken.map((z) => [z.nummer, z.onderwerp]),
      [
        ['2024Z98765', 'Voortgang van de digitale dijkbewaking in voorbeeldgebieden (fictief voorbeeld)'],
        ['2025Z99045', 'Uitkomsten van de proef met dijksensoren (fictief voorbeeld)'],
      ],
    );
    assert.deepEqual(dossier.documents, []);
    assert.deepEqual([dossier.verwijderd, dossier.bijgewerkt], [false, '2025-02-14T10:30:00.5+01:00']);
    assert.deepEqual(dossier.warnings, []);
  });

  it('should read a dossier with a Toevoeging, given without annotations', () => {
    const dossier = readODataKamerstukdossier({ Id: ID, Nummer: '99200', Toevoeging: '(VII)', Titel: 'Begroting' });
    assert.deepEqual([dossier.nummer, dossier.toevoeging, dossier.afgesloten], ['99200', 'VII', null]);
  });

  it('should warn about malformed values and missing fields, not throw', () => {
    const dossier = readODataKamerstukdossier({
      '@odata.context': CONTEXT,
      Id: ID,
      Nummer: 'negenennegentigduizend',
      HoogsteVolgnummer: 'vier',
      Afgesloten: 2,
    });
    assert.deepEqual([dossier.nummer, dossier.hoogsteVolgnummer, dossier.afgesloten], [null, null, null]);
    assert.deepEqual(dossier.warnings, [
      'the record\'s Nummer "negenennegentigduizend" is not a dossier number',
      'the record\'s HoogsteVolgnummer "vier" is not a whole number',
      "the record's Afgesloten 2 is not true or false",
      'the record gives no Titel',
    ]);
  });

  it("should not take numbers beyond the XSD's unsigned int, or beyond what JavaScript holds exactly", () => {
    const dossier = readODataKamerstukdossier({ '@odata.context': CONTEXT, Id: ID, Nummer: 1e21, Titel: 'x' });
    assert.equal(dossier.nummer, null);
    assert.deepEqual(dossier.warnings, ["the record's Nummer 1e+21 is not a dossier number"]);
    assert.equal(readODataKamerstukdossier({ '@odata.context': CONTEXT, Id: ID, Nummer: 2 ** 32 }).nummer, null);
    assert.equal(
      readODataKamerstukdossier({ '@odata.context': CONTEXT, Id: ID, HoogsteVolgnummer: 2 ** 53 }).hoogsteVolgnummer,
      null,
    );
  });

  it('should mark a withdrawn dossier and not ask for its fields', () => {
    const dossier = readODataKamerstukdossier({ '@odata.context': CONTEXT, Id: ID, Verwijderd: true });
    assert.deepEqual([dossier.verwijderd, dossier.warnings], [true, []]);
  });

  it('should refuse another entity set and a dossier without a GUID Id', () => {
    refused(
      fixture('odata-zaak.json'),
      'unsupported-format',
      /^the input is an OData Zaak record, not a Kamerstukdossier$/,
    );
    refused({ '@odata.context': CONTEXT, Id: 99123 }, 'unreadable', /Id 99123 is not a GUID/);
  });
});
