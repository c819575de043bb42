import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ParseError } from '../errors.ts';
import { readODataActiviteit, readODataAgendapunt } from './odata-agenda.ts';
import { readODataRecord } from './odata-record.ts';
import { readODataBesluit } from './odata-votes.ts';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/tk');
const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));

const ROOT = 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/$metadata#';
const ACTIVITEIT = 'f0a1b2c3-d4e5-4f60-9a7b-8c9d0e1f2a3b';
const AGENDAPUNT = '86649001-485c-4da4-9c76-3c0f846ada14';
const HAMERSTUKKEN = '2b3c4d5e-6f70-4819-a2b3-c4d5e6f7a8b9';

describe('readODataActiviteit', () => {
  it('should read every field of an Activiteit, and its agenda without the withdrawn item', () => {
    const { agendapunten, ...activiteit } = readODataActiviteit(fixture('odata-activiteit.json'));
    assert.deepEqual(activiteit, {
      origin: 'odata',
      id: ACTIVITEIT,
      voortouwcommissieId: '9e8d7c6b-5a49-4382-b716-05f4e3d2c1b0',
      voortgezetVanuitId: null,
      vervangenVanuitId: null,
      soort: 'Stemmingen',
      nummer: '2024A99050',
      onderwerp: 'Stemmingen (fictief voorbeeld)',
      datumSoort: 'Dag',
      datum: '2024-12-03',
      aanvangstijd: '2024-12-03T15:00:00+01:00',
      eindtijd: '2024-12-03T15:45:00+01:00',
      locatie: 'Plenaire zaal',
      besloten: false,
      status: 'Uitgevoerd',
      vergaderjaar: '2024-2025',
      kamer: 'Tweede Kamer',
      noot: null,
      vrsNummer: '20249905',
      sidVoortouw: null,
      voortouwnaam: 'Tweede Kamer',
      voortouwafkorting: 'TK',
      voortouwkortenaam: 'Tweede Kamer',
      aanvraagdatum: null,
      datumVerzoekEersteVerlenging: null,
      datumMededelingEersteVerlenging: null,
      datumVerzoekTweedeVerlenging: null,
      datumMededelingTweedeVerlenging: null,
      vervaldatum: null,
      verwijderd: false,
      bijgewerkt: '2024-12-03T16:02:30.5+01:00',
      warnings: [],
    });
    assert.deepEqual(
      agendapunten.map((p) => [p.id, p.activiteitId, p.volgorde, p.onderwerp, p.warnings]),
      [
        [HAMERSTUKKEN, ACTIVITEIT, 3, 'Hamerstukken (fictief voorbeeld)', []],
        [
          AGENDAPUNT,
          ACTIVITEIT,
          4,
          'Stemmingen over moties ingediend bij het tweeminutendebat Digitale dijkbewaking (CD 27/11) (fictief voorbeeld)',
          [],
        ],
      ],
    );
  });

  it('should give an expanded item without Activiteit_Id the Activiteit it is under, and leave out one without an Id', () => {
    const activiteit = readODataActiviteit({
      '@odata.context': `${ROOT}Activiteit(Agendapunt())/$entity`,
      Id: ACTIVITEIT,
      Soort: 'Stemmingen',
      Datum: '2024-12-03T00:00:00+01:00',
      Agendapunt: [{ Id: AGENDAPUNT, Onderwerp: 'Stemmingen', Volgorde: '4' }, { Onderwerp: 'Hamerstukken' }],
    });
    assert.deepEqual(
      activiteit.agendapunten.map((p) => [p.id, p.activiteitId, p.volgorde, p.activiteit]),
      [[AGENDAPUNT, ACTIVITEIT, 4, null]],
    );
    assert.deepEqual(activiteit.warnings, ['a linked Agendapunt has no Id (a GUID); it is left out']);
  });

  it('should make values that break the XSD null, with a warning, and take the date in the Netherlands', () => {
    const activiteit = readODataActiviteit({
      '@odata.context': `${ROOT}Activiteit/$entity`,
      Id: ACTIVITEIT,
      Soort: 7,
      Datum: '2024-06-30T22:30:00Z',
      Aanvangstijd: 'morgen',
      Besloten: 'nee',
      VRSNummer: 20249905,
      Vergaderjaar: 2024,
      Aanvraagdatum: '2024-13-01T00:00:00+01:00',
    });
    assert.deepEqual(
      [activiteit.soort, activiteit.datum, activiteit.aanvangstijd, activiteit.besloten, activiteit.vrsNummer],
      [null, '2024-07-01', null, null, '20249905'],
    );
    assert.deepEqual([activiteit.vergaderjaar, activiteit.aanvraagdatum], [null, null]);
    assert.deepEqual(activiteit.warnings, [
      "the record's Soort 7 is not text",
      'the record\'s Aanvangstijd "morgen" is not a date and time',
      'the record\'s Besloten "nee" is not true or false',
      "the record's Vergaderjaar 2024 is not text",
      'the record\'s Aanvraagdatum "2024-13-01T00:00:00+01:00" is not a date',
    ]);
  });

  it('should mark a withdrawn Activiteit and not ask for its fields', () => {
    const activiteit = readODataActiviteit({
      '@odata.context': `${ROOT}Activiteit/$entity`,
      Id: ACTIVITEIT,
      Verwijderd: true,
    });
    assert.deepEqual([activiteit.verwijderd, activiteit.warnings], [true, []]);
  });
});

