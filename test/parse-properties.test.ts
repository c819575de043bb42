/**
 * Property tests of `parseInput`: for any input (arbitrary strings, arbitrary bytes,
 * and arbitrary combinations of realistic paper lines) no exception other than
 * `ParseError` escapes, and the result always has the shape of the model.
 * `GRIFFIE_FC_RUNS` sets the number of cases per property (default 1000).
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ParseError } from '../src/parse/index.ts';
import { parseInput } from '../src/pipeline/index.ts';
import { orderedPaper, paperLike } from './support/arbitraries.ts';
import { validateDocument } from './support/validate-document.ts';

const RUNS = Number(process.env.GRIFFIE_FC_RUNS) || 1000;
const PARAMS = { numRuns: RUNS };

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
      PARAMS,
    );
  });

  it('should return a valid document or a ParseError for any Unicode string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), (text) => parseOrRefuse(utf8(text))),
      PARAMS,
    );
  });

  it('should return a valid document or a ParseError for any bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), (bytes) => parseOrRefuse(bytes)),
      PARAMS,
    );
  });

  it('should return a valid document or a ParseError for any mix of realistic paper lines', async () => {
    await fc.assert(
      fc.asyncProperty(paperLike, (text) => parseOrRefuse(utf8(text))),
      PARAMS,
    );
  });

  it('should return a valid document for a well-ordered paper and find a dossier', async () => {
    await fc.assert(
      fc.asyncProperty(orderedPaper, async (text) => {
        const doc = await parseInput(utf8(text), { path: 'generated.txt' });
        assert.deepEqual(validateDocument(doc), []);
        assert.ok(doc.dossiers.length > 0, `no dossier found in:\n${text}`);
      }),
      PARAMS,
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
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });
});
