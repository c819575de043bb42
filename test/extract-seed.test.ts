/**
 * The seed letter (Kamerstuk 32 824, nr. 93), parsed through the real pipeline, gives
 * exactly the requests and commitments of the hand-made expected document in
 * `shared/spec` — the fields that document has, and nothing more (the extra `kind` and
 * `deadline` are not compared).
 *
 * @module
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Commitment, Document, Request } from '../src/model/index.ts';
import { parseFile } from '../src/pipeline/index.ts';
import { ROOT, sharedOrSkip } from './support/shared.ts';

/** Keep of each record only the fields the expected record has. */
function project<T extends object>(actual: T[], expected: T[]): Array<Partial<T>> {
  return actual.map((record, i) => {
    const keys = Object.keys(expected[i] ?? expected[0] ?? {}) as Array<keyof T>;
    return Object.fromEntries(keys.map((k) => [k, record[k]])) as Partial<T>;
  });
}

describe('requests and commitments of the seed letter kst-32824-93', () => {
  it('should equal those of the expected document of shared/spec', async (t) => {
    const shared = sharedOrSkip(t);
    if (!shared) return;
    const expected = JSON.parse(readFileSync(join(shared, 'spec', 'kst-32824-93.expected.json'), 'utf8')) as Document;
    const doc = await parseFile(join(shared, 'seed', 'kst-32824-93.txt'));
    assert.equal(doc.requests.length, expected.requests.length, 'number of requests');
    assert.deepEqual(project<Request>(doc.requests, expected.requests), expected.requests);
    assert.equal(doc.commitments.length, expected.commitments.length, 'number of commitments');
    assert.deepEqual(project<Commitment>(doc.commitments, expected.commitments), expected.commitments);
  });

  it('should give the same from the copy in examples/, with kind and no deadline for vague dues', async () => {
    const doc = await parseFile(join(ROOT, 'examples', 'kst-32824-93.txt'));
    assert.deepEqual(
      doc.requests.map((r) => [r.kind, r.date, r.by]),
      [['committee', '2015-04-09', 'vaste commissie voor Sociale Zaken en Werkgelegenheid']],
    );
    assert.deepEqual(
      doc.commitments.map((c) => [c.due, c.deadline, c.by]),
      [
        ['komende periode', undefined, 'Minister van Sociale Zaken en Werkgelegenheid'],
        ['komende maanden', undefined, 'Minister van Sociale Zaken en Werkgelegenheid'],
      ],
    );
  });
});
