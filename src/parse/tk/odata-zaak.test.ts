import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ParseError } from '../errors.ts';
import { readODataZaak } from './odata-zaak.ts';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/tk');
const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));

const ID = '18293a4b-c2d5-43e4-b506-718293a4b526';
const CONTEXT = 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Zaak/$entity';

function refused(json: unknown, code: string, message: RegExp): void {
  assert.throws(
    () => readODataZaak(json),
    (error: unknown) => error instanceof ParseError && error.code === code && message.test(error.message),
  );
}

describe('readODataZaak', () => {
  it('should read every field of an expanded Zaak entity', () => {
    const zaak = readODataZaak(fixture('odata-zaak.json'));
    assert.equal(zaak.origin, 'odata');
    assert.equal(zaak.id, ID);
    assert.equal(zaak.nummer, '2024Z99012');
    assert.equal(zaak.soort, 'Motie');
    assert.equal(
      zaak.onderwerp,
      'Motie van de leden Voorbeeldlid en Proefpersoon over een proef met fictieve waterschapsdata (fictief voorbeeld)',
    );
    assert.match(zaak.titel ?? '', /^Vaststelling van de begrotingsstaten/);
    assert.deepEqual([zaak.gestartOp, zaak.termijn], ['2024-11-20', '2025-02-01']);
    assert.deepEqual([zaak.vergaderjaar, zaak.volgnummer], ['2024-2025', 12]);
    assert.deepEqual([zaak.status, zaak.afgedaan, zaak.kabinetsappreciatie], ['Vrijgegeven', true, 'Oordeel Kamer']);
    assert.deepEqual(
      zaak.kamerstukdossiers.map((d) => [d.nummer, d.toevoeging]),
      [['99200', 'VII']],
    );
    assert.deepEqual(zaak.gerelateerdVanuit, ['a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d']);
    assert.deepEqual(zaak.vervangenVanuit, []);
    assert.equal(zaak.verwijderd, false);
    assert.equal(zaak.bijgewerkt, '2024-12-03T16:20:11.4+01:00');
    assert.deepEqual(zaak.warnings, []);
  });

  it('should read its actors without the withdrawn one, and its papers', () => {
    const zaak = readODataZaak(fixture('odata-zaak.json'));
    assert.deepEqual(
      zaak.actors.map((a) => [a.naam, a.fractie, a.relatie]),
      [
        ['C. Voorbeeldlid', 'Voorbeeldpartij', 'Indiener'],
        ['Voorbeeldzaken', null, 'Voortouwcommissie'],
      ],
    );
    assert.deepEqual(zaak.documents, [
      {
        id: 'f6051827-a0b3-41c2-93e4-5f6071829304',
        documentNummer: '2024D99012',
        officialId: null,
        soort: 'Motie',
        titel:
          'Motie van de leden Voorbeeldlid en Proefpersoon over een proef met fictieve waterschapsdata (fictief voorbeeld)',
        datum: '2024-11-20',
      },
    ]);
  });

  it('should read a Zaak given without annotations or expansions', () => {
    const zaak = readODataZaak({ Id: ID, Nummer: '2024Z99012', Soort: 'Motie', Afgedaan: 'false' });
    assert.deepEqual([zaak.nummer, zaak.afgedaan, zaak.kamerstukdossiers, zaak.actors], ['2024Z99012', false, [], []]);
    assert.deepEqual(zaak.warnings, []);
  });

  it('should warn about malformed values and missing fields, not throw', () => {
    const zaak = readODataZaak({
      '@odata.context': CONTEXT,
      Id: ID,
      Nummer: '2024-Z-99012',
      GestartOp: '20-11-2024',
      Termijn: 20250201,
      Afgedaan: 'ja',
      Vergaderjaar: '2024',
      Kabinetsappreciatie: { Waarde: 'Ontraden' },
    });
    assert.deepEqual([zaak.nummer, zaak.gestartOp, zaak.termijn, zaak.afgedaan], [null, null, null, null]);
    assert.deepEqual(zaak.warnings, [
      'the record\'s Nummer "2024-Z-99012" is not of the form 2024Z12345',
      'the record\'s GestartOp "20-11-2024" is not a date',
      "the record's Termijn 20250201 is not a date",
      'the record\'s Vergaderjaar "2024" is not a parliamentary year like 2024-2025',
      'the record\'s Afgedaan "ja" is not true or false',
      'the record\'s Kabinetsappreciatie {"Waarde":"Ontraden"} is not text',
      'the record gives no Soort',
    ]);
  });

  it("should not take a Volgnummer beyond the XSD's int", () => {
    const zaak = readODataZaak({
      '@odata.context': CONTEXT,
      Id: ID,
      Nummer: '2024Z99012',
      Soort: 'Motie',
      Volgnummer: 2 ** 31,
    });
    assert.equal(zaak.volgnummer, null);
    assert.deepEqual(zaak.warnings, ["the record's Volgnummer 2147483648 is not a document number"]);
  });

  it('should mark a withdrawn Zaak and not ask for its fields', () => {
    const zaak = readODataZaak({ '@odata.context': CONTEXT, Id: ID, Verwijderd: true });
    assert.equal(zaak.verwijderd, true);
    assert.deepEqual(zaak.warnings, []);
  });

  it('should refuse another entity set, a Toezegging without annotations and an entity without Id', () => {
    refused(fixture('odata-brief.json'), 'unsupported-format', /^the input is an OData Document record, not a Zaak$/);
    refused({ Id: ID, Nummer: 'TZ202411-012' }, 'unsupported-format', /is a Toezegging \(TZ202411-012\), not a Zaak/);
    refused({ '@odata.context': CONTEXT, Nummer: '2024Z99012' }, 'unreadable', /^the Zaak entity has no Id$/);
  });
});
