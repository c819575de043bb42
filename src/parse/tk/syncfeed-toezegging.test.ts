import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ParseError } from '../errors.ts';
import type { TkToezegging } from './records.ts';
import { readSyncFeedEntity, readSyncFeedRecord } from './syncfeed.ts';

const FIXTURES = join(import.meta.dirname, '../../../test/fixtures/tk');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const RUNS = Number(process.env.GRIFFIE_FC_RUNS) || 300;

const ID = 'e6f7a8b9-c0d1-4e2f-9a3b-4c5d6e7f8091';
const PERSOON = '5c6d7e8f-90a1-4b2c-9d3e-4f5a6b7c8d9e';
const FRACTIE = '6d7e8f90-a1b2-4c3d-8e4f-5a6b7c8d9eaf';
const toezegging = (body: string, verwijderd = 'false') =>
  `<ns1:toezegging id="${ID}" ns1:bijgewerkt="2025-02-14T09:31:02.8Z" ns1:verwijderd="${verwijderd}"
    xmlns:ns1="http://www.tweedekamer.nl/xsd/tkData/v1-0">${body}</ns1:toezegging>`;

function read(xml: string): TkToezegging {
  const record = readSyncFeedRecord(xml);
  assert.ok(record.entity === 'toezegging', `a toezegging, not a ${record.entity}`);
  return record.toezegging;
}

