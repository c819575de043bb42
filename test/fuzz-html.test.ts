/**
 * Fuzzing the HTML parser through the registry (`parseBytes`): generated
 * officielebekendmakingen renderings, other pages of a paper and "not found" pages,
 * whole in any encoding and writing style (renderings and other pages must give a valid
 * document, "not found" pages a refusal), with hostile markup spliced into the body (a
 * rendering stays a document), nested to any depth (read, with a warning past the
 * limit), with huge and many attributes, and damaged as bytes; plus damaged copies of
 * the shared HTML samples. A refusal is a `ParseError` with a message; anything else
 * that escapes fails. `GRIFFIE_FC_RUNS` cases in all (CI: 10,000).
 *
 * @module
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ParseError, parseBytes } from '../src/parse/index.ts';
import { byteDamage, encodeText, textEncoding } from './support/arbitraries-bytes.ts';
import { type HtmlPage, hostileHtml, htmlPage, htmlStyle, serializeHtml } from './support/arbitraries-html.ts';
import { decorate, hostileAttributes, nested, nestingDepth } from './support/arbitraries-xml.ts';
import {
  assertValidDocument,
  CONTROL_CHARACTERS,
  type Expectation,
  FUZZ_RUNS,
  fuzzParameters,
  runCase,
  shownBytes,
  Tally,
} from './support/fuzz.ts';
import { SHARED, sharedOrSkip } from './support/shared.ts';

interface HtmlCase {
  bytes: Uint8Array;
  expect: Expectation;
  /** A warning the document must carry. */
  warning?: RegExp;
}

const share = (fraction: number) => Math.ceil(FUZZ_RUNS * fraction);
const position = fc.double({ min: 0, max: 1, noNaN: true });

/** What a whole page must give: a document, or for a "not found" page a refusal. */
function expected(page: HtmlPage, text: string): Expectation {
  if (CONTROL_CHARACTERS.test(text)) return 'either';
  return page.kind === 'not-found' ? 'refusal' : 'result';
}

async function checkCase({ bytes, expect, warning }: HtmlCase, tally: Tally): Promise<void> {
  await runCase(() => parseBytes(bytes, { path: 'fuzz.html' }), {
    allowed: [ParseError],
    expect,
    tally,
    check: (doc) => {
      if (expect === 'result') assert.equal(doc.source.format, 'html');
      if (warning)
        assert.ok(
          doc.warnings.some((w) => warning.test(w)),
          `no warning ${warning} in ${doc.warnings}`,
        );
      assertValidDocument(doc);
    },
  });
}

/** `text` with `piece` put in the body: after `<body…>` at `share` of what follows. */
function inBody(text: string, at: number, piece: string): string {
  const body = text.indexOf('<body');
  const start = body < 0 ? 0 : text.indexOf('>', body) + 1;
  const i = start + Math.floor(at * (text.length - start));
  return text.slice(0, i) + piece + text.slice(i);
}

