import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Document, dossierKey } from '../../model/index.ts';
import { analyzeText } from '../analyzer/index-terms.ts';
import { filterableOf, matchesPlan } from '../evaluate.ts';
import { analyzeDocument } from '../fields.ts';
import { planQuery } from '../plan.ts';
import { parseQuery } from '../query/parser.ts';
import type { PlanNode } from '../types.ts';
import { buildDraft } from './draft.ts';
import { MemoryIndex } from './memory-index.ts';
import { pickMerge } from './merge.ts';
import { type IndexAnswer, IndexReader } from './reader.ts';
import { seeded, TOPICS, testPaper, VOCAB } from './test-papers.ts';
import type { SegmentMeta } from './types.ts';

const keyOf = (d: Document) => d.id ?? `sha256:${d.source.sha256}`;

/** The expected keys of a plan over the current papers, by the reference semantics. */
function expected(plan: PlanNode, docs: Iterable<Document>): string[] {
  const out: string[] = [];
  for (const d of docs) {
    const f = analyzeDocument(d);
    if (matchesPlan(plan, { title: f.title, dossiers: f.dossiers, body: f.body }, filterableOf(d))) out.push(keyOf(d));
  }
  return out.sort();
}

/** Random plans over the test vocabulary, as `postgres.test.ts` had them. */
function planMaker(rnd: (k: number) => number): () => PlanNode {
  const stems = (w: string) => analyzeText(w).stems.split(' ');
  const word = () => VOCAB[rnd(VOCAB.length)] as string;
  const leaf = (): PlanNode => {
    const w = word();
    switch (rnd(10)) {
      case 0:
        return { kind: 'phrase', stems: [...stems(w), ...stems(word())] };
      case 1:
        return {
          kind: 'match',
          match: { terms: [w.replace(/[()]/g, '').slice(0, 4).toLowerCase()], groups: [], prefix: true },
        };
      case 2:
        return { kind: 'filter', filter: { field: 'dossier', value: `9902${rnd(3)}` } };
      case 3:
        return { kind: 'filter', filter: { field: 'year', value: `${2014 + rnd(4)}` } };
      case 4:
        return {
          kind: 'filter',
          filter: { field: 'sender', value: ['minister', 'jansen 2', 'lid'][rnd(3)] as string },
        };
      case 5:
        return { kind: 'filter', filter: { field: 'type', value: ['brief', 'motie'][rnd(2)] as string } };
      case 6:
        return { kind: 'filter', filter: { field: rnd(2) === 0 ? 'from' : 'to', value: `${2015 + rnd(2)}-03-04` } };
      case 7:
        return planQuery(parseQuery(w));
      case 8:
        return { kind: 'filter', filter: { field: 'topic', value: TOPICS[rnd(TOPICS.length + 1)] ?? 'nergens' } };
      default:
        return { kind: 'match', match: { terms: stems(w), groups: [stems(word())], prefix: false } };
    }
  };
  const plan = (depth: number): PlanNode => {
    if (depth === 0 || rnd(3) === 0) return leaf();
    const r = rnd(3);
    if (r === 0) return { kind: 'not', child: plan(depth - 1) };
    return { kind: r === 1 ? 'and' : 'or', children: [plan(depth - 1), plan(depth - 1), plan(depth - 1)] };
  };
  return () => plan(3);
}

async function keys(reader: IndexReader, index: MemoryIndex, plan: PlanNode): Promise<string[]> {
  const answer = await reader.search({ plan, keep: 10_000, order: 'relevance' });
  const byStore = new Map([...index.current].map(([key, v]) => [v.store, key]));
  return answer.top.map((k) => byStore.get(k.store) as string).sort();
}

/** Papers in batches of 1–9, some of them changed versions of earlier ones. */
function ingest(index: MemoryIndex, count: number, seed: number): Map<string, Document> {
  const rnd = seeded(seed);
  const papers = new Map<string, Document>();
  let i = 0;
  while (i < count) {
    const batch: Document[] = [];
    for (let n = 1 + rnd(9); n > 0 && i < count; n--) {
      const updating = i > 10 && rnd(5) === 0;
      const doc = updating ? testPaper(rnd(i), rnd, i) : testPaper(i++, rnd);
      batch.push(doc);
      papers.set(keyOf(doc), doc);
    }
    index.add(batch);
  }
  return papers;
}

