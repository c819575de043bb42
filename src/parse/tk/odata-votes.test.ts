import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ParseError } from '../errors.ts';
import { readODataRecord } from './odata-record.ts';
import { readODataBesluit, readODataFractie, readODataPersoon, readODataStemming } from './odata-votes.ts';
import { readODataZaak } from './odata-zaak.ts';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/tk');
const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));

const ROOT = 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#';
const ID = 'c1e0240e-5588-4902-a251-c2e473e8d07b';
const VBP = '6d7e8f90-a1b2-4c3d-8e4f-5a6b7c8d9eaf';
const VOORBEELDLID = '5c6d7e8f-90a1-4b2c-9d3e-4f5a6b7c8d9e';
const STEMMING = 'b5737fe7-e14b-45ba-9f7c-2b6d376f33f0';

describe('readODataBesluit', () => {
  it('should read every field of a Besluit, its expanded Zaken and votes without the withdrawn one', () => {
    const besluit = readODataBesluit(fixture('odata-besluit.json'));
    assert.deepEqual(
      [besluit.origin, besluit.id, besluit.agendapuntId, besluit.verwijderd, besluit.bijgewerkt],
      ['odata', ID, '86649001-485c-4da4-9c76-3c0f846ada14', false, '2024-12-03T15:40:52.9+01:00'],
    );
    assert.deepEqual(
      [besluit.stemmingsSoort, besluit.besluitSoort, besluit.besluitTekst, besluit.opmerking, besluit.status],
      ['Met handopsteken', 'Stemmen - aangenomen', 'Aangenomen.', null, 'Besluit'],
    );
    assert.equal(besluit.agendapuntZaakBesluitVolgorde, 1);
    assert.deepEqual(
      besluit.zaken.map((z) => [z.id, z.nummer, z.soort]),
      [
        ['18293a4b-c2d5-43e4-b506-718293a4b526', '2024Z99012', 'Motie'],
        ['b2ac7dfd-b822-4e02-abbc-766143ce5753', '2024Z99013', 'Motie'],
      ],
    );
    assert.deepEqual(
      besluit.stemmingen.map((s) => [s.actorFractie, s.soort, s.fractieGrootte, s.vergissing]),
      [
        ['VBP', 'Voor', 9, false],
        ['FF', 'Voor', 40, false],
        ['DP', 'Voor', 41, false],
        ['PP', 'Tegen', 35, false],
        ['GV', 'Tegen', 25, true],
      ],
    );
    assert.deepEqual(besluit.stemmingen[0], {
      origin: 'odata',
      id: STEMMING,
      besluitId: ID,
      persoonId: null,
      fractieId: VBP,
      soort: 'Voor',
      fractieGrootte: 9,
      actorNaam: 'VBP',
      actorFractie: 'VBP',
      vergissing: false,
      sidActorLid: null,
      sidActorFractie: null,
      verwijderd: false,
      bijgewerkt: '2024-12-03T15:41:07.123+01:00',
      warnings: [],
    });
    assert.deepEqual(besluit.warnings, []);
  });

  it('should give an expanded vote without Besluit_Id the Besluit it is under, and leave out one without an Id', () => {
    const besluit = readODataBesluit({
      '@odata.context': `${ROOT}Besluit(Stemming())/$entity`,
      Id: ID,
      BesluitSoort: 'Stemmen - verworpen',
      Stemming: [
        { Id: STEMMING, Soort: 'Tegen', FractieGrootte: '9', Persoon: { Id: VOORBEELDLID } },
        { Soort: 'Voor' },
      ],
    });
    assert.deepEqual(
      besluit.stemmingen.map((s) => [s.id, s.besluitId, s.persoonId, s.fractieGrootte]),
      [[STEMMING, ID, VOORBEELDLID, 9]],
    );
    assert.deepEqual(besluit.warnings, ['a linked Stemming has no Id (a GUID); it is left out']);
  });

  it('should make values that break the XSD null, with a warning', () => {
    const besluit = readODataBesluit({
      '@odata.context': `${ROOT}Besluit/$entity`,
      Id: ID,
      BesluitSoort: 7,
      AgendapuntZaakBesluitVolgorde: 1.5,
    });
    assert.deepEqual([besluit.besluitSoort, besluit.agendapuntZaakBesluitVolgorde], [null, null]);
    assert.deepEqual(besluit.warnings, [
      "the record's BesluitSoort 7 is not text",
      "the record's AgendapuntZaakBesluitVolgorde 1.5 is not a whole number",
    ]);
  });

  it('should mark a withdrawn Besluit and not ask for its fields', () => {
    const besluit = readODataBesluit({ '@odata.context': `${ROOT}Besluit/$entity`, Id: ID, Verwijderd: true });
    assert.deepEqual([besluit.verwijderd, besluit.warnings], [true, []]);
  });
});

