/**
 * The record contract: commitments and the papers that fulfil them, requests and the
 * papers that answer them, named entities, unresolved references and the papers citing
 * a dossier, the same on every engine, written against the `Store` interface only.
 * `describeRecordContract('sqlite', open)` registers it; `open` must return a new, EMPTY
 * store each time. The papers are `record-fixtures.ts` beside the other fixtures;
 * expectations are listed by hand beside the reason, and checked wholesale against
 * `record-brute.ts` (brute force over the papers stored). The entity and reference
 * lists are in `record-contract-lists.ts`.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Document } from '../model/index.ts';
import { browsePapers, fixturePapers, keyOf } from './fixtures.ts';
import { RecordBrute } from './record-brute.ts';
import { describeRecordLists } from './record-contract-lists.ts';
import { chainPapers, changed, recordPapers } from './record-fixtures.ts';
import type { CommitmentFilter, RequestFilter, Store } from './types.ts';

/** The statuses of a store's commitments by id on `today`. */
async function statuses(store: Store, today: string): Promise<Record<string, string>> {
  const page = await store.commitments({ today }, { limit: 100 });
  return Object.fromEntries(page.items.map((c) => [c.id, c.status]));
}

/** Store `papers` in batches of `size`, in order. */
async function putAll(store: Store, papers: Document[], size: number): Promise<void> {
  for (let i = 0; i < papers.length; i += size) await store.put(papers.slice(i, i + size));
}

const TODAYS = ['2016-06-01', '2017-07-01', '2018-02-01'];

/** Filters covering each field alone and together. */
const COMMITMENT_FILTERS: CommitmentFilter[] = [
  {},
  { status: 'fulfilled' },
  { status: 'overdue' },
  { status: 'open' },
  { portfolio: 'Justitie en Veiligheid' },
  { portfolio: 'Justitie en Veiligheid', status: 'open' },
  { portfolio: 'Nergens' },
  { dossier: '99302' },
  { dossier: '99301', status: 'overdue' },
  { from: '2017-01-01' },
  { to: '2017-03-01' },
  { from: '2017-02-01', to: '2017-03-01', status: 'fulfilled' },
];

const REQUEST_FILTERS: RequestFilter[] = [
  {},
  { kind: 'motion' },
  { kind: 'motion', status: 'open' },
  { status: 'answered' },
  { kind: 'other' },
  { dossier: '99303' },
  { from: '2017-03-10', to: '2017-08-01' },
  { kind: 'commitment', dossier: '99302' },
];

