/**
 * Fuzzing the SRU answer reader of the officielebekendmakingen connector, through the
 * connector itself over a fake HTTP client that answers every search with a generated
 * answer and every file with a few bytes or a 404: answers whole (one without a
 * diagnostic must be read into well-formed pages of items; a diagnostic is refused),
 * behind a DTD (refused), in other encodings, with hostile markup spliced in, nested
 * deep, and damaged as bytes; the checkpoint of every page must resume a sync. A
 * refusal is a `SourceError` with a message; anything else that escapes fails.
 * `GRIFFIE_FC_RUNS` cases (CI: 10,000).
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { createObConnector, SourceError } from '../src/sources/index.ts';
import { byteDamage, encodeText } from './support/arbitraries-bytes.ts';
import { fakeHttp, OB_BASE, sruPage } from './support/arbitraries-sources.ts';
import {
  decorate,
  hostileMarkup,
  nested,
  nestingDepth,
  prolog,
  serializeXml,
  spliceAt,
} from './support/arbitraries-xml.ts';
import {
  CONTROL_CHARACTERS,
  type Expectation,
  FUZZ_RUNS,
  fuzzParameters,
  runCase,
  shownBytes,
  Tally,
} from './support/fuzz.ts';
import { assertSyncPage, firstPages } from './support/sync-pages.ts';

const position = fc.double({ min: 0, max: 1, noNaN: true });

interface SruCase {
  bytes: Uint8Array;
  expect: Expectation;
}

const sruCase = fc
  .tuple(
    sruPage,
    fc.constantFrom('whole', 'whole', 'whole', 'encoded', 'prolog', 'spliced', 'nested', 'damaged'),
    prolog('searchRetrieveResponse'),
    fc.constantFrom('utf-8-bom' as const, 'utf-16le' as const, 'utf-16be' as const),
    fc.array(fc.tuple(position, hostileMarkup), { minLength: 1, maxLength: 3 }),
    fc.tuple(position, nestingDepth),
    fc.array(byteDamage, { minLength: 1, maxLength: 2 }),
  )
  .map(([page, kind, head, encoding, pieces, [at, depth], damages]): SruCase => {
    let text = serializeXml(
      kind === 'nested' ? decorate(page.tree, [{ share: at, inner: nested('x', depth, 'diep') }]) : page.tree,
    );
    let expect: Expectation = CONTROL_CHARACTERS.test(text) ? 'either' : page.good ? 'result' : 'refusal';
    if (kind === 'prolog') {
      text = head.text + text;
      if (head.text.includes('<!DOCTYPE')) expect = 'refusal';
    }
    if (kind === 'spliced') {
      for (const [where, piece] of pieces) text = spliceAt(text, where, piece);
      expect = 'either';
    }
    // Deep inside an element of the page: refused past the reader's limit.
    if (kind === 'nested') expect = depth > 300 ? 'refusal' : 'either';
    let bytes = kind === 'encoded' ? encodeText(text, encoding) : Buffer.from(text);
    if (kind === 'damaged') {
      for (const damage of damages) bytes = damage(bytes);
      expect = 'either';
    }
    return { bytes: shownBytes(bytes), expect };
  });

describe('SRU answers (fuzz)', () => {
  it('should read every SRU answer into well-formed pages whose checkpoints resume, or refuse it with a SourceError', async () => {
    const tally = new Tally();
    const now = () => new Date('2025-03-01T12:00:00Z');
    await fc.assert(
      fc.asyncProperty(sruCase, async ({ bytes, expect }) => {
        const http = fakeHttp(bytes, /\/sru$/);
        const connector = createObConnector({ baseUrl: OB_BASE, http, invalidRetries: 0, pageSize: 3, now });
        await runCase(() => firstPages((o) => connector.sync(o), { from: null }), {
          allowed: [SourceError],
          expect,
          tally,
          check: async (pages) => {
            for (const page of pages) {
              assertSyncPage(page, 'ob', /\S/);
              // A stored checkpoint must start the next sync, whatever the answer held.
              const resumed = createObConnector({
                baseUrl: OB_BASE,
                http: fakeHttp(bytes, /\/sru$/),
                invalidRetries: 0,
                pageSize: 3,
                now,
              });
              await runCase(() => firstPages((o) => resumed.sync(o), { from: page.checkpoint, dryRun: true }, 1), {
                allowed: [SourceError],
                check: (again) => assert.ok(Array.isArray(again)),
              });
            }
          },
        });
      }),
      fuzzParameters(FUZZ_RUNS),
    );
    tally.assertSeen(['result', 'refusal']);
  });
});
