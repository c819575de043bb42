/**
 * Tests of due and deadline reading (the table in `due.ts`), of written dates in running
 * text (`dutch-dates.ts`), and of the year a phrase without one takes from the paper.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Due, prinsjesdag, readDue } from './due.ts';
import { findDates } from './dutch-dates.ts';

describe('findDates', () => {
  it('should read written dates with their offsets', () => {
    const text = 'Op 9 april 2015 is verzocht; op dinsdag 22 februari jl. en 14 februari a.s.';
    const found = findDates(text, '2015-05-28');
    assert.deepEqual(
      found.map((d) => d.iso),
      ['2015-04-09', '2015-02-22', '2016-02-14'],
    );
    assert.equal(text.slice(found[0]?.index, found[0]?.end), '9 april 2015');
  });

  it('should give a bare date the year before or after the paper as asked', () => {
    assert.deepEqual(
      findDates('op 1 december', '2025-05-08', 'future').map((d) => d.iso),
      ['2025-12-01'],
    );
    assert.deepEqual(
      findDates('op 1 december', '2025-05-08', 'past').map((d) => d.iso),
      ['2024-12-01'],
    );
    assert.deepEqual(findDates('op 1 december', null), []);
  });

  it('should skip impossible dates and numbers that are no days', () => {
    assert.deepEqual(findDates('31 februari 2025, 2,4 miljoen, 120 mei 2025', null), []);
  });
});

describe('readDue', () => {
  const TABLE: Array<[string, string | null, Due | null]> = [
    ['Ik zal uw Kamer voor de zomer van 2016 informeren.', '2016-02-01', { due: '2016-07-01', deadline: '2016-06-30' }],
    ['voor de zomer', '2025-06-19', { due: '2025-07-01', deadline: '2025-06-30' }],
    ['kunt u in de loop van oktober tegemoet zien', '2018-12-03', { due: '2019-10', deadline: '2019-10-31' }],
    ['voor de zomer', '2025-07-19', { due: '2026-07-01', deadline: '2026-06-30' }],
    ['voor het zomerreces', '2019-05-27', { due: '2019-07-01', deadline: '2019-06-30' }],
    ['in de zomer van 2026', '2026-01-05', { due: '2026-Q3', deadline: '2026-09-30' }],
    ['na de zomer', '2025-02-13', { due: '2025-H2', deadline: '2025-12-31' }],
    ['In het najaar ontvangt u', '2025-03-06', { due: '2025-Q4', deadline: '2025-12-31' }],
    ['in het najaar van 2027', '2025-12-04', { due: '2027-Q4', deadline: '2027-12-31' }],
    ['in het voorjaar van 2022', '2021-11-18', { due: '2022-Q2', deadline: '2022-06-30' }],
    ['volgend voorjaar', '2017-11-27', { due: '2018-Q2', deadline: '2018-06-30' }],
    ['dit najaar', '2025-06-19', { due: '2025-Q4', deadline: '2025-12-31' }],
    ['voor het kerstreces', '2025-03-01', { due: '2025-12', deadline: '2025-12-20' }],
    ['voor 1 januari 2026', '2025-04-22', { due: '2026-01-01', deadline: '2025-12-31' }],
    ['uiterlijk 1 juli 2027', '2026-01-28', { due: '2027-07-01', deadline: '2027-07-01' }],
    ['voor 1 december', '2025-05-08', { due: '2025-12-01', deadline: '2025-11-30' }],
    ['voor donderdag 14 februari a.s.', '2013-02-04', { due: '2013-02-14', deadline: '2013-02-13' }],
    ['in januari 2000', '1999-09-21', { due: '2000-01', deadline: '2000-01-31' }],
    ['in september', '2025-10-01', { due: '2026-09', deadline: '2026-09-30' }],
    ['eind april 2026', '2026-01-01', { due: '2026-04', deadline: '2026-04-30' }],
    ['begin april 2026', '2026-01-01', { due: '2026-04', deadline: '2026-04-15' }],
    ['in het derde kwartaal van 2022', '2022-01-01', { due: '2022-Q3', deadline: '2022-09-30' }],
    ['in het derde kwartaal', '2022-11-01', { due: '2023-Q3', deadline: '2023-09-30' }],
    ['voor het derde kwartaal van 2022', '2022-01-01', { due: '2022-Q3', deadline: '2022-06-30' }],
    ['Q1 2023', '2022-01-01', { due: '2023-Q1', deadline: '2023-03-31' }],
    ['in de tweede helft van 2026', '2026-02-19', { due: '2026-H2', deadline: '2026-12-31' }],
    ['voor Prinsjesdag', '2019-05-28', { due: '2019-09-17', deadline: '2019-09-16' }],
    ['met Prinsjesdag 2025', '2025-01-01', { due: '2025-09-16', deadline: '2025-09-16' }],
    ['begin 2026', '2025-01-01', { due: '2026-Q1', deadline: '2026-03-31' }],
    ['medio 2026', '2025-01-01', { due: '2026-07', deadline: '2026-07-31' }],
    ['eind 2025', '2025-01-01', { due: '2025-12', deadline: '2025-12-31' }],
    ['eind dit jaar', '2025-05-01', { due: '2025-12', deadline: '2025-12-31' }],
    ['in 2026', '2025-01-01', { due: '2026', deadline: '2026-12-31' }],
    ['voor het einde van het jaar', '2025-06-19', { due: '2025', deadline: '2025-12-31' }],
    ['nog dit jaar', '2025-06-19', { due: '2025', deadline: '2025-12-31' }],
    ['volgend jaar', '2025-06-19', { due: '2026', deadline: '2026-12-31' }],
    ['binnen 4 weken', '2015-10-08', { due: '2015-11-05', deadline: '2015-11-05' }],
    ['binnen twee maanden', '2025-01-31', { due: '2025-03-31', deadline: '2025-03-31' }],
    ['In de komende periode zal', '2015-05-28', { due: 'komende periode' }],
    ['die de komende maanden worden georganiseerd', '2015-05-28', { due: 'komende maanden' }],
    ['binnenkort', null, { due: 'binnenkort' }],
    ['op korte termijn', '2011-04-28', { due: 'op korte termijn' }],
    ['zodra het is afgerond.', '2025-10-14', { due: 'zodra het is afgerond' }],
    ['na afloop van de proef, in het najaar van 2027', '2025-12-04', { due: '2027-Q4', deadline: '2027-12-31' }],
    [
      'voor de inwerkingtreding van de wet aan uw Kamer voorleggen',
      '2025-11-06',
      { due: 'voor de inwerkingtreding van de wet' },
    ],
    ['twee keer per jaar rapporteren', '2016-06-29', { due: 'twee keer per jaar' }],
    // Without the paper's date a phrase that needs a year stays as it is written.
    ['voor de zomer', null, { due: 'voor de zomer' }],
    ['in het najaar', null, { due: 'in het najaar' }],
    // Not a due: history, a topic, a season that is no time phrase.
    ['het onderzoek dat in 2024 is gestart', '2025-01-01', null],
    ['de plannen voor de komende periode', '2015-05-28', null],
    ['de zomerbediening van de sluizen', '2025-01-01', null],
    ['in de zomermaanden', '2025-01-01', null],
    ['de brief van 3 maart 2025', '2025-06-01', null],
  ];
  for (const [text, ref, expected] of TABLE) {
    it(`should read ${JSON.stringify(text)} on ${ref}`, () => assert.deepEqual(readDue(text, ref), expected));
  }

  it('should prefer a normalised phrase over a vague one, and the first of each', () => {
    assert.deepEqual(readDue('binnenkort, en in elk geval voor 1 juli 2026 en voor 1 juli 2027', '2026-01-01'), {
      due: '2026-07-01',
      deadline: '2026-06-30',
    });
  });

  it('should find Prinsjesdag on the third Tuesday of September', () => {
    assert.deepEqual([2019, 2021, 2025, 2026].map(prinsjesdag), [
      '2019-09-17',
      '2021-09-21',
      '2025-09-16',
      '2026-09-15',
    ]);
  });

  it('should stay linear on a 200 kB run of time phrases', () => {
    const text = 'voor de zomer van 2016 in het najaar komende maanden voor 1 januari '.repeat(3000);
    const due = readDue(text, '2016-01-01');
    assert.deepEqual(due, { due: '2016-07-01', deadline: '2016-06-30' });
  });
});
