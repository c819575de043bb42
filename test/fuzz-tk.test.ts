/**
 * Fuzzing the readers of the Tweede Kamer's open data: OData JSON (Document, Zaak,
 * Kamerstukdossier and Toezegging entities and responses) and SyncFeed entity XML (on
 * its own, in an Atom entry or a feed), through the registry (`parseBytes`, as
 * `griffie parse` reads a record given on its own) and through the record readers a
 * sync uses (`readODataRecord`, `readSyncFeedRecord`), with each Document record read
 * made into a document and applied over a parsed paper. Generated records whole (a
 * well-formed one must be read; one of another set refused by the registry), with
 * hostile JSON or markup spliced in, nested deep, behind a DTD, and damaged as bytes.
 * A refusal is a `ParseError` with a message; anything else that escapes fails.
 * `GRIFFIE_FC_RUNS` cases for each of the two formats (CI: 10,000).
 *
 * @module
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Document } from '../src/model/index.ts';
import {
  applyTkMetadata,
  documentFromTkMetadata,
  ParseError,
  parseBytes,
  parseODataJson,
  parseText,
  readODataRecord,
  readSyncFeedRecord,
  sha256,
  type TkDocumentMeta,
} from '../src/parse/index.ts';
import { byteDamage } from './support/arbitraries-bytes.ts';
import { hostileJson, jsonText, odataInput, spliceIntoObject, syncFeedInput } from './support/arbitraries-tk.ts';
import { hostileMarkup, nested, nestingDepth, prolog, spliceAt } from './support/arbitraries-xml.ts';
import { FIXTURES } from './support/fixtures.ts';
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

const share = (fraction: number) => Math.ceil(FUZZ_RUNS * fraction);
const position = fc.double({ min: 0, max: 1, noNaN: true });
const SHA = '0'.repeat(64);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The fictional letter the records are applied over (a copy for each case). */
const PAPER = parseText(readFileSync(join(FIXTURES, 'tk', 'kst-99123-4.txt'), 'utf8'), { format: 'text', sha256: SHA });
const paper = (): Document => structuredClone(PAPER);

/** A Document record read from `bytes`: made into a document of its own, and applied over the letter; both valid. */
function checkMeta(meta: TkDocumentMeta, bytes: Uint8Array): void {
  assert.ok(GUID.test(meta.id), `id ${meta.id}`);
  assert.ok(Array.isArray(meta.warnings) && meta.warnings.every((w) => typeof w === 'string' && w !== ''));
  const source = { format: meta.origin, sha256: sha256(bytes) };
  assertValidDocument(documentFromTkMetadata(meta, source), 'document of the record');
  const doc = paper();
  applyTkMetadata(doc, meta);
  // The letter's own text is the same in every case: what the record changes is checked, not enriched again.
  assertValidDocument(doc, 'paper with the record applied', { enrich: 'never' });
}

interface TkCase {
  text: string;
  bytes: Uint8Array;
  /** What the registry must do with it. */
  registry: Expectation;
  /** What the record reader must do with it. */
  record: Expectation;
  /** The entity it must read as, when it is read. */
  entity: string | null;
}

async function checkCase(c: TkCase, format: 'odata' | 'syncfeed', tallies: [Tally, Tally]): Promise<void> {
  await runCase(() => parseBytes(c.bytes, { path: format === 'odata' ? 'fuzz.json' : 'fuzz.xml' }), {
    allowed: [ParseError],
    expect: c.registry,
    tally: tallies[0],
    check: (doc) => {
      if (c.registry === 'result') assert.equal(doc.source.format, format);
      assertValidDocument(doc);
    },
  });
  const read = (): { entity: string; meta?: TkDocumentMeta } =>
    format === 'odata' ? readODataRecord(parseODataJson(c.text)) : readSyncFeedRecord(c.bytes);
  await runCase(read, {
    allowed: [ParseError],
    expect: c.record,
    tally: tallies[1],
    check: (record) => {
      if (c.entity !== null) assert.equal(record.entity, c.entity);
      if (record.meta !== undefined) checkMeta(record.meta, c.bytes);
    },
  });
}