describe('readSyncFeedRecord on a toezegging', () => {
  it('should read every field of the entity, relations as references', () => {
    const record = readSyncFeedRecord(fixture('syncfeed-toezegging.xml'));
    assert.deepEqual([record.entity, record.id, record.verwijderd], ['toezegging', ID, false]);
    const tz = read(fixture('syncfeed-toezegging.xml'));
    assert.equal(tz.origin, 'syncfeed');
    assert.equal(tz.nummer, 'TZ202502-031');
    assert.match(tz.tekst ?? '', /^De minister herhaalt de toezegging/);
    assert.deepEqual([tz.aanmaakdatum, tz.datumNakoming], ['2025-02-05', '2025-03-31']);
    assert.deepEqual([tz.status, tz.normalisedStatus], ['Voldaan', 'fulfilled']);
    assert.deepEqual(
      tz.kamerbriefNakoming.map((k) => [k.given, k.documentNummer]),
      [['2025D99045', '2025D99045']],
    );
    assert.equal(tz.ministerie, 'Infrastructuur en Waterstaat');
    assert.deepEqual(tz.bewindspersoon, {
      naam: 'A.B. Voorbeeld',
      functie: 'minister van Infrastructuur en Waterstaat',
      titulatuur: null,
      initialen: 'A.B.',
      voornaam: null,
      tussenvoegsel: null,
      achternaam: 'Voorbeeld',
      achtervoegsel: null,
    });
    assert.deepEqual(tz.activiteit, {
      id: '2c3d4e5f-6a7b-4c8d-8e9f-1a2b3c4d5e6f',
      nummer: '2025A99017',
      soort: null,
      onderwerp: null,
      datum: null,
      voortouwnaam: null,
      voortouwafkorting: null,
    });
    assert.deepEqual(tz.toegezegdAanPersoon, [{ id: PERSOON, naam: null, fractie: null }]);
    assert.deepEqual(tz.toegezegdAanFractie, [{ id: FRACTIE, afkorting: null, naam: null }]);
    assert.deepEqual(tz.isHerhalingVan, ['c4d5e6f7-a8b9-4c0d-9e1f-2a3b4c5d6e7f']);
    assert.deepEqual(tz.isAanvullingOp, ['1b2c3d4e-5f6a-4b7c-9d8e-0f1a2b3c4d5e']);
    assert.deepEqual(tz.isWijzigingVan, []);
    assert.equal(tz.bijgewerkt, '2025-02-14T09:31:02.8Z');
    assert.deepEqual(tz.warnings, []);
  });

  it('should read a deleted toezegging in an Atom entry', () => {
    const record = readSyncFeedRecord(fixture('syncfeed-entry-toezegging-deleted.xml'));
    assert.deepEqual(
      [record.entity, record.id, record.verwijderd],
      ['toezegging', '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', true],
    );
    assert.ok(record.entity === 'toezegging');
    assert.equal(record.toezegging.verwijderd, true);
    assert.deepEqual([record.toezegging.nummer, record.toezegging.status], [null, null]);
    assert.deepEqual(record.toezegging.warnings, [], 'a deleted entity need not carry its fields');
  });

  it('should read the form the feed sends: a nested toegezegdAan, Afgedaan, a repeated kamerbriefNakoming', () => {
    const tz = read(
      toezegging(`<ns1:toegezegdAan><ns1:persoon ref="${PERSOON}"/><ns1:fractie ref="${FRACTIE}"/></ns1:toegezegdAan>
        <ns1:toegezegdAan><ns1:persoon ref="${PERSOON}"/></ns1:toegezegdAan>
        <ns1:nummer>TZ202504-057</ns1:nummer><ns1:status>Deels Afgedaan</ns1:status>
        <ns1:kamerbriefNakoming>2025D99045</ns1:kamerbriefNakoming>
        <ns1:kamerbriefNakoming>kst-99123-8</ns1:kamerbriefNakoming>
        <ns1:tekst>Fictief voorbeeld</ns1:tekst>`),
    );
    assert.deepEqual(
      [tz.toegezegdAanPersoon.map((p) => p.id), tz.toegezegdAanFractie.map((f) => f.id)],
      [[PERSOON], [FRACTIE]],
    );
    assert.deepEqual([tz.status, tz.normalisedStatus], ['Deels Afgedaan', 'partly-fulfilled']);
    assert.deepEqual(
      tz.kamerbriefNakoming.map((k) => k.documentNummer ?? k.officialId),
      ['2025D99045', 'kst-99123-8'],
    );
    assert.deepEqual(tz.warnings, []);
  });

  it('should say what it cannot place, and warn about malformed values and missing fields', () => {
    const tz = read(
      toezegging(`<ns1:toegezegdAan ref="${PERSOON}"/><ns1:nummer>TZ-2025-1</ns1:nummer>
        <ns1:aanmaakdatum>05-02-2025</ns1:aanmaakdatum><ns1:activiteitNummer>A-17</ns1:activiteitNummer>
        <ns1:status>Onbekend</ns1:status><ns1:kamerbriefNakoming xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="true"/>`),
    );
    assert.deepEqual([tz.nummer, tz.aanmaakdatum, tz.activiteit, tz.kamerbriefNakoming], [null, null, null, []]);
    assert.deepEqual(tz.warnings, [
      `the record's toegezegdAan ${PERSOON} names no persoon or fractie; it is left out`,
      'the record\'s nummer "TZ-2025-1" is not of the form TZ202504-057',
      'the record\'s aanmaakdatum "05-02-2025" is not a date',
      'the record\'s status "Onbekend" is not a Toezegging status Griffie knows; it is kept as given',
      'the record\'s activiteitNummer "A-17" is not of the form 2024A01234',
      'the record gives no tekst',
    ]);
  });

  it('should not be taken for a document', () => {
    assert.throws(
      () => readSyncFeedEntity(fixture('syncfeed-toezegging.xml')),
      (error: unknown) => error instanceof ParseError && /is a toezegging, not a document/.test(error.message),
    );
  });

  it('should give a toezegging or a ParseError for the entity XML cut, or with text spliced in, anywhere', () => {
    const xml = fixture('syncfeed-toezegging.xml');
    const check = (text: string) => {
      let record: ReturnType<typeof readSyncFeedRecord>;
      try {
        record = readSyncFeedRecord(text);
      } catch (error) {
        if (error instanceof ParseError && error.message.length > 0) return;
        throw error;
      }
      assert.equal(record.entity, 'toezegging');
      if (record.entity !== 'toezegging') return;
      const tz = record.toezegging;
      for (const date of [tz.aanmaakdatum, tz.datumNakoming])
        assert.ok(date === null || /^\d{4}-\d{2}-\d{2}$/.test(date));
      assert.ok(tz.nummer === null || /^TZ\d{6}-\d{3,}$/.test(tz.nummer), tz.nummer ?? '');
      assert.ok(tz.warnings.every((warning) => typeof warning === 'string' && warning.length > 0));
    };
    fc.assert(
      fc.property(
        fc.nat({ max: xml.length }),
        fc.nat({ max: xml.length }),
        fc.string({ maxLength: 20 }),
        (a, b, insert) => {
          const [from, to] = a <= b ? [a, b] : [b, a];
          check(xml.slice(0, to));
          check(xml.slice(0, from) + insert + xml.slice(from));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
