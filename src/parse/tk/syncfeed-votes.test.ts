import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ParseError } from '../errors.ts';
import { readSyncFeedEntity, readSyncFeedRecord } from './syncfeed.ts';
import type { TkBesluit, TkFractieRecord, TkPersoonRecord, TkStemming } from './vote-records.ts';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/tk');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
/** The entries of a feed page, each as the connector hands one on. */
const entriesOf = (name: string) => fixture(name).match(/<entry>[\s\S]*?<\/entry>/g) ?? [];

const ID = 'c1e0240e-5588-4902-a251-c2e473e8d07b';
const VBP = '6d7e8f90-a1b2-4c3d-8e4f-5a6b7c8d9eaf';
const VOORBEELDLID = '5c6d7e8f-90a1-4b2c-9d3e-4f5a6b7c8d9e';
const NS =
  'xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0" xmlns:tk="http://www.tweedekamer.nl/xsd/tkData/v1-0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const entity = (name: string, body: string, verwijderd = 'false') =>
  `<${name} id="${ID}" tk:bijgewerkt="2024-12-03T14:41:07Z" tk:verwijderd="${verwijderd}" ${NS}>${body}</${name}>`;

function besluit(xml: string): TkBesluit {
  const record = readSyncFeedRecord(xml);
  assert.ok(record.entity === 'besluit', `a besluit, not a ${record.entity}`);
  return record.besluit;
}

function stemming(xml: string): TkStemming {
  const record = readSyncFeedRecord(xml);
  assert.ok(record.entity === 'stemming', `a stemming, not a ${record.entity}`);
  return record.stemming;
}

function fractie(xml: string): TkFractieRecord {
  const record = readSyncFeedRecord(xml);
  assert.ok(record.entity === 'fractie', `a fractie, not a ${record.entity}`);
  return record.fractie;
}

function persoon(xml: string): TkPersoonRecord {
  const record = readSyncFeedRecord(xml);
  assert.ok(record.entity === 'persoon', `a persoon, not a ${record.entity}`);
  return record.persoon;
}

describe('readSyncFeedRecord on a besluit', () => {
  it('should read every field of the entity, its Agendapunt and Zaken as references', () => {
    const record = readSyncFeedRecord(fixture('syncfeed-besluit.xml'));
    assert.deepEqual([record.entity, record.id, record.verwijderd], ['besluit', ID, false]);
    assert.deepEqual(besluit(fixture('syncfeed-besluit.xml')), {
      origin: 'syncfeed',
      id: ID,
      agendapuntId: '86649001-485c-4da4-9c76-3c0f846ada14',
      zaken: [
        { id: '18293a4b-c2d5-43e4-b506-718293a4b526', nummer: null, soort: null, onderwerp: null },
        { id: 'b2ac7dfd-b822-4e02-abbc-766143ce5753', nummer: null, soort: null, onderwerp: null },
      ],
      stemmingsSoort: 'Met handopsteken',
      besluitSoort: 'Stemmen - aangenomen',
      besluitTekst: 'Aangenomen.',
      opmerking: null,
      status: 'Besluit',
      agendapuntZaakBesluitVolgorde: 1,
      stemmingen: [],
      verwijderd: false,
      bijgewerkt: '2024-12-03T14:40:52.9000000Z',
      warnings: [],
    });
  });

  it('should read a roll-call Besluit in an Atom entry', () => {
    const record = besluit(fixture('syncfeed-entry-besluit-hoofdelijk.xml'));
    assert.deepEqual(
      [
        record.id,
        record.stemmingsSoort,
        record.besluitSoort,
        record.besluitTekst,
        record.agendapuntZaakBesluitVolgorde,
      ],
      ['36bfe39a-5c20-4152-8c47-213d3e2abbad', 'Hoofdelijk', 'Stemmen - verworpen', 'Verworpen.', 2],
    );
    assert.match(record.opmerking ?? '', /^Hoofdelijke stemming op verzoek/);
    assert.deepEqual(record.warnings, []);
  });

  it("should make a value outside the XSD's int null, with a warning, and ask for its decision", () => {
    const record = besluit(
      entity(
        'besluit',
        '<agendapuntZaakBesluitVolgorde>2147483648</agendapuntZaakBesluitVolgorde><status>Besluit</status>',
      ),
    );
    assert.equal(record.agendapuntZaakBesluitVolgorde, null);
    assert.deepEqual(record.warnings, [
      'the record\'s agendapuntZaakBesluitVolgorde "2147483648" is not a whole number',
      'the record gives no besluitSoort or besluitTekst',
    ]);
    assert.equal(
      besluit(
        entity(
          'besluit',
          '<agendapuntZaakBesluitVolgorde>-1</agendapuntZaakBesluitVolgorde><besluitTekst>Ingediend.</besluitTekst>',
        ),
      ).agendapuntZaakBesluitVolgorde,
      -1,
    );
  });
});

