/**
 * Fuzzing the SyncFeed page reader (Atom) of the Tweede Kamer connector, through the
 * connector itself over a fake HTTP client that answers every feed request with a
 * generated page: pages whole (one with good links must be read: well-formed pages of
 * items, each entity then readable by `readSyncFeedRecord` or refused by it), behind a
 * DTD (refused), in other encodings, with hostile markup spliced in, nested deep, and
 * damaged as bytes. A refusal is a `SourceError` with a message (a `ParseError` for an
 * entity); anything else that escapes fails. `GRIFFIE_FC_RUNS` cases (CI: 10,000).
 *
 * @module
 */
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ParseError, readSyncFeedRecord } from '../src/parse/index.ts';
import { createTkConnector, SourceError } from '../src/sources/index.ts';
import { byteDamage, encodeText } from './support/arbitraries-bytes.ts';
import { fakeHttp, feedPage, TK_BASE } from './support/arbitraries-sources.ts';
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
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface FeedCase {
  bytes: Uint8Array;
  expect: Expectation;
}

const feedCase = fc
  .tuple(
    feedPage,
    fc.constantFrom('whole', 'whole', 'whole', 'encoded', 'prolog', 'spliced', 'nested', 'damaged'),
    prolog('feed'),
    fc.constantFrom('utf-8-bom' as const, 'utf-16le' as const, 'utf-16be' as const),
    fc.array(fc.tuple(position, hostileMarkup), { minLength: 1, maxLength: 3 }),
    fc.tuple(position, nestingDepth),
    fc.array(byteDamage, { minLength: 1, maxLength: 2 }),
  )
  .map(([page, kind, head, encoding, pieces, [at, depth], damages]): FeedCase => {
    let text = serializeXml(
      kind === 'nested' ? decorate(page.tree, [{ share: at, inner: nested('x', depth, 'diep') }]) : page.tree,
    );
    let expect: Expectation = page.good && !CONTROL_CHARACTERS.test(text) ? 'result' : 'either';
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

describe('SyncFeed pages (fuzz)', () => {
  it('should read every feed page into well-formed pages of items, or refuse it with a SourceError', async () => {
    const pages = new Tally();
    const entities = new Tally();
    await fc.assert(
      fc.asyncProperty(feedCase, async ({ bytes, expect }) => {
        const http = fakeHttp(bytes, /\/SyncFeed\/2\.0\/Feed$/);
        const connector = createTkConnector({ baseUrl: TK_BASE, http, invalidRetries: 0 });
        await runCase(() => firstPages((o) => connector.sync(o), { from: null, category: 'Document' }), {
          allowed: [SourceError],
          expect,
          tally: pages,
          check: async (read) => {
            for (const page of read) {
              assertSyncPage(page, 'tk:Document', GUID);
              for (const item of page.items) {
                if (item.entity === null) continue;
                const entity = item.entity;
                await runCase(() => readSyncFeedRecord(entity), {
                  allowed: [ParseError],
                  tally: entities,
                  check: () => {},
                });
              }
            }
          },
        });
      }),
      fuzzParameters(FUZZ_RUNS),
    );
    pages.assertSeen(['result', 'refusal']);
    entities.assertSeen(['result', 'refusal']);
  });
});
