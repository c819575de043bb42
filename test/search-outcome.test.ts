/**
 * The search page's outcome facet on both engines: over the decided papers of the vote
 * fixtures (`src/store/vote-fixtures.ts`), the facet counts the matches per outcome and
 * its links add or take out `outcome:` in the query; a search without motions shows no
 * such facet.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { createApp } from '../src/server/index.ts';
import { paper } from '../src/store/fixtures.ts';
import type { Store } from '../src/store/index.ts';
import { syncedRecords, VOTE_DOSSIER, votePapers } from '../src/store/vote-fixtures.ts';
import { engines } from './support/stores.ts';

for (const engine of engines()) {
  describe(`the outcome facet of the search page (${engine.name})`, { skip: engine.skip }, () => {
    let store: Store;
    let app: Hono;
    before(async () => {
      store = await engine.open();
      const letter = paper({
        id: 'kst-99010-20',
        kind: 'kamerstuk',
        type: 'brief',
        dossiers: [VOTE_DOSSIER],
        title: 'Brief over dijken en duinen',
        body: ['De minister schrijft over dijken.'],
      });
      await store.put([...votePapers(), letter]);
      await store.votes.putRecords(syncedRecords());
      app = createApp({ store, version: 'test', holdsExamples: async () => false });
    });
    after(() => store.close());

    const html = async (query: string) => {
      const res = await app.request(`/zoeken?q=${encodeURIComponent(query)}`);
      assert.equal(res.status, 200);
      return res.text();
    };

    it('counts the matches per outcome, and links each to the query with its filter', async () => {
      const page = await html('dijken');
      assert.match(page, /<h2 id="facet-outcome">Uitkomst<\/h2>/);
      for (const [label, count] of [
        ['Aangenomen', 1],
        ['Verworpen', 1],
        ['Aangehouden', 1],
      ] as const) {
        assert.match(page, new RegExp(`aria-label="Filter: Uitkomst ${label} \\(${count}\\)"`));
      }
      assert.doesNotMatch(page, /Uitkomst Ingetrokken/);
      assert.match(page, /href="\/zoeken\?q=dijken\+outcome%3Aaangenomen"/);
      const filtered = await html('dijken outcome:aangenomen');
      assert.match(filtered, /1 resultaat/);
      assert.match(filtered, /aria-label="Filter weghalen: Uitkomst Aangenomen \(1\)"/);
    });

    it('shows no outcome facet where nothing decided matches', async () => {
      const page = await html('type:brief dijken');
      assert.doesNotMatch(page, /facet-outcome/);
    });

    it('gives the same counts in the API when asked (outcomes=true), and none when not', async () => {
      const api = async (query: string) => {
        const res = await app.request(`/api/v1/search?${query}`);
        assert.equal(res.status, 200);
        return (await res.json()) as { total: number; facets: { outcome?: unknown }; next: string | null };
      };
      const asked = await api('q=dijken&outcomes=true');
      assert.deepEqual(asked.facets.outcome, [
        { value: 'aangenomen', count: 1 },
        { value: 'verworpen', count: 1 },
        { value: 'aangehouden', count: 1 },
      ]);
      const plain = await api('q=dijken');
      assert.equal(plain.facets.outcome, undefined);
      assert.equal(plain.total, asked.total);
      assert.deepEqual((await api('q=type%3Abrief+dijken&outcomes=true')).facets.outcome, []);
      const bad = await app.request('/api/v1/search?q=dijken&outcomes=ja');
      assert.equal(bad.status, 400);
    });
  });
}
