import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RawBlock } from './page.ts';
import { readSignatures } from './signature.ts';

const field = (name: 'signature' | 'king', plain: string, parts: RawBlock['parts'] = {}): RawBlock => ({
  kind: 'paragraph',
  text: plain.replace(/\n/g, ' '),
  plain,
  refs: [],
  rank: 3,
  chrome: false,
  field: name,
  parts,
});

describe('readSignatures', () => {
  it('should read function and name from their marked parts', () => {
    const signatories = readSignatures([
      field('signature', 'De Minister van Financiën, A.B. Bakker', {
        role: 'De Minister van Financiën,',
        name: 'A.B. Bakker',
      }),
    ]);
    assert.deepEqual(signatories, [{ name: 'A.B. Bakker', role: 'Minister van Financiën' }]);
  });

  it('should read an unmarked signature from its lines', () => {
    assert.deepEqual(readSignatures([field('signature', 'De Staatssecretaris van Financiën,\nC.D. de Wit')]), [
      { name: 'C.D. de Wit', role: 'Staatssecretaris van Financiën' },
    ]);
  });

  it('should read the names under a motion, and the King, each once', () => {
    const signatories = readSignatures([
      field('signature', 'De Vries', { name: 'De Vries' }),
      field('signature', 'Jansen\nBakker'),
      field('signature', 'De Vries', { name: 'De Vries' }),
      field('king', 'Willem-Alexander'),
    ]);
    assert.deepEqual(signatories, [
      { name: 'De Vries', role: null },
      { name: 'Jansen', role: null },
      { name: 'Bakker', role: null },
      { name: 'Willem-Alexander', role: 'Koning' },
    ]);
  });
});
