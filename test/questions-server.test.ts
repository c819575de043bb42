/**
 * Written questions through the web server, on both engines: the fictitious papers of
 * `test/fixtures/questions/` (questions in XML and printed text, notices of delay in
 * XML, text and HTML, an answer stored later) and one set asked five days ago, read
 * back through `/api/v1/questions`, the `/vragen` pages and the two Atom feeds.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import type { Document } from '../src/model/index.ts';
import { parseFile } from '../src/pipeline/index.ts';
import { createApp } from '../src/server/index.ts';
import { paper } from '../src/store/fixtures.ts';
import type { Store } from '../src/store/index.ts';
import { parseAtom } from './support/atom.ts';
import { engines } from './support/stores.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures', 'questions');
const FIRST = ['kv-tk-2025Z99101.xml', 'ah-tk-20242025-9911.xml', 'kv-tk-2025Z99102.txt', 'ah-tk-20242025-9913.txt'];
const FIN = 'Financiën';
const BZK = 'Binnenlandse Zaken en Koninkrijksrelaties';

const DAY_MS = 86_400_000;
const today = new Date().toISOString().slice(0, 10);
const daysAgo = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) - n * DAY_MS).toISOString().slice(0, 10);
const daysSince = (iso: string) =>
  Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${iso}T00:00:00Z`)) / DAY_MS);

/** Questions asked five days ago: within the term. */
const RECENT = `${today.slice(0, 4)}Z99150`;
function recentQuestions(): Document {
  return paper({
    id: `kv-tk-${RECENT}`,
    kind: 'kamervragen',
    type: 'kamervragen',
    chamber: 'tweede-kamer',
    title: 'de fictieve fietsenstalling',
    subject: 'de fictieve fietsenstalling',
    addressee: `Minister van ${FIN}`,
    date: daysAgo(5),
    signatories: [{ name: 'Jansen', role: 'lid', party: 'FICT' }],
    sender: { role: 'lid', portfolio: null, name: 'Jansen' },
    external: { tkZaken: [RECENT] },
    body: ['Vraag 1: Waarom is de stalling dicht?'],
  });
}

type Json = Record<string, unknown>;
type Item = { zaak: string; status: string; days: number | null; delayNoticed: string | null } & Json;

