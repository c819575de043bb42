/**
 * The linked record through the web server, on both engines: a synthetic chain of
 * papers — a letter with two promises, a later letter that fulfils the first, a motion
 * and the letter that carries it out — shows `fulfilled`, `overdue` and `open` in the
 * API, on the pages and in the feeds; persons have pages; a dossier is "cited by".
 *
 * @module
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import type { Document } from '../src/model/index.ts';
import { createApp } from '../src/server/index.ts';
import { paper } from '../src/store/fixtures.ts';
import type { Store } from '../src/store/index.ts';
import { parseAtom } from './support/atom.ts';
import { engines } from './support/stores.ts';

const SZW = 'Sociale Zaken en Werkgelegenheid';
const dossier = { number: '99301', title: 'Opvang van zeehonden' };

/** The chain: letter 1 promises two things, letter 2 fulfils the first; a motion, and the letter carrying it out. */
function chain(): Document[] {
  return [
    paper({
      id: 'kst-99301-1',
      kind: 'kamerstuk',
      type: 'brief',
      dossiers: [dossier],
      number: '1',
      title: 'Brief over de opvang van zeehonden',
      date: '2016-01-15',
      citation: 'Kamerstukken II 2015/16, 99 301, nr. 1',
      sender: { role: 'minister', portfolio: SZW, name: 'A. Zeevaarder' },
      body: [
        'Ik zal uw Kamer voor de zomer van 2016 informeren over de evaluatie van de zeehondenopvang.',
        'Voor het einde van het jaar stuur ik u een plan voor de financiering van de opvangcentra.',
      ],
      commitments: [
        {
          text: 'Ik zal uw Kamer voor de zomer van 2016 informeren over de evaluatie van de zeehondenopvang.',
          by: `Minister van ${SZW}`,
          due: '2016-07-01',
          deadline: '2016-06-30',
        },
        {
          text: 'Voor het einde van het jaar stuur ik u een plan voor de financiering van de opvangcentra.',
          by: `Minister van ${SZW}`,
          due: '2016',
          deadline: '2016-12-31',
        },
      ],
      entities: { persons: [{ name: 'A. Zeevaarder', role: `Minister van ${SZW}` }], places: [], organisations: [] },
    }),
    paper({
      id: 'kst-99301-2',
      kind: 'kamerstuk',
      type: 'brief',
      dossiers: [dossier],
      number: '2',
      title: 'Brief over de evaluatie van de zeehondenopvang',
      date: '2016-05-01',
      sender: { role: 'minister', portfolio: SZW, name: 'A. Zeevaarder' },
      body: ['Met deze brief geef ik invulling aan de toezegging uw Kamer te informeren over de evaluatie.'],
      references: [{ kind: 'kamerstuk', target: 'kst-99301-1', text: 'Kamerstuk 99 301, nr. 1' }],
      requests: [
        {
          date: '2016-01-15',
          by: `Minister van ${SZW}`,
          asks: 'uw Kamer informeren over de evaluatie van de zeehondenopvang',
          reference: 'kst-99301-1',
          kind: 'commitment',
        },
      ],
      entities: { persons: [{ name: 'A. Zeevaarder', role: `Minister van ${SZW}` }], places: [], organisations: [] },
    }),
    paper({
      id: 'kst-99302-3',
      kind: 'kamerstuk',
      type: 'motie',
      dossiers: [{ number: '99302', title: 'Natuurbeleid' }],
      number: '3',
      title: 'Motie van het lid Duinhof over zeehondenopvang',
      date: '2016-02-02',
      body: ['verzoekt de regering de zeehondenopvang structureel te financieren,'],
      references: [{ kind: 'kamerstuk', target: 'kst-99301-1', text: 'Kamerstuk 99 301, nr. 1' }],
      requests: [
        {
          date: '2016-02-02',
          by: 'het lid Duinhof',
          asks: 'de zeehondenopvang structureel te financieren',
          kind: 'motion',
        },
      ],
      entities: { persons: [{ name: 'Duinhof', role: 'lid van de Tweede Kamer' }], places: [], organisations: [] },
    }),
  ];
}

