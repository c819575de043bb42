import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ParseError } from '../errors.ts';
import type { TkActiviteitRecord, TkAgendapuntRecord } from './agenda-records.ts';
import { readSyncFeedEntity, readSyncFeedRecord } from './syncfeed.ts';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/tk');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
/** The entries of a feed page, each as the connector hands one on. */
const entriesOf = (name: string) => fixture(name).match(/<entry>[\s\S]*?<\/entry>/g) ?? [];

const ACTIVITEIT = 'f0a1b2c3-d4e5-4f60-9a7b-8c9d0e1f2a3b';
const AGENDAPUNT = '86649001-485c-4da4-9c76-3c0f846ada14';
const NS =
  'xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0" xmlns:tk="http://www.tweedekamer.nl/xsd/tkData/v1-0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const entity = (name: string, body: string, verwijderd = 'false') =>
  `<${name} id="${ACTIVITEIT}" tk:bijgewerkt="2024-12-03T15:02:30Z" tk:verwijderd="${verwijderd}" ${NS}>${body}</${name}>`;

function agendapunt(xml: string): TkAgendapuntRecord {
  const record = readSyncFeedRecord(xml);
  assert.ok(record.entity === 'agendapunt', `an agendapunt, not a ${record.entity}`);
  return record.agendapunt;
}

function activiteit(xml: string): TkActiviteitRecord {
  const record = readSyncFeedRecord(xml);
  assert.ok(record.entity === 'activiteit', `an activiteit, not a ${record.entity}`);
  return record.activiteit;
}

describe('readSyncFeedRecord on an activiteit', () => {
  it('should read every field of the entity, its committee as a reference and its date as yyyy-mm-dd', () => {
    const record = readSyncFeedRecord(fixture('syncfeed-activiteit.xml'));
    assert.deepEqual([record.entity, record.id, record.verwijderd], ['activiteit', ACTIVITEIT, false]);
    assert.deepEqual(activiteit(fixture('syncfeed-activiteit.xml')), {
      origin: 'syncfeed',
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
      agendapunten: [],
      verwijderd: false,
      bijgewerkt: '2024-12-03T15:02:30.5000000Z',
      warnings: [],
    });
  });

  it('should take the date in the Netherlands of a time in another zone, and a date without zone as written', () => {
    const cases: Array<[string, string]> = [
      ['2024-12-02T23:00:00Z', '2024-12-03'],
      ['2024-06-30T22:30:00.000Z', '2024-07-01'],
      ['2024-07-01T01:00:00+03:00', '2024-07-01'],
      ['2024-12-03T00:00:00', '2024-12-03'],
      ['2024-12-03T24:00:00', '2024-12-03'],
      ['2024-12-03', '2024-12-03'],
    ];
    for (const [given, datum] of cases) {
      const record = activiteit(entity('activiteit', `<soort>Stemmingen</soort><datum>${given}</datum>`));
      assert.deepEqual([record.datum, record.warnings], [datum, []], given);
    }
  });

  it('should make values that break the XSD null, with a warning, and ask for its soort and date', () => {
    const record = activiteit(
      entity(
        'activiteit',
        `<voortgezetVanuit ref="${AGENDAPUNT}"/><datum>2024-02-30T00:00:00+01:00</datum><aanvangstijd>15:00</aanvangstijd>
        <besloten>nee</besloten><vergaderjaar>2024-2026</vergaderjaar><vrsNummer>2024-99</vrsNummer>`,
      ),
    );
    assert.deepEqual(
      [
        record.voortgezetVanuitId,
        record.datum,
        record.aanvangstijd,
        record.besloten,
        record.vergaderjaar,
        record.vrsNummer,
      ],
      [AGENDAPUNT, null, null, null, null, null],
    );
    assert.deepEqual(record.warnings, [
      'the record\'s datum "2024-02-30T00:00:00+01:00" is not a date',
      'the record\'s aanvangstijd "15:00" is not a date and time',
      'the record\'s besloten "nee" is not true or false',
      'the record\'s vergaderjaar "2024-2026" is not a parliamentary year like 2024-2025',
      'the record\'s vrsNummer "2024-99" is not eight digits',
      'the record gives no soort',
    ]);
    const unplanned = activiteit(entity('activiteit', '<soort>Commissiedebat</soort>'));
    assert.deepEqual(unplanned.warnings, ['the record gives no datum or datumSoort']);
  });
});