describe('IndexReader.search', () => {
  for (const [what, sizes] of [
    ['blocks of the engines', undefined],
    ['tiny blocks', { block: 40, own: 30 }],
  ] as const) {
    it(`should match exactly the papers matchesPlan matches, for random plans, across merges and updates (${what})`, async () => {
      const index = new MemoryIndex(true, sizes);
      const papers = ingest(index, 120, 11);
      assert.ok(index.segments.length > 1 && index.segments.length < 20, `${index.segments.length} segments`);
      assert.ok(index.deleted.size > 0 || index.segments.some((s) => s.meta.live < s.meta.count), 'some updates');
      if (sizes !== undefined)
        assert.ok(
          index.segments.every((s) => s.blocks.length > 3),
          'many blocks a segment',
        );
      const reader = new IndexReader(index);
      const make = planMaker(seeded(7));
      for (let i = 0; i < 300; i++) {
        const plan = make();
        assert.deepEqual(await keys(reader, index, plan), expected(plan, papers.values()), JSON.stringify(plan));
      }
    });
  }

  it("should find a paper by one of its topics, whatever the query's case and spaces", async () => {
    const index = new MemoryIndex();
    const papers = [...ingest(index, 80, 5).values()];
    const reader = new IndexReader(index);
    const having = (topic: string) =>
      papers
        .filter((d) => d.topics?.includes(topic))
        .map(keyOf)
        .sort();
    for (const [query, topic] of [
      ['onderwerp:"Sociale  Zekerheid"', 'sociale zekerheid'],
      ['topic:MIGRATIE', 'migratie'],
    ] as const) {
      const answer = await reader.search({ plan: planQuery(parseQuery(query)), keep: 100, order: 'relevance' });
      assert.ok(having(topic).length > 5, topic);
      assert.equal(answer.total, having(topic).length, query);
    }
    const none = await reader.search({ plan: planQuery(parseQuery('thema:sociale')), keep: 1, order: 'relevance' });
    assert.equal(none.total, 0, 'a topic is matched whole, not by a word of it');
  });

  it('should count the total and every facet over all matches like a brute-force count', async () => {
    const index = new MemoryIndex();
    const papers = ingest(index, 80, 5);
    const reader = new IndexReader(index);
    for (const query of [
      '',
      'kamer',
      'type:motie',
      'sociale OR dossier:99030',
      '-begroting',
      'topic:migratie OR onderwerp:"Sociale  Zekerheid"',
      '-topic:zorg',
    ]) {
      const plan = planQuery(parseQuery(query));
      const answer = await reader.search({ plan, keep: 1, order: 'relevance' });
      const matched = [...papers.values()].filter((d) => expected(plan, [d]).length === 1);
      assert.equal(answer.total, matched.length, query);
      const count = (values: (string | null | undefined)[]) => {
        const m = new Map<string, number>();
        for (const v of values) if (v) m.set(v, (m.get(v) ?? 0) + 1);
        return [...m]
          .map(([value, n]) => ({ value, count: n }))
          .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
      };
      assert.deepEqual(
        answer.facets,
        {
          type: count(matched.map((d) => d.type)),
          year: count(matched.map((d) => d.date?.slice(0, 4))).sort(
            (a, b) => b.count - a.count || Number(a.value) - Number(b.value),
          ),
          dossier: count(matched.flatMap((d) => [...new Set(d.dossiers.map(dossierKey))])),
          sender: count(matched.map((d) => d.sender?.role)),
          portfolio: count(matched.map((d) => d.sender?.portfolio)),
          topic: count(matched.flatMap((d) => d.topics ?? [])),
        } satisfies IndexAnswer['facets'],
        query,
      );
    }
  });

  it('should give the same answers, scores included, whether or not segments were merged', async () => {
    const merged = new MemoryIndex(true);
    const apart = new MemoryIndex(false);
    ingest(merged, 100, 9);
    ingest(apart, 100, 9);
    assert.ok(apart.segments.length > merged.segments.length);
    // Deleted papers count in N and df until a merge drops them: compare without updates' traces.
    const a = new IndexReader(merged);
    const b = new IndexReader(apart);
    for (const query of ['kamer', '"sociale zekerheid"', 'imam*', 'begroting -motie', 'year:2015']) {
      const plan = planQuery(parseQuery(query));
      const x = await a.search({ plan, keep: 100, order: 'relevance' });
      const y = await b.search({ plan, keep: 100, order: 'relevance' });
      assert.equal(x.total, y.total, query);
      assert.deepEqual(x.facets, y.facets, query);
      assert.deepEqual(x.top.map((k) => k.store).sort(), y.top.map((k) => k.store).sort(), query);
    }
  });

  it('should rank by BM25F: a title match above a body match, more occurrences higher, newer on ties', async () => {
    const index = new MemoryIndex();
    const rnd = seeded(1);
    const docs = [0, 1, 2, 3].map((i) => testPaper(i + 1, rnd));
    for (const d of docs) {
      d.title = 'Over iets anders';
      d.dossiers = [];
      d.blocks = [{ kind: 'paragraph', text: 'Een tekst over niets in het bijzonder en nog wat woorden.' }];
      d.date = '2015-01-01';
    }
    (docs[0] as Document).title = 'Brief over de zeehondencrèche';
    (docs[1] as Document).blocks = [{ kind: 'paragraph', text: 'De zeehondencrèche en de zeehondencrèche weer.' }];
    (docs[2] as Document).blocks = [
      { kind: 'paragraph', text: 'Een zeehondencrèche, eenmaal, in een veel langere tekst dan de andere.' },
    ];
    (docs[3] as Document).blocks = [
      { kind: 'paragraph', text: 'Een zeehondencrèche, eenmaal, in een veel langere tekst dan de andere.' },
    ];
    (docs[3] as Document).date = '2024-01-01';
    index.add(docs);
    const reader = new IndexReader(index);
    const answer = await reader.search({
      plan: planQuery(parseQuery('zeehondencreche')),
      keep: 10,
      order: 'relevance',
    });
    const store = (i: number) => index.current.get(keyOf(docs[i] as Document))?.store;
    assert.deepEqual(
      answer.top.map((k) => k.store),
      [store(0), store(1), store(3), store(2)],
    );
    for (let i = 1; i < answer.top.length; i++)
      assert.ok((answer.top[i - 1]?.score ?? 0) >= (answer.top[i]?.score ?? 0));
    const byDate = await reader.search({ plan: planQuery(parseQuery('zeehondencreche')), keep: 10, order: 'date' });
    assert.equal(byDate.top[0]?.store, store(3));
  });

  it('should count papers holding a term for related papers', async () => {
    const index = new MemoryIndex();
    const rnd = seeded(2);
    const docs = [1, 2, 3].map((i) => testPaper(i, rnd));
    index.add(docs);
    const reader = new IndexReader(index);
    const { counts, papers } = await reader.frequencies(['kamer', 'nergens']);
    const expectedKamer = docs.filter(
      (d) =>
        analyzeDocument(d).body.stems.split(' ').includes('kamer') ||
        analyzeDocument(d).title.stems.split(' ').includes('kamer') ||
        analyzeDocument(d).dossiers.stems.split(' ').includes('kamer'),
    ).length;
    assert.equal(counts.get('kamer'), expectedKamer);
    assert.equal(counts.get('nergens'), 0);
    assert.equal(papers, 3);
  });

  it('should estimate the counts from the largest segments of a large archive, without the paper asked about', async () => {
    const index = new MemoryIndex();
    const rnd = seeded(3);
    // Segments of 6, 4 and 2 papers: a sample of 3 reads the 6 (or the 4, when the 6 holds the paper).
    const batches = [6, 4, 2].map((n, b) => Array.from({ length: n }, (_, i) => testPaper(100 * b + i + 1, rnd)));
    for (const batch of batches) index.add(batch);
    const reader = new IndexReader(index);
    const holds = (docs: Document[], term: string) =>
      docs.filter((d) => {
        const f = analyzeDocument(d);
        return [f.title, f.dossiers, f.body].some((x) => x.stems.split(' ').includes(term));
      }).length;
    const exact = await reader.frequencies(['kamer']);
    assert.equal(exact.sampled, 12);
    assert.equal(exact.counts.get('kamer'), holds(batches.flat(), 'kamer'));
    assert.ok(holds(batches[0] as Document[], 'kamer') > 0 && holds(batches[1] as Document[], 'kamer') > 0);
    const scaled = (n: number, of: number) => (n === 0 ? 0 : Math.max(1, Math.round((n * 12) / of)));
    const big = await reader.frequencies(['kamer'], { sample: 3 });
    assert.equal(big.papers, 12);
    assert.equal(big.sampled, 6);
    assert.equal(big.counts.get('kamer'), scaled(holds(batches[0] as Document[], 'kamer'), 6));
    const without = await reader.frequencies(['kamer'], { sample: 3, without: 1 });
    assert.equal(without.sampled, 4);
    assert.equal(without.counts.get('kamer'), scaled(holds(batches[1] as Document[], 'kamer'), 4));
    const small = await reader.frequencies(['kamer'], { sample: 6 });
    assert.equal(small.sampled, 12, 'an archive of at most twice the sample is counted exactly');
  });
});