for (const engine of engines()) {
  describe(`linked record in the web server (${engine.name})`, { skip: engine.skip }, () => {
    let store: Store;
    let app: Hono;
    before(async () => {
      store = await engine.open();
      await store.put(chain());
      app = createApp({ store, version: 'test', holdsExamples: async () => false });
    });
    after(async () => {
      await store?.close();
    });

    const json = async (path: string) => {
      const res = await app.request(path);
      assert.equal(res.status, 200, `${path}: ${res.status}`);
      return (await res.json()) as Record<string, unknown>;
    };
    const page = async (path: string) => {
      const res = await app.request(path);
      return { status: res.status, text: await res.text() };
    };

    it('should show the fulfilled and the overdue promise in the API', async () => {
      const list = await json('/api/v1/commitments?dossier=99301');
      const items = list.items as { id: string; status: string; fulfilledBy: { id: string }[]; page: string }[];
      assert.deepEqual(
        items.map((i) => [i.id, i.status, i.fulfilledBy.map((f) => f.id)]),
        [
          ['kst-99301-1#0', 'fulfilled', ['kst-99301-2']],
          ['kst-99301-1#1', 'overdue', []],
        ],
      );
      assert.equal(items[0]!.page, '/toezegging/kst-99301-1/0');
      const portfolios = list.portfolios as { value: string; count: number }[];
      assert.deepEqual(portfolios, [{ value: SZW, count: 2 }]);
      const overdue = await json('/api/v1/commitments?status=overdue');
      assert.deepEqual(
        (overdue.items as { id: string }[]).map((i) => i.id),
        ['kst-99301-1#1'],
      );
      const one = await json('/api/v1/commitments/kst-99301-1/0');
      assert.equal(one.status, 'fulfilled');
      assert.equal((await app.request('/api/v1/commitments/kst-99301-1/7')).status, 404);
      assert.equal((await app.request('/api/v1/commitments?status=late')).status, 400);
    });

    it('should show the statuses on the pages, with the promise in its context', async () => {
      const list = await page('/toezeggingen?portfolio=Sociale+Zaken+en+Werkgelegenheid');
      assert.equal(list.status, 200);
      assert.match(list.text, /2 toezeggingen/);
      assert.match(list.text, /status-fulfilled">nagekomen/);
      assert.match(list.text, /status-overdue">over de termijn/);
      const one = await page('/toezegging/kst-99301-1/0');
      assert.equal(one.status, 200);
      assert.match(one.text, /<mark>Ik zal uw Kamer voor de zomer van 2016/);
      assert.match(one.text, /href="\/stuk\/kst-99301-2"/);
      assert.match(one.text, /30 juni 2016/);
      const letter = await page('/stuk/kst-99301-1');
      assert.match(letter.text, /Toezeggingen en verzoeken/);
      assert.match(letter.text, /href="\/toezegging\/kst-99301-1\/1"/);
      assert.equal((await page('/toezegging/kst-99301-1/9')).status, 404);
    });

    it('should tell an answered request from an open motion', async () => {
      const requests = await json('/api/v1/requests');
      const items = requests.items as { id: string; kind: string; status: string; answeredBy: { id: string }[] }[];
      const byId = new Map(items.map((i) => [i.id, i]));
      assert.equal(byId.get('kst-99302-3#0')?.status, 'open');
      assert.equal(byId.get('kst-99301-2#0')?.status, 'answered');
      assert.deepEqual(
        byId.get('kst-99301-2#0')?.answeredBy.map((a) => a.id),
        ['kst-99301-2'],
      );
      const motions = await page('/verzoeken?kind=motion');
      assert.match(motions.text, /1 verzoek\b/);
      assert.match(motions.text, /de zeehondenopvang structureel te financieren/);
    });

    it('should list persons and give each a page with the papers that name them', async () => {
      const persons = await json('/api/v1/entities?kind=person');
      assert.deepEqual(
        (persons.items as { name: string; documents: number }[]).map((p) => [p.name, p.documents]),
        [
          ['A. Zeevaarder', 2],
          ['Duinhof', 1],
        ],
      );
      const person = await page('/persoon/A.%20Zeevaarder');
      assert.equal(person.status, 200);
      assert.match(person.text, /Genoemd in 2 stukken/);
      assert.match(person.text, /href="\/stuk\/kst-99301-2"/);
      assert.equal((await page('/persoon/Niemand')).status, 404);
      const ministry = await page(`/ministerie/${encodeURIComponent(SZW)}`);
      assert.equal(ministry.status, 200);
      assert.match(ministry.text, /Toezeggingen/);
    });

    it('should answer "cited by" for a dossier', async () => {
      const cited = await json('/api/v1/dossiers/99301/cited-by');
      assert.deepEqual(
        (cited.items as { id: string }[]).map((i) => i.id),
        ['kst-99302-3'],
      );
      assert.match((await page('/dossier/99301')).text, /Geciteerd door/);
    });

    it('should publish new and overdue commitments of a ministry as valid Atom', async () => {
      const res = await app.request(`/feeds/toezeggingen.atom?portfolio=${encodeURIComponent(SZW)}&status=overdue`);
      assert.equal(res.status, 200);
      const feed = parseAtom(await res.text());
      assert.equal(feed.entries.length, 1);
      assert.match(feed.entries[0]!.links[0]!.href, /\/toezegging\/kst-99301-1\/1$/);
      assert.match(feed.title, /over de termijn: Sociale Zaken/);
      const all = parseAtom(await (await app.request('/feeds/toezeggingen.atom')).text());
      assert.equal(all.entries.length, 2);
      assert.equal((await app.request('/feeds/toezeggingen.atom?status=kept')).status, 400);
    });
  });
}