/** Register the record suite for one engine. */
export function describeRecordContract(name: string, open: () => Promise<Store>): void {
  describe(`Store record contract (${name})`, () => {
    const papers = [...fixturePapers(), ...browsePapers(), ...recordPapers()];
    const brute = new RecordBrute(papers);
    let store: Store;
    before(async () => {
      store = await open();
      await store.put(papers);
    });
    after(() => store.close());

    it('should keep a promise fulfilled by a later letter, and the other one open until its deadline passed', async () => {
      const { letter, answer } = chainPapers();
      for (const order of [[letter, answer], [answer, letter], 'one batch'] as const) {
        const s = await open();
        try {
          if (order === 'one batch') await s.put([answer, letter]);
          else for (const doc of order) await s.put([doc]);
          // The answer refers to the letter and shares "evaluatie inburgeringscursussen" with its first promise only.
          const late = await s.commitments({ today: '2017-01-01' });
          assert.deepEqual(
            late.items.map((c) => [c.id, c.status, c.fulfilledBy.map((p) => p.id)]),
            [
              ['kst-99301-1#0', 'fulfilled', ['kst-99301-2']],
              ['kst-99301-1#1', 'overdue', []],
            ],
            String(order),
          );
          assert.deepEqual(await statuses(s, '2016-06-01'), { 'kst-99301-1#0': 'fulfilled', 'kst-99301-1#1': 'open' });
          // On its deadline a promise is still on time.
          assert.equal((await s.commitment('kst-99301-1#1', '2016-12-31'))?.status, 'open');
          assert.equal((await s.commitment('kst-99301-1#1', '2017-01-01'))?.status, 'overdue');
        } finally {
          await s.close();
        }
      }
    });

    it('should open a promise again when the fulfilling letter drops its request, and follow the letter when it changes', async () => {
      const { letter, answer } = chainPapers();
      const s = await open();
      try {
        await s.put([letter, answer]);
        assert.deepEqual(await s.put([changed(answer, { requests: [] })]), ['updated']);
        assert.deepEqual(await statuses(s, '2017-01-01'), { 'kst-99301-1#0': 'overdue', 'kst-99301-1#1': 'overdue' });
        assert.deepEqual(await statuses(s, '2016-06-01'), { 'kst-99301-1#0': 'open', 'kst-99301-1#1': 'open' });
        assert.deepEqual((await s.commitment('kst-99301-1#0', '2016-06-01'))?.fulfilledBy, []);
        await s.put([answer]);
        assert.equal((await s.commitment('kst-99301-1#0'))?.status, 'fulfilled');
        // The letter's promises swapped: the request fulfils the one about the evaluation, now second.
        const swapped = changed(letter, { commitments: [...letter.commitments].reverse() });
        await s.put([swapped]);
        assert.deepEqual(await statuses(s, '2016-06-01'), { 'kst-99301-1#0': 'open', 'kst-99301-1#1': 'fulfilled' });
        // A request whose promise paper is later than itself fulfils nothing.
        await s.put([changed(swapped, { date: '2016-06-01' })]);
        assert.deepEqual(await statuses(s, '2016-06-01'), { 'kst-99301-1#0': 'open', 'kst-99301-1#1': 'open' });
        const brute = new RecordBrute([changed(swapped, { date: '2016-06-01' }), answer]);
        assert.deepEqual(await s.commitments({ today: '2016-06-01' }), brute.commitments({ today: '2016-06-01' }));
      } finally {
        await s.close();
      }
    });

    it('should list commitments newest promising paper first, with counts per ministry and status', async () => {
      const page = await store.commitments({ today: '2017-07-01' }, { limit: 100 });
      // kst-99302-6 (2017-08-01), kst-99302-1 (2017-03-01), the paper without id (2017-02-01), the chain letter.
      const noId = keyOf(recordPapers().find((d) => d.id === null)!);
      assert.deepEqual(
        page.items.map((c) => [c.id, c.status]),
        [
          ['kst-99302-6#0', 'open'],
          ['kst-99302-1#0', 'fulfilled'],
          ['kst-99302-1#1', 'fulfilled'],
          ['kst-99302-1#2', 'overdue'],
          [`${noId}#0`, 'fulfilled'],
          ['kst-99301-1#0', 'fulfilled'],
          ['kst-99301-1#1', 'overdue'],
        ],
      );
      // #0: the withdrawn kst-99302-9 shares "reclasseringstoezicht" (a third of its words); the undated
      // kst-99302-4 refers to the letter with no shared word (the first promise), listed last.
      assert.deepEqual(
        page.items[1]!.fulfilledBy.map((p) => p.id),
        ['kst-99302-9', 'kst-99302-4'],
      );
      // #1: kst-99302-2 shares "wetsvoorstel slachtofferrechten"; #2: kst-99302-3 shares words but is older,
      // kst-99302-1's own request refers to itself.
      assert.deepEqual(
        page.items[2]!.fulfilledBy.map((p) => p.id),
        ['kst-99302-2'],
      );
      assert.deepEqual(page.portfolios, [
        { value: 'Justitie en Veiligheid', count: 4 },
        { value: 'Sociale Zaken en Werkgelegenheid', count: 2 },
        { value: 'Financiën', count: 1 },
      ]);
      assert.deepEqual(page.statuses, [
        { value: 'fulfilled', count: 4 },
        { value: 'overdue', count: 2 },
        { value: 'open', count: 1 },
      ]);
      assert.deepEqual(page, brute.commitments({ today: '2017-07-01' }, 100));
      const overdue = await store.commitments({ today: '2017-07-01', status: 'overdue', portfolio: 'Financiën' });
      assert.deepEqual([overdue.total, overdue.items], [0, []]);
      // The counts of each facet ignore only that facet's own filter.
      assert.deepEqual(overdue.portfolios, [
        { value: 'Justitie en Veiligheid', count: 1 },
        { value: 'Sociale Zaken en Werkgelegenheid', count: 1 },
      ]);
      assert.deepEqual(overdue.statuses, [{ value: 'fulfilled', count: 1 }]);
    });

    it('should filter and page commitments as the brute force does', async () => {
      for (const today of TODAYS) {
        for (const filter of COMMITMENT_FILTERS) {
          const all = brute.commitments({ ...filter, today }, 100);
          assert.deepEqual(await store.commitments({ ...filter, today }, { limit: 100 }), all, JSON.stringify(filter));
          for (const [limit, offset] of [
            [2, 0],
            [2, 3],
            [3, 6],
          ] as const) {
            const page = await store.commitments({ ...filter, today }, { limit, offset });
            assert.deepEqual(page, { ...all, items: all.items.slice(offset, offset + limit) });
          }
        }
      }
      // Without `today`, today (UTC) decides: every deadline of the fixtures has passed.
      const now = new Date().toISOString().slice(0, 10);
      assert.deepEqual(await store.commitments(), brute.commitments({ today: now }));
    });

    it('should read one commitment by id, and none for an id that names none', async () => {
      const all = brute.commitments({ today: '2017-07-01' }, 100).items;
      for (const c of all) assert.deepEqual(await store.commitment(c.id, '2017-07-01'), c);
      for (const id of [
        'kst-99302-1#3',
        'kst-99302-1#01',
        'kst-99302-1#-1',
        'kst-99302-1',
        '#0',
        'kst-99999-1#0',
        '',
      ]) {
        assert.equal(await store.commitment(id), null, id);
      }
    });

    it('should answer a motion by the later papers that carry it out, every other request by its own paper', async () => {
      const one = async (id: string) => {
        const r = await store.request(id);
        return r && [r.kind, r.status, r.answeredBy.map((p) => p.id)];
      };
      // kst-99302-6 (2017-08-01) refers to the motion in a request of kind motion.
      assert.deepEqual(await one('kst-99302-5#0'), ['motion', 'answered', ['kst-99302-6']]);
      // kst-99302-8 refers to it with a motion request but is older; kst-99303-2 with a request of kind other.
      assert.deepEqual(await one('kst-99302-7#0'), ['motion', 'open', []]);
      assert.deepEqual(await one('kst-99302-8#0'), ['motion', 'open', []]);
      // A letter's motion request, a committee's, one without a kind (other): answered by the letter.
      assert.deepEqual(await one('kst-99302-6#0'), ['motion', 'answered', ['kst-99302-6']]);
      assert.deepEqual(await one('kst-99302-6#1'), ['committee', 'answered', ['kst-99302-6']]);
      assert.deepEqual(await one('kst-99302-6#2'), ['other', 'answered', ['kst-99302-6']]);
      assert.equal(await store.request('kst-99302-6#3'), null);
      assert.equal(await store.request('nonsense'), null);
      const open = await store.requests({ status: 'open' });
      assert.deepEqual(
        open.items.map((r) => r.id),
        ['kst-99302-7#0', 'kst-99302-8#0'],
      );
      for (const r of brute.requests({}, 100).items) assert.deepEqual(await store.request(r.id), r);
    });

    it('should filter and page requests as the brute force does', async () => {
      for (const filter of REQUEST_FILTERS) {
        const all = brute.requests(filter, 100);
        assert.deepEqual(await store.requests(filter, { limit: 100 }), all, JSON.stringify(filter));
        const page = await store.requests(filter, { limit: 3, offset: 2 });
        assert.deepEqual(page, { total: all.total, items: all.items.slice(2, 5) });
      }
      assert.equal((await store.requests()).total, brute.requests().total);
    });

    it('should link papers stored one by one in any order as when stored at once', async () => {
      const s = await open();
      try {
        const record = recordPapers();
        await putAll(s, [...record].reverse(), 1);
        const b = new RecordBrute(record);
        for (const today of TODAYS)
          assert.deepEqual(await s.commitments({ today }, { limit: 100 }), b.commitments({ today }, 100));
        assert.deepEqual(await s.requests({}, { limit: 100 }), b.requests({}, 100));
        // Every paper again, changed (a new hash): each replaces its rows and links (the paper
        // without id is another paper now, under another key: both are kept).
        const again = record.map((d) => changed(d, { title: `${d.title} (herzien)` }));
        await putAll(s, again, 3);
        const c = new RecordBrute([...record, ...again]);
        assert.deepEqual(
          await s.commitments({ today: '2017-07-01' }, { limit: 100 }),
          c.commitments({ today: '2017-07-01' }, 100),
        );
      } finally {
        await s.close();
      }
    });

    it('should clamp limits to 1–100 and offsets to 0 and more', async () => {
      const s = await open();
      try {
        const { letter } = chainPapers();
        const many = changed(letter, {
          commitments: Array.from({ length: 105 }, (_, i) => ({ text: `Toezegging ${i}.`, by: null, due: null })),
        });
        await s.put([many]);
        const ids = async (page: { limit?: number; offset?: number }) =>
          (await s.commitments({}, page)).items.map((c) => c.id);
        assert.equal((await ids({})).length, 20);
        assert.equal((await ids({ limit: 1000 })).length, 100);
        assert.deepEqual(await ids({ limit: 0 }), ['kst-99301-1#0']);
        assert.deepEqual(await ids({ limit: 2.9, offset: -4 }), ['kst-99301-1#0', 'kst-99301-1#1']);
        assert.deepEqual(await ids({ offset: 104 }), ['kst-99301-1#104']);
        assert.deepEqual(await s.commitments({}, { offset: 200 }), {
          total: 105,
          items: [],
          portfolios: [{ value: 'Sociale Zaken en Werkgelegenheid', count: 105 }],
          statuses: [{ value: 'open', count: 105 }],
        });
        assert.equal((await s.requests({}, { limit: 1000 })).items.length, 0);
      } finally {
        await s.close();
      }
    });

    describeRecordLists(() => store, brute, open);
  });
}
