/**
 * The web app in a real browser: a server over a fresh SQLite archive of the bundled
 * examples plus one paper full of script payloads, driven with Chromium (one browser
 * for the file, a fresh context per test). Searching from the home page, filtering with
 * facets, reading the seed letter (dossiers, citation, copy button, footnote and its
 * way back, reference links, Dutch dates), following a citation inside the archive, a
 * dossier with its chart and Atom feed, the keyboard path, and every payload shown as
 * text on every page that shows it. Screenshots go to `test-results/browser/`.
 *
 * Without Chromium (`$GRIFFIE_CHROMIUM`, default `/usr/bin/chromium`) the tests skip,
 * saying so, unless `GRIFFIE_REQUIRE_ALL=1`.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { parseFile } from '../src/pipeline/index.ts';
import {
  type ArchiveServer,
  assertInert,
  assertSoundPage,
  chromiumMissing,
  clipboardText,
  firstTabStop,
  focused,
  HOSTILE,
  hostilePaper,
  launchChromium,
  navigation,
  openPage,
  screenshot,
  settleFocus,
  startArchiveServer,
  targetId,
  visit,
  type WatchedPage,
  XSS,
} from './support/browser.ts';

const SEED = 'kst-32824-93';
const SEED_TITLE = 'Brief van de minister van Sociale Zaken en Werkgelegenheid';
const SEED_CITATION = 'Kamerstukken II 2014/15, 32 824, nr. 93';
/** A fictional example that cites other examples. */
const CITING = 'kst-99101-12';

/** The number a results page says it found ("3 resultaten voor …"). */
async function resultCount(page: Page): Promise<number> {
  const status = ((await page.getByRole('status').textContent()) ?? '').trim();
  const m = /^(\d+|Geen) resulta/.exec(status);
  assert.ok(m, `no result count in "${status}"`);
  return m[1] === 'Geen' ? 0 : Number(m[1]);
}

/** The count a facet link announces ("Filter: Soort Brief (3)"). */
async function facetCount(link: Locator): Promise<number> {
  const label = (await link.getAttribute('aria-label')) ?? '';
  const m = /\((\d+)\)$/.exec(label);
  assert.ok(m, `no count in "${label}"`);
  return Number(m[1]);
}

const results = (page: Page) => page.getByRole('region', { name: 'Resultaten' }).locator('ol.papers > li');
const card = (page: Page) => page.getByRole('region', { name: 'Gegevens van het stuk' });
const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const query = (page: Page) => new URL(page.url()).searchParams.get('q');

const missing = chromiumMissing();

