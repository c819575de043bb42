/**
 * Property tests (fuzzing) of `parseInput` on plain text: for any input (arbitrary
 * strings and bytes, arbitrary combinations of realistic paper lines, papers in the
 * encodings they come in, papers damaged as bytes, hostile lines: very long, very many,
 * control characters, lone surrogates, bidi marks, every line end; damaged copies of
 * the shared corpus texts) no exception other than `ParseError` escapes, and the result
 * always has the shape of the model; a well-ordered paper is always read, in any
 * encoding. `GRIFFIE_FC_RUNS` sets the number of cases (default 1000; CI: 10,000),
 * shared out over the properties, about twice that in all.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ParseError } from '../src/parse/index.ts';
import { parseInput } from '../src/pipeline/index.ts';
import { anyLine, orderedPaper, paperLike } from './support/arbitraries.ts';
import { byteDamage, encodeText, hostileCharacter, hostileText, textEncoding } from './support/arbitraries-bytes.ts';
import { FUZZ_RUNS, fuzzParameters, shownBytes } from './support/fuzz.ts';
import { SHARED, sharedOrSkip } from './support/shared.ts';
import { validateDocument } from './support/validate-document.ts';

const RUNS = FUZZ_RUNS;
const share = (fraction: number) => fuzzParameters(Math.ceil(RUNS * fraction));

/** Parse; a ParseError is an allowed outcome, anything else fails the property. */
async function parseOrRefuse(bytes: Uint8Array): Promise<void> {
  let doc: unknown;
  try {
    doc = await parseInput(bytes, { path: 'generated.txt' });
  } catch (error) {
    if (error instanceof ParseError) {
      assert.ok(error.message.length > 0, 'a ParseError has a message for the user');
      return;
    }
    throw error;
  }
  const problems = validateDocument(doc);
  assert.deepEqual(problems, [], `invalid document:\n${problems.join('\n')}`);
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');

describe('parseInput', () => {
  it('should return a valid document or a ParseError for any string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), (text) => parseOrRefuse(utf8(text))),
      share(0.25),
    );
  });

  it('should return a valid document or a ParseError for any Unicode string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), (text) => parseOrRefuse(utf8(text))),
      share(0.25),
    );
  });

  it('should return a valid document or a ParseError for any bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), (bytes) => parseOrRefuse(bytes)),
      share(0.25),
    );
  });

  it('should return a valid document or a ParseError for any mix of realistic paper lines', async () => {
    await fc.assert(
      fc.asyncProperty(paperLike, (text) => parseOrRefuse(utf8(text))),
      share(0.25),
    );
  });

  it('should return a valid document for a well-ordered paper and find a dossier', async () => {
    await fc.assert(
      fc.asyncProperty(orderedPaper, async (text) => {
        const doc = await parseInput(utf8(text), { path: 'generated.txt' });
        assert.deepEqual(validateDocument(doc), []);
        assert.ok(doc.dossiers.length > 0, `no dossier found in:\n${text}`);
      }),
      share(0.25),
    );
  });

  it('should give the same document for the same input', async () => {
    await fc.assert(
      fc.asyncProperty(paperLike, async (text) => {
        let first: unknown;
        try {
          first = await parseInput(utf8(text));
        } catch (error) {
          if (error instanceof ParseError) return;
          throw error;
        }
        assert.deepEqual(await parseInput(utf8(text)), first);
      }),
      share(0.1),
    );
  });

  it('should read a well-ordered paper in any encoding, as text', async () => {
    await fc.assert(
      fc.asyncProperty(orderedPaper, textEncoding, async (text, encoding) => {
        const doc = await parseInput(shownBytes(encodeText(text, encoding)), { path: 'generated.txt' });
        assert.deepEqual(validateDocument(doc), []);
        assert.equal(doc.source.format, 'text');
        assert.ok(doc.dossiers.length > 0, `no dossier found in ${encoding}:\n${text}`);
      }),
      share(0.15),
    );
  });

  it('should return a valid document or a ParseError for a paper damaged as bytes', async () => {
    const damaged = fc
      .tuple(fc.oneof(orderedPaper, paperLike), textEncoding, fc.array(byteDamage, { minLength: 1, maxLength: 3 }))
      .map(([text, encoding, damages]) => {
        let bytes = encodeText(text, encoding);
        for (const damage of damages) bytes = damage(bytes);
        return shownBytes(bytes);
      });
    await fc.assert(fc.asyncProperty(damaged, parseOrRefuse), share(0.2));
  });

  it('should return a valid document or a ParseError for hostile lines: long, many, with controls and marks', async () => {
    const hostileLine = fc.oneof(
      anyLine,
      hostileText,
      fc.string({ unit: hostileCharacter, maxLength: 20 }),
      fc
        .tuple(anyLine, fc.constantFrom('\u202e', '\u200b', '\u00ad', '\ufeff', '\u0000', '\ud800', '\u0301'))
        .map(([l, c]) => l.replaceAll(' ', c)),
    );
    const hostile = fc.oneof(
      { arbitrary: fc.array(hostileLine, { maxLength: 40 }).map((lines) => lines.join('\n')), weight: 6 },
      // One line of up to 200,000 characters, or up to 20,000 lines.
      {
        arbitrary: fc
          .tuple(anyLine, fc.integer({ min: 1000, max: 200_000 }))
          .map(([l, n]) => `${l} `.repeat(Math.ceil(n / (l.length + 1)))),
        weight: 1,
      },
      {
        arbitrary: fc.tuple(anyLine, fc.integer({ min: 1000, max: 20_000 })).map(([l, n]) => `${l}\n`.repeat(n)),
        weight: 1,
      },
      {
        arbitrary: fc
          .array(fc.tuple(anyLine, fc.constantFrom('\n', '\r\n', '\r', '\f', '\u2028', '\u0085', '\n\n\n')), {
            maxLength: 40,
          })
          .map((parts) => parts.flat().join('')),
        weight: 2,
      },
    );
    await fc.assert(
      fc.asyncProperty(hostile, (text) => parseOrRefuse(shownBytes(utf8(text)))),
      share(0.1),
    );
  });

  it('should return a valid document or a ParseError for damaged copies of the shared corpus texts', async (t) => {
    const shared = sharedOrSkip(t);
    if (!shared) return;
    const folder = join(SHARED, 'corpus', 'pdf');
    const samples = readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => new Uint8Array(readFileSync(join(folder, name))));
    assert.ok(samples.length > 0, `no corpus texts in ${folder}`);
    const damaged = fc
      .tuple(fc.constantFrom(...samples), fc.array(byteDamage, { maxLength: 3 }))
      .map(([sample, damages]) => {
        let bytes: Uint8Array = sample;
        for (const damage of damages) bytes = damage(bytes);
        return shownBytes(bytes);
      });
    await fc.assert(fc.asyncProperty(damaged, parseOrRefuse), share(0.05));
  });
});