describe('pickMerge', () => {
  const seg = (id: number, first: number, count: number): SegmentMeta => ({
    id,
    first,
    count,
    live: count,
    lengths: [0, 0, 0],
  });
  it('should merge ten adjacent segments of one level, the newest run first', () => {
    const segments = [seg(1, 1, 5000), ...Array.from({ length: 10 }, (_, i) => seg(i + 2, 5001 + 200 * i, 200))];
    assert.deepEqual(
      pickMerge(segments)?.map((s) => s.id),
      [2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    );
    assert.equal(pickMerge(segments.slice(0, 10)), null);
  });
  it('should not make a segment larger than the cap', () => {
    const big = Array.from({ length: 10 }, (_, i) => seg(i + 1, 1 + 100_000 * i, 100_000));
    assert.equal(pickMerge(big), null);
  });
  it('should keep the segment count logarithmic in the papers however small the batches', () => {
    const index = new MemoryIndex();
    const rnd = seeded(4);
    for (let i = 0; i < 300; i++)
      index.add([testPaper(i + 1, rnd)], buildDraft([analyzeDocument(testPaper(i + 1, seeded(i)))]));
    assert.ok(index.segments.length <= 9 * 3, `${index.segments.length} segments for 300 papers`);
  });
});

describe('positions beyond 65,535', () => {
  it('should find phrases at any position of a very long paper, also after merges', async () => {
    const index = new MemoryIndex(true, { block: 40, own: 30 });
    const rnd = seeded(3);
    const long = testPaper(1, rnd);
    long.blocks = [{ kind: 'paragraph', text: `${'de kamer vergadert '.repeat(25_000)}de slotsom van het debat` }];
    const short = testPaper(2, rnd);
    short.blocks = [{ kind: 'paragraph', text: 'Het debat van de kamer.' }];
    index.add([long]);
    for (let i = 3; i < 14; i++) index.add([testPaper(i, rnd)]);
    index.add([short]);
    const reader = new IndexReader(index);
    const find = async (q: string) =>
      (await keys(reader, index, planQuery(parseQuery(q)))).filter((k) => k === keyOf(long) || k === keyOf(short));
    assert.deepEqual(await find('"de slotsom"'), [keyOf(long)]);
    assert.deepEqual(await find('"slotsom de"'), []);
    assert.deepEqual(await find('"slotsom van het debat"'), [keyOf(long)]);
    assert.deepEqual((await find('"het debat"')).sort(), [keyOf(long), keyOf(short)].sort());
  });
});
