/**
 * Chromium for the browser tests (`test/browser.test.ts`): where it is (`$GRIFFIE_CHROMIUM`
 * or Debian's `/usr/bin/chromium`; absent, the tests skip visibly, and fail instead under
 * `GRIFFIE_REQUIRE_ALL=1`), one launch with the flags a sandboxed CI needs, pages that
 * record whatever should never happen (a dialog, an uncaught script error, a
 * Content-Security-Policy violation, a static file that does not load), full-page
 * screenshots under `test-results/browser/`, a real server over a fresh SQLite archive
 * of the bundled examples plus papers made in code, and a fictional paper whose every
 * field carries a script payload.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page, type Response } from 'playwright-core';
import type { Document } from '../../src/model/index.ts';
import { holdsExamples, startArchive } from '../../src/pipeline/index.ts';
import { startServer } from '../../src/server/index.ts';
import { paper } from '../../src/store/fixtures.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { ROOT } from './shared.ts';

/** The little of the DOM the functions run in the page use (the project compiles without the DOM library). */
interface DomElement {
  readonly tagName: string;
  readonly id: string;
  readonly textContent: string | null;
  readonly outerHTML: string;
  readonly tabIndex: number;
  readonly labels?: { readonly length: number } | null;
  getAttribute(name: string): string | null;
  matches(selector: string): boolean;
  getClientRects(): { readonly length: number };
}
declare const document: {
  readonly documentElement: { readonly lang: string };
  readonly activeElement: DomElement | null;
  readonly scripts: Iterable<DomElement>;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement> & { readonly length: number };
};
declare const window: { readonly __xss?: unknown };
declare const navigator: { readonly clipboard: { readText(): Promise<string> } };

/** The Chromium binary the tests drive. */
export const CHROMIUM = process.env.GRIFFIE_CHROMIUM || '/usr/bin/chromium';

/** Where the screenshots go (CI keeps `test-results/` as artifacts). */
export const SCREENSHOTS = join(ROOT, 'test-results', 'browser');

/** Why the browser tests cannot run here, or null when they can. */
export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM)
    ? null
    : `Chromium not found at ${CHROMIUM} (set GRIFFIE_CHROMIUM, or apt-get install chromium)`;
}

/** Launch Chromium headless, without the sandbox (containers) and without any traffic of its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A page in a context of its own, with what went wrong on it so far. */
export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Dialogs, uncaught errors, CSP violations and failed static files, in order. */
  problems: string[];
  /** Fail when anything went wrong. */
  assertNoProblems(): void;
  close(): Promise<void>;
}

/**
 * A fresh context and page against `baseURL`. Every dialog is dismissed and recorded;
 * `bypassCSP` switches the page's Content-Security-Policy off, so that the escaping of
 * the pages is tested on its own (a payload that got through would run).
 */
