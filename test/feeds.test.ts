/**
 * The Atom feeds over a real archive of fictional papers made in code, on SQLite and on
 * PostgreSQL (`GRIFFIE_TEST_DATABASE_URL`, each run in a schema of its own; without a
 * server that half skips, saying so, unless `GRIFFIE_REQUIRE_ALL=1`). Every feed is read
 * back with a strict XML parser and checked against RFC 4287 (`support/atom.ts`).
 *
 * @module
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import type { Document } from '../src/model/index.ts';
import { createApp } from '../src/server/index.ts';
import { type PaperSpec, paper } from '../src/store/fixtures.ts';
import type { Store } from '../src/store/index.ts';
import { type AtomFeed, htmlToText, parseAtom } from './support/atom.ts';
import { engines } from './support/stores.ts';

const ORIGIN = 'http://griffie.test:8080';
const SZW = 'Sociale Zaken en Werkgelegenheid';
const NASTY = 'Brief over <script>alert("x")</script> & ]]> en ]]> weer &amp; \u000c einde';

/** A fictional Kamerstuk of `dossier` (key `99101`, `99102-VII`), its id and number from them. */
function kst(dossier: string, number: string, title: string, spec: Partial<PaperSpec> = {}): Document {
  const [base, suffix] = dossier.split('-') as [string, string | undefined];
  const titles: Record<string, string> = {
    '99101': 'Voorbeeldwet arbeid',
    '99101-12': 'Onderdossier',
    '99102-VII': 'Begroting Voorbeeldzaken',
    '99109': 'Bulkdossier',
  };
  return paper({
    id: `kst-${dossier}-${number}`,
    type: 'brief',
    dossiers: [{ number: base, ...(suffix ? { suffix } : {}), title: titles[dossier]! }],
    number,
    title,
    body: [],
    ...spec,
  });
}

/** The fictional papers of these tests; dossier 99109 has 120 dated papers, one a day, and 3 undated. */
function papers(): Document[] {
  const long = Array.from({ length: 120 }, (_, i) => `woord${i}`).join(' ');
  const withHeading = kst('99101', '3', 'Brief met een kop', {
    sender: { role: 'minister', portfolio: SZW, name: 'A.B. Jansen' },
    date: '2021-03-03',
    citation: 'Kamerstukken II 2020/21, 99 101, nr. 3',
    topics: ['sociale zekerheid'],
  });
  withHeading.blocks = [
    { kind: 'heading', text: 'Een kop die geen samenvatting is' },
    { kind: 'paragraph', text: `  Eerste   alinea ${long}  ` },
    { kind: 'paragraph', text: 'Tweede alinea.' },
  ];
  const day = (i: number) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
  const bulk = Array.from({ length: 123 }, (_, i) =>
    kst('99109', String(i + 1), `Verslag nummer ${i + 1}`, {
      type: 'verslag',
      date: i < 120 ? day(i) : null,
      body: [`Verslag over dijkversterking deel ${i + 1}.`],
    }),
  );
  return [
    kst('99101', '1', 'Voorstel van wet arbeid', {
      type: 'voorstel-van-wet',
      sender: { role: 'koning', portfolio: null, name: null },
      date: '2021-01-10',
      body: ['Wij Willem-Alexander, bij de gratie Gods.'],
    }),
    kst('99101', '2', 'Motie over arbeid', {
      type: 'motie',
      sender: { role: 'lid', portfolio: null, name: 'C. de Vries' },
      date: '2021-02-02',
      topics: ['arbeidsmarkt'],
      body: ['De Kamer verzoekt de regering de arbeid te verlichten.'],
    }),
    withHeading,
    kst('99101', '4', NASTY, {
      sender: { role: 'minister', portfolio: 'Onderwijs & <Cultuur>', name: 'E. "Bakker"' },
      date: '2021-04-04',
      citation: 'Kamerstukken II 2020/21, 99 101, nr. 4 & <b>',
      body: ['Tekst met <b>vet</b> & ]]> en een \u0001 stuurteken.'],
    }),
    kst('99101', '5', 'Motie zonder datum', {
      type: 'motie',
      topics: ['arbeidsmarkt'],
      body: ['Een motie zonder datum over arbeid.'],
    }),
    kst('99101-12', '1', 'Brief in het onderdossier', {
      sender: { role: 'commissie', portfolio: SZW, name: null },
      date: '2021-05-05',
      body: ['Een brief over arbeid in een onderdossier.'],
    }),
    kst('99102-VII', '1', 'Brief bij de begroting', {
      sender: { role: 'staatssecretaris', portfolio: SZW, name: 'F. Visser' },
      date: '2019-06-06',
      topics: ['begroting', 'arbeidsmarkt'],
      body: ['De begroting over arbeid wordt toegelicht.'],
    }),
    ...bulk,
  ];
}