describe('readODataStemming, readODataFractie and readODataPersoon', () => {
  it("should read a member's vote with its foreign keys", () => {
    const vote = readODataStemming({
      '@odata.context': `${ROOT}Stemming/$entity`,
      Id: STEMMING,
      Besluit_Id: ID,
      Persoon_Id: VOORBEELDLID,
      Fractie_Id: VBP,
      Soort: 'Niet deelgenomen',
      FractieGrootte: 9,
      ActorNaam: 'C. Voorbeeldlid',
      ActorFractie: 'VBP',
      Vergissing: null,
      SidActorLid: 'S-fictief-lid-1001',
      SidActorFractie: 'S-fictief-fractie-9',
      GewijzigdOp: '2025-01-21T16:12:40.5+01:00',
      Verwijderd: false,
    });
    assert.deepEqual(
      [vote.besluitId, vote.persoonId, vote.fractieId, vote.soort, vote.vergissing, vote.sidActorFractie],
      [ID, VOORBEELDLID, VBP, 'Niet deelgenomen', null, 'S-fictief-fractie-9'],
    );
    assert.deepEqual(vote.warnings, []);
  });

  it('should make values that break the XSD null, with a warning', () => {
    const vote = readODataStemming({
      Id: STEMMING,
      Besluit_Id: ID,
      FractieGrootte: -1,
      Vergissing: 'nee',
      Soort: 'Voor',
    });
    assert.deepEqual([vote.fractieGrootte, vote.vergissing], [null, null]);
    assert.deepEqual(vote.warnings, [
      "the record's FractieGrootte -1 is not a whole number of 0 or more",
      'the record\'s Vergissing "nee" is not true or false',
    ]);
    const orphan = readODataStemming({ '@odata.context': `${ROOT}Stemming/$entity`, Id: STEMMING });
    assert.deepEqual(orphan.warnings, ['the record names no Besluit_Id', 'the record gives no Soort']);
  });

  it('should read a Fractie, its number as text', () => {
    const party = readODataFractie(fixture('odata-toezegging.json').ToegezegdAanFractie);
    assert.deepEqual(
      [party.id, party.nummer, party.afkorting, party.naamNl, party.naamEn, party.aantalZetels, party.aantalStemmen],
      [VBP, '9987', 'VBP', 'Voorbeeldpartij', 'Example Party', 9, null],
    );
    assert.deepEqual([party.datumActief, party.datumInactief, party.warnings], ['2023-12-06', null, []]);
    const bad = readODataFractie({ Id: VBP, NaamNL: 5, AantalZetels: '9', DatumActief: '2023-13-01' });
    assert.deepEqual([bad.naamNl, bad.aantalZetels, bad.datumActief], [null, 9, null]);
    assert.deepEqual(bad.warnings, [
      "the record's NaamNL 5 is not text",
      'the record\'s DatumActief "2023-13-01" is not a date',
    ]);
    const nameless = readODataFractie({ Id: VBP, Nummer: 9987, NaamEN: 'Example Party' });
    assert.deepEqual(nameless.warnings, ['the record gives no NaamNL or Afkorting']);
  });

  it('should read a Persoon and compose the name', () => {
    const person = readODataPersoon(fixture('odata-toezegging.json').ToegezegdAanPersoon);
    assert.deepEqual(
      [person.id, person.naam, person.nummer, person.roepnaam, person.voornamen, person.geslacht, person.fractielabel],
      [VOORBEELDLID, 'C. Voorbeeldlid', '99871', 'Cor', 'Cornelia', 'vrouw', 'Voorbeeldpartij'],
    );
    assert.deepEqual(person.warnings, []);
    const bad = readODataPersoon({ Id: VOORBEELDLID, Achternaam: 'Voorbeeldlid', Geboortedatum: 19790514 });
    assert.deepEqual([bad.geboortedatum, bad.warnings], [null, ["the record's Geboortedatum 19790514 is not a date"]]);
  });
});

describe('readODataRecord on decisions, votes, parties and persons', () => {
  it('should tell each by its @odata.context, and read it as its own reader does', () => {
    const record = readODataRecord(fixture('odata-besluit.json'));
    assert.ok(record.entity === 'besluit');
    assert.deepEqual(record.besluit, readODataBesluit(fixture('odata-besluit.json')));
  });

  it('should tell each without annotations by its properties (a Fractie with a number is no Kamerstukdossier)', () => {
    const { '@odata.context': _context, ...bare } = fixture('odata-besluit.json');
    const cases: Array<[Record<string, unknown>, string]> = [
      [bare, 'besluit'],
      [{ Id: STEMMING, Besluit_Id: ID, Soort: 'Voor', FractieGrootte: 9 }, 'stemming'],
      [{ Id: VBP, Nummer: 9987, Afkorting: 'VBP', NaamNL: 'Voorbeeldpartij' }, 'fractie'],
      [{ Id: VOORBEELDLID, Nummer: 99871, Achternaam: 'Voorbeeldlid', Roepnaam: 'Cor' }, 'persoon'],
      [{ Id: VBP, Nummer: 99123, Titel: 'Voorbeeldwet (fictief voorbeeld)' }, 'kamerstukdossier'],
    ];
    for (const [json, entity] of cases) assert.equal(readODataRecord(json).entity, entity, JSON.stringify(json));
  });

  it('should refuse an entity of another set, naming it', () => {
    assert.throws(
      () => readODataStemming(fixture('odata-besluit.json')),
      (error: unknown) =>
        error instanceof ParseError && /^the input is an OData Besluit record, not a Stemming$/.test(error.message),
    );
    assert.throws(
      () => readODataBesluit({ Id: VBP, Afkorting: 'VBP' }),
      (error: unknown) => error instanceof ParseError && /is a Fractie, not a Besluit/.test(error.message),
    );
  });
});

describe('readODataZaak with $expand=Besluit', () => {
  it('should read its decisions, their votes, without the withdrawn ones', () => {
    const { Stemming, ...rest } = fixture('odata-besluit.json');
    const zaak = readODataZaak({
      ...fixture('odata-zaak.json'),
      Besluit: [
        { ...rest, Stemming },
        { Id: 'b2ac7dfd-b822-4e02-abbc-766143ce5753', BesluitSoort: 'Ingediend', Verwijderd: true },
      ],
    });
    assert.deepEqual(
      zaak.besluiten.map((b) => [b.id, b.besluitSoort, b.stemmingen.length]),
      [[ID, 'Stemmen - aangenomen', 5]],
    );
    assert.deepEqual(zaak.warnings, []);
    assert.deepEqual(readODataZaak(fixture('odata-zaak.json')).besluiten, []);
  });
});