if (missing && process.env.GRIFFIE_REQUIRE_ALL === '1') {
  describe('the web app in Chromium', () => {
    it('should have Chromium (GRIFFIE_REQUIRE_ALL=1)', () => {
      assert.fail(missing);
    });
  });
} else {
  describe('the web app in Chromium', { skip: missing ?? false }, () => {
    let server: ArchiveServer;
    let browser: Browser;
    const opened: WatchedPage[] = [];
    const newPage = async (options: { bypassCSP?: boolean; clipboard?: boolean } = {}) => {
      const watched = await openPage(browser, server.url, options);
      opened.push(watched);
      return watched;
    };

    before(async () => {
      // Both at once; whichever started is closed by `after` should the other fail.
      const [started, launched] = await Promise.allSettled([startArchiveServer([hostilePaper()]), launchChromium()]);
      if (started.status === 'fulfilled') server = started.value;
      if (launched.status === 'fulfilled') browser = launched.value;
      for (const outcome of [started, launched]) if (outcome.status === 'rejected') throw outcome.reason;
    });
    after(async () => {
      for (const watched of opened) await watched.close();
      await browser?.close();
      await server?.close();
    });

    it('should find the seed letter from the home page search box, highlighting the word', async () => {
      const { page, assertNoProblems } = await newPage();
      await assertSoundPage(page, await visit(page, '/'));
      await screenshot(page, 'home');
      const box = page.getByRole('searchbox', { name: 'Zoek in Kamerstukken' });
      await box.fill('radicalisering');
      await assertSoundPage(page, await navigation(page, () => box.press('Enter')));
      assert.equal(new URL(page.url()).pathname, '/zoeken');
      assert.equal(query(page), 'radicalisering');
      assert.equal(await page.getByRole('searchbox').inputValue(), 'radicalisering');
      assert.equal(await page.title(), 'radicalisering — zoeken · Griffie');
      const hit = results(page).filter({ has: page.getByRole('link', { name: SEED_TITLE, exact: true }) });
      assert.equal(await hit.count(), 1);
      const marks = await hit.locator('.snippet mark').allTextContents();
      assert.ok(marks.length > 0, 'no <mark> in the snippet');
      for (const mark of marks) assert.match(mark, /radicali/i);
      assert.equal(await results(page).count(), await resultCount(page));
      await screenshot(page, 'search');
      assertNoProblems();
    });

    it('should narrow the results with facets, shown as active and removable', async () => {
      const { page, assertNoProblems } = await newPage();
      await visit(page, '/zoeken?q=minister');
      const all = await resultCount(page);

      const dossier = page.getByRole('link', { name: /^Filter: Dossier 99 101 \(\d+\)$/ });
      const inDossier = await facetCount(dossier);
      assert.ok(inDossier > 0 && inDossier < all, `facet ${inDossier} of ${all}`);
      await assertSoundPage(page, await navigation(page, () => dossier.click()));
      assert.equal(query(page), 'minister dossier:99101');
      assert.equal(await page.getByRole('searchbox').inputValue(), 'minister dossier:99101');
      assert.equal(await resultCount(page), inDossier);
      assert.equal(await results(page).count(), inDossier);
      for (const hit of await results(page).all())
        assert.ok((await hit.locator('.meta a[href^="/dossier/"]').allTextContents()).includes('99 101'));

      const brief = page.getByRole('link', { name: /^Filter: Soort Brief \(\d+\)$/ });
      const briefs = await facetCount(brief);
      await navigation(page, () => brief.click());
      assert.equal(query(page), 'minister dossier:99101 type:brief');
      assert.equal(await resultCount(page), briefs);
      assert.deepEqual(new Set(await results(page).locator('.tag').allTextContents()), new Set(['Brief']));
      const active = () => page.locator('.facets li.active a').allTextContents();
      assert.deepEqual((await active()).sort(), ['✕ 99 101', '✕ Brief']);

      await navigation(page, () => page.getByRole('link', { name: /^Filter weghalen: Dossier 99 101 / }).click());
      assert.equal(query(page), 'minister type:brief');
      assert.deepEqual(await active(), ['✕ Brief']);
      const last = page.getByRole('link', { name: /^Filter weghalen: Soort Brief / });
      assert.equal(await last.getAttribute('href'), '/zoeken?q=minister');
      assertNoProblems();
    });

    it('should show the seed letter with its dossiers, number, citation, Dutch date and a copy button', async () => {
      const { page, assertNoProblems } = await newPage({ clipboard: true });
      await visit(page, '/zoeken?q=radicalisering');
      const link = results(page).getByRole('link', { name: SEED_TITLE, exact: true });
      await assertSoundPage(page, await navigation(page, () => link.click()));
      assert.equal(new URL(page.url()).pathname, `/stuk/${SEED}`);
      assert.equal(await h1(page), SEED_TITLE);
      const dossier = (label: string) =>
        card(page).getByRole('link', { name: label, exact: true }).getAttribute('href');
      assert.equal(await dossier('32 824'), '/dossier/32824');
      assert.equal(await dossier('27 925'), '/dossier/27925');
      assert.ok(await card(page).getByText('Nr. 93', { exact: true }).isVisible());
      assert.equal(await card(page).locator('time').getAttribute('datetime'), '2015-05-28');
      assert.match((await card(page).locator('time').textContent()) ?? '', /(^|, )28 mei 2015$/);
      assert.equal(await card(page).locator('code#citatie').textContent(), SEED_CITATION);
      const copy = card(page).getByRole('button', { name: 'Kopieer' });
      assert.ok(await copy.isVisible(), 'the copy button stays hidden: the script did not run');
      await copy.click();
      await card(page).getByRole('button', { name: 'Gekopieerd' }).waitFor();
      assert.equal(await clipboardText(page), SEED_CITATION);
      await screenshot(page, 'paper');
      assertNoProblems();
    });

    it('should link the footnote to its marker and back, and the references, also inside the archive', async () => {
      const { page, assertNoProblems } = await newPage();
      await visit(page, `/stuk/${SEED}`);
      const marker = page.getByRole('region', { name: 'Tekst' }).getByRole('link', { name: 'voetnoot 1', exact: true });
      assert.equal(await marker.textContent(), '1');
      const footnote = page.locator('.footnotes li', { hasText: 'Kamerstuk 34 052, nr. 7' });
      const note = footnote.locator('a.ref');
      assert.equal(await note.textContent(), 'Kamerstuk 34 052, nr. 7');
      const noteHeld = (await server.store.get('kst-34052-7')) !== null;
      const noteOfficial = 'https://zoek.officielebekendmakingen.nl/kst-34052-7.html';
      assert.equal(await note.getAttribute('href'), noteHeld ? '/stuk/kst-34052-7' : noteOfficial);
      const [footnoteId, markerId] = [await footnote.getAttribute('id'), await marker.getAttribute('id')];
      assert.ok(footnoteId && markerId);
      await marker.click();
      await page.waitForURL(`**/stuk/${SEED}#${footnoteId}`);
      assert.equal(await targetId(page), footnoteId);
      await footnote.getByRole('link', { name: 'Terug naar de tekst' }).click();
      await page.waitForURL(`**/stuk/${SEED}#${markerId}`);
      assert.equal(await targetId(page), markerId);

      const held = (await server.store.dossier('34052')) !== null;
      const law = page.getByRole('region', { name: 'Tekst' }).getByRole('link', { name: 'wetsvoorstel 34 052' });
      const official = 'https://zoek.officielebekendmakingen.nl/dossier/34052';
      assert.equal(await law.getAttribute('href'), held ? '/dossier/34052' : official);
      assert.equal(await law.evaluate((a) => a.classList.contains('extern')), !held);

      await visit(page, `/stuk/${CITING}`);
      const internal = page.locator('.text a.ref:not(.extern)').first();
      const href = (await internal.getAttribute('href')) ?? '';
      assert.match(href, /^\/stuk\//);
      const cited = await server.store.get(decodeURIComponent(href.slice('/stuk/'.length)));
      assert.ok(cited, `${href} is not in the archive`);
      const response = await navigation(page, () => internal.click());
      assert.equal(response.status(), 200);
      assert.equal(new URL(page.url()).pathname, href);
      assert.equal(await h1(page), cited.title);
      const citedBy = page.locator('section[aria-labelledby="geciteerd-kop"]');
      assert.equal(await citedBy.locator(`a[href="/stuk/${CITING}"]`).count(), 1);
      assertNoProblems();
    });

    it('should show a dossier with its chart, its papers and its Atom feed', async () => {
      const { page, assertNoProblems } = await newPage();
      await visit(page, `/stuk/${SEED}`);
      await assertSoundPage(
        page,
        await navigation(page, () => card(page).getByRole('link', { name: '32 824' }).click()),
      );
      assert.equal(new URL(page.url()).pathname, '/dossier/32824');
      assert.equal(await h1(page), 'Dossier 32 824: Integratiebeleid');
      assert.ok(await page.locator('svg.chart').isVisible());
      assert.ok((await page.locator('svg.chart rect.bar').count()) >= 1);
      const listed = page.locator('section[aria-labelledby="stukken-kop"] ul.papers > li');
      assert.equal(await listed.getByRole('link', { name: SEED_TITLE, exact: true }).count(), 1);
      const href = await page.locator('a[href^="/feeds/dossier/"]').getAttribute('href');
      assert.equal(href, '/feeds/dossier/32824.atom');
      const alternates = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
      const feeds = await alternates.evaluateAll((links) => links.map((l) => l.getAttribute('href')));
      assert.ok(feeds.includes(href), `no <link rel="alternate"> to ${href} in ${feeds.join(', ')}`);
      const feed = await page.request.get(href);
      assert.equal(feed.status(), 200);
      assert.match(feed.headers()['content-type'] ?? '', /^application\/atom\+xml/);
      assert.ok((await feed.text()).includes(SEED_TITLE));

      // A longer dossier: one bar per month, the table under it adds up to the dated papers.
      await visit(page, '/dossier/99101');
      assert.equal(await h1(page), `Dossier 99 101: ${(await server.store.dossier('99101'))?.title}`);
      const papers = await listed.count();
      assert.match((await page.locator('article > p.meta').textContent()) ?? '', new RegExp(`^${papers} stukken `));
      const rows = await page.locator('table.data tbody td:last-child').allTextContents();
      const dated = await listed.locator('time[datetime]').count();
      assert.equal(
        rows.reduce((sum, n) => sum + Number(n), 0),
        dated,
      );
      const bars = page.locator('svg.chart rect.bar');
      const heights = await bars.evaluateAll((all) => all.map((b) => Number(b.getAttribute('height'))));
      assert.equal(heights.filter((h) => h > 0).length, rows.length);
      await screenshot(page, 'dossier');
      assertNoProblems();
    });

    it('should reach the skip link first by keyboard, and land in the content with it', async () => {
      const { page, assertNoProblems } = await newPage();
      await visit(page, `/stuk/${SEED}`);
      await page.keyboard.press('Tab');
      assert.equal((await focused(page))?.text, 'Naar de inhoud');
      await page.keyboard.press('Enter');
      await page.waitForURL('**#inhoud');
      assert.equal((await focused(page))?.tag, 'MAIN');
      // The home page puts the cursor in its search box, inside <main> (nothing left to
      // skip); the skip link is still the first stop of the tab order.
      await visit(page, '/');
      await settleFocus(page, 'main input[type=search]');
      assert.equal((await focused(page))?.searchInMain, true);
      assert.equal(await firstTabStop(page), 'Naar de inhoud');
      assertNoProblems();
    });

    it('should show every payload as text, never as markup, on every page that shows it', async () => {
      // The CSP is switched off in this page: the escaping alone must keep the payloads inert.
      const { page, assertNoProblems } = await newPage({ bypassCSP: true });

      await assertSoundPage(page, await visit(page, `/stuk/${HOSTILE.id}`));
      assert.equal(await h1(page), HOSTILE.title);
      assert.equal(await page.title(), `${HOSTILE.title} · Griffie`);
      const citation = `Kamerstukken II 2025/26, 99 190, nr. 1 ${XSS.attribute}`;
      assert.equal(await card(page).locator('#citatie').textContent(), citation);
      assert.equal(await card(page).getByRole('link', { name: '99 190' }).getAttribute('href'), '/dossier/99190');
      const text = page.getByRole('region', { name: 'Tekst' });
      assert.equal(await text.locator('a.ref', { hasText: 'img src' }).textContent(), XSS.attribute);
      const encoded = `https://zoek.officielebekendmakingen.nl/dossier/${encodeURIComponent(XSS.javascript)}`;
      assert.equal(await text.getByRole('link', { name: XSS.javascript }).getAttribute('href'), encoded);
      assert.match((await page.locator('.footnotes li').textContent()) ?? '', /^Voetnoot <script>.*"window\.__xss=2">/);
      await assertInert(page, 'the paper page');

      // Searched from the paper page's header.
      await page.getByRole('searchbox').fill(XSS.query);
      await assertSoundPage(page, await navigation(page, () => page.getByRole('searchbox').press('Enter')));
      assert.equal(query(page), XSS.query);
      assert.equal(await page.getByRole('searchbox').inputValue(), XSS.query);
      assert.equal(await page.getByRole('status').locator('strong').textContent(), XSS.query);
      assert.equal(await results(page).getByRole('link', { name: HOSTILE.title, exact: true }).count(), 1);
      assert.ok((await results(page).locator('mark').count()) > 0);
      const portfolio = page.getByRole('link', { name: `Filter: Ministerie of commissie Zaken ${XSS.script} (1)` });
      assert.equal(await portfolio.count(), 1);
      await assertInert(page, 'the search page');

      await assertSoundPage(page, await visit(page, '/dossier/99190'));
      assert.equal(await h1(page), `Dossier 99 190: ${HOSTILE.dossier}`);
      await assertInert(page, 'the dossier page');

      const bad = await visit(page, `/zoeken?q=${encodeURIComponent(XSS.badQuery)}`);
      assert.equal(bad.status(), 400);
      await assertSoundPage(page, bad);
      assert.equal(await page.getByRole('searchbox').inputValue(), XSS.badQuery);
      assert.equal((await page.locator('pre.query-error').textContent())?.split('\n')[0], XSS.badQuery);
      assert.ok(await page.getByRole('alert').isVisible());
      await assertInert(page, 'the page of a bad query');

      const [id, key] = ['kst-"><img src=x onerror=window.__xss=6>', '"><svg onload=window.__xss=7>'];
      const notFound = [
        [`/stuk/${id}`, `Het archief bevat geen stuk ${id}.`],
        [`/dossier/${key}`, `Geen stuk in het archief hoort bij dossier ${key}.`],
        ['/nergens/<script>window.__xss=9</script>', 'Deze pagina bestaat niet.'],
      ] as const;
      for (const [path, shown] of notFound) {
        const response = await visit(page, path);
        assert.equal(response.status(), 404, path);
        await assertSoundPage(page, response);
        assert.equal(await h1(page), 'Niet gevonden');
        assert.equal(await page.locator('main p', { hasText: shown }).textContent(), shown);
        await assertInert(page, `the page of ${path}`);
      }
      assertNoProblems();
    });

    it('should list the written questions and narrow them to one ministry, the list changing', async () => {
      const fixtures = join(import.meta.dirname, 'fixtures', 'questions');
      const files = [
        'kv-tk-2025Z99101.xml',
        'ah-tk-20242025-9911.xml',
        'kv-tk-2025Z99102.txt',
        'ah-tk-20242025-9913.txt',
      ];
      await server.store.put(await Promise.all(files.map((f) => parseFile(join(fixtures, f)))));
      const { page, assertNoProblems } = await newPage();
      await visit(page, '/');
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
      await assertSoundPage(page, await navigation(page, () => nav.getByRole('link', { name: 'Vragen' }).click()));
      assert.equal(new URL(page.url()).pathname, '/vragen');
      assert.equal(await h1(page), 'Schriftelijke vragen');
      const count = async () => Number(/^(\d+) vra/.exec((await page.getByRole('status').textContent()) ?? '')?.[1]);
      const listed = page.getByRole('region', { name: 'Vragen' }).locator('ul.papers > li');
      const all = await count();
      assert.ok(all >= 2, `${all} questions`);
      assert.equal(await listed.count(), all);
      const late = listed.filter({ hasText: 'de fictieve toeslag voor fietsbellen' });
      assert.equal(await late.locator('.tag').textContent(), 'over de termijn');
      assert.match((await late.textContent()) ?? '', /uitstel gemeld op 21 februari 2025/);
      await screenshot(page, 'questions');

      const bzk = 'Binnenlandse Zaken en Koninkrijksrelaties';
      await page.getByLabel('Ministerie', { exact: true }).selectOption(bzk);
      await assertSoundPage(page, await navigation(page, () => page.getByRole('button', { name: 'Filter' }).click()));
      assert.equal(new URL(page.url()).searchParams.get('ministry'), bzk);
      assert.equal(await count(), 1, 'the filter narrowed the list');
      assert.equal(await listed.count(), 1);
      assert.equal(await listed.locator('a').first().textContent(), 'het fictieve loket voor paspoorten op zondag');
      assert.equal(await page.getByLabel('Ministerie', { exact: true }).inputValue(), bzk);
      const row = page.locator('table.data tbody tr', { hasText: bzk });
      assert.equal(await row.locator('td').nth(1).textContent(), '1', 'the ministry has one overdue question');
      assertNoProblems();
    });

    it("should show a motion's outcome badge and how each party voted, and lead to a party's votes", async () => {
      const { syncedRecords, votePapers } = await import('../src/store/vote-fixtures.ts');
      await server.store.put(votePapers());
      await server.store.votes.putRecords(syncedRecords());
      const { page, assertNoProblems } = await newPage();
      await assertSoundPage(page, await visit(page, '/stuk/kst-99010-7'));
      const decision = page.getByRole('region', { name: 'Besluit van de Kamer' });
      const badge = decision.locator('.outcome-line .tag.outcome');
      assert.ok(await badge.isVisible(), 'no outcome badge');
      assert.equal(await badge.textContent(), 'Aangenomen');
      assert.match((await decision.locator('.outcome-line').textContent()) ?? '', /10 maart 2026, met handopsteken/);
      assert.equal(await decision.locator('strong.totals').textContent(), 'Voor 105, tegen 45');
      const table = decision.getByRole('table', { name: 'Stemming per fractie' });
      assert.ok(await table.isVisible());
      const rows = await table
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())),
        );
      assert.deepEqual(rows, [
        ['KP', '45', 'tegen'],
        ['VBP', '40', 'voor'],
        ['GPP', '35', 'voor'],
        ['LVP', '30', 'voorbij vergissing'],
      ]);
      await screenshot(page, 'votes');
      await assertSoundPage(page, await navigation(page, () => table.getByRole('link', { name: 'KP' }).click()));
      assert.equal(new URL(page.url()).pathname, '/partijen/KP');
      assert.equal(await h1(page), 'KP');
      assert.ok(await page.locator('ul.papers a[href="/stuk/kst-99010-7"]').isVisible());
      assertNoProblems();
    });
  });
}
