/**
 * The browse contract: the lists every engine must give the same way (`recent`,
 * `dossierDocuments`, `citedBy`, `dossier`, `activeDossiers`, `present`, `freshness`),
 * written against the `Store` interface only. `describeBrowseContract('sqlite', open)`
 * registers it for an engine; `open` must return a new, EMPTY store each time.
 *
 * The papers are the fixtures and the browse fixtures (`fixtures.ts`, `browsePapers`:
 * papers of one date whose numbers sort differently as text, keys that sort differently
 * byte-wise than by language, undated papers, a dossier listed twice by one paper and
 * without its title by another, a paper citing itself and another twice). Expectations come from `browse-brute.ts` (brute force over these papers), with
 * a few listed by hand beside the reason.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Dossier, Reference } from '../model/index.ts';
import { Brute } from './browse-brute.ts';
import { browsePapers, fixturePapers, keyOf, paper, withBody } from './fixtures.ts';
import type { DocumentSummary, Page, Store } from './types.ts';

const F = fixturePapers();
const PERSBERICHT = keyOf(F.find((d) => d.id === null)!);
const cites = (target: string): Reference => ({ kind: 'kamerstuk', target, text: target });

const ids = (page: Page<DocumentSummary>) => page.items.map((s) => s.id);

/** Every item of a list, read a page of `size` at a time. */
async function paged(read: (offset: number) => Promise<Page<DocumentSummary>>, size: number) {
  const items: DocumentSummary[] = [];
  for (let offset = 0; ; offset += size) {
    const page = await read(offset);
    items.push(...page.items);
    if (page.items.length < size) return { total: page.total, items };
  }
}

