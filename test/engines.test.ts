/**
 * The two engines against each other and against the reference semantics, on an
 * archive large enough for many term blocks per segment and several merges: a few
 * hundred synthetic papers (Zipf vocabulary), stored in batches, some updated. SQLite
 * and PostgreSQL must give the SAME response to every query (hits, order, scores,
 * snippets, total, facets), and the hits must be the papers `matchesPlan` matches.
 *
 * PostgreSQL comes from `GRIFFIE_TEST_DATABASE_URL`; without a server the PostgreSQL
 * half skips, saying so, unless `GRIFFIE_REQUIRE_ALL=1`.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import postgres from 'postgres';
import { syntheticDocuments } from '../scripts/bench/synthetic.ts';
import type { Document } from '../src/model/index.ts';
import { analyzeDocument, filterableOf, matchesPlan, parseQuery, planQuery } from '../src/search/index.ts';
import { openStore, type SearchResponse, type Store } from '../src/store/index.ts';
import { reachable, SHOWN_DATABASE_URL, TEST_DATABASE_URL } from '../src/store/test-server.ts';

const URL = TEST_DATABASE_URL;
const SCHEMA = `griffie_engines_${process.pid}`;

const keyOf = (d: Document) => d.id ?? `sha256:${d.source.sha256}`;

/** 600 papers, then new versions of every 9th, in batches of 40. */
function papers(): { batches: Document[][]; final: Map<string, Document> } {
  const docs = [...syntheticDocuments(600, { seed: 5 })];
  const updates = docs
    .filter((_, i) => i % 9 === 0)
    .map((d) => ({
      ...d,
      blocks: [
        ...d.blocks.slice(1),
        { kind: 'paragraph' as const, text: 'Een nieuwe alinea over de zeehondencrèche.' },
      ],
      source: { ...d.source, sha256: `${d.source.sha256}-v2` },
    }));
  const all = [...docs, ...updates];
  const batches: Document[][] = [];
  for (let i = 0; i < all.length; i += 40) batches.push(all.slice(i, i + 40));
  const final = new Map<string, Document>();
  for (const d of all) final.set(keyOf(d), d);
  return { batches, final };
}

/** Queries over words of the papers at several frequencies, and every construct. */
function queries(docs: Document[]): string[] {
  const counts = new Map<string, number>();
  for (const d of docs)
    for (const b of d.blocks)
      for (const w of b.text.toLowerCase().split(/[^a-zëïéèöü]+/))
        if (w.length > 4) counts.set(w, (counts.get(w) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
  const at = (r: number) => ranked[Math.min(r, ranked.length - 1)] as string;
  return [
    '',
    at(0),
    at(3),
    at(30),
    at(300),
    at(2000),
    `${at(1)} ${at(40)}`,
    `"${at(0)} ${at(1)}"`,
    `"de ${at(5)}"`,
    `${at(10)} OR ${at(500)}`,
    `${at(50).slice(0, 4)}*`,
    `${at(2).slice(0, 3)}*`,
    `type:motie ${at(20)}`,
    `${at(4)} -${at(6)}`,
    `${at(7)} year:2010`,
    'zeehondencreche',
    `dossier:30001 OR ${at(100)}`,
    'sender:staatssecretaris portfolio:financien',
    '-type:brief from:2020-01-01',
    `(${at(8)} OR ${at(9)}) -type:motie`,
  ];
}

describe('SQLite and PostgreSQL on one archive', async () => {
  const up = await reachable();
  const { batches, final } = papers();
  const qs = queries([...final.values()]);
  const dir = mkdtempSync(join(tmpdir(), 'griffie-engines-'));
  let sqlite: Store;
  let pg: Store | null = null;

  before(async () => {
    sqlite = await openStore({ db: join(dir, 'griffie.db') });
    for (const batch of batches) await sqlite.put(batch);
    if (up) {
      pg = await openStore({ url: `${URL}${URL.includes('?') ? '&' : '?'}schema=${SCHEMA}` });
      for (const batch of batches) await pg.put(batch);
    }
  });

  after(async () => {
    await sqlite?.close();
    await pg?.close();
    if (up) {
      const admin = postgres(URL, { max: 1, onnotice: () => {} });
      await admin.unsafe(`DROP SCHEMA IF EXISTS "${SCHEMA}" CASCADE`);
      await admin.end({ timeout: 5 });
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('should find on SQLite exactly the papers matchesPlan matches', async () => {
    const analyzed = [...final.values()].map((d) => ({
      key: keyOf(d),
      fields: analyzeDocument(d),
      doc: filterableOf(d),
    }));
    for (const query of qs) {
      const plan = planQuery(parseQuery(query));
      const expected = analyzed.filter((a) => matchesPlan(plan, { ...a.fields }, a.doc)).map((a) => a.key);
      const { total } = await sqlite.search({ query, limit: 1 });
      assert.equal(total, expected.length, query);
      if (expected.length <= 100) {
        const { hits } = await sqlite.search({ query, limit: 100 });
        assert.deepEqual(hits.map((h) => h.id).sort(), expected.sort(), query);
      }
    }
  });

  it('should give the same response on PostgreSQL as on SQLite, hit for hit', async (t) => {
    if (!up) {
      if (process.env.GRIFFIE_REQUIRE_ALL === '1') assert.fail(`PostgreSQL not reachable at ${SHOWN_DATABASE_URL}`);
      t.skip('PostgreSQL not reachable');
      return;
    }
    for (const query of qs) {
      for (const sort of ['relevance', 'date'] as const) {
        const a: SearchResponse = await sqlite.search({ query, limit: 30, sort });
        const b: SearchResponse = await (pg as Store).search({ query, limit: 30, sort });
        assert.deepEqual(b, a, `${query} (${sort})`);
      }
    }
    const id = [...final.keys()][3] as string;
    assert.deepEqual(await (pg as Store).related(id), await sqlite.related(id));
  });
});
