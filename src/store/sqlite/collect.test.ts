/**
 * The one-pass collector: its kept page equals a full sort of all matches, its counts
 * equal a brute-force count, and collectors over parts of the rowid range merge into
 * what one collector over the whole range sees.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type CollectOrder, Collector, type Kept, mergeCollected, recency } from './collect.ts';
import { dayOf, packDossiers, unpackDossiers } from './facets.ts';

interface Match {
  doc: number;
  raw: number;
  code: number;
  day: number;
  dossiers: number;
}

/** Matches with distinct docs; scores and days drawn from few values, so that ties are common. */
const matches = fc.uniqueArray(
  fc.record({
    doc: fc.integer({ min: 1, max: 5000 }),
    raw: fc.constantFrom(0, 1.5, 2.25, 7),
    code: fc.integer({ min: 0, max: 5 }),
    day: fc.constantFrom(0, 19951231, 20150528, 20150529, 20240101),
    dossiers: fc
      .tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 40 }), fc.boolean())
      .map(([a, b, more]) => packDossiers(a, b, more)),
  }),
  { selector: (m) => m.doc, maxLength: 300 },
);

function bySort(all: Match[], order: CollectOrder): Kept[] {
  const kept = all.map((m) => ({ doc: m.doc, score: m.raw === 0 ? 0 : m.raw * recency(m.day), day: m.day }));
  return kept.sort((a, b) =>
    order === 'date'
      ? b.day - a.day || b.score - a.score || a.doc - b.doc
      : b.score - a.score || b.day - a.day || a.doc - b.doc,
  );
}

function collect(all: Match[], keep: number, order: CollectOrder) {
  const collector = new Collector(keep, order);
  for (const m of all) collector.add(m.doc, m.raw, m.code, m.day, m.dossiers);
  return collector.result();
}

describe('Collector', () => {
  for (const order of ['relevance', 'date'] as const) {
    it(`should keep exactly the first matches of a full sort (${order})`, () => {
      fc.assert(
        fc.property(matches, fc.integer({ min: 0, max: 60 }), (all, keep) => {
          assert.deepEqual(collect(all, keep, order).top, bySort(all, order).slice(0, keep));
        }),
      );
    });

    it(`should merge range parts into what one pass sees (${order})`, () => {
      fc.assert(
        fc.property(matches, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 5000 }), (all, keep, cut) => {
          const whole = collect(all, keep, order);
          const parts = [all.filter((m) => m.doc < cut), all.filter((m) => m.doc >= cut)];
          const merged = mergeCollected(
            parts.map((p) => collect(p, keep, order)),
            keep,
            order,
          );
          assert.equal(merged.total, whole.total);
          assert.deepEqual(merged.top, whole.top);
          assert.deepEqual(new Map(merged.codes), new Map(whole.codes));
          assert.deepEqual(new Map(merged.dossiers), new Map(whole.dossiers));
          assert.deepEqual(merged.more.sort(), whole.more.sort());
        }),
      );
    });
  }

  it('should count totals, facet codes and dossiers like a brute-force count', () => {
    fc.assert(
      fc.property(matches, (all) => {
        const got = collect(all, 5, 'relevance');
        assert.equal(got.total, all.length);
        const codes = new Map<number, number>();
        const dossiers = new Map<number, number>();
        for (const m of all) {
          codes.set(m.code, (codes.get(m.code) ?? 0) + 1);
          const { first, second } = unpackDossiers(m.dossiers);
          for (const d of new Set([first, second])) if (d !== 0) dossiers.set(d, (dossiers.get(d) ?? 0) + 1);
        }
        assert.deepEqual(new Map(got.codes), codes);
        assert.deepEqual(new Map(got.dossiers), dossiers);
        const more = all.filter((m) => unpackDossiers(m.dossiers).more).map((m) => m.doc);
        assert.deepEqual(got.more.sort(), more.sort());
      }),
    );
  });

  it('should give a newer paper at most 10% more for the same text score', () => {
    assert.equal(recency(0), 1);
    assert.equal(recency(19900101), 1);
    assert.equal(recency(20250101), 1.1);
    assert.ok(recency(20100601) > 1 && recency(20100601) < 1.1);
  });
});

describe('packed facet columns', () => {
  it('should pack and unpack dossier codes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 25 - 1 }),
        fc.integer({ min: 0, max: 2 ** 25 - 1 }),
        fc.boolean(),
        (first, second, more) => {
          assert.deepEqual(unpackDossiers(packDossiers(first, second, more)), { first, second, more });
        },
      ),
    );
  });

  it('should turn dates into yyyymmdd numbers', () => {
    assert.equal(dayOf('2015-05-28'), 20150528);
    assert.equal(dayOf('2015-05'), 20150500);
    assert.equal(dayOf('2015'), 20150000);
    assert.equal(dayOf(null), 0);
    assert.equal(dayOf('mei 2015'), 0);
  });
});
