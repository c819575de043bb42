/**
 * Fuzzing the officielebekendmakingen XML parser and its metadata reader through the
 * registry (`parseBytes`), as ingest and sync call it: generated papers of every kind,
 * whole (each must give a valid document), with a DTD that declares entities (each
 * must be refused), nested past the limit (refused) or within it (read), with huge and
 * many attributes, hostile markup spliced in, in other encodings, cut and flipped as
 * bytes, and with their `metadata.xml` whole or damaged; plus damaged copies of the
 * shared Handelingen samples. A refusal is a `ParseError` with a message; anything
 * else that escapes fails. `GRIFFIE_FC_RUNS` cases in all (CI: 10,000).
 *
 * @module
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { type Companions, ParseError, parseBytes, readMetadata } from '../src/parse/index.ts';
import { byteDamage, encodeText, textEncoding } from './support/arbitraries-bytes.ts';
import { obMetadata, obPaper } from './support/arbitraries-ob-xml.ts';
import {
  decorate,
  hostileAttributes,
  hostileMarkup,
  nested,
  nestingDepth,
  prolog,
  serializeXml,
  spliceAt,
} from './support/arbitraries-xml.ts';
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

/** A result is expected of a whole paper, unless its text holds control characters. */
const resultUnlessControl = (text: string): Expectation => (CONTROL_CHARACTERS.test(text) ? 'either' : 'result');

interface XmlCase {
  bytes: Uint8Array;
  companions: Companions;
  expect: Expectation;
}

async function checkCase({ bytes, companions, expect }: XmlCase, tally: Tally): Promise<void> {
  await runCase(() => parseBytes(bytes, { path: 'fuzz.xml' }, companions), {
    allowed: [ParseError],
    expect,
    tally,
    check: (doc) => {
      if (expect === 'result') assert.equal(doc.source.format, 'xml');
      assertValidDocument(doc);
    },
  });
}

const share = (fraction: number) => Math.ceil(FUZZ_RUNS * fraction);
const position = fc.double({ min: 0, max: 1, noNaN: true });

/** A metadata.xml companion: none, whole, or damaged. */
const companions: fc.Arbitrary<Companions> = fc.oneof(
  { arbitrary: fc.constant({}), weight: 3 },
  { arbitrary: obMetadata.map((m) => ({ metadata: Buffer.from(serializeXml(m)) })), weight: 2 },
  {
    arbitrary: fc
      .tuple(obMetadata, byteDamage)
      .map(([m, damage]) => ({ metadata: damage(Buffer.from(serializeXml(m))) })),
    weight: 1,
  },
);

/** A whole paper: a prolog without entities, hostile attributes here and there, any encoding. */
const wholePaper = fc
  .tuple(
    prolog('officiele-publicatie').filter((p) => !p.declaresEntities),
    obPaper,
    fc.array(fc.tuple(position, hostileAttributes), { maxLength: 2 }),
    textEncoding,
    companions,
  )
  .map(([head, paper, attributes, encoding, companion]): XmlCase => {
    const tree = decorate(
      paper,
      attributes.map(([s, a]) => ({ share: s, attributes: a })),
    );
    const text = head.text + serializeXml(tree);
    return { bytes: shownBytes(encodeText(text, encoding)), companions: companion, expect: resultUnlessControl(text) };
  });