/** Register the browse suite for one engine. */
export function describeBrowseContract(name: string, open: () => Promise<Store>): void {
  describe(`Store browse contract (${name})`, () => {
    const papers = [...F, ...browsePapers()];
    const brute = new Brute(papers);
    let store: Store;
    before(async () => {
      store = await open();
      await store.put(papers);
    });
    after(() => store.close());

    it('should list every paper newest first, undated last, by number then key within a date', async () => {
      const all = await store.recent({ limit: 100 });
      assert.equal(all.total, papers.length);
      assert.deepEqual(
        all.items,
        brute.recent().map((d) => brute.summary(d)),
      );
      const day = ids(all).filter(
        (id) => id.startsWith('kst-99201-IV-') && id !== 'kst-99201-IV-3' && id !== 'kst-99201-IV-11',
      );
      // One date: 10 before 9 (numbers, not text); then the other numbers by key, byte-wise (C before b).
      assert.deepEqual(day, ['kst-99201-IV-10', 'kst-99201-IV-9', 'kst-99201-IV-C', 'kst-99201-IV-b']);
      // Undated last: the numbered one, then the persbericht (no number).
      assert.deepEqual(ids(all).slice(-2), ['kst-99201-IV-3', PERSBERICHT]);
      assert.deepEqual(await paged((offset) => store.recent({ limit: 3, offset }), 3), all);
      assert.deepEqual(await store.recent(), { total: papers.length, items: all.items.slice(0, 20) });
    });

    it("should list a dossier's papers oldest first, undated last, with each paper's dossiers in its own order", async () => {
      const list = await store.dossierDocuments('99201-IV', { limit: 100 });
      assert.deepEqual(
        list.items,
        brute.inDossier('99201-IV').map((d) => brute.summary(d)),
      );
      // Listed twice by kst-99201-IV-9, counted once; undated kst-99201-IV-3 last.
      const expected = ['9', '10', 'C', 'b', '11', '3'].map((n) => `kst-99201-IV-${n}`);
      assert.deepEqual(ids(list), expected);
      assert.equal(list.total, 6);
      assert.deepEqual(ids(await store.dossierDocuments('99201-IV', { limit: 2, offset: 4 })), expected.slice(4));
      // Its paper listing the dossier without a title gets the stored title; 99201-IV stays first.
      const ten = list.items.find((s) => s.id === 'kst-99201-IV-10')!;
      assert.deepEqual(ten.dossiers, [
        { number: '99201', suffix: 'IV', title: 'Begroting Defensie 2021' },
        { number: '99001', title: 'Integratie van nieuwkomers' },
      ]);
      assert.equal(list.items.find((s) => s.id === 'kst-99201-IV-C')!.withdrawn, true);
      for (const key of ['99001', '99002', '99003-VII', '99004', '99005']) {
        const page = await paged((offset) => store.dossierDocuments(key, { limit: 2, offset }), 2);
        assert.deepEqual(
          page.items,
          brute.inDossier(key).map((d) => brute.summary(d)),
          key,
        );
        assert.equal(page.total, brute.inDossier(key).length, key);
      }
    });

    it('should describe a dossier: counts, dates, months and the dossiers sharing its papers', async () => {
      assert.deepEqual(await store.dossier('99003-VII'), {
        key: '99003-VII',
        number: '99003',
        suffix: 'VII',
        title: 'Begroting Binnenlandse Zaken 2017',
        documents: 1,
        latest: '2016-09-20',
        first: '2016-09-20',
        months: [{ month: '2016-09', count: 1 }],
        related: [],
      });
      const integratie = await store.dossier('99001');
      // 99201-IV shares kst-99201-IV-10 and -11; 99002 shares kst-99001-3.
      assert.deepEqual(
        integratie?.related.map((r) => [r.key, r.shared]),
        [
          ['99201-IV', 2],
          ['99002', 1],
        ],
      );
      // kst-99201-IV-9 (listed twice) counts once; undated kst-99201-IV-3 has no month.
      assert.deepEqual((await store.dossier('99201-IV'))?.months, [
        { month: '2021-03', count: 4 },
        { month: '2021-06', count: 1 },
      ]);
      for (const key of ['99001', '99002', '99003-VII', '99004', '99005', '99201-IV']) {
        assert.deepEqual(await store.dossier(key), brute.dossier(key), key);
      }
    });

    it('should answer null and empty pages for what is not stored', async () => {
      assert.equal(await store.dossier('99999'), null);
      assert.equal(await store.dossier('99201'), null, 'the number without its suffix is another dossier');
      assert.deepEqual(await store.dossierDocuments('99999'), { total: 0, items: [] });
      assert.deepEqual(await store.citedBy('kst-99999-1'), { total: 0, items: [] });
      // The persbericht has no id: kst-99201-IV-10 cites its key, which is no citation by id.
      assert.deepEqual(await store.citedBy(PERSBERICHT), { total: 0, items: [] });
    });

    it('should list the papers citing a paper once each, newest first, never the paper itself', async () => {
      // kst-99201-IV-10 cites it twice; kst-99004-6 is the newest of them.
      const one = await store.citedBy('kst-99001-1', { limit: 100 });
      assert.deepEqual(ids(one), ['kst-99004-6', 'kst-99201-IV-10', 'kst-99001-3', 'kst-99001-2']);
      assert.deepEqual(await store.citedBy('kst-99001-1', { limit: 2, offset: 1 }), {
        total: 4,
        items: one.items.slice(1, 3),
      });
      // kst-99201-IV-10 cites itself (left out); -11 cites it twice; undated -3 last.
      const ten = await store.citedBy('kst-99201-IV-10');
      assert.deepEqual(ids(ten), ['kst-99201-IV-11', 'kst-99201-IV-b', 'kst-99201-IV-3']);
      assert.equal(ten.total, 3);
      for (const doc of papers) {
        const page = await store.citedBy(keyOf(doc), { limit: 100 });
        const expected = brute.citedBy(keyOf(doc));
        assert.deepEqual(page, { total: expected.length, items: expected.map((d) => brute.summary(d)) }, keyOf(doc));
      }
    });

    it('should tell which reference targets the archive holds, in order, each once', async () => {
      const known = ['kst-99001-1', 'dossier-99003-VII', 'dossier-99201-IV', 'kst-99201-IV-b', 'ah-tk-20192020-99'];
      const unknown = ['kst-99999-1', PERSBERICHT, 'dossier-99201', 'dossier-99999'];
      const asked = [known[0]!, known[1]!, unknown[0]!, known[2]!, known[0]!, ...unknown.slice(1), ...known.slice(3)];
      // The persbericht's key is no id; 99201 without its suffix is no stored dossier.
      const expected = known;
      assert.deepEqual(await store.present(asked), expected);
      assert.deepEqual(brute.present(asked), expected);
      assert.deepEqual(await store.present([]), []);
      const many = Array.from({ length: 4000 }, (_, i) =>
        i % 97 === 0
          ? (papers[i % papers.length]!.id ?? 'kst-x')
          : i % 89 === 0
            ? 'dossier-99004'
            : `kst-99888-${i % 3000}`,
      );
      assert.deepEqual(await store.present(many), brute.present(many));
    });

    it('should rank the dossiers active in the days up to the newest paper date', async () => {
      const keys = async (limit?: number, days?: number) => (await store.activeDossiers(limit, days)).map((d) => d.key);
      // Newest paper 2021-06-30 (kst-99201-IV-11, in 99201-IV and 99001: one paper each, tie by key).
      assert.deepEqual(await keys(), ['99001', '99201-IV']);
      // kst-99004-6 of 2021-04-01 is 90 days older: in a window of 91 days, not 90.
      assert.deepEqual(await keys(10, 90), ['99001', '99201-IV']);
      assert.deepEqual(await keys(10, 91), ['99001', '99201-IV', '99004']);
      // 122 days reach 2021-03-01: four more papers of 99201-IV, one of 99001.
      assert.deepEqual(await keys(10, 121), ['99001', '99201-IV', '99004']);
      assert.deepEqual(await keys(10, 122), ['99201-IV', '99001', '99004']);
      assert.deepEqual(await keys(1, 122), ['99201-IV']);
      for (const [limit, days] of [
        [10, 1],
        [10, 90],
        [10, 122],
        [3, 400],
        [10, 2500],
        [100, 5000],
        [2, 100_000],
      ]) {
        assert.deepEqual(
          await store.activeDossiers(limit, days),
          brute.activeDossiers(limit!, days!),
          `${limit}, ${days}`,
        );
      }
    });

    it('should clamp limits to 1–100 and offsets to 0 and more', async () => {
      const many = await open();
      try {
        const dossier = (i: number): Dossier => ({ number: String(99400 + i), title: `Dossier ${i}` });
        const batch = Array.from({ length: 105 }, (_, i) =>
          paper({
            id: `kst-99301-${i}`,
            type: 'motie',
            number: String(i),
            title: `Motie ${i}`,
            date: `2022-01-${String(1 + (i % 28)).padStart(2, '0')}`,
            dossiers: [{ number: '99301', title: 'Veel moties' }, dossier(i)],
            references: i === 0 ? [] : [cites('kst-99301-0')],
            body: [`Motie nummer ${i}.`],
          }),
        );
        await many.put(batch);
        const b = new Brute(batch);
        assert.equal((await many.recent()).items.length, 20);
        assert.equal((await many.recent({ limit: 1000 })).items.length, 100);
        assert.deepEqual(ids(await many.recent({ limit: 0 })), [keyOf(b.recent()[0]!)]);
        assert.equal((await many.recent({ limit: -3 })).items.length, 1);
        assert.equal((await many.recent({ limit: 2.9 })).items.length, 2);
        assert.deepEqual(await many.recent({ limit: 5, offset: -5 }), await many.recent({ limit: 5 }));
        assert.deepEqual(await many.recent({ offset: 104 }), { total: 105, items: [b.summary(b.recent()[104]!)] });
        assert.deepEqual(await many.recent({ offset: 200 }), { total: 105, items: [] });
        assert.equal((await many.dossierDocuments('99301', { limit: 500 })).items.length, 100);
        const cited = await many.citedBy('kst-99301-0', { limit: 500 });
        assert.deepEqual([cited.total, cited.items.length], [104, 100]);
        assert.equal((await many.activeDossiers(1000, 100_000)).length, 100);
        assert.equal((await many.activeDossiers(0)).length, 1);
        assert.equal((await many.dossier('99301'))?.related.length, 10);
        assert.deepEqual(await many.dossier('99301'), b.dossier('99301'));
      } finally {
        await many.close();
      }
    });

    it('should change its version when a paper is added, updated or withdrawn, and only then', async () => {
      const s = await open();
      try {
        const empty = await s.freshness();
        assert.deepEqual([empty.updatedAt, empty.newestDate], [null, null]);
        const withTk = { ...F[1]!, external: { tkId: 'tk-guid-99001-2' } };
        await s.put([...F.slice(0, 1), withTk, ...F.slice(2)]);
        const first = await s.freshness();
        assert.notEqual(first.version, empty.version);
        assert.equal(first.newestDate, '2021-04-01');
        assert.match(first.updatedAt ?? '', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
        assert.deepEqual(await s.put(F.slice(0, 3)), ['unchanged', 'unchanged', 'unchanged']);
        assert.deepEqual(await s.freshness(), first, 'the same papers again change nothing');
        assert.equal(await s.withdraw('tk-guid-none'), 0);
        assert.deepEqual(await s.freshness(), first);
        const seen = new Set([empty.version, first.version]);
        const changed = async (what: string) => {
          const now = await s.freshness();
          assert.ok(!seen.has(now.version), what);
          seen.add(now.version);
          return now;
        };
        assert.deepEqual(await s.put([withBody(F[0]!, ['Een andere tekst.'])]), ['updated']);
        await changed('an update');
        await s.put([browsePapers()[4]!]);
        assert.equal((await changed('a new paper')).newestDate, '2021-06-30');
        assert.equal(await s.withdraw('tk-guid-99001-2'), 1);
        await changed('a withdrawal');
        const [summary] = (await s.recent({ limit: 100 })).items.filter((i) => i.id === 'kst-99001-2');
        assert.equal(summary?.withdrawn, true);
      } finally {
        await s.close();
      }
    });

    it('should forget a dossier no stored paper lists any more', async () => {
      const s = await open();
      try {
        const first = F[7]!; // kst-99001-3, in 99001 and 99002
        await s.put([first]);
        assert.deepEqual(await s.present(['dossier-99001', 'dossier-99002']), ['dossier-99001', 'dossier-99002']);
        const moved = { ...withBody(first, ['Nu alleen in 99 002.']), dossiers: [first.dossiers[1]!] };
        await s.put([moved]);
        assert.equal(await s.dossier('99001'), null);
        assert.deepEqual(await s.dossierDocuments('99001'), { total: 0, items: [] });
        assert.deepEqual(await s.present(['dossier-99001', 'dossier-99002']), ['dossier-99002']);
        assert.deepEqual((await s.dossier('99002'))?.related, []);
      } finally {
        await s.close();
      }
    });
  });
}