export async function openPage(
  browser: Browser,
  baseURL: string,
  options: { bypassCSP?: boolean; clipboard?: boolean } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({ baseURL, bypassCSP: options.bypassCSP ?? false, locale: 'nl-NL' });
  if (options.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  const page = await context.newPage();
  page.setDefaultTimeout(5000);
  const problems: string[] = [];
  page.on('dialog', (dialog) => {
    problems.push(`a ${dialog.type()} dialog opened: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  page.on('pageerror', (error) => problems.push(`uncaught error on ${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      problems.push(`CSP violation on ${page.url()}: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/static/') && response.status() !== 200)
      problems.push(`${response.url()} answered ${response.status()}`);
  });
  return {
    page,
    context,
    problems,
    assertNoProblems: () => assert.deepEqual(problems, [], problems.join('\n')),
    close: () => context.close(),
  };
}

/** Go to `path` and return the main document's response (fails when there is none). */
export async function visit(page: Page, path: string): Promise<Response> {
  const response = await page.goto(path, { waitUntil: 'load' });
  assert.ok(response, `no response for ${path}`);
  return response;
}

/** Do `action` (a click, a key press) and return the response of the page it leads to, once loaded. */
export async function navigation(page: Page, action: () => Promise<unknown>): Promise<Response> {
  const response = page.waitForResponse((r) => r.request().isNavigationRequest() && r.frame() === page.mainFrame());
  await action();
  const answered = await response;
  await page.waitForLoadState('load');
  return answered;
}

/**
 * What every page must hold to: a Content-Security-Policy that allows only the site's
 * own scripts, no script element without `src` (the payloads' way in), the Dutch
 * language, one `<main>`, and a label for every form control.
 */
export async function assertSoundPage(page: Page, response: Response): Promise<void> {
  const csp = (await response.allHeaders())['content-security-policy'] ?? '';
  assert.match(csp, /(^|;)\s*script-src 'self'(;|$)/, `CSP of ${page.url()}: ${csp}`);
  const seen = await page.evaluate(() => ({
    inlineScripts: document.querySelectorAll('script:not([src])').length,
    lang: document.documentElement.lang,
    mains: document.querySelectorAll('main').length,
    unlabelled: [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
      .filter((c) => c.labels?.length === 0 && !c.getAttribute('aria-label'))
      .map((c) => c.outerHTML),
  }));
  assert.deepEqual(seen, { inlineScripts: 0, lang: 'nl', mains: 1, unlabelled: [] }, page.url());
}

/**
 * Fail unless nothing of a payload made it into the page as markup: `window.__xss`
 * unset, no image, no event handler attribute, no `javascript:` link, and no script but
 * the site's own.
 */
export async function assertInert(page: Page, what: string): Promise<void> {
  const seen = await page.evaluate(() => ({
    xss: window.__xss ?? null,
    images: document.querySelectorAll('img').length,
    handlers: document.querySelectorAll('[onerror], [onload], [onclick], [onfocus], [onmouseover]').length,
    javascriptLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
    scripts: [...document.scripts].map((e) => (e.getAttribute('src') ?? '').replace(/\.[0-9a-f]+\.js$/, '.js')),
  }));
  const clean = { xss: null, images: 0, handlers: 0, javascriptLinks: 0, scripts: ['/static/griffie.js'] };
  assert.deepEqual(seen, clean, `a payload is markup on ${what}`);
}

/** The focused element: its tag, trimmed text, and whether it is a search box inside `<main>`. */
export function focused(page: Page): Promise<{ tag: string; text: string; searchInMain: boolean } | null> {
  return page.evaluate(() => {
    const e = document.activeElement;
    return e
      ? { tag: e.tagName, text: (e.textContent ?? '').trim(), searchInMain: e.matches('main input[type=search]') }
      : null;
  });
}

/**
 * Wait (up to 10 s) until the element that `selector` matches has the focus: a page's
 * `autofocus` is applied at a rendering update after the load, not at it. Resolves
 * either way; the caller asserts what is focused.
 */
export async function settleFocus(page: Page, selector: string): Promise<void> {
  await page
    .waitForFunction((wanted) => document.activeElement?.matches(wanted) === true, selector, { timeout: 10_000 })
    .catch(() => {});
}

/** The trimmed text of the first stop of the tab order (in document order, no positive tabindex on the site). */
export function firstTabStop(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const stops = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')];
    const first = stops.find((e) => e.tabIndex >= 0 && e.getClientRects().length > 0);
    return first ? (first.textContent ?? '').trim() : null;
  });
}

/** The id of the element the URL's fragment targets (`:target`), or null. */
export function targetId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector(':target')?.id ?? null);
}

/** What the page's clipboard holds (the context needs the clipboard permissions). */
export function clipboardText(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Save a full-page screenshot as `test-results/browser/<name>.png` and return its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** A running server over its own archive. */
export interface ArchiveServer {
  url: string;
  store: Store;
  close(): Promise<void>;
}

/**
 * A fresh SQLite archive in a temporary folder, filled with the bundled examples (marked
 * as such) and then `extra`, served on a free port.
 */
export async function startArchiveServer(extra: Document[]): Promise<ArchiveServer> {
  const dir = mkdtempSync(join(tmpdir(), 'griffie-browser-'));
  const store = await openStore({ db: join(dir, 'archive.db') });
  try {
    const outcome = await startArchive(store, { examplesDir: join(ROOT, 'examples'), offline: true });
    assert.equal(outcome.loaded, 'examples');
    if (extra.length > 0) await store.put(extra);
    const server = await startServer(
      { store, version: 'browser-test', holdsExamples: () => holdsExamples(store) },
      {
        port: 0,
      },
    );
    return {
      url: server.url,
      store,
      close: async () => {
        await server.close();
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Script payloads, each setting `window.__xss` to a number of its own should it ever run. */
export const XSS = {
  script: '<script>window.__xss=1</script>',
  attribute: '"><img src=x onerror="window.__xss=2">',
  javascript: 'javascript:window.__xss=8',
  /** A query with payloads (closing its quote, so that it is a query that finds the hostile paper). */
  query: 'kwaadaardige <script>window.__xss=4</script> "><img src=x onerror=window.__xss=3>"',
  /** A query that cannot be read (its quote is never closed). */
  badQuery: '"unclosed <script>window.__xss=5</script>',
} as const;

/** The hostile paper: its id, title and dossier title. */
export const HOSTILE = {
  id: 'kst-99190-1',
  title: `Kwaadaardige brief ${XSS.script} ${XSS.attribute}`,
  dossier: `Kwaadaardig dossier ${XSS.script}`,
} as const;

/**
 * A fictional paper whose title, dossier, sender, citation, text, footnote and
 * references carry the payloads; its text holds every word of `XSS.query`.
 */
export function hostilePaper(): Document {
  const doc = paper({
    id: HOSTILE.id,
    kind: 'kamerstuk',
    chamber: 'tweede-kamer',
    type: 'brief',
    dossiers: [{ number: '99190', title: HOSTILE.dossier }],
    number: '1',
    title: HOSTILE.title,
    sender: { role: 'minister', portfolio: `Zaken ${XSS.script}`, name: `A. ${XSS.attribute}` },
    date: '2026-01-15',
    citation: `Kamerstukken II 2025/26, 99 190, nr. 1 ${XSS.attribute}`,
    body: [
      `Deze ${XSS.query} tekst bevat ${XSS.script} en ${XSS.attribute}.`,
      `Een adres: ${XSS.javascript} en geen adres.`,
    ],
    footnotes: [{ marker: '1', text: `Voetnoot ${XSS.script} ${XSS.attribute}` }],
    references: [
      { kind: 'kamerstuk', target: 'kst-99190-2', text: XSS.attribute },
      { kind: 'dossier', target: `dossier-${XSS.javascript}`, text: XSS.javascript },
      { kind: 'kamerstuk', target: XSS.javascript, text: 'geen adres' },
      { kind: 'kamerstuk', target: 'kst-99101-9', text: XSS.script, in: 'footnote 1' },
    ],
  });
  doc.blocks[0]!.footnoteRefs = ['1'];
  return doc;
}
