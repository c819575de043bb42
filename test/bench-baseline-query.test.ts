/**
 * The benchmark baseline runs Griffie's queries in FTS5 syntax: the translation, and
 * that FTS5 reads it and finds what the query means on a raw `unicode61` table.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { baselineQuery } from '../scripts/bench/baseline-query.ts';

describe('baselineQuery', () => {
  const cases: Array<[string, string | null]> = [
    ['dijkversterking', '"dijkversterking"'],
    ['woonkamer kinderachtigheid', '("woonkamer" AND "kinderachtigheid")'],
    ['"sociale zekerheid"', '"sociale zekerheid"'],
    ['gereageerd OR taalgemeenschap', '("gereageerd" OR "taalgemeenschap")'],
    ['passa*', '"passa"*'],
    ['strogeel -wordt', '("strogeel" NOT "wordt")'],
    ['(asiel OR migratie) terugkeer NOT marokko', '((("asiel" OR "migratie") AND "terugkeer") NOT "marokko")'],
    ['zeewering -(dijk -duin)', '("zeewering" NOT ("dijk" NOT "duin"))'],
    ['type:motie filmprojectie', '"filmprojectie"'],
    ['toebroek year:2010', '"toebroek"'],
    ['type:motie', null],
    ['-marokko', null],
    ['', null],
  ];
  for (const [query, expected] of cases) {
    it(`should translate ${JSON.stringify(query)}`, () => {
      assert.equal(baselineQuery(query), expected);
    });
  }

  it('should be read by FTS5 and mean what the query means', () => {
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize = 'unicode61')");
    const insert = db.prepare('INSERT INTO fts (rowid, title, body) VALUES (?, ?, ?)');
    insert.run(1, 'Brief over de zeewering', 'De dijk wordt versterkt.');
    insert.run(2, 'Motie over de zeewering', 'Het duin en de dijk blijven.');
    insert.run(3, 'Verslag over passagiers', 'Er is gereageerd op de sociale zekerheid.');
    const find = (query: string) =>
      (
        db.prepare('SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid').all(baselineQuery(query)) as {
          rowid: number;
        }[]
      ).map((r) => r.rowid);
    assert.deepEqual(find('zeewering -duin'), [1]);
    assert.deepEqual(find('zeewering -(dijk -duin)'), [2]);
    assert.deepEqual(find('passa* OR dijk'), [1, 2, 3]);
    assert.deepEqual(find('"sociale zekerheid"'), [3]);
    assert.deepEqual(find('"zekerheid sociale"'), []);
    assert.deepEqual(find('type:motie zeewering'), [1, 2]);
    db.close();
  });
});
