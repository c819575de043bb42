import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDay, parseCoalition, periodProblem, statsPeriod, todayInAmsterdam, yearUpTo } from './vote-period.ts';

describe('isDay', () => {
  it('should take only days of the calendar', () => {
    assert.equal(isDay('2024-02-29'), true);
    for (const text of ['2025-02-29', '2026-13-01', '2026-3-10', 'gisteren', '2026-03-10T00:00'])
      assert.equal(isDay(text), false, text);
  });
});

describe('yearUpTo', () => {
  it('should give the first day of the twelve months ending on a day', () => {
    assert.equal(yearUpTo('2026-03-10'), '2025-03-11');
    assert.equal(yearUpTo('2026-12-31'), '2026-01-01');
    assert.equal(yearUpTo('2024-02-29'), '2023-03-01');
    assert.equal(yearUpTo('2025-02-28'), '2024-02-29');
  });
});

describe('todayInAmsterdam', () => {
  it('should give the Dutch day, not the UTC one', () => {
    assert.equal(todayInAmsterdam(new Date('2026-03-09T23:30:00Z')), '2026-03-10');
  });
});

describe('periodProblem and parseCoalition', () => {
  it('should say what is wrong with a period or a coalition', () => {
    assert.equal(periodProblem('2026-01-01', '2026-12-31'), null);
    assert.match(periodProblem('2026-05-01', '2026-01-01') ?? '', /starts \(2026-05-01\) after it ends/);
    assert.deepEqual(parseCoalition(' VVD, BBB,VVD,'), { parties: ['VVD', 'BBB'] });
    assert.deepEqual(parseCoalition('GroenLinks-PvdA'), { parties: ['GroenLinks-PvdA'] });
    assert.ok('problem' in parseCoalition('<b>'));
    assert.ok('problem' in parseCoalition(' , '));
  });
});

describe('statsPeriod', () => {
  it('should fill in the twelve months up to today and the coalition of the last day', () => {
    const period = statsPeriod({}, '2026-03-10');
    assert.deepEqual(
      [period.from, period.to, period.coalition, period.cabinet?.cabinet],
      ['2025-03-11', '2026-03-10', ['VVD', 'BBB'], 'Schoof'],
    );
    assert.deepEqual(statsPeriod({ to: '2020-06-30' }, '2026-03-10').coalition, ['VVD', 'CDA', 'D66', 'ChristenUnie']);
    assert.equal(statsPeriod({ to: '2020-06-30' }, '2026-03-10').from, '2019-07-01');
    assert.equal(statsPeriod({ from: '2027-01-01' }, '2026-03-10').to, '2027-01-01');
    const given = statsPeriod({ coalition: ['VBP'] }, '2026-03-10');
    assert.deepEqual([given.coalition, given.cabinet, given.given], [['VBP'], null, true]);
    assert.deepEqual(statsPeriod({ to: '2009-01-01' }, '2026-03-10').coalition, []);
  });
});
