import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ParseError } from '../errors.ts';
import { readODataToezegging } from './odata-toezegging.ts';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/tk');
const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));

const ID = 'c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f';
const PERSOON = '5c6d7e8f-90a1-4b2c-9d3e-4f5a6b7c8d9e';
const FRACTIE = '6d7e8f90-a1b2-4c3d-8e4f-5a6b7c8d9eaf';
const CONTEXT = 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#Toezegging/$entity';
const entity = (fields: Record<string, unknown>) => ({ '@odata.context': CONTEXT, Id: ID, ...fields });

function refused(json: unknown, code: string, message: RegExp): void {
  assert.throws(
    () => readODataToezegging(json),
    (error: unknown) => error instanceof ParseError && error.code === code && message.test(error.message),
  );
}

describe('readODataToezegging', () => {
  it('should read every field of an open Toezegging', () => {
    const toezegging = readODataToezegging(fixture('odata-toezegging.json'));
    assert.equal(toezegging.origin, 'odata');
    assert.equal(toezegging.id, ID);
    assert.equal(toezegging.nummer, 'TZ202411-012');
    assert.match(toezegging.tekst ?? '', /^De minister zegt toe de Kamer voor 1 april 2025 per brief te informeren/);
    assert.equal(toezegging.aanmaakdatum, '2024-11-28');
    assert.deepEqual([toezegging.status, toezegging.normalisedStatus], ['Openstaand', 'open']);
    assert.equal(toezegging.datumNakoming, '2025-03-31');
    assert.deepEqual(toezegging.kamerbriefNakoming, []);
    assert.equal(toezegging.ministerie, 'Infrastructuur en Waterstaat');
    assert.deepEqual(toezegging.bewindspersoon, {
      naam: 'A.B. Voorbeeld',
      functie: 'minister van Infrastructuur en Waterstaat',
      titulatuur: 'minister',
      initialen: 'A.B.',
      voornaam: 'Anna',
      tussenvoegsel: null,
      achternaam: 'Voorbeeld',
      achtervoegsel: null,
    });
    assert.deepEqual([toezegging.isHerhalingVan, toezegging.isAanvullingOp, toezegging.isWijzigingVan], [[], [], []]);
    assert.deepEqual([toezegging.verwijderd, toezegging.bijgewerkt], [false, '2024-11-28T10:14:52+01:00']);
    assert.deepEqual(toezegging.warnings, []);
  });

  it('should read the expanded committee debate and the Member and group it was made to', () => {
    const toezegging = readODataToezegging(fixture('odata-toezegging.json'));
    assert.deepEqual(toezegging.activiteit, {
      id: 'd5e6f7a8-b9c0-4d1e-8f2a-3b4c5d6e7f80',
      nummer: '2024A99001',
      soort: 'Commissiedebat',
      onderwerp: 'Digitale dijkbewaking (fictief voorbeeld)',
      datum: '2024-11-27',
      voortouwnaam: 'Infrastructuur en Waterstaat',
      voortouwafkorting: 'IenW',
    });
    assert.deepEqual(toezegging.toegezegdAanPersoon, [
      { id: PERSOON, naam: 'C. Voorbeeldlid', fractie: 'Voorbeeldpartij' },
    ]);
    assert.deepEqual(toezegging.toegezegdAanFractie, [{ id: FRACTIE, afkorting: 'VBP', naam: 'Voorbeeldpartij' }]);
  });

  it('should read a fulfilled Toezegging: Afgedaan, the letter by its number, the one it repeats', () => {
    const toezegging = readODataToezegging(fixture('odata-toezegging-afgedaan.json'));
    assert.deepEqual([toezegging.status, toezegging.normalisedStatus], ['Afgedaan', 'fulfilled']);
    assert.deepEqual(toezegging.kamerbriefNakoming, [
      {
        given: '2025D99045',
        id: null,
        documentNummer: '2025D99045',
        officialId: null,
        soort: null,
        titel: null,
        datum: null,
      },
    ]);
    assert.deepEqual(toezegging.isHerhalingVan, [ID]);
    assert.equal(toezegging.bewindspersoon?.naam, 'A.B. Voorbeeld', 'composed from initials and surname');
    assert.deepEqual(toezegging.activiteit, {
      id: null,
      nummer: '2025A99017',
      soort: null,
      onderwerp: null,
      datum: null,
      voortouwnaam: null,
      voortouwafkorting: null,
    });
    assert.deepEqual(toezegging.warnings, []);
  });

  it('should read the expanded letter with its officielebekendmakingen id, and keep an unknown status', () => {
    const toezegging = readODataToezegging(fixture('odata-toezegging-page.json'));
    assert.equal(toezegging.nummer, 'TZ202503-007');
    assert.deepEqual(toezegging.kamerbriefNakoming, [
      {
        given: null,
        id: 'a8b9c0d1-e2f3-4a4b-9c5d-6e7f8091a2b3',
        documentNummer: '2025D99046',
        officialId: 'kst-99123-8',
        soort: 'Brief regering',
        titel: 'Voorbeeldwet digitale dijkbewaking (fictief voorbeeld)',
        datum: '2025-04-01',
      },
    ]);
    assert.equal(toezegging.bewindspersoon?.naam, 'G.H. van Proefstaat');
    assert.deepEqual([toezegging.status, toezegging.normalisedStatus], ['Aangehouden', null]);
    assert.deepEqual(toezegging.warnings, [
      'the record\'s Status "Aangehouden" is not a Toezegging status Griffie knows; it is kept as given',
    ]);
  });

  it('should mark a deleted Toezegging and not ask for its fields', () => {
    const toezegging = readODataToezegging(fixture('odata-toezegging-deleted.json'));
    assert.equal(toezegging.verwijderd, true);
    assert.equal(toezegging.nummer, 'TZ202411-013');
    assert.deepEqual([toezegging.status, toezegging.bewindspersoon, toezegging.activiteit], [null, null, null]);
    assert.deepEqual(toezegging.warnings, []);
  });

  it('should normalise every status the XSD and the data use', () => {
    const cases: Array<[string, string]> = [
      ['Openstaand', 'open'],
      ['Voldaan', 'fulfilled'],
      ['Afgedaan', 'fulfilled'],
      ['Nagekomen', 'fulfilled'],
      ['Deels Voldaan', 'partly-fulfilled'],
      ['deels  afgedaan', 'partly-fulfilled'],
      ['Vervallen', 'lapsed'],
    ];
    for (const [status, normalised] of cases) {
      const toezegging = readODataToezegging(entity({ Nummer: 'TZ202411-012', Tekst: 'x', Status: status }));
      assert.deepEqual([toezegging.status, toezegging.normalisedStatus], [status, normalised], status);
      assert.deepEqual(toezegging.warnings, [], status);
    }
    assert.equal(readODataToezegging(entity({ Status: 'constructor' })).normalisedStatus, null);
  });

  it('should read every letter a KamerbriefNakoming text names, and warn when it names none', () => {
    const toezegging = readODataToezegging(
      entity({ KamerbriefNakoming: ['2025D99045; kst-99123-8.', 'de brief over de proef (fictief voorbeeld)'] }),
    );
    assert.deepEqual(
      toezegging.kamerbriefNakoming.map((k) => [k.given, k.documentNummer, k.officialId]),
      [
        ['2025D99045; kst-99123-8.', '2025D99045', null],
        ['2025D99045; kst-99123-8.', null, 'kst-99123-8'],
        ['de brief over de proef (fictief voorbeeld)', null, null],
      ],
    );
    assert.ok(
      toezegging.warnings.includes(
        'the record\'s KamerbriefNakoming "de brief over de proef (fictief voorbeeld)" names no document number or officielebekendmakingen id',
      ),
    );
  });

  it("should read v5's ToegezegdAan rows and foreign keys, each Member once", () => {
    const toezegging = readODataToezegging(
      entity({
        ToegezegdAanPersoon_Id: PERSOON,
        ToegezegdAan: [
          { Persoon_Id: PERSOON, Fractie_Id: null },
          { Fractie: { Id: FRACTIE, Afkorting: 'VBP', NaamNL: 'Voorbeeldpartij' } },
          { Persoon: { Id: ID, Verwijderd: true } },
        ],
        IsWijzigingVan_Id: FRACTIE,
      }),
    );
    assert.deepEqual(toezegging.toegezegdAanPersoon, [{ id: PERSOON, naam: null, fractie: null }]);
    assert.deepEqual(toezegging.toegezegdAanFractie, [{ id: FRACTIE, afkorting: 'VBP', naam: 'Voorbeeldpartij' }]);
    assert.deepEqual(toezegging.isWijzigingVan, [FRACTIE]);
  });

  it('should warn about malformed values and missing fields, not throw', () => {
    const toezegging = readODataToezegging(
      entity({
        Nummer: 'TZ202413-001',
        Tekst: 42,
        Aanmaakdatum: '2024-02-30T10:00:00',
        DatumNakoming: 'binnenkort',
        ActiviteitNummer: '2024A99002',
        Activiteit: [{ Id: PERSOON, Nummer: '2024A99001' }, { Id: FRACTIE }],
      }),
    );
    assert.deepEqual(
      [toezegging.nummer, toezegging.tekst, toezegging.aanmaakdatum, toezegging.datumNakoming],
      [null, null, null, null],
    );
    assert.equal(toezegging.activiteit?.nummer, '2024A99001');
    assert.deepEqual(toezegging.warnings, [
      'the record links 2 Activiteiten; the first is kept',
      'the record\'s Nummer "TZ202413-001" is not of the form TZ202504-057',
      "the record's Tekst 42 is not text",
      'the record\'s Aanmaakdatum "2024-02-30T10:00:00" is not a date',
      'the record\'s DatumNakoming "binnenkort" is not a date',
      "the record's ActiviteitNummer 2024A99002 differs from its Activiteit's Nummer 2024A99001",
      'the record gives no Status',
    ]);
  });

  it('should refuse another entity set, a Zaak without annotations and a Toezegging without Id', () => {
    refused(fixture('odata-zaak.json'), 'unsupported-format', /^the input is an OData Zaak record, not a Toezegging$/);
    refused({ Id: ID, Nummer: '2024Z99012', Soort: 'Motie' }, 'unsupported-format', /is a Zaak \(2024Z99012\)/);
    refused({ '@odata.context': CONTEXT, Nummer: 'TZ202411-012' }, 'unreadable', /^the Toezegging entity has no Id$/);
  });
});
