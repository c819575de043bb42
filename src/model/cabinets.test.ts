import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { COALITIONS, coalitionOn, coalitionsBetween } from './cabinets.ts';

describe('COALITIONS', () => {
  it('should follow each other without gaps, the last one open', () => {
    for (let i = 1; i < COALITIONS.length; i++) assert.equal(COALITIONS[i]!.start, COALITIONS[i - 1]!.end);
    assert.equal(COALITIONS.at(-1)!.end, null);
    for (const period of COALITIONS) assert.ok(period.end === null || period.start < period.end, period.cabinet);
  });
});

describe('coalitionOn', () => {
  it('should give the coalition of a day, the new cabinet from the day it was sworn in', () => {
    assert.deepEqual(coalitionOn('2011-05-17')?.parties, ['VVD', 'CDA']);
    assert.equal(coalitionOn('2012-11-04')?.cabinet, 'Rutte I');
    assert.equal(coalitionOn('2012-11-05')?.cabinet, 'Rutte II');
    assert.deepEqual(coalitionOn('2020-03-10')?.parties, ['VVD', 'CDA', 'D66', 'ChristenUnie']);
    assert.equal(coalitionOn('2024-07-01')?.cabinet, 'Rutte IV');
    assert.deepEqual(coalitionOn('2024-07-02')?.parties, ['PVV', 'VVD', 'NSC', 'BBB']);
  });

  it("should follow the parties leaving Schoof's cabinet as periods of their own", () => {
    assert.deepEqual(coalitionOn('2025-06-02')?.parties, ['PVV', 'VVD', 'NSC', 'BBB']);
    assert.deepEqual(coalitionOn('2025-06-03')?.parties, ['VVD', 'NSC', 'BBB']);
    assert.equal(coalitionOn('2025-06-03')?.change, 'PVV vertrokken');
    assert.deepEqual(coalitionOn('2025-08-22')?.parties, ['VVD', 'BBB']);
    assert.deepEqual(coalitionOn('2026-03-10T14:00:00')?.parties, ['VVD', 'BBB']);
  });

  it('should know no coalition before Rutte I', () => {
    assert.equal(coalitionOn('2010-10-13'), null);
  });
});

describe('coalitionsBetween', () => {
  it('should give every period that overlaps the days, ends included', () => {
    assert.deepEqual(
      coalitionsBetween('2025-01-01', '2025-12-31').map((p) => p.parties.join(' ')),
      ['PVV VVD NSC BBB', 'VVD NSC BBB', 'VVD BBB'],
    );
    assert.deepEqual(
      coalitionsBetween('2017-10-26', '2017-10-26').map((p) => p.cabinet),
      ['Rutte III'],
    );
    assert.deepEqual(coalitionsBetween('2001-01-01', '2009-12-31'), []);
  });
});
