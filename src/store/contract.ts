/**
 * The store contract: one test suite every engine must pass, written against the
 * `Store` interface only. `describeStoreContract('sqlite', open)` registers it for an
 * engine; `open` must return a new, EMPTY store each time (the suite closes it).
 *
 * Expected results come from the fixtures (`fixtures.ts`): filters are checked against
 * a brute-force evaluation over the fixture papers, text queries against the papers
 * that hold the words (listed by hand, with the reason beside each).
 *
 * Atomicity is forced through the interface with a document whose `type` is null:
 * every engine refuses it (`StoreError`, kind `not-null`) inside the batch's
 * transaction, after the earlier documents of the batch were written.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Document, dossierKey } from '../model/index.ts';
import {
  analyzeDocument,
  filterableOf,
  matchesPlan,
  parseQuery,
  planQuery,
  SearchQueryError,
} from '../search/index.ts';
import { fixturePapers, keyOf, paper, withBody } from './fixtures.ts';
import { type FacetCount, type Facets, type SearchResponse, type Store, StoreError } from './types.ts';

const F = fixturePapers();
const PERSBERICHT = keyOf(F.find((d) => d.id === null)!);
const ALL = F.map(keyOf);

/** Ids of a response's hits, sorted (for set comparison). */
function ids(response: SearchResponse): string[] {
  return response.hits.map((h) => h.id).sort();
}

function sorted(list: string[]): string[] {
  return [...list].sort();
}

function count(values: (string | null | undefined)[]): FacetCount[] {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null && v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([value, n]) => ({ value, count: n }));
}

