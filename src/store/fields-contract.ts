/**
 * The contract of `Store.put(documents, draft)`: a draft made elsewhere (a worker
 * thread) is what the engine indexes, gives the same archive as letting the engine
 * analyze, and must hold one local doc per document. `describeAnalyzedFieldsContract('sqlite',
 * open)` registers it for an engine; `open` must return a new, EMPTY store each time.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeBatch } from '../search/index.ts';
import { fixturePapers, paper } from './fixtures.ts';
import { type Store, StoreError } from './types.ts';

/** Run `fn` on a new store, closing it after. */
async function withStore(open: () => Promise<Store>, fn: (store: Store) => Promise<void>): Promise<void> {
  const store = await open();
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

async function total(store: Store, query: string): Promise<number> {
  return (await store.search({ query, limit: 1 })).total;
}

export function describeAnalyzedFieldsContract(name: string, open: () => Promise<Store>): void {
  describe(`Store.put with analyzed fields (${name})`, () => {
    const opvang = paper({
      id: 'kst-99400-1',
      type: 'brief',
      title: 'Brief over de zeehondencrèche',
      body: ['De zeehondencrèche in het waddengebied wordt uitgebreid.'],
    });
    const vogels = paper({
      id: 'kst-99400-1',
      type: 'brief',
      title: 'Brief over de vogelopvang',
      body: ['De vogelopvang aan de kust is verhuisd.'],
    });

    it('should index the draft given, not analyze the documents itself', async () => {
      await withStore(open, async (store) => {
        assert.deepEqual(await store.put([opvang], analyzeBatch([vogels])), ['added']);
        assert.equal(await total(store, 'vogelopvang'), 1);
        assert.equal(await total(store, 'zeehondencreche'), 0);
        assert.equal((await store.get('kst-99400-1'))?.title, opvang.title);
        const changed = { ...opvang, source: { ...opvang.source, sha256: 'a'.repeat(64) } };
        assert.deepEqual(await store.put([changed], analyzeBatch([opvang])), ['updated']);
        assert.equal(await total(store, 'vogelopvang'), 0);
        assert.equal(await total(store, 'zeehondencreche'), 1);
      });
    });

    it('should give the same archive as letting the engine analyze', async () => {
      const papers = fixturePapers();
      const queries = ['', 'imam opleiding', '"sociale zekerheid"', 'radicali*', 'gecreeerd', 'migratie OR integratie'];
      const search = (store: Store) => Promise.all(queries.map((query) => store.search({ query, limit: 100 })));
      let analyzedHere: unknown;
      await withStore(open, async (store) => {
        await store.put(papers, analyzeBatch(papers));
        analyzedHere = await search(store);
      });
      await withStore(open, async (store) => {
        await store.put(papers);
        assert.deepEqual(analyzedHere, await search(store));
      });
    });

    it('should refuse a draft that is not one per document, storing nothing', async () => {
      await withStore(open, async (store) => {
        const papers = fixturePapers().slice(0, 3);
        await assert.rejects(
          store.put(papers, analyzeBatch(papers.slice(1))),
          (e: unknown) =>
            e instanceof StoreError &&
            e.kind === 'other' &&
            /3 documents came with an analyzed draft of 2/.test(e.message),
        );
        assert.equal((await store.stats()).documents, 0);
      });
    });
  });
}