/** OData entities and responses as JSON text: whole, with hostile JSON spliced in, or damaged. */
const odataCase = fc
  .tuple(
    odataInput,
    fc.constantFrom('whole', 'whole', 'spliced', 'damaged'),
    fc.array(hostileJson, { minLength: 1, maxLength: 3 }),
    fc.array(byteDamage, { minLength: 1, maxLength: 2 }),
  )
  .chain(([input, kind, pieces, damages]) =>
    jsonText(input.json).map((whole): TkCase => {
      if (kind === 'damaged') {
        let bytes: Uint8Array = Buffer.from(whole);
        for (const damage of damages) bytes = damage(bytes);
        return {
          text: Buffer.from(bytes).toString('utf8'),
          bytes: shownBytes(bytes),
          registry: 'either',
          record: 'either',
          entity: null,
        };
      }
      const text = kind === 'spliced' ? pieces.reduce(spliceIntoObject, whole) : whole;
      const intact = kind === 'whole' && input.wellFormed && !CONTROL_CHARACTERS.test(text);
      return {
        text,
        bytes: shownBytes(Buffer.from(text)),
        registry: intact ? (input.set === 'Document' ? 'result' : 'refusal') : 'either',
        record: intact ? 'result' : 'either',
        entity: intact ? input.set.toLowerCase() : null,
      };
    }),
  );

/** SyncFeed entity XML: whole, behind a prolog (a DTD is refused), with markup spliced or nested in, or damaged. */
const syncFeedCase = fc
  .tuple(
    syncFeedInput,
    fc.constantFrom('whole', 'whole', 'whole', 'prolog', 'spliced', 'nested', 'damaged'),
    prolog('document'),
    fc.array(fc.tuple(position, hostileMarkup), { minLength: 1, maxLength: 3 }),
    nestingDepth,
    fc.array(byteDamage, { minLength: 1, maxLength: 2 }),
  )
  .map(([input, kind, head, pieces, depth, damages]): TkCase => {
    const intact =
      input.wellFormed &&
      !CONTROL_CHARACTERS.test(input.text) &&
      (kind === 'whole' || (kind === 'prolog' && !head.text.includes('<!DOCTYPE')));
    const entity = input.name.toLowerCase() === 'vergadering' ? null : input.name;
    // The registry claims a document entity only where it sees its element (not inside CDATA).
    const claimed = input.name === 'document' && input.wrapper !== 'entry-cdata';
    let text = input.text;
    if (kind === 'prolog') text = head.text + text;
    if (kind === 'spliced') for (const [at, piece] of pieces) text = spliceAt(text, at, piece);
    if (kind === 'nested') text = text.replace(/(<\/[^>]+>)$/, `${nested('x', depth, '')}$1`);
    let bytes: Uint8Array = Buffer.from(text);
    if (kind === 'damaged') for (const damage of damages) bytes = damage(bytes);
    const refusedDtd = kind === 'prolog' && head.text.includes('<!DOCTYPE');
    return {
      text,
      bytes: shownBytes(bytes),
      registry: intact ? (claimed ? 'result' : 'refusal') : refusedDtd ? 'refusal' : 'either',
      record: intact ? (entity === null ? 'refusal' : 'result') : refusedDtd ? 'refusal' : 'either',
      entity: intact ? entity : null,
    };
  });

describe('Tweede Kamer records (fuzz)', () => {
  it('should read OData JSON into a valid record and document, or refuse it with a ParseError', async () => {
    const tallies: [Tally, Tally] = [new Tally(), new Tally()];
    await fc.assert(
      fc.asyncProperty(odataCase, (c) => checkCase(c, 'odata', tallies)),
      fuzzParameters(share(1)),
    );
    for (const tally of tallies) tally.assertSeen(['result', 'refusal']);
  });

  it('should read SyncFeed entity XML into a valid record and document, or refuse it with a ParseError', async () => {
    const tallies: [Tally, Tally] = [new Tally(), new Tally()];
    await fc.assert(
      fc.asyncProperty(syncFeedCase, (c) => checkCase(c, 'syncfeed', tallies)),
      fuzzParameters(share(1)),
    );
    for (const tally of tallies) tally.assertSeen(['result', 'refusal']);
  });
});