describe('readSyncFeedRecord on a stemming', () => {
  it('should read each vote of a feed page, and the withdrawn one as withdrawn', () => {
    const votes = entriesOf('syncfeed-page-stemming.xml').map(stemming);
    assert.equal(votes.length, 6);
    assert.deepEqual(
      votes.map((v) => [v.actorFractie, v.soort, v.fractieGrootte, v.vergissing, v.verwijderd]),
      [
        ['VBP', 'Voor', 9, false, false],
        ['FF', 'Voor', 40, false, false],
        ['DP', 'Voor', 41, false, false],
        ['PP', 'Tegen', 35, false, false],
        [null, null, null, null, true],
        ['GV', 'Tegen', 25, true, false],
      ],
    );
    assert.ok(votes.every((v) => v.warnings.length === 0));
    const [first] = votes;
    assert.deepEqual(first, {
      origin: 'syncfeed',
      id: 'b5737fe7-e14b-45ba-9f7c-2b6d376f33f0',
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
      bijgewerkt: '2024-12-03T14:41:07.1230000Z',
      warnings: [],
    });
  });

  it("should read a member's vote in a roll call, with the member and the party", () => {
    const [vote] = entriesOf('syncfeed-page-stemming-hoofdelijk.xml').map(stemming);
    assert.deepEqual(
      [vote?.besluitId, vote?.persoonId, vote?.fractieId, vote?.actorNaam, vote?.actorFractie, vote?.sidActorLid],
      ['36bfe39a-5c20-4152-8c47-213d3e2abbad', VOORBEELDLID, VBP, 'C. Voorbeeldlid', 'VBP', 'S-fictief-lid-1001'],
    );
  });

  it('should make values that break the XSD null, with a warning, and ask for its Besluit and soort', () => {
    const vote = stemming(
      entity('stemming', '<fractieGrootte>-3</fractieGrootte><actorNaam>VBP</actorNaam><vergissing>ja</vergissing>'),
    );
    assert.deepEqual([vote.fractieGrootte, vote.vergissing, vote.besluitId], [null, null, null]);
    assert.deepEqual(vote.warnings, [
      'the record\'s fractieGrootte "-3" is not a whole number of 0 or more',
      'the record\'s vergissing "ja" is not true or false',
      'the record names no besluit',
      'the record gives no soort',
    ]);
    const big = stemming(
      entity('stemming', `<besluit ref="${ID}"/><soort>Voor</soort><fractieGrootte>4294967296</fractieGrootte>`),
    );
    assert.deepEqual(
      [big.fractieGrootte, big.warnings],
      [null, ['the record\'s fractieGrootte "4294967296" is not a whole number of 0 or more']],
    );
  });
});

describe('readSyncFeedRecord on a fractie and a persoon', () => {
  it('should read every field of a Fractie', () => {
    assert.deepEqual(fractie(fixture('syncfeed-fractie.xml')), {
      origin: 'syncfeed',
      id: VBP,
      nummer: '9987',
      afkorting: 'VBP',
      naamNl: 'Voorbeeldpartij',
      naamEn: 'Example Party',
      aantalZetels: 9,
      aantalStemmen: null,
      datumActief: '2023-12-06',
      datumInactief: null,
      verwijderd: false,
      bijgewerkt: '2023-12-06T08:00:01.5000000Z',
      warnings: [],
    });
  });

  it('should read every field of a Persoon, and compose the name', () => {
    assert.deepEqual(persoon(fixture('syncfeed-persoon.xml')), {
      origin: 'syncfeed',
      id: VOORBEELDLID,
      naam: 'C. Voorbeeldlid',
      nummer: '99871',
      titels: null,
      initialen: 'C.',
      tussenvoegsel: null,
      achternaam: 'Voorbeeldlid',
      voornamen: 'Cornelia',
      roepnaam: 'Cor',
      geslacht: 'vrouw',
      functie: 'Tweede Kamerlid',
      geboortedatum: '1979-05-14',
      geboorteplaats: 'Voorbeeldstad',
      geboorteland: 'Nederland',
      overlijdensdatum: null,
      overlijdensplaats: null,
      woonplaats: 'Voorbeeldstad',
      land: 'Nederland',
      fractielabel: 'Voorbeeldpartij',
      verwijderd: false,
      bijgewerkt: '2023-12-06T08:00:00.0000000Z',
      warnings: [],
    });
  });

  it('should read the ns1: prefix, and make bad dates and counts null with a warning', () => {
    const xml = `<ns1:fractie id="${VBP}" ns1:bijgewerkt="2023-12-06T08:00:00Z" ns1:verwijderd="false" xmlns:ns1="http://www.tweedekamer.nl/xsd/tkData/v1-0">
      <ns1:afkorting>VBP</ns1:afkorting><ns1:aantalZetels>negen</ns1:aantalZetels><ns1:datumActief>06-12-2023</ns1:datumActief></ns1:fractie>`;
    const record = fractie(xml);
    assert.deepEqual([record.afkorting, record.aantalZetels, record.datumActief], ['VBP', null, null]);
    assert.deepEqual(record.warnings, [
      'the record\'s aantalZetels "negen" is not a whole number of 0 or more',
      'the record\'s datumActief "06-12-2023" is not a date',
    ]);
    const person = persoon(entity('persoon', '<roepnaam>Cor</roepnaam><tussenvoegsel>van</tussenvoegsel>'));
    assert.deepEqual([person.naam, person.warnings], [null, ['the record gives no achternaam']]);
    const named = persoon(
      entity('persoon', '<tussenvoegsel>van</tussenvoegsel><achternaam>Fictie</achternaam><roepnaam>Kees</roepnaam>'),
    );
    assert.equal(named.naam, 'Kees van Fictie');
  });
});

describe('readSyncFeedRecord on deleted decisions, votes, parties and persons', () => {
  it('should mark each withdrawn and not ask for its fields', () => {
    for (const name of ['besluit', 'stemming', 'fractie', 'persoon']) {
      const record = readSyncFeedRecord(entity(name, '', 'true'));
      assert.deepEqual([record.entity, record.id, record.verwijderd], [name, ID, true]);
      const inner = Object.values(record).find((value) => typeof value === 'object' && value !== null) as {
        verwijderd: boolean;
        warnings: string[];
      };
      assert.deepEqual([inner.verwijderd, inner.warnings], [true, []], name);
    }
  });

  it('should not be taken for a document', () => {
    assert.throws(
      () => readSyncFeedEntity(fixture('syncfeed-besluit.xml')),
      (error: unknown) => error instanceof ParseError && /is a besluit, not a document/.test(error.message),
    );
  });
});