describe('readODataAgendapunt', () => {
  it('should read every field of an Agendapunt, and its expanded Activiteit', () => {
    const { agendapunten: _agenda, ...activiteit } = readODataActiviteit(fixture('odata-activiteit.json'));
    assert.deepEqual(readODataAgendapunt(fixture('odata-agendapunt.json')), {
      origin: 'odata',
      id: AGENDAPUNT,
      activiteitId: ACTIVITEIT,
      activiteit: { ...activiteit, agendapunten: [] },
      nummer: '2024P99071',
      onderwerp:
        'Stemmingen over moties ingediend bij het tweeminutendebat Digitale dijkbewaking (CD 27/11) (fictief voorbeeld)',
      aanvangstijd: null,
      eindtijd: null,
      volgorde: 4,
      rubriek: null,
      noot: 'Aangevuld na de regeling van werkzaamheden (fictief voorbeeld).',
      status: 'Vrijgegeven',
      verwijderd: false,
      bijgewerkt: '2024-12-03T16:01:12.3+01:00',
      warnings: [],
    });
  });

  it('should lead from a Besluit through its Agendapunt to the day of its Activiteit', () => {
    const besluit = readODataBesluit(fixture('odata-besluit.json'));
    const punt = readODataAgendapunt(fixture('odata-agendapunt.json'));
    assert.equal(besluit.agendapuntId, punt.id);
    assert.equal(punt.activiteit?.datum, '2024-12-03');
  });

  it('should make values that break the XSD null, with a warning, and ask for its Activiteit and Onderwerp', () => {
    const punt = readODataAgendapunt({
      '@odata.context': `${ROOT}Agendapunt/$entity`,
      Id: AGENDAPUNT,
      Volgorde: 1.5,
      Eindtijd: '2024-12-03',
      Activiteit: [
        { Id: ACTIVITEIT, Soort: 'Stemmingen', DatumSoort: 'Dag' },
        { Id: HAMERSTUKKEN, Soort: 'Stemmingen', DatumSoort: 'Dag' },
      ],
    });
    assert.deepEqual(
      [punt.volgorde, punt.eindtijd, punt.activiteitId, punt.activiteit?.id],
      [null, null, ACTIVITEIT, ACTIVITEIT],
    );
    assert.deepEqual(punt.warnings, [
      'the record links 2 Activiteiten; the first is kept',
      'the record\'s Eindtijd "2024-12-03" is not a date and time',
      "the record's Volgorde 1.5 is not a whole number of 0 or more",
      'the record gives no Onderwerp',
    ]);
    const orphan = readODataAgendapunt({
      '@odata.context': `${ROOT}Agendapunt/$entity`,
      Id: AGENDAPUNT,
      Onderwerp: 'Hamerstukken',
    });
    assert.deepEqual(orphan.warnings, ['the record names no Activiteit_Id']);
  });

  it('should mark a withdrawn Agendapunt and not ask for its fields', () => {
    const punt = readODataAgendapunt({
      '@odata.context': `${ROOT}Agendapunt/$entity`,
      Id: AGENDAPUNT,
      Verwijderd: true,
    });
    assert.deepEqual([punt.verwijderd, punt.warnings], [true, []]);
  });
});

describe('readODataRecord on Agendapunten and Activiteiten', () => {
  it('should read them by their context, and tell them without annotations by their properties', () => {
    assert.equal(readODataRecord(fixture('odata-agendapunt.json')).entity, 'agendapunt');
    assert.equal(readODataRecord(fixture('odata-activiteit.json')).entity, 'activiteit');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ Id: AGENDAPUNT, Onderwerp: 'Hamerstukken', Volgorde: 3 }, 'agendapunt'],
      [{ Id: ACTIVITEIT, Soort: 'Stemmingen', DatumSoort: 'Dag', Locatie: 'Plenaire zaal' }, 'activiteit'],
      [{ Id: ACTIVITEIT, Nummer: '2024A99050', Soort: 'Stemmingen' }, 'activiteit'],
    ];
    for (const [json, entity] of cases) assert.equal(readODataRecord(json).entity, entity, JSON.stringify(json));
    const { '@odata.context': _context, ...bare } = fixture('odata-activiteit.json');
    const record = readODataRecord(bare);
    assert.ok(record.entity === 'activiteit');
    assert.equal(record.activiteit.agendapunten.length, 2);
  });

  it('should refuse an entity of another set, naming it', () => {
    assert.throws(
      () => readODataAgendapunt(fixture('odata-activiteit.json')),
      (error: unknown) =>
        error instanceof ParseError &&
        /^the input is an OData Activiteit record, not a Agendapunt$/.test(error.message),
    );
    assert.throws(
      () => readODataActiviteit({ Id: AGENDAPUNT, BesluitSoort: 'Stemmen - aangenomen' }),
      (error: unknown) => error instanceof ParseError && /is a Besluit, not a Activiteit/.test(error.message),
    );
  });
});