describe('readSyncFeedRecord on an agendapunt', () => {
  it('should read each item of a feed page, its Activiteit as a reference, and the withdrawn one as withdrawn', () => {
    const [live, withdrawn, ...rest] = entriesOf('syncfeed-agendapunt.xml').map(agendapunt);
    assert.equal(rest.length, 0);
    assert.deepEqual(live, {
      origin: 'syncfeed',
      id: AGENDAPUNT,
      activiteitId: ACTIVITEIT,
      activiteit: null,
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
      bijgewerkt: '2024-12-03T15:01:12.3000000Z',
      warnings: [],
    });
    assert.deepEqual(
      [withdrawn?.id, withdrawn?.verwijderd, withdrawn?.activiteitId, withdrawn?.onderwerp, withdrawn?.warnings],
      ['a3b4c5d6-e7f8-4a9b-8c0d-1e2f3a4b5c6d', true, null, null, []],
    );
  });

  it('should lead from a Besluit through its Agendapunt to the day of its Activiteit', () => {
    const besluit = readSyncFeedRecord(fixture('syncfeed-besluit.xml'));
    const [item] = entriesOf('syncfeed-agendapunt.xml').map(agendapunt);
    const meeting = activiteit(fixture('syncfeed-activiteit.xml'));
    assert.ok(besluit.entity === 'besluit');
    assert.equal(besluit.besluit.agendapuntId, item?.id);
    assert.equal(item?.activiteitId, meeting.id);
    assert.equal(meeting.datum, '2024-12-03');
  });

  it('should make values that break the XSD null, with a warning, and ask for its Activiteit and onderwerp', () => {
    const item = agendapunt(
      entity('agendapunt', '<volgorde>-1</volgorde><aanvangstijd>2024-12-03T25:00:00+01:00</aanvangstijd>'),
    );
    assert.deepEqual([item.volgorde, item.aanvangstijd, item.activiteitId], [null, null, null]);
    assert.deepEqual(item.warnings, [
      'the record\'s aanvangstijd "2024-12-03T25:00:00+01:00" is not a date and time',
      'the record\'s volgorde "-1" is not a whole number of 0 or more',
      'the record names no activiteit',
      'the record gives no onderwerp',
    ]);
    const big = agendapunt(
      entity(
        'agendapunt',
        `<activiteit ref="${ACTIVITEIT}"/><onderwerp>Hamerstukken</onderwerp><volgorde>4294967296</volgorde>`,
      ),
    );
    assert.deepEqual(
      [big.volgorde, big.warnings],
      [null, ['the record\'s volgorde "4294967296" is not a whole number of 0 or more']],
    );
  });
});

describe('readSyncFeedRecord on deleted agenda items and activities', () => {
  it('should mark each withdrawn and not ask for its fields', () => {
    for (const name of ['agendapunt', 'activiteit'] as const) {
      const record = readSyncFeedRecord(entity(name, '', 'true'));
      assert.deepEqual([record.entity, record.id, record.verwijderd], [name, ACTIVITEIT, true]);
      const inner =
        record.entity === 'agendapunt' ? record.agendapunt : record.entity === 'activiteit' ? record.activiteit : null;
      assert.deepEqual([inner?.verwijderd, inner?.warnings], [true, []], name);
    }
  });

  it('should not be taken for a document', () => {
    assert.throws(
      () => readSyncFeedEntity(fixture('syncfeed-activiteit.xml')),
      (error: unknown) => error instanceof ParseError && /is a activiteit, not a document/.test(error.message),
    );
  });
});
