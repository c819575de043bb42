/**
 * The record contract's lists (`record-contract.ts` registers them): named entities
 * ranked by papers with a case- and accent-blind prefix, the papers naming one, the
 * reference targets no stored paper has, and the papers citing a dossier from outside.
 * Expectations by hand beside the reason, and wholesale from `record-brute.ts`.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { browsePapers, fixturePapers, keyOf } from './fixtures.ts';
import { RecordBrute } from './record-brute.ts';
import { changed, recordPapers } from './record-fixtures.ts';
import { type EntityKind, type Store, StoreError } from './types.ts';

const KINDS: EntityKind[] = ['person', 'organisation', 'place'];

/** Register the list cases on `store()` (holding the papers of `brute`); `open` gives an empty store. */
export function describeRecordLists(store: () => Store, brute: RecordBrute, open: () => Promise<Store>): void {
  describe('named entities and reference lists', () => {
    it('should rank named entities by papers, then by name, with the role most papers give a person', async () => {
      const persons = await store().entities('person', { limit: 100 });
      // E. Bakker: three papers; as minister in two, as staatssecretaris in two (one paper gives both): the
      // first byte-wise. The rest one paper each, by name byte-wise (capitals first, accented letters last).
      assert.deepEqual(
        persons.items.map((e) => [e.name, e.role, e.documents]),
        [
          ['E. Bakker', 'minister', 3],
          ['C. de Vries', 'lid', 1],
          ['F. Visser', 'minister', 1],
          ['GECREËLAAR', 'lid', 1],
          ['Ge Creaux', null, 1],
          ['Gécréau, É.', null, 1],
        ],
      );
      assert.equal(persons.total, 6);
      // Utrecht twice in one paper counts once.
      assert.deepEqual(await store().entity('place', 'Utrecht'), {
        kind: 'place',
        name: 'Utrecht',
        role: null,
        documents: 2,
      });
      assert.deepEqual(await store().entity('organisation', 'Reclassering Nederland'), {
        kind: 'organisation',
        name: 'Reclassering Nederland',
        role: null,
        documents: 3,
      });
      assert.equal(await store().entity('person', 'Utrecht'), null);
      assert.equal(await store().entity('person', 'e. bakker'), null, 'an exact name');
      for (const kind of KINDS) {
        const all = brute.entities(kind).map(({ papers: _, ...e }) => e);
        assert.deepEqual(await store().entities(kind, { limit: 100 }), { total: all.length, items: all });
        assert.deepEqual(await store().entities(kind, { limit: 2, offset: 1 }), {
          total: all.length,
          items: all.slice(1, 3),
        });
        for (const e of all) assert.deepEqual(await store().entity(kind, e.name), e);
      }
    });

    it('should find names by a prefix in any case, with or without accents', async () => {
      const names = async (prefix: string) =>
        (await store().entities('person', { prefix, limit: 100 })).items.map((e) => e.name);
      for (const prefix of ['gecre', 'GÉCRÉ', 'Gecre', ' gecré'])
        assert.deepEqual(await names(prefix), ['GECREËLAAR', 'Gécréau, É.'], prefix);
      assert.deepEqual(await names('ge c'), ['Ge Creaux']);
      assert.deepEqual(await names('gécréau, é'), ['Gécréau, É.']);
      assert.deepEqual(await names('x'), []);
      // A prefix of nothing (once folded) narrows nothing.
      const everyone = (await store().entities('person', { limit: 100 })).items.map((e) => e.name);
      assert.deepEqual(await names(''), everyone);
      assert.deepEqual(await names('   '), everyone);
      assert.equal((await store().entities('person', { prefix: '' })).total, 6);
      for (const prefix of ['e', 'g', 'ge', 'c. de', 'U']) {
        for (const kind of KINDS) {
          const all = brute.entities(kind, prefix).map(({ papers: _, ...e }) => e);
          assert.deepEqual(await store().entities(kind, { prefix, limit: 100 }), { total: all.length, items: all });
        }
      }
      const page = await store().entities('person', { prefix: 'gecre', limit: 1, offset: 1 });
      assert.deepEqual([page.total, page.items.map((e) => e.name)], [2, ['Gécréau, É.']]);
    });

    it('should list the papers naming an entity newest first', async () => {
      const bakker = await store().entityDocuments('person', 'E. Bakker');
      assert.deepEqual(
        bakker.items.map((d) => d.id),
        ['kst-99302-2', 'kst-99302-1', 'kst-99302-3'],
      );
      assert.deepEqual(await store().entityDocuments('person', 'Niemand'), { total: 0, items: [] });
      for (const kind of KINDS) {
        for (const e of brute.entities(kind)) {
          const expected = e.papers.map((d) => brute.brute.summary(d));
          assert.deepEqual(await store().entityDocuments(kind, e.name, { limit: 100 }), {
            total: e.documents,
            items: expected,
          });
          assert.deepEqual(await store().entityDocuments(kind, e.name, { limit: 1, offset: 1 }), {
            total: e.documents,
            items: expected.slice(1, 2),
          });
        }
      }
    });

    it('should count the entities of a paper out when it is updated', async () => {
      const s = await open();
      try {
        const record = recordPapers();
        const two = record.find((d) => d.id === 'kst-99302-2')!;
        // A batch that fails half-way (its second paper has no type) counts nothing.
        await assert.rejects(s.put([two, { ...record[0]!, type: '' }]), StoreError);
        await s.put(record);
        const renamed = changed(two, {
          entities: { persons: [{ name: 'E. Bakker', role: 'staatssecretaris' }], organisations: ['Raad'], places: [] },
        });
        await s.put([renamed]);
        // GECREËLAAR is gone; E. Bakker is now staatssecretaris in two papers, minister in one.
        assert.equal(await s.entity('person', 'GECREËLAAR'), null);
        assert.deepEqual(await s.entity('person', 'E. Bakker'), {
          kind: 'person',
          name: 'E. Bakker',
          role: 'staatssecretaris',
          documents: 3,
        });
        assert.deepEqual(
          (await s.entities('person', { prefix: 'gecre' })).items.map((e) => e.name),
          ['Gécréau, É.'],
        );
        const after = new RecordBrute(record.map((d) => (d === two ? renamed : d)));
        for (const kind of KINDS) {
          const all = after.entities(kind).map(({ papers: _, ...e }) => e);
          assert.deepEqual(await s.entities(kind, { limit: 100 }), { total: all.length, items: all });
        }
        assert.deepEqual(await s.entityDocuments('organisation', 'Raad'), {
          total: 1,
          items: [after.brute.summary(renamed)],
        });
      } finally {
        await s.close();
      }
    });

    it('should list the reference targets no stored paper has, most cited first, dossiers aside', async () => {
      const persbericht = keyOf(fixturePapers().find((d) => d.id === null)!);
      const all = await store().unresolved({ limit: 100 });
      // kst-99999-1: kst-99302-1 and kst-99303-1 (twice); then one paper each, by target: the persbericht's
      // key is no id (cited by kst-99201-IV-10); dossier-99302 and dossier-99004 are left out.
      assert.deepEqual(all.items, [
        { target: 'kst-99999-1', kind: 'kamerstuk', citations: 2 },
        { target: 'h-tk-20162017-12-3', kind: 'handelingen', citations: 1 },
        { target: 'kst-99999-2', kind: 'kamerstuk', citations: 1 },
        { target: persbericht, kind: 'kamerstuk', citations: 1 },
      ]);
      assert.deepEqual(all, { total: 4, items: brute.unresolved() });
      assert.deepEqual(await store().unresolved({ limit: 2, offset: 1 }), { total: 4, items: all.items.slice(1, 3) });
      const empty = await open();
      try {
        assert.deepEqual(await empty.unresolved(), { total: 0, items: [] });
        await empty.put(browsePapers().slice(4, 5));
        // kst-99201-IV-11 cites kst-99201-IV-10 (not stored here) twice.
        assert.deepEqual(await empty.unresolved(), {
          total: 1,
          items: [{ target: 'kst-99201-IV-10', kind: 'kamerstuk', citations: 1 }],
        });
      } finally {
        await empty.close();
      }
    });

    it('should list the papers outside a dossier that cite it or its papers, newest first, each once', async () => {
      // kst-99303-2 cites dossier-99302, kst-99303-1 cites kst-99302-1; kst-99302-1 cites its own dossier.
      const cited = await store().dossierCitedBy('99302');
      assert.deepEqual(
        cited.items.map((d) => d.id),
        ['kst-99303-2', 'kst-99303-1'],
      );
      // kst-99302-6 cites kst-99303-1.
      assert.deepEqual(
        (await store().dossierCitedBy('99303')).items.map((d) => d.id),
        ['kst-99302-6'],
      );
      for (const key of ['99001', '99002', '99004', '99201-IV', '99301', '99302', '99303', '99999']) {
        const all = brute.dossierCitedBy(key);
        assert.deepEqual(await store().dossierCitedBy(key, { limit: 100 }), { total: all.length, items: all }, key);
        assert.deepEqual(await store().dossierCitedBy(key, { limit: 1, offset: 1 }), {
          total: all.length,
          items: all.slice(1, 2),
        });
      }
    });
  });
}
