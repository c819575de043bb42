/**
 * What an archive indexed again for its topics must answer, on either engine: `topic:`
 * finds exactly the papers with the topic, every paper is indexed once, and the topic
 * facet counts the fixture papers' topics (`fixtures.ts`).
 *
 * @module
 */
import assert from 'node:assert/strict';
import type { Document } from '../model/index.ts';
import type { Store } from './types.ts';

/** The papers as an archive of an older version indexed them: their topics stored, not indexed. */
export function withoutTopics(papers: ReadonlyArray<Document>): Document[] {
  return papers.map((d) => ({ ...d, topics: undefined }));
}

/** Assert that `store`, holding `papers` (the fixture papers), has their topics in its index. */
export async function assertTopicsIndexed(store: Store, papers: ReadonlyArray<Document>): Promise<void> {
  const found = await store.search({ query: 'topic:integratie', limit: 100 });
  assert.deepEqual(
    found.hits.map((h) => h.id).sort(),
    papers
      .filter((d) => d.topics?.includes('integratie'))
      .map((d) => d.id)
      .sort(),
  );
  const all = await store.search({ query: '', limit: 1 });
  assert.equal(all.total, papers.length, 'every paper indexed once');
  assert.deepEqual(all.facets.topic, [
    { value: 'integratie', count: 2 },
    { value: 'kinderopvang', count: 2 },
    ...['imamopleiding', 'inburgering', 'marokko', 'radicalisering', 'sociale zekerheid', 'toeslagen'].map((value) => ({
      value,
      count: 1,
    })),
  ]);
  assert.ok((await store.search({ query: 'kinderopvang' })).total > 0);
}
