/**
 * The export contract (`Store.exportDocuments`): one suite every engine
 * must pass, written against the `Store` interface only. `open` must return a new,
 * EMPTY store on a file or server (not in memory) each time; the suite closes it.
 *
 * Expected results come from the store itself: an export holds every paper exactly as
 * `get` gives it, and a query's export exactly the papers its search finds.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Document } from '../model/index.ts';
import { SearchQueryError } from '../search/index.ts';
import { browsePapers, fixturePapers, keyOf, paper, withBody } from './fixtures.ts';
import { recordPapers } from './record-fixtures.ts';
import type { Store } from './types.ts';

/** The fixture papers of every store suite, each key once (the first version). */
function papers(): Document[] {
  const seen = new Set<string>();
  return [...fixturePapers(), ...recordPapers(), ...browsePapers()].filter((d) => {
    const fresh = !seen.has(keyOf(d));
    seen.add(keyOf(d));
    return fresh;
  });
}

async function exported(store: Store, query?: string, pageSize?: number): Promise<Document[]> {
  const out: Document[] = [];
  for await (const doc of store.exportDocuments({ ...(query === undefined ? {} : { query }), pageSize })) out.push(doc);
  return out;
}

/** Register the export suite for one engine. */
export function describeExportContract(name: string, open: () => Promise<Store>): void {
  describe(`Export contract (${name})`, () => {
    const P = papers();
    let store: Store;
    before(async () => {
      store = await open();
      // Several batches, as an ingest stores them.
      for (let i = 0; i < P.length; i += 7) await store.put(P.slice(i, i + 7));
    });
    after(async () => {
      await store?.close();
    });

    it('should give every stored paper once, as get gives it, in the order they were stored', async () => {
      for (const pageSize of [1, 4, 100]) {
        const docs = await exported(store, undefined, pageSize);
        assert.deepEqual(docs.map(keyOf), P.map(keyOf), `page size ${pageSize}`);
        for (const doc of docs) assert.deepEqual(doc, await store.get(keyOf(doc)));
      }
    });

    it('should give a query its matches only, in the order of the whole export', async () => {
      const all = (await exported(store)).map(keyOf);
      for (const query of ['imamopleidingen', 'dossier:99201-IV', 'type:brief -radicalisering', 'year:2017']) {
        const found = await store.search({ query, limit: 100 });
        assert.ok(found.total > 0 && found.total < 100, `${query}: ${found.total}`);
        const keys = (await exported(store, query, 3)).map(keyOf);
        assert.deepEqual([...keys].sort(), found.hits.map((h) => h.id).sort(), query);
        assert.deepEqual(
          keys,
          all.filter((k) => keys.includes(k)),
          `${query}: the order of the whole export`,
        );
      }
      assert.deepEqual(await exported(store, 'eenwoorddatnergensstaat'), []);
      assert.equal((await exported(store, '   ')).length, P.length, 'a blank query is every paper');
    });

    it('should refuse a query with a mistake with the parser’s error', async () => {
      await assert.rejects(exported(store, '(imamopleidingen OR'), SearchQueryError);
    });

    it('should put a changed paper where it was last stored, and its new version only', async () => {
      const s = await open();
      try {
        await s.put(P.slice(0, 5));
        const changed = withBody(P[1] as Document, ['Een gewijzigde tekst over dijkversterking.']);
        assert.deepEqual(await s.put([changed]), ['updated']);
        const docs = await exported(s);
        assert.deepEqual(
          docs.map(keyOf),
          [0, 2, 3, 4, 1].map((i) => keyOf(P[i] as Document)),
        );
        assert.deepEqual(docs.at(-1)?.blocks, changed.blocks);
        assert.deepEqual((await exported(s, 'dijkversterking')).map(keyOf), [keyOf(changed)]);
      } finally {
        await s.close();
      }
    });

    it('should read one snapshot while the archive is written', async () => {
      const s = await open();
      try {
        await s.put(P.slice(0, 10));
        const first = P[0] as Document;
        const before = await exported(s);
        const docs: Document[] = [];
        let wrote = false;
        for await (const doc of s.exportDocuments({ pageSize: 2 })) {
          docs.push(doc);
          if (!wrote) {
            wrote = true;
            // After the first page: a new paper and a change of one not yet read.
            await s.put([paper({ id: 'kst-99901-1', type: 'brief', title: 'Later', body: ['Later.'] })]);
            await s.put([withBody(P[5] as Document, ['Veranderd tijdens de export.'])]);
            await s.put([withBody(first, ['Ook veranderd.'])]);
          }
        }
        assert.deepEqual(docs, before);
        assert.equal((await exported(s)).length, 11);
      } finally {
        await s.close();
      }
    });

    it('should let go of its snapshot when the reader stops early', async () => {
      const s = await open();
      try {
        await s.put(P.slice(0, 6));
        for (let i = 0; i < 8; i++) {
          for await (const _ of s.exportDocuments({ pageSize: 2 })) break;
        }
        await s.put([paper({ id: 'kst-99902-1', type: 'brief', title: 'Na', body: ['Na het afbreken.'] })]);
        assert.equal((await exported(s)).length, 7);
      } finally {
        await s.close();
      }
    });

    it('should give nothing for an empty archive', async () => {
      const s = await open();
      try {
        assert.deepEqual(await exported(s), []);
        assert.deepEqual(await exported(s, 'imamopleidingen'), []);
      } finally {
        await s.close();
      }
    });
  });
}