describe('HTML pages (fuzz)', () => {
  it('should read every whole rendering and page into a valid document, and refuse every "not found" page', async () => {
    const whole = fc
      .tuple(htmlPage, htmlStyle, textEncoding, fc.array(fc.tuple(position, hostileAttributes), { maxLength: 2 }))
      .map(([page, style, encoding, attributes]): HtmlCase => {
        const tree = decorate(
          page.tree,
          attributes.map(([s, a]) => ({ share: s, attributes: a })),
        );
        const text = page.doctype + serializeHtml(tree, style);
        return { bytes: shownBytes(encodeText(text, encoding)), expect: expected(page, text) };
      });
    const tally = new Tally();
    await fc.assert(
      fc.asyncProperty(whole, (c) => checkCase(c, tally)),
      fuzzParameters(share(0.35)),
    );
    tally.assertSeen(['result', 'refusal']);
  });

  it('should read a rendering into a document whatever markup is spliced into its body', async () => {
    const spliced = fc
      .tuple(htmlPage, htmlStyle, fc.array(fc.tuple(position, hostileHtml), { minLength: 1, maxLength: 5 }))
      .map(([page, style, pieces]): HtmlCase => {
        let text = page.doctype + serializeHtml(page.tree, style);
        for (const [at, piece] of pieces) text = inBody(text, at, piece);
        // The meta tags stand in the head: a rendering stays one; other pages may lose their text.
        return {
          bytes: shownBytes(Buffer.from(text)),
          expect: page.kind === 'official' && !CONTROL_CHARACTERS.test(text) ? 'result' : 'either',
        };
      });
    const tally = new Tally();
    await fc.assert(
      fc.asyncProperty(spliced, (c) => checkCase(c, tally)),
      fuzzParameters(share(0.25)),
    );
    tally.assertSeen(['result']);
  });

  it('should read a page nested to any depth, with a warning past the limit', async () => {
    const deep = fc
      .tuple(
        htmlPage.filter((p) => p.kind === 'official'),
        htmlStyle,
        position,
        nestingDepth,
        fc.constantFrom('div', 'span', 'b', 'section'),
        fc.boolean(),
      )
      .map(([page, style, at, depth, tag, closed]): HtmlCase => {
        const inner = nested(tag, depth, '<p>Diep geneste tekst van een fictief voorbeeld.</p>', closed);
        const within = (e: { name: string }) => ['body', 'div', 'p', 'li', 'blockquote', 'td', 'sup'].includes(e.name);
        const text = page.doctype + serializeHtml(decorate(page.tree, [{ share: at, inner, within }]), style);
        const control = CONTROL_CHARACTERS.test(text);
        return {
          bytes: shownBytes(Buffer.from(text)),
          expect: control ? 'either' : 'result',
          // html, body and the element the nesting stands in are above it.
          warning: !control && depth > 300 ? /nested deeper than/ : undefined,
        };
      });
    const tally = new Tally();
    await fc.assert(
      fc.asyncProperty(deep, (c) => checkCase(c, tally)),
      fuzzParameters(share(0.1)),
    );
  });

  it('should give a valid document or a ParseError for a page damaged as bytes', async () => {
    const damaged = fc
      .tuple(htmlPage, htmlStyle, textEncoding, fc.array(byteDamage, { minLength: 1, maxLength: 3 }))
      .map(([page, style, encoding, damages]): HtmlCase => {
        let bytes = encodeText(page.doctype + serializeHtml(page.tree, style), encoding);
        for (const damage of damages) bytes = damage(bytes);
        return { bytes: shownBytes(bytes), expect: 'either' };
      });
    const tally = new Tally();
    await fc.assert(
      fc.asyncProperty(damaged, (c) => checkCase(c, tally)),
      fuzzParameters(share(0.25)),
    );
    tally.assertSeen(['result', 'refusal']);
  });

  it('should give a valid document or a ParseError for damaged copies of the shared HTML samples', async (t) => {
    const shared = sharedOrSkip(t);
    if (!shared) return;
    const folder = join(SHARED, 'fixtures', 'ob-xml-misc');
    const samples = readdirSync(folder)
      .filter((name) => name.endsWith('.html'))
      .map((name) => new Uint8Array(readFileSync(join(folder, name))));
    assert.ok(samples.length > 0, `no HTML samples in ${folder}`);
    const damaged = fc
      .tuple(fc.constantFrom(...samples), fc.array(byteDamage, { maxLength: 3 }))
      .map(([sample, damages]): HtmlCase => {
        let bytes: Uint8Array = sample;
        for (const damage of damages) bytes = damage(bytes);
        return { bytes: shownBytes(bytes), expect: damages.length === 0 ? 'result' : 'either' };
      });
    const tally = new Tally();
    await fc.assert(
      fc.asyncProperty(damaged, (c) => checkCase(c, tally)),
      fuzzParameters(share(0.05)),
    );
  });
});