for (const engine of engines()) {
  describe(`written questions in the web server (${engine.name})`, { skip: engine.skip }, () => {
    let store: Store;
    let app: Hono;
    before(async () => {
      store = await engine.open();
      const parsed = await Promise.all([...FIRST, 'ah-tk-20242025-9914.html'].map((f) => parseFile(join(FIXTURES, f))));
      await store.put([...parsed, recentQuestions()]);
      app = createApp({ store, version: 'test', holdsExamples: async () => false });
    });
    after(async () => {
      await store?.close();
    });

    const json = async (path: string) => {
      const res = await app.request(path);
      assert.equal(res.status, 200, `${path}: ${res.status}`);
      return (await res.json()) as Json;
    };
    const items = async (path: string) => (await json(path)).items as Item[];
    const zaken = async (path: string) => (await items(path)).map((i) => i.zaak);
    const html = async (path: string) => {
      const res = await app.request(path);
      return { status: res.status, text: await res.text() };
    };

    it('should list the unanswered questions with their days, the overdue ones and a notice of delay', async () => {
      const list = await items('/api/v1/questions?status=unanswered');
      assert.deepEqual(
        list.map((i) => [i.zaak, i.status, i.days, i.delayNoticed]),
        [
          [RECENT, 'open', 5, null],
          ['2025Z99102', 'overdue', daysSince('2025-02-10'), '2025-03-03'],
          ['2025Z99101', 'overdue', daysSince('2025-02-03'), '2025-02-21'],
          ['2025Z99103', 'open', null, '2025-03-10'],
        ],
      );
      const late = list[2] as Item & { notices: Json[]; askers: Json[]; question: Json; href: string; page: string };
      assert.deepEqual(late.askers, [
        { name: 'Proef', party: 'FICT' },
        { name: 'Van der Proef', party: 'DRV' },
      ]);
      assert.deepEqual(
        [late.question.id, late.notices.map((n) => [n.id, n.page]), late.href, late.page],
        [
          'kv-tk-2025Z99101',
          [['ah-tk-20242025-9911', '/stuk/ah-tk-20242025-9911']],
          '/api/v1/questions/2025Z99101',
          '/vragen/2025Z99101',
        ],
      );
      const unknown = list[3] as Item & { question: unknown; ministry: string };
      assert.deepEqual([unknown.question, unknown.ministry], [null, 'Infrastructuur en Waterstaat']);
      const page = await json('/api/v1/questions');
      assert.deepEqual(page.statuses, [
        { value: 'open', count: 2 },
        { value: 'overdue', count: 2 },
      ]);
      assert.deepEqual(
        (page.ministries as { ministry: string; open: number; overdue: number }[]).map((m) => [
          m.ministry,
          m.open,
          m.overdue,
        ]),
        [
          [FIN, 1, 1],
          [BZK, 0, 1],
          ['Infrastructuur en Waterstaat', 1, 0],
        ],
      );
    });

    it('should filter by ministry, member, party and period, page with links, and refuse bad parameters', async () => {
      assert.deepEqual(await zaken(`/api/v1/questions?ministry=${encodeURIComponent(FIN)}`), [RECENT, '2025Z99101']);
      assert.deepEqual(await zaken('/api/v1/questions?party=DRV'), ['2025Z99101', '2025Z99103']);
      assert.deepEqual(await zaken('/api/v1/questions?member=Jansen'), [RECENT, '2025Z99102']);
      assert.deepEqual(await zaken('/api/v1/questions?from=2025-02-05&to=2025-02-28'), ['2025Z99102']);
      const res = await app.request('/api/v1/questions?limit=1&offset=1');
      const body = (await res.json()) as Json;
      assert.deepEqual(
        [body.total, body.next, body.prev],
        [4, '/api/v1/questions?limit=1&offset=2', '/api/v1/questions?limit=1&offset=0'],
      );
      assert.match(res.headers.get('Link') ?? '', /rel="next"/);
      assert.equal((await json('/api/v1/questions/2025Z99102')).status, 'overdue');
      assert.equal((await app.request('/api/v1/questions?status=late')).status, 400);
      assert.equal((await app.request('/api/v1/questions?from=3%20februari')).status, 400);
      assert.equal((await app.request('/api/v1/questions/2025Z99999')).status, 404);
      assert.equal((await app.request('/api/v1/questions/kv-tk-2025Z99101')).status, 400);
    });

    it('should document both routes in the OpenAPI document', async () => {
      const doc = (await (await app.request('/api/openapi.json')).json()) as {
        paths: Record<string, { get?: { parameters?: { name: string }[] } }>;
        components: { schemas: Record<string, unknown> };
      };
      const parameters = doc.paths['/questions']?.get?.parameters?.map((p) => p.name) ?? [];
      for (const name of ['status', 'ministry', 'member', 'party', 'from', 'to', 'limit', 'offset'])
        assert.ok(parameters.includes(name), name);
      assert.ok(doc.paths['/questions/{zaak}']?.get);
      assert.ok(doc.components.schemas.Question && doc.components.schemas.QuestionList);
    });

    it('should show /vragen in Dutch: days open, overdue marked, the notice, counts per ministry', async () => {
      const list = await html('/vragen');
      assert.equal(list.status, 200);
      assert.match(list.text, /<p role="status">4 vragen<\/p>/);
      assert.match(list.text, /status-overdue">over de termijn/);
      assert.match(list.text, /status-open">binnen de termijn/);
      assert.match(list.text, /5 dagen open/);
      assert.match(list.text, /uitstel gemeld op 21 februari 2025/);
      assert.match(list.text, /Proef \(FICT\) en Van der Proef \(DRV\)/);
      assert.match(
        list.text,
        /<th scope="row"><a href="\/vragen\?ministry=Financi%C3%ABn">Financiën<\/a><\/th><td>1<\/td><td>1<\/td><td>0<\/td><td>–<\/td>/,
      );
      assert.match(list.text, /href="\/feeds\/vragen\/over-de-termijn\.atom"/);
      const bzk = await html(`/vragen?ministry=${encodeURIComponent(BZK)}`);
      assert.match(bzk.text, /<p role="status">1 vraag<\/p>/);
      assert.match(bzk.text, /het fictieve loket voor paspoorten op zondag/);
      assert.doesNotMatch(bzk.text, /fietsbellen/);
      const one = await html('/vragen/2025Z99101');
      assert.equal(one.status, 200);
      assert.match(one.text, /<h1>de fictieve toeslag voor fietsbellen<\/h1>/);
      assert.match(one.text, /De regering heeft uitstel gemeld/);
      assert.match(one.text, /href="\/stuk\/ah-tk-20242025-9911"/);
      assert.equal((await html('/vragen/2025Z99999')).status, 404);
    });

    it('should make the questions answered when the answer is stored later, and publish the news', async () => {
      await store.put([await parseFile(join(FIXTURES, 'ah-tk-20242025-9912.xml'))]);
      const answered = (await json('/api/v1/questions/2025Z99101')) as Item & { answered: string; answers: Json[] };
      assert.deepEqual(
        [answered.status, answered.answered, answered.days, answered.delayNoticed, answered.answers.map((a) => a.id)],
        ['answered', '2025-03-10', 35, '2025-02-21', ['ah-tk-20242025-9912']],
      );
      assert.match((await html('/vragen?status=answered')).text, /beantwoord na 35 dagen/);
      assert.doesNotMatch((await html('/vragen')).text, /fietsbellen/, 'no longer unanswered');

      const feed = parseAtom(await (await app.request('/feeds/vragen/beantwoord.atom')).text());
      assert.deepEqual(
        feed.entries.map((e) => [
          e.id,
          e.title,
          e.links[0]?.href.replace(/^https?:\/\/[^/]+/, ''),
          e.updated.slice(0, 10),
        ]),
        [
          [
            'tag:griffie,2026:vragen/2025Z99101/beantwoord',
            'Beantwoord: de fictieve toeslag voor fietsbellen',
            '/vragen/2025Z99101',
            '2025-03-10',
          ],
        ],
      );
      const overdue = parseAtom(await (await app.request('/feeds/vragen/over-de-termijn.atom')).text());
      assert.deepEqual(
        overdue.entries.map((e) => [e.id, e.updated.slice(0, 10)]),
        [['tag:griffie,2026:vragen/2025Z99102/over-de-termijn', '2025-03-04']],
      );
      assert.match(overdue.title, /vragen over de termijn/);
      const none = parseAtom(
        await (await app.request(`/feeds/vragen/over-de-termijn.atom?ministry=${encodeURIComponent(FIN)}`)).text(),
      );
      assert.deepEqual(none.entries, []);
      assert.equal((await app.request('/feeds/vragen/beantwoord.atom?limit=0')).status, 400);
    });
  });
}
