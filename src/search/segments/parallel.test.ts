import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeDocument } from '../fields.ts';
import { planQuery } from '../plan.ts';
import { parseQuery } from '../query/parser.ts';
import { docSetFilterOf, docSetKey } from './doc-sets.ts';
import { buildDraft } from './draft.ts';
import { MemoryIndex } from './memory-index.ts';
import { partOf } from './merge.ts';
import { ParallelSearch, type SearchPort, ShareServer } from './parallel.ts';
import { IndexReader } from './reader.ts';
import { seeded, testPaper } from './test-papers.ts';
import type { SegmentMeta } from './types.ts';

/** Threads in this thread: a share server over a reader of its own, through structured clones like postMessage. */
function ports(index: MemoryIndex, n: number): SearchPort[] {
  return Array.from({ length: n }, () => {
    const server = new ShareServer(new IndexReader(index));
    return { call: async (request) => structuredClone((await server.handle(structuredClone(request))).reply) };
  });
}

function archive(count: number): MemoryIndex {
  const index = new MemoryIndex(true, { block: 40, own: 30 });
  const rnd = seeded(21);
  for (let i = 0; i < count; i += 7) {
    const batch = Array.from({ length: Math.min(7, count - i) }, (_, k) => testPaper(i + k, rnd));
    index.add(batch, buildDraft(batch.map(analyzeDocument)));
    if (i > 40 && i % 21 === 0) index.add([testPaper(i - 30, rnd, 1)]);
  }
  return index;
}

describe('ParallelSearch', () => {
  const queries = [
    '',
    'kamer',
    '"sociale zekerheid"',
    'begrot*',
    'imam opleiding',
    'D66 OR dossier:99030',
    '-motie year:2015',
  ];

  for (const threads of [2, 3]) {
    it(`should answer exactly as one reader does, over ${threads} threads`, async () => {
      const index = archive(200);
      assert.ok(index.segments.length >= threads, `${index.segments.length} segments`);
      const single = new IndexReader(index);
      const parallel = new ParallelSearch(ports(index, threads), new IndexReader(index));
      for (const q of queries) {
        for (const order of ['relevance', 'date'] as const) {
          const query = { plan: planQuery(parseQuery(q)), keep: 30, order };
          assert.deepEqual(await parallel.search(query), await single.search(query), `${q} (${order})`);
        }
      }
    });
  }

  it('should count the matches in doc sets as one reader does, each the total of the query with that filter', async () => {
    const index = archive(200);
    const single = new IndexReader(index);
    const parallel = new ParallelSearch(ports(index, 3), new IndexReader(index));
    // Papers in every share (and one that is no paper): each set holds one paper.
    const sets = ['kst-99020-3', 'kst-99020-100', 'kst-99020-198', 'kst-99020-199', 'kst-1-1'].map((value) =>
      docSetKey({ field: 'id', value }),
    );
    for (const q of ['', 'kamer', '-motie year:2015', 'D66 OR dossier:99030']) {
      const query = { plan: planQuery(parseQuery(q)), keep: 5, order: 'relevance' as const, sets };
      const answer = await single.search(query);
      assert.deepEqual(await parallel.search(query), answer, q);
      const expected = await Promise.all(
        sets.map(async (key) => {
          const filter = `id:${docSetFilterOf(key).value}`;
          const plan = planQuery(parseQuery(q === '' ? filter : `(${q}) ${filter}`));
          return (await single.search({ plan, keep: 1, order: 'relevance' })).total;
        }),
      );
      assert.deepEqual(answer.sets, expected, q);
      // Asking for the sets changes nothing else.
      const { sets: _, ...rest } = answer;
      const { sets: none, ...plain } = await single.search({ ...query, sets: [] });
      assert.deepEqual(rest, plain, q);
      assert.deepEqual(none, []);
    }
  });

  it('should run again when the shares read different generations, and answer from a consistent snapshot', async () => {
    const index = archive(60);
    const [a, b] = ports(index, 2) as [SearchPort, SearchPort];
    let writes = 0;
    // The second share reads after a write landed, twice: the third try is consistent.
    const racing: SearchPort = {
      call: async (request) => {
        if (request.kind === 'prepare' && writes < 2) {
          writes++;
          index.add([testPaper(1000 + writes, seeded(writes))]);
        }
        return b.call(request);
      },
    };
    const parallel = new ParallelSearch([a, racing], new IndexReader(index));
    const query = { plan: planQuery(parseQuery('kamer')), keep: 10, order: 'relevance' as const };
    const answer = await parallel.search(query);
    assert.equal(writes, 2);
    assert.deepEqual(answer, await new IndexReader(index).search(query));
  });
});

describe('partOf', () => {
  const seg = (id: number, count: number): SegmentMeta => ({
    id,
    first: id * 1000,
    count,
    live: count,
    lengths: [0, 0, 0],
  });
  it('should deal every segment to exactly one share, the shares about equal in docids', () => {
    const segments = [seg(1, 500), seg(2, 100), seg(3, 100), seg(4, 90), seg(5, 10), seg(6, 200)];
    const shares = [0, 1].map((index) => partOf(segments, { index, of: 2 }));
    assert.deepEqual(
      shares
        .flat()
        .map((s) => s.id)
        .sort(),
      [1, 2, 3, 4, 5, 6],
    );
    const sizes = shares.map((s) => s.reduce((n, x) => n + x.count, 0));
    assert.deepEqual(sizes, [500, 500]);
    assert.deepEqual(partOf(segments, undefined), segments);
  });
});