describe('officielebekendmakingen XML (fuzz)', () => {
  it('should read every whole generated paper into a valid document', async () => {
    const tally = new Tally();
    await fc.assert(
      fc.asyncProperty(wholePaper, (c) => checkCase(c, tally)),
      fuzzParameters(share(0.37)),
    );
    tally.assertSeen(['result'], 0.5);
  });

  it('should refuse every paper whose DTD declares entities (billion laughs, external entities)', async () => {
    const hostile = fc
      .tuple(
        prolog('officiele-publicatie').filter((p) => p.declaresEntities),
        obPaper,
        position,
        textEncoding,
      )
      .map(([head, paper, at, encoding]): XmlCase => {
        const body = decorate(paper, [{ share: at, inner: head.entity ?? '' }]);
        return {
          bytes: shownBytes(encodeText(head.text + serializeXml(body), encoding)),
          companions: {},
          expect: 'refusal',
        };
      });
    const tally = new Tally();
    await fc.assert(
      fc.asyncProperty(hostile, (c) => checkCase(c, tally)),
      fuzzParameters(share(0.1)),
    );
  });

  it('should refuse a paper nested deeper than the limit, and read one nested within it', async () => {
    const deep = fc
      .tuple(obPaper, nestingDepth, fc.constantFrom('divisie', 'al', 'aanhaling', 'nadruk'), fc.boolean())
      .map(([paper, depth, name, closed]): XmlCase => {
        // Below the paper element (itself at most two levels down), `depth` levels, then an <al>.
        const inner = nested(name, depth, '<al>Diep geneste tekst van een fictief voorbeeld.</al>', closed);
        const tree = { ...paper, children: [...paper.children, { raw: inner }] };
        const text = serializeXml(tree);
        const expect: Expectation =
          depth >= 260 ? 'refusal' : depth <= 240 && closed ? resultUnlessControl(text) : 'either';
        return { bytes: shownBytes(Buffer.from(text)), companions: {}, expect };
      });
    const tally = new Tally();
    await fc.assert(
      fc.asyncProperty(deep, (c) => checkCase(c, tally)),
      fuzzParameters(share(0.1)),
    );
    tally.assertSeen(['result', 'refusal'], 0.1);
  });

  it('should give a valid document or a ParseError for a paper with hostile markup spliced in anywhere', async () => {
    const spliced = fc
      .tuple(obPaper, fc.array(fc.tuple(position, hostileMarkup), { minLength: 1, maxLength: 4 }), companions)
      .map(([paper, pieces, companion]): XmlCase => {
        let text = serializeXml(paper);
        for (const [at, piece] of pieces) text = spliceAt(text, at, piece);
        return { bytes: shownBytes(Buffer.from(text)), companions: companion, expect: 'either' };
      });
    const tally = new Tally();
    await fc.assert(
      fc.asyncProperty(spliced, (c) => checkCase(c, tally)),
      fuzzParameters(share(0.2)),
    );
    tally.assertSeen(['result'], 0.2);
  });

  it('should give a valid document or a ParseError for a paper damaged as bytes (cut, flipped, spliced)', async () => {
    const damaged = fc
      .tuple(
        prolog('officiele-publicatie'),
        obPaper,
        textEncoding,
        fc.array(byteDamage, { minLength: 1, maxLength: 3 }),
        companions,
      )
      .map(([head, paper, encoding, damages, companion]): XmlCase => {
        let bytes = encodeText(head.text + serializeXml(paper), encoding);
        for (const damage of damages) bytes = damage(bytes);
        return { bytes: shownBytes(bytes), companions: companion, expect: 'either' };
      });
    const tally = new Tally();
    await fc.assert(
      fc.asyncProperty(damaged, (c) => checkCase(c, tally)),
      fuzzParameters(share(0.2)),
    );
    tally.assertSeen(['result', 'refusal']);
  });

  it('should read any metadata.xml, whole or damaged, into metadata or refuse it with a ParseError', async () => {
    const metadata = fc
      .tuple(prolog('metadata_gegevens'), obMetadata, fc.option(byteDamage, { nil: null }))
      .map(([head, m, damage]) => {
        const bytes = Buffer.from(head.text + serializeXml(m));
        return damage ? damage(bytes) : bytes;
      });
    const tally = new Tally();
    await fc.assert(
      fc.asyncProperty(metadata, (bytes) =>
        runCase(() => readMetadata(bytes), {
          allowed: [ParseError],
          tally,
          check: (meta) => {
            assert.ok(Array.isArray(meta.dossiers) && Array.isArray(meta.submitters));
            for (const date of [meta.issued, meta.letterDate, meta.receivedDate]) {
              assert.ok(date === null || /^\d{4}-\d{2}-\d{2}$/.test(date), `date ${date}`);
            }
          },
        }).then(() => undefined),
      ),
      fuzzParameters(share(0.1)),
    );
    tally.assertSeen(['result', 'refusal']);
  });

  it('should give a valid document or a ParseError for damaged copies of the shared Handelingen samples', async (t) => {
    const shared = sharedOrSkip(t);
    if (!shared) return;
    const folder = join(SHARED, 'fixtures', 'ob-handelingen-xml');
    const samples = readdirSync(folder)
      .filter((name) => name.endsWith('.xml'))
      .map((name) => new Uint8Array(readFileSync(join(folder, name))))
      // The smaller ones: the large sittings take tens of milliseconds a case.
      .filter((bytes) => bytes.length < 40_000);
    assert.ok(samples.length > 0, `no samples in ${folder}`);
    const damaged = fc
      .tuple(fc.constantFrom(...samples), fc.array(byteDamage, { maxLength: 3 }))
      .map(([sample, damages]): XmlCase => {
        let bytes: Uint8Array = sample;
        for (const damage of damages) bytes = damage(bytes);
        return { bytes: shownBytes(bytes), companions: {}, expect: damages.length === 0 ? 'result' : 'either' };
      });
    const tally = new Tally();
    await fc.assert(
      fc.asyncProperty(damaged, (c) => checkCase(c, tally)),
      fuzzParameters(share(0.03)),
    );
  });
});
