/**
 * The votes through the web server, on both engines: the store's vote fixtures (dossier
 * 99 010: a motion carried by show of hands with a vote cast by mistake, an amendment
 * rejected by roll call, a motion held over) on the paper pages, the dossier page, the
 * party pages with their heat map, and in the API; unknown papers and parties are 404,
 * bad periods 400 with a message that says what is wrong.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import { createApp } from '../src/server/index.ts';
import { paper } from '../src/store/fixtures.ts';
import type { Store } from '../src/store/index.ts';
import { B_AANGENOMEN, syncedRecords, VOTE_DOSSIER, votePapers } from '../src/store/vote-fixtures.ts';
import { engines } from './support/stores.ts';

/** A letter in the same dossier, on which nothing was decided. */
const letter = () =>
  paper({
    id: 'kst-99010-12',
    kind: 'kamerstuk',
    type: 'brief',
    dossiers: [VOTE_DOSSIER],
    number: '12',
    title: 'Brief over de dijkversterking',
    date: '2026-03-20',
    body: ['Hierbij informeer ik uw Kamer over de versterking van de dijken.'],
  });

/** A period that holds the fixtures' decisions (10 March 2026). */
const YEAR = 'from=2026-01-01&to=2026-12-31';

for (const engine of engines()) {
  describe(`votes in the web server (${engine.name})`, { skip: engine.skip }, () => {
    let store: Store;
    let app: Hono;
    before(async () => {
      store = await engine.open();
      await store.put([...votePapers(), letter()]);
      await store.votes.putRecords(syncedRecords());
      app = createApp({ store, version: 'test', holdsExamples: async () => false });
    });
    after(async () => {
      await store?.close();
    });

    const json = async (path: string) => {
      const res = await app.request(path);
      assert.equal(res.status, 200, `${path}: ${res.status} ${res.status === 200 ? '' : await res.clone().text()}`);
      return (await res.json()) as Record<string, unknown>;
    };
    const page = async (path: string) => {
      const res = await app.request(path);
      return { status: res.status, text: await res.text() };
    };
    const problem = async (path: string, status: number) => {
      const res = await app.request(path);
      assert.equal(res.status, status, path);
      assert.match(res.headers.get('content-type') ?? '', /^application\/problem\+json/);
      return ((await res.json()) as { detail: string }).detail;
    };

    it("should give a motion's outcome and how each party voted in the API", async () => {
      const votes = await json('/api/v1/documents/kst-99010-7/votes');
      assert.equal(votes.outcome, 'aangenomen');
      assert.equal(votes.final, B_AANGENOMEN);
      assert.equal(votes.page, '/stuk/kst-99010-7');
      const decisions = votes.decisions as {
        outcome: string;
        date: string;
        kind: string | null;
        totals: Record<string, number>;
        vergissingen: Record<string, number>;
        parties: { fractie: string; side: string; seats: number; vergissing: boolean }[];
      }[];
      assert.deepEqual(
        decisions.map((d) => d.outcome),
        ['overig', 'aangenomen'],
      );
      const carried = decisions[1]!;
      assert.equal(carried.date, '2026-03-10');
      assert.equal(carried.kind, 'met handopsteken');
      assert.deepEqual(carried.totals, { voor: 105, tegen: 45, nietDeelgenomen: 0 });
      assert.deepEqual(carried.vergissingen, { voor: 30, tegen: 0, nietDeelgenomen: 0 });
      assert.deepEqual(
        carried.parties.map((p) => [p.fractie, p.side, p.seats, p.vergissing]),
        [
          ['KP', 'tegen', 45, false],
          ['VBP', 'voor', 40, false],
          ['GPP', 'voor', 35, false],
          ['LVP', 'voor', 30, true],
        ],
      );
      const letterVotes = await json('/api/v1/documents/kst-99010-12/votes');
      assert.deepEqual([letterVotes.outcome, letterVotes.decisions, letterVotes.zaken], [null, [], []]);
      assert.match(await problem('/api/v1/documents/kst-00000-1/votes', 404), /no paper kst-00000-1/);
    });

    it("should show a motion's outcome, day, kind of vote, totals and party table on its page", async () => {
      const motion = await page('/stuk/kst-99010-7');
      assert.equal(motion.status, 200);
      assert.match(motion.text, /Besluit van de Kamer/);
      assert.match(motion.text, /class="tag outcome outcome-aangenomen">Aangenomen</);
      assert.match(motion.text, /<time datetime="2026-03-10">10 maart 2026<\/time>, met handopsteken/);
      assert.match(motion.text, /Voor 105, tegen 45/);
      assert.match(motion.text, /Bij vergissing: 30 zetels voor\./);
      const rows = [...motion.text.matchAll(/<tr(?: class="mistaken")?><th scope="row"><a href="\/partijen\/(\w+)">/g)];
      assert.deepEqual(
        rows.map((m) => m[1]),
        ['KP', 'VBP', 'GPP', 'LVP'],
      );
      assert.match(
        motion.text,
        /<tr class="mistaken"><th scope="row"><a href="\/partijen\/LVP">LVP<\/a><\/th><td class="number">30<\/td>/,
      );
      assert.match(motion.text, /bij vergissing<\/span>/);
      // The submission before the vote is listed too.
      assert.match(motion.text, /Alle besluiten/);
      assert.match(motion.text, /Ingediend\./);
      assert.match(motion.text, /Zaak 2026Z00101 op tweedekamer\.nl/);
    });

    it('should list the members of a roll call by party, and a held-over motion', async () => {
      const amendment = await page('/stuk/kst-99010-9');
      assert.match(amendment.text, /outcome-verworpen">Verworpen</);
      assert.match(amendment.text, /hoofdelijke stemming/);
      assert.match(amendment.text, /Voor 1, tegen 3/);
      assert.match(
        amendment.text,
        /<a href="\/partijen\/VBP">VBP<\/a><\/th><td><\/td><td>2: A\. Aalders, B\. Bakker<\/td>/,
      );
      assert.match(amendment.text, /<a href="\/partijen\/GPP">GPP<\/a><\/th><td>1: C\. Claes<\/td>/);
      assert.doesNotMatch(amendment.text, /E\. Eelman/, 'a withdrawn vote is left out');
      const held = await page('/stuk/kst-99010-11');
      assert.match(held.text, /outcome-aangehouden">Aangehouden</);
      assert.doesNotMatch(held.text, /Stemming per fractie/);
      const none = await page('/stuk/kst-99010-12');
      assert.equal(none.status, 200);
      assert.doesNotMatch(none.text, /Besluit van de Kamer/);
    });

    it('should list every vote of a dossier, paged', async () => {
      const dossier = await page('/dossier/99010');
      assert.equal(dossier.status, 200);
      assert.match(dossier.text, /id="stemmingen-kop">Stemmingen</);
      assert.match(dossier.text, /3 stukken waarover de Kamer besloot/);
      const section = dossier.text.slice(dossier.text.indexOf('id="stemmingen"'));
      for (const [id, outcome] of [
        ['kst-99010-7', 'aangenomen'],
        ['kst-99010-9', 'verworpen'],
        ['kst-99010-11', 'aangehouden'],
      ])
        assert.match(section, new RegExp(`outcome-${outcome}">[^<]+</span> <a class="title" href="/stuk/${id}">`));
      assert.match(section, /besloten op <time datetime="2026-03-10">10 maart 2026/);
      assert.doesNotMatch(section.slice(0, section.indexOf('</section>')), /kst-99010-12/);
    });

    it("should count the parties' votes and their votes with the coalition, in the API", async () => {
      const stats = await json(`/api/v1/parties?${YEAR}&coalition=VBP,LVP`);
      assert.equal(stats.from, '2026-01-01');
      assert.equal(stats.decisions, 2);
      assert.deepEqual(stats.coalition, { parties: ['VBP', 'LVP'], cabinet: null, given: true });
      const items = stats.items as {
        party: string;
        votes: number;
        withCoalition: number | null;
        name: string | null;
      }[];
      assert.deepEqual(
        items.map((p) => [p.party, p.votes, p.withCoalition]),
        [
          ['GPP', 2, 0.5],
          ['KP', 2, 0.5],
          ['VBP', 2, 1],
          ['LVP', 1, 1],
        ],
      );
      assert.equal(items[2]!.name, 'Voorbeeldpartij');
      // Without a coalition given: the one of the period's last day.
      const byDate = await json(`/api/v1/parties?${YEAR}`);
      assert.deepEqual(byDate.coalition, { parties: ['VVD', 'BBB'], cabinet: 'Schoof', given: false });
      const agreement = await json(`/api/v1/parties/agreement?${YEAR}`);
      const parties = agreement.parties as string[];
      const agree = agreement.agree as (number | null)[][];
      const at = (p: string) => parties.indexOf(p);
      assert.equal(agree[at('VBP')]![at('GPP')], 0.5);
      assert.equal(agree[at('VBP')]![at('LVP')], 1);
      const empty = await json('/api/v1/parties?from=2027-01-01&to=2027-12-31');
      assert.deepEqual([empty.decisions, empty.items], [0, []]);
    });

    it('should list how a party voted, newest first, with a period and paging, in the API', async () => {
      const vbp = await json('/api/v1/parties/vbp/votes?limit=1');
      assert.equal(vbp.party, 'VBP');
      assert.equal(vbp.total, 2);
      const items = vbp.items as { id: string; side: string; seats: number; outcome: string; href: string }[];
      assert.equal(items.length, 1);
      assert.match(String(vbp.next), /offset=1/);
      const both = await json('/api/v1/parties/VBP/votes');
      assert.deepEqual((both.items as typeof items).map((i) => [i.id, i.side, i.seats, i.outcome]).sort(), [
        ['kst-99010-7', 'voor', 40, 'aangenomen'],
        ['kst-99010-9', 'tegen', 2, 'verworpen'],
      ]);
      assert.equal((both.items as typeof items)[0]!.href.startsWith('/api/v1/documents/'), true);
      assert.equal((await json('/api/v1/parties/VBP/votes?from=2027-01-01')).total, 0);
      assert.match(await problem('/api/v1/parties/XYZ/votes', 404), /no votes of a party XYZ/);
    });

    it('should refuse bad periods and coalitions with 400, saying what is wrong', async () => {
      assert.match(await problem('/api/v1/parties?from=2026-13-01', 400), /^from: not a date \(yyyy-mm-dd\)/);
      assert.match(await problem('/api/v1/parties?to=2026-02-30', 400), /^to: not a date/);
      assert.match(
        await problem('/api/v1/parties/agreement?from=2026-05-01&to=2026-01-01', 400),
        /^from: the period starts \(2026-05-01\) after it ends \(2026-01-01\)/,
      );
      assert.match(await problem('/api/v1/parties?coalition=%3Cscript%3E', 400), /coalition: "<script>" is no party/);
      assert.match(await problem('/api/v1/parties/VBP/votes?from=gisteren', 400), /^from: not a date/);
      const bad = await page('/partijen?van=gisteren');
      assert.equal(bad.status, 400);
      assert.match(bad.text, /role="alert">De datum bij ‘van’ \(“gisteren”\) is geen bestaande datum/);
      assert.match(bad.text, /name="van" type="date" value="gisteren"/);
      const reversed = await page('/partijen/VBP?van=2026-05-01&tot=2026-01-01');
      assert.equal(reversed.status, 400);
      assert.match(reversed.text, /De periode begint \(1 mei 2026\) na haar einde \(1 januari 2026\)/);
    });

    it('should show the parties with their share with the coalition and the heat map', async () => {
      const parties = await page('/partijen?van=2026-01-01&tot=2026-12-31&coalitie=VBP,LVP');
      assert.equal(parties.status, 200);
      assert.match(parties.text, /Van 1 januari 2026 tot en met 31 december 2026: 2 besluiten/);
      assert.match(parties.text, /Coalitie: <strong>VBP, LVP<\/strong> <span class="muted">\(opgegeven\)/);
      assert.match(
        parties.text,
        /href="\/partijen\/GPP\?van=2026-01-01&amp;tot=2026-12-31">GPP<\/a><\/th><td class="number">2<\/td><td class="number">50%<\/td>/,
      );
      assert.match(
        parties.text,
        /Voorbeeldpartij<\/span><\/th><td class="number">2<\/td><td class="number">100%<\/td>/,
      );
      // The heat map: a cell per two parties, each with its title and percentage.
      assert.match(parties.text, /<svg class="heat-map"[^>]* role="img" aria-labelledby="heat-titel"/);
      const cells = [...parties.text.matchAll(/data-cell="([^"|]+)\|([^"]+)"/g)];
      assert.equal(cells.length, 16);
      const cell = parties.text.slice(parties.text.indexOf('data-cell="VBP|GPP"'));
      assert.match(cell, /^data-cell="VBP\|GPP"><title>VBP en GPP stemden bij 50% van 2 besluiten gelijk<\/title>/);
      assert.match(cell, /<rect class="heat-1"[^>]*><\/rect><text class="heat-value"[^>]*>50%<\/text>/);
      const lvp = parties.text.slice(parties.text.indexOf('data-cell="VBP|LVP"'));
      assert.match(lvp, /VBP en LVP stemden bij 100% van 1 besluit gelijk<\/title><rect class="heat-5"/);
      assert.match(parties.text, /class="heat-legend"/);
      assert.match(parties.text, /90% of meer/);
      // The coalition of the last day, and a period in which it changed.
      const byDate = await page('/partijen?van=2025-01-01&tot=2026-12-31');
      assert.match(
        byDate.text,
        /Coalitie: <strong>VVD, BBB<\/strong> <span class="muted">\(kabinet-Schoof \(NSC vertrokken\), op 31 december 2026\)/,
      );
      assert.match(byDate.text, /In deze periode wisselde de coalitie/);
      const nav = await page('/');
      assert.match(nav.text, /<a href="\/partijen">Partijen<\/a>/);
    });

    it("should show a party's votes, newest first, and 404 for an unknown party", async () => {
      const vbp = await page('/partijen/vbp');
      assert.equal(vbp.status, 200);
      assert.match(vbp.text, /<h1>VBP<span class="muted"> · Voorbeeldpartij<\/span><\/h1>/);
      assert.match(vbp.text, /2 stemmingen, de nieuwste eerst/);
      assert.match(vbp.text, /side-voor">voor<\/span><a class="title" href="\/stuk\/kst-99010-7">/);
      assert.match(vbp.text, /side-tegen">tegen<\/span><a class="title" href="\/stuk\/kst-99010-9">/);
      assert.match(vbp.text, /href="\/zoeken\?q=party-voted-for%3AVBP"/);
      const later = await page('/partijen/VBP?van=2027-01-01');
      assert.match(later.text, /0 stemmingen van 1 januari 2027/);
      assert.match(later.text, /Geen stemmingen in deze periode/);
      const unknown = await page('/partijen/Niemand');
      assert.equal(unknown.status, 404);
      assert.match(unknown.text, /Het archief kent geen stemmen van een partij Niemand\./);
    });

    it('should document the votes routes in the OpenAPI document', async () => {
      const doc = await json('/api/openapi.json');
      const paths = Object.keys(doc.paths as object);
      for (const path of ['/documents/{id}/votes', '/parties', '/parties/agreement', '/parties/{name}/votes'])
        assert.ok(paths.includes(path), path);
      const schemas = (doc.components as { schemas: Record<string, unknown> }).schemas;
      for (const name of ['PaperVotes', 'Decision', 'PartyStats', 'Agreement', 'PartyVotesPage'])
        assert.ok(schemas[name], name);
      const parties = (doc.paths as Record<string, { get: { parameters: { name: string }[] } }>)['/parties']!;
      assert.deepEqual(parties.get.parameters.map((p) => p.name).sort(), ['coalition', 'from', 'to']);
    });
  });
}