/** The whole app: the feeds as served, with conditional GET, CORS and problem+json errors. */
function feedsApp(store: Store): Hono {
  return createApp({ store, version: 'test', holdsExamples: async () => false });
}

for (const engine of engines()) {
  describe(`feeds (${engine.name})`, { skip: engine.skip }, () => {
    let store: Store;
    let app: Hono;

    before(async () => {
      store = await engine.open();
      await store.put(papers());
      app = feedsApp(store);
    });
    after(() => store?.close());

    /** GET a feed; asserts a 200 Atom response and returns its text and parsed form. */
    async function feed(path: string): Promise<{ xml: string; atom: AtomFeed }> {
      const res = await app.request(`${ORIGIN}/feeds/${path}`);
      const xml = await res.text();
      assert.equal(res.status, 200, xml);
      assert.equal(res.headers.get('Content-Type'), 'application/atom+xml; charset=utf-8');
      return { xml, atom: parseAtom(xml) };
    }

    /** GET and return the status and problem document. */
    async function problem(path: string): Promise<{ status: number; detail: string }> {
      const res = await app.request(`${ORIGIN}/feeds/${path}`);
      assert.equal(res.headers.get('Content-Type'), 'application/problem+json; charset=utf-8');
      const body = (await res.json()) as { detail: string };
      return { status: res.status, detail: body.detail };
    }

    const ids = (atom: AtomFeed) => atom.entries.map((e) => e.id.replace(/^tag:griffie,2026:/, ''));
    const hrefs = (links: { rel: string; href: string }[], rel: string) =>
      links.filter((l) => l.rel === rel).map((l) => l.href);

    it('should list the dated papers matching a search, newest first, with absolute links', async () => {
      // "arbeid" is in the text of some, in the dossier title of the others; kst-99101-5 has no date
      const { atom } = await feed('search.atom?q=arbeid');
      assert.deepEqual(ids(atom), [
        'kst-99101-12-1',
        'kst-99101-4',
        'kst-99101-3',
        'kst-99101-2',
        'kst-99101-1',
        'kst-99102-VII-1',
      ]);
      assert.equal(atom.title, 'Griffie — zoeken: arbeid');
      assert.equal(atom.id, 'tag:griffie,2026:feeds/search.atom?q=arbeid');
      assert.deepEqual(hrefs(atom.links, 'self'), [`${ORIGIN}/feeds/search.atom?q=arbeid`]);
      assert.deepEqual(hrefs(atom.links, 'alternate'), [`${ORIGIN}/zoeken?q=arbeid`]);
      assert.equal(atom.updated, '2021-05-05T00:00:00.000Z');
      assert.equal(atom.generator, 'Griffie');
      const [first] = atom.entries;
      assert.deepEqual(hrefs(first!.links, 'alternate'), [`${ORIGIN}/stuk/kst-99101-12-1`]);
      assert.equal(first!.updated, '2021-05-05T00:00:00.000Z');
      assert.equal(first!.published, '2021-05-05T00:00:00.000Z');
      assert.deepEqual(first!.authors, [`Commissie ${SZW}`]);
      const dates = atom.entries.map((e) => e.updated);
      assert.deepEqual(dates, [...dates].sort().reverse());
    });

    it("should list a topic's dated papers across dossiers, newest first, and refuse what cannot be a topic", async () => {
      const { atom } = await feed('topic/arbeidsmarkt.atom');
      assert.deepEqual(ids(atom), ['kst-99101-2', 'kst-99102-VII-1']);
      assert.equal(atom.title, 'Griffie — onderwerp: arbeidsmarkt');
      assert.deepEqual(hrefs(atom.links, 'self'), [`${ORIGIN}/feeds/topic/arbeidsmarkt.atom`]);
      assert.deepEqual(hrefs(atom.links, 'alternate'), [`${ORIGIN}/zoeken?q=topic%3Aarbeidsmarkt`]);
      // A topic of two words, asked in another case: one paper, the feed's own links in lower case.
      const two = await feed('topic/Sociale%20%20Zekerheid.atom?limit=5');
      assert.deepEqual(ids(two.atom), ['kst-99101-3']);
      assert.deepEqual(hrefs(two.atom.links, 'self'), [`${ORIGIN}/feeds/topic/sociale%20zekerheid.atom?limit=5`]);
      assert.deepEqual(hrefs(two.atom.links, 'alternate'), [
        `${ORIGIN}/zoeken?q=${encodeURIComponent('topic:"sociale zekerheid"')}`,
      ]);
      assert.deepEqual(ids((await feed('topic/nergens.atom')).atom), []);
      assert.equal((await problem('topic/%22arbeid%22.atom')).status, 400);
      assert.match((await problem('topic/%20.atom')).detail, /give a topic/);
      assert.equal((await problem(`topic/${'a'.repeat(101)}.atom`)).status, 400);
      assert.equal((await problem('topic/arbeidsmarkt')).status, 404);
    });

    it('should take its links from the origin the request came to', async () => {
      const res = await app.request('https://elders.example/feeds/type/motie.atom');
      const atom = parseAtom(await res.text());
      for (const href of [...atom.links, ...atom.entries.flatMap((e) => e.links)].map((l) => l.href))
        assert.ok(href.startsWith('https://elders.example/'), href);
      assert.equal(atom.entries[0]!.links[0]!.href, 'https://elders.example/stuk/kst-99101-2');
    });

    it('should give the first paragraph as summary, cut at a word, and the citation and sender', async () => {
      const { atom } = await feed('dossier/99101.atom');
      const entry = atom.entries.find((e) => e.id.endsWith(':kst-99101-3'))!;
      const summary = htmlToText(entry.summary!);
      assert.ok(summary.startsWith('Eerste alinea woord0 woord1 '), summary);
      assert.ok(summary.length <= 501 && summary.length > 400, String(summary.length));
      assert.match(summary, / woord\d+…$/);
      assert.ok(!summary.includes('kop'));
      assert.ok(htmlToText(entry.content!.replace(/<\/?p>/g, ' ')).includes('Kamerstukken II 2020/21, 99 101, nr. 3'));
      assert.deepEqual(entry.authors, [`Minister van ${SZW} (A.B. Jansen)`]);
      assert.deepEqual(entry.categories, [{ term: 'brief', label: 'Brief' }]);
    });

    it('should escape titles, summaries, authors and queries with markup, ]]> and &', async () => {
      const { xml, atom } = await feed('dossier/99101.atom');
      assert.ok(!xml.includes('<script') && !xml.includes('<b>') && !xml.includes('<Cultuur'));
      const entry = atom.entries.find((e) => e.id.endsWith(':kst-99101-4'))!;
      assert.equal(entry.titleType, 'html');
      assert.equal(htmlToText(entry.title), NASTY.replace('\u000c', ''));
      assert.equal(htmlToText(entry.summary!), 'Tekst met <b>vet</b> & ]]> en een stuurteken.');
      assert.ok(htmlToText(entry.content!.replace(/<\/?p>/g, ' ')).includes('nr. 4 & <b>'));
      assert.deepEqual(entry.authors, ['Minister van Onderwijs & <Cultuur> (E. "Bakker")']);

      const q = 'geenwoord&amp;<x>]]>';
      const searched = await feed(`search.atom?q=${encodeURIComponent(q)}`);
      assert.equal(searched.atom.title, `Griffie — zoeken: ${q}`);
      assert.deepEqual(hrefs(searched.atom.links, 'alternate'), [`${ORIGIN}/zoeken?q=${encodeURIComponent(q)}`]);
    });

    it('should list a dossier exactly (not its sub-dossiers), undated papers left out', async () => {
      const { atom } = await feed('dossier/99101.atom');
      assert.deepEqual(ids(atom), ['kst-99101-4', 'kst-99101-3', 'kst-99101-2', 'kst-99101-1']);
      assert.equal(atom.title, 'Griffie — dossier 99 101: Voorbeeldwet arbeid');
      assert.deepEqual(hrefs(atom.links, 'alternate'), [`${ORIGIN}/dossier/99101`]);
      assert.equal(atom.updated, '2021-04-04T00:00:00.000Z');
    });

    it('should serve a dossier with a suffix key', async () => {
      const { atom } = await feed('dossier/99102-VII.atom');
      assert.deepEqual(ids(atom), ['kst-99102-VII-1']);
      assert.equal(atom.title, 'Griffie — dossier 99 102 VII: Begroting Voorbeeldzaken');
      assert.deepEqual(hrefs(atom.links, 'self'), [`${ORIGIN}/feeds/dossier/99102-VII.atom`]);
      const sub = await feed('dossier/99101-12.atom');
      assert.deepEqual(ids(sub.atom), ['kst-99101-12-1']);
    });

    it('should hold 50 entries unless ?limit= asks for 1 to 100, newest first', async () => {
      const all = await feed('dossier/99109.atom');
      assert.equal(all.atom.entries.length, 50);
      assert.deepEqual(ids(all.atom).slice(0, 2), ['kst-99109-120', 'kst-99109-119']);
      const most = await feed('dossier/99109.atom?limit=100');
      assert.deepEqual(
        ids(most.atom),
        Array.from({ length: 100 }, (_, i) => `kst-99109-${120 - i}`),
      );
      const three = await feed('search.atom?q=dijkversterking&limit=3');
      assert.deepEqual(ids(three.atom), ['kst-99109-120', 'kst-99109-119', 'kst-99109-118']);
      assert.deepEqual(hrefs(three.atom.links, 'self'), [`${ORIGIN}/feeds/search.atom?q=dijkversterking&limit=3`]);
      assert.equal(three.atom.id, 'tag:griffie,2026:feeds/search.atom?q=dijkversterking');
      for (const bad of ['0', '101', 'abc', '1.5', '-1', ''])
        assert.equal((await problem(`search.atom?q=arbeid&limit=${bad}`)).status, 400, bad);
    });

    it('should list the papers of a type', async () => {
      const { atom } = await feed('type/motie.atom');
      assert.deepEqual(ids(atom), ['kst-99101-2']);
      assert.equal(atom.title, 'Griffie — soort: Motie');
      assert.deepEqual(hrefs(atom.links, 'alternate'), [`${ORIGIN}/zoeken?q=${encodeURIComponent('type:motie')}`]);
    });

    it('should list the papers of a portfolio, of a role, or of both', async () => {
      const both = await feed(`sender.atom?portfolio=${encodeURIComponent(SZW)}&role=minister`);
      assert.deepEqual(ids(both.atom), ['kst-99101-3']);
      assert.equal(both.atom.title, `Griffie — afzender: Minister van ${SZW}`);
      const portfolio = await feed(`sender.atom?portfolio=${encodeURIComponent(SZW)}`);
      assert.deepEqual(ids(portfolio.atom), ['kst-99101-12-1', 'kst-99101-3', 'kst-99102-VII-1']);
      const role = await feed('sender.atom?role=minister');
      assert.deepEqual(ids(role.atom), ['kst-99101-4', 'kst-99101-3']);
    });

    it('should refuse sender values that would break out of their quotes', async () => {
      for (const portfolio of ['Sociale" OR type:motie "', 'Zaken”', 'x″'])
        assert.equal((await problem(`sender.atom?portfolio=${encodeURIComponent(portfolio)}`)).status, 400, portfolio);
      assert.equal((await problem('sender.atom?role=minister%20OR%20x')).status, 400);
      assert.equal((await problem('sender.atom?role=minister)')).status, 400);
      assert.equal((await problem('sender.atom')).status, 400);
    });

    it('should answer 404 for an unknown dossier or type', async () => {
      assert.equal((await problem('dossier/99999.atom')).status, 404);
      assert.equal((await problem('type/brieven.atom')).status, 404);
      assert.equal((await problem('dossier/99101')).status, 404);
      assert.equal((await problem('dossier/geen-nummer.atom')).status, 400);
    });

    it('should answer 400 with the parser message for a bad query, and for no query', async () => {
      const bad = await problem(`search.atom?q=${encodeURIComponent('"arbeid')}`);
      assert.equal(bad.status, 400);
      assert.match(bad.detail, /unclosed quote/);
      assert.equal((await problem('search.atom?q=type:onbekend')).status, 400);
      assert.equal((await problem('search.atom?q=%20')).status, 400);
      assert.equal((await problem('search.atom')).status, 400);
    });

    it('should give a valid empty feed, updated when the archive last changed', async () => {
      const { atom } = await feed('search.atom?q=nergensvoorkomend');
      assert.equal(atom.entries.length, 0);
      const { updatedAt } = await store.freshness();
      assert.equal(Date.parse(atom.updated), Date.parse(updatedAt!));
    });

    it('should give the same bytes for the same feed twice', async () => {
      for (const path of ['search.atom?q=arbeid', 'dossier/99101.atom', 'search.atom?q=nergensvoorkomend']) {
        const a = await feed(path);
        await new Promise((resolve) => setTimeout(resolve, 5));
        const b = await feed(path);
        assert.equal(b.xml, a.xml, path);
      }
    });
  });
}