function byCount(list: FacetCount[]): FacetCount[] {
  return [...list].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** Facet counts over `docs`, counted by brute force. */
export function bruteFacets(docs: Document[]): Facets {
  return {
    type: byCount(count(docs.map((d) => d.type))),
    year: byCount(count(docs.map((d) => d.date?.slice(0, 4)))),
    dossier: byCount(count(docs.flatMap((d) => [...new Set(d.dossiers.map(dossierKey))]))),
    sender: byCount(count(docs.map((d) => d.sender?.role))),
    portfolio: byCount(count(docs.map((d) => d.sender?.portfolio))),
    topic: byCount(count(docs.flatMap((d) => d.topics ?? []))),
  };
}

function normalFacets(facets: Facets): Facets {
  return {
    type: byCount(facets.type),
    year: byCount(facets.year),
    dossier: byCount(facets.dossier),
    sender: byCount(facets.sender),
    portfolio: byCount(facets.portfolio),
    topic: byCount(facets.topic),
  };
}

/** Register the contract suite for one engine. */
export function describeStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`Store contract (${name})`, () => {
    let store: Store;
    before(async () => {
      store = await open();
      await store.put(F);
    });
    after(async () => {
      await store?.close();
    });

    /** The hits of a query, as sorted ids; asks for the largest page. */
    async function find(query: string): Promise<string[]> {
      return ids(await store.search({ query, limit: 100 }));
    }

    describe('put', () => {
      it('should store new papers as added and the same papers again as unchanged', async () => {
        const s = await open();
        try {
          assert.deepEqual(
            await s.put(F),
            F.map(() => 'added'),
          );
          assert.deepEqual(
            await s.put(F),
            F.map(() => 'unchanged'),
          );
          const moved = { ...F[0]!, source: { ...F[0]!.source, path: 'elsewhere/kst-99001-1.txt' } };
          assert.deepEqual(await s.put([moved]), ['unchanged']);
          assert.equal((await s.stats()).documents, F.length);
          assert.equal((await s.search({ query: '' })).total, F.length);
        } finally {
          await s.close();
        }
      });

      it('should update a changed paper: old text no longer found, new text found', async () => {
        const s = await open();
        try {
          await s.put(F);
          const motie = F.find((d) => d.id === 'kst-99001-2')!;
          assert.equal((await s.search({ query: 'beraadslaging' })).total, 1);
          const changed = withBody(motie, ['De Kamer, gehoord de vergadering, verzoekt de regering iets anders.']);
          assert.deepEqual(await s.put([changed]), ['updated']);
          assert.equal((await s.search({ query: 'beraadslaging' })).total, 0);
          assert.deepEqual(ids(await s.search({ query: 'vergadering' })), ['kst-99001-2']);
          assert.deepEqual((await s.get('kst-99001-2'))?.blocks, changed.blocks);
          assert.equal((await s.stats()).documents, F.length);
          assert.deepEqual(await s.put([changed]), ['unchanged']);
        } finally {
          await s.close();
        }
      });

      it('should store nothing of a batch when one document cannot be stored', async () => {
        const s = await open();
        try {
          await s.put(F);
          const before = await s.stats();
          const fresh = paper({ id: 'kst-99009-1', type: 'brief', title: 'Nieuw', body: ['Een zeldzaamheid.'] });
          const changed = withBody(F[0]!, ['Vervangen tekst met een zeldzaamheid.']);
          const broken = {
            ...paper({ id: 'kst-99009-2', title: 'Kapot', body: ['x'] }),
            type: null,
          } as unknown as Document;
          await assert.rejects(s.put([fresh, changed, broken]), (error: unknown) => {
            assert.ok(error instanceof StoreError, `expected a StoreError, got ${String(error)}`);
            return true;
          });
          assert.equal(await s.get('kst-99009-1'), null);
          assert.deepEqual(await s.get(F[0]!.id!), F[0]);
          assert.equal((await s.search({ query: 'zeldzaamheid' })).total, 0);
          assert.deepEqual(await s.stats(), before);
          assert.deepEqual(await s.put([fresh]), ['added']);
        } finally {
          await s.close();
        }
      });
    });

    describe('get', () => {
      it('should return a paper by id and by content key, as stored', async () => {
        assert.deepEqual(
          await store.get('kst-99003-VII-4'),
          F.find((d) => d.id === 'kst-99003-VII-4'),
        );
        assert.equal((await store.get(PERSBERICHT))?.title, 'Persbericht zonder nummer');
        assert.equal(await store.get('kst-99999-1'), null);
      });
    });

    describe('search: query language', () => {
      const cases: [string, string[], string][] = [
        ['Marokko', ['kst-99002-3'], 'a word'],
        ['nieuwkomers', ['kst-99001-1', 'kst-99001-2', 'kst-99001-3'], 'body and dossier title'],
        ['nieuwkomers taalonderwijs', ['kst-99001-2'], 'words: all must match'],
        ['"sociale zekerheid"', ['kst-99001-3', 'kst-99002-3'], 'a phrase (99002-3 body, 99001-3 dossier title)'],
        ['sociale zekerheid', ['kst-99001-3', 'kst-99002-3', 'kst-99004-5'], 'the same words apart'],
        ['Marokko OR stikstofuitstoot', ['kst-99002-3', 'kst-99003-VII-4'], 'OR'],
        ['nieuwkomers -taalonderwijs', ['kst-99001-1', 'kst-99001-3'], '-word'],
        ['nieuwkomers NOT taalonderwijs', ['kst-99001-1', 'kst-99001-3'], 'NOT'],
        ['marok*', ['kst-99002-3'], 'prefix'],
        ['arbeidsm*', ['kst-99001-1', 'kst-99003-VII-4', 'kst-99005-A'], 'prefix of compounds'],
        ['nieuwkomers (taalonderwijs OR imamopleidingen)', ['kst-99001-1', 'kst-99001-2'], 'parentheses'],
        ['(Marokko OR stikstofuitstoot) sender:minister', ['kst-99003-VII-4'], 'parentheses and a filter'],
        ['Marokko OR type:motie', ['kst-99001-2', 'kst-99002-3'], 'OR across text and a filter'],
        ['kinderopvang -sender:minister', [PERSBERICHT, 'kst-99004-5'], 'text without a filter'],
      ];
      for (const [query, expected, what] of cases) {
        it(`should answer ${query} (${what})`, async () => {
          assert.deepEqual(await find(query), sorted(expected));
        });
      }
    });

    describe('search: field filters', () => {
      const on = (test: (d: Document) => boolean) => sorted(F.filter(test).map(keyOf));
      const cases: [string, string[]][] = [
        ['dossier:99001', on((d) => d.dossiers.some((k) => k.number === '99001'))],
        ['dossier:99003-VII', ['kst-99003-VII-4']],
        ['type:motie', on((d) => d.type === 'motie')],
        ['from:2018-01-01', on((d) => d.date !== null && d.date >= '2018-01-01')],
        ['to:2015-12-31', on((d) => d.date !== null && d.date <= '2015-12-31')],
        ['from:2016-01-01 to:2016-12-31', on((d) => d.date?.startsWith('2016') === true)],
        ['year:2016', on((d) => d.date?.startsWith('2016') === true)],
        ['sender:minister', on((d) => d.sender?.role === 'minister')],
        ['portfolio:"Sociale Zaken"', on((d) => d.sender?.portfolio?.startsWith('Sociale Zaken') === true)],
        ['chamber:ek', on((d) => d.chamber === 'eerste-kamer')],
        ['id:kst-99001-2', ['kst-99001-2']],
        ['-type:brief', on((d) => d.type !== 'brief')],
        ['-from:2016-01-01', on((d) => !(d.date !== null && d.date >= '2016-01-01'))],
      ];
      for (const [query, expected] of cases) {
        it(`should answer ${query} like a brute-force filter`, async () => {
          assert.ok(expected.length > 0);
          assert.deepEqual(await find(query), expected);
        });
      }
    });

    describe('search: Dutch analysis', () => {
      const cases: [string, string[]][] = [
        ['imam opleiding', ['kst-99001-1']],
        ['opleidingen', ['ah-tk-20192020-99', 'kst-99001-1']],
        ['gecreeerd', ['kst-99001-1']],
        ['gecreëerd', ['kst-99001-1']],
        ['socialezekerheidsverdrag', ['kst-99002-3']],
        ['sociaal-culturele', ['kst-99001-3']],
        ['culturele', ['kst-99001-3']],
        ['deradicalisering', ['kst-99001-3']],
        ['radicalisering', ['kst-99001-1', 'kst-99001-3']],
        ["'s-Gravenhage", [PERSBERICHT]],
        ['D66', [PERSBERICHT]],
        ['kinderopvang', ['ah-tk-20192020-99', 'kst-99004-5', 'kst-99004-6', PERSBERICHT]],
      ];
      for (const [query, expected] of cases) {
        it(`should find ${expected.join(', ')} by ${query}`, async () => {
          assert.deepEqual(await find(query), sorted(expected));
        });
      }
    });

    describe('search: results', () => {
      it('should count every match in total and page through them without gaps', async () => {
        const all = await store.search({ query: '', limit: 100 });
        assert.equal(all.total, F.length);
        assert.deepEqual(ids(all), sorted(ALL));
        const seen: string[] = [];
        for (let offset = 0; offset < F.length; offset += 3) {
          const page = await store.search({ query: '', limit: 3, offset });
          assert.equal(page.total, F.length);
          assert.ok(page.hits.length <= 3);
          seen.push(...page.hits.map((h) => h.id));
        }
        assert.deepEqual(sorted(seen), sorted(ALL));
        assert.equal(new Set(seen).size, F.length);
      });

      it('should sort by date, newest first, papers without a date last', async () => {
        const { hits } = await store.search({ query: '', sort: 'date', limit: 100 });
        const dates = hits.map((h) => h.date);
        const expected = F.map((d) => d.date).sort((a, b) => (a === null ? 1 : b === null ? -1 : b.localeCompare(a)));
        assert.deepEqual(dates, expected);
      });

      it('should rank a title match above a body-only match', async () => {
        const { hits } = await store.search({ query: 'kinderopvang' });
        const at = (id: string) => hits.findIndex((h) => h.id === id);
        assert.ok(at('kst-99004-5') < at(PERSBERICHT), JSON.stringify(hits.map((h) => h.id)));
        for (let i = 1; i < hits.length; i += 1) assert.ok(hits[i - 1]!.score >= hits[i]!.score);
      });

      it('should return hit fields and a highlighted snippet', async () => {
        const { hits } = await store.search({ query: 'Marokko' });
        const hit = hits[0]!;
        assert.equal(hit.id, 'kst-99002-3');
        assert.equal(hit.type, 'brief');
        assert.equal(hit.date, '2016-02-01');
        assert.equal(hit.citation, 'Kamerstukken II 2015/16, 99 002, nr. 3');
        assert.deepEqual(hit.dossiers, [{ number: '99002', title: 'Sociale zekerheid in Europa' }]);
        assert.deepEqual(hit.source, { path: 'fixtures/kst-99002-3.txt' });
        assert.equal(typeof hit.score, 'number');
        assert.match(hit.snippet, /<mark>Marokko<\/mark>/);
        const persbericht = (await store.search({ query: 'D66' })).hits[0];
        assert.equal(persbericht?.id, PERSBERICHT);
      });

      for (const query of [
        '',
        'type:brief',
        'dossier:99001',
        'kinderopvang',
        'nieuwkomers OR year:2016',
        'topic:integratie',
        'onderwerp:kinderopvang -type:motie',
      ]) {
        it(`should count facets over all matches of "${query}" like a brute-force count`, async () => {
          const response = await store.search({ query, limit: 1 });
          const matched = new Set((await store.search({ query, limit: 100 })).hits.map((h) => h.id));
          assert.equal(response.total, matched.size);
          const docs = F.filter((d) => matched.has(keyOf(d)));
          assert.deepEqual(normalFacets(response.facets), bruteFacets(docs));
        });
      }

      it('should answer an empty or stop-word-only query without an error', async () => {
        assert.equal((await store.search({ query: '   ' })).total, F.length);
        const stop = await store.search({ query: 'de het een' });
        assert.ok(stop.total >= 0);
      });

      it('should pass a query syntax error through as a SearchQueryError', async () => {
        for (const query of ['"sociale zekerheid', 'nieuwkomers (taalonderwijs OR', 'dossier:']) {
          await assert.rejects(store.search({ query }), SearchQueryError, query);
        }
      });
    });

    describe('search: random queries', () => {
      it('should match exactly the papers matchesPlan matches, for 200 random queries', async () => {
        let seed = 17;
        const rnd = (k: number) => {
          seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
          return (seed >>> 8) % k;
        };
        const words = [
          'nieuwkomers',
          'imamopleidingen',
          'sociale',
          'zekerheid',
          'kinderopvang',
          'radicalisering',
          'Marokko',
        ];
        const more = ['arbeidsmarkt', 'begroting', 'de', 'regering', 'taalonderwijs', 'opleiding', 'sociaal-culturele'];
        const vocab = [...words, ...more];
        const word = () => vocab[rnd(vocab.length)] as string;
        const filters = [
          'dossier:99001',
          'type:motie',
          'type:brief',
          'year:2016',
          'from:2016-01-01',
          'sender:minister',
        ];
        const leaf = (): string => {
          switch (rnd(5)) {
            case 0:
              return `"${word()} ${word()}"`;
            case 1:
              return `${word().slice(0, 4)}*`;
            case 2:
              return filters[rnd(filters.length)] as string;
            default:
              return word();
          }
        };
        const query = (depth: number): string => {
          if (depth === 0 || rnd(3) === 0) return leaf();
          switch (rnd(4)) {
            case 0:
              return `-${leaf()}`;
            case 1:
              return `(${query(depth - 1)} OR ${query(depth - 1)})`;
            default:
              return `${query(depth - 1)} ${query(depth - 1)}`;
          }
        };
        const analyzed = F.map((d) => ({ key: keyOf(d), fields: analyzeDocument(d), doc: filterableOf(d) }));
        for (let i = 0; i < 200; i++) {
          const q = query(3);
          const plan = planQuery(parseQuery(q));
          const expected = analyzed.filter((a) => matchesPlan(plan, { ...a.fields }, a.doc)).map((a) => a.key);
          const response = await store.search({ query: q, limit: 100 });
          assert.deepEqual(ids(response), sorted(expected), q);
          assert.equal(response.total, expected.length, q);
        }
      });
    });

    describe('related', () => {
      it('should list papers that share a dossier or a citation, with reasons', async () => {
        const related = await store.related('kst-99001-1', 20);
        const byId = new Map(related.map((r) => [r.id, r]));
        for (const id of ['kst-99001-2', 'kst-99001-3', 'kst-99002-3', 'kst-99004-6']) {
          assert.ok(byId.has(id), `${id} missing from ${[...byId.keys()].join(', ')}`);
        }
        assert.ok(!byId.has('kst-99001-1'));
        assert.ok(byId.get('kst-99001-2')!.reasons.some((r) => /dossier/i.test(r)));
        assert.ok(byId.get('kst-99002-3')!.reasons.some((r) => /cit/i.test(r)));
        for (const r of related) assert.ok(r.reasons.length > 0);
        for (let i = 1; i < related.length; i += 1) assert.ok(related[i - 1]!.score >= related[i]!.score);
        assert.equal((await store.related('kst-99001-1', 2)).length, 2);
        assert.deepEqual(await store.related('kst-99999-1'), []);
      });
    });

    describe('failures', () => {
      it('should keep one failure per source, list and remove them', async () => {
        const s = await open();
        try {
          await s.addFailure({ source: 'a.pdf', error: 'binary input', at: '2024-01-01T00:00:00.000Z' });
          await s.addFailure({ source: 'b.txt', error: 'empty input', at: '2024-01-01T00:00:00.000Z' });
          await s.addFailure({ source: 'a.pdf', error: 'still binary', at: '2024-01-02T00:00:00.000Z' });
          const list = await s.failures();
          assert.deepEqual(
            list.find((f) => f.source === 'a.pdf'),
            { source: 'a.pdf', error: 'still binary', at: '2024-01-02T00:00:00.000Z' },
          );
          assert.equal(list.length, 2);
          assert.equal((await s.stats()).failures, 2);
          await s.removeFailure('a.pdf');
          assert.deepEqual(
            (await s.failures()).map((f) => f.source),
            ['b.txt'],
          );
        } finally {
          await s.close();
        }
      });
    });

    describe('sync checkpoints', () => {
      it('should keep one checkpoint per source and stream, the newest modification seen, and when it was stored', async () => {
        const s = await open();
        try {
          assert.equal(await s.checkpoint('tk', 'Document'), null);
          await s.saveCheckpoint({ source: 'tk', stream: 'Document', value: '120', latest: '2026-03-01T10:00:00Z' });
          await s.saveCheckpoint({ source: 'ob', stream: 'kamerstuk', value: '1001', latest: null });
          // A later page whose items are older (or undated) moves the value on but keeps the newest time.
          await s.saveCheckpoint({ source: 'tk', stream: 'Document', value: '250', latest: '2026-02-01T10:00:00Z' });
          await s.saveCheckpoint({ source: 'tk', stream: 'Document', value: '260', latest: null });
          const tk = await s.checkpoint('tk', 'Document');
          assert.equal(tk?.value, '260');
          assert.equal(tk?.latest, '2026-03-01T10:00:00Z');
          assert.ok(
            tk !== null && Math.abs(Date.parse(tk.syncedAt) - Date.now()) < 60_000,
            `synced at ${tk?.syncedAt}`,
          );
          assert.deepEqual(
            (await s.checkpoints()).map((c) => [c.source, c.stream, c.value, c.latest]),
            [
              ['ob', 'kamerstuk', '1001', null],
              ['tk', 'Document', '260', '2026-03-01T10:00:00Z'],
            ],
          );
        } finally {
          await s.close();
        }
      });
    });

    describe('withdraw', () => {
      it('should mark the papers of a Tweede Kamer entity withdrawn, keeping them findable', async () => {
        const s = await open();
        try {
          const kept = paper({ id: 'kst-99010-1', title: 'Ingetrokken brief', body: ['Een brief over walvisvaart.'] });
          kept.external = { tkId: '0a1b2c3d-0000-4000-8000-000000000001', tkDocumentNumber: '2026D00001' };
          const other = paper({ id: 'kst-99010-2', title: 'Andere brief', body: ['Nog een brief over walvisvaart.'] });
          await s.put([kept, other]);
          assert.equal(await s.withdraw('0a1b2c3d-0000-4000-8000-000000000001'), 1);
          assert.equal(await s.withdraw('0a1b2c3d-0000-4000-8000-00000000ffff'), 0);
          assert.equal((await s.get('kst-99010-1'))?.withdrawn, true);
          assert.deepEqual((await s.get('kst-99010-1'))?.external, kept.external);
          assert.equal((await s.get('kst-99010-2'))?.withdrawn, undefined);
          assert.deepEqual(ids(await s.search({ query: 'walvisvaart' })), ['kst-99010-1', 'kst-99010-2']);
          // The same paper put again (unchanged input) stays withdrawn and is not rewritten.
          assert.deepEqual(await s.put([kept]), ['unchanged']);
          assert.equal((await s.get('kst-99010-1'))?.withdrawn, true);
        } finally {
          await s.close();
        }
      });
    });

    describe('stats', () => {
      it('should count documents, dossiers, references and failures', async () => {
        const dossiers = new Set(F.flatMap((d) => d.dossiers.map(dossierKey)));
        const { bytes, ...counts } = await store.stats();
        assert.deepEqual(counts, {
          documents: F.length,
          dossiers: dossiers.size,
          references: F.reduce((n, d) => n + d.references.length, 0),
          failures: 0,
        });
        assert.ok(typeof bytes === 'number' && bytes > 0, `the archive's size in bytes, not ${bytes}`);
      });
    });
  });
}
