/**
 * The seed letter (Kamerstuk 32 824, nr. 93) parses to the hand-made expected document
 * of `shared/spec`: every header field, footnotes, references and signatories equal, body
 * text equal after whitespace normalisation.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Block, Document } from '../src/model/index.ts';
import { parseFile } from '../src/pipeline/index.ts';
import { SEED_FIELDS } from './support/seed-fields.ts';
import { ROOT, sharedOrSkip } from './support/shared.ts';

function normaliseBlocks(blocks: Block[]): Block[] {
  return blocks.map((block) => ({ ...block, text: block.text.replace(/\s+/g, ' ').trim() }));
}

describe('seed letter kst-32824-93', () => {
  it('should parse to the expected document of shared/spec', async (t) => {
    const shared = sharedOrSkip(t);
    if (!shared) return;
    const expected = JSON.parse(readFileSync(join(shared, 'spec', 'kst-32824-93.expected.json'), 'utf8')) as Document;
    const doc = await parseFile(join(shared, 'seed', 'kst-32824-93.txt'));
    for (const field of SEED_FIELDS) assert.deepEqual(doc[field], expected[field], `field ${field}`);
    assert.deepEqual(normaliseBlocks(doc.blocks), normaliseBlocks(expected.blocks));
    assert.deepEqual(doc.warnings, []);
  });

  it('should give the same document for the bundled example', async (t) => {
    const shared = sharedOrSkip(t);
    if (!shared) return;
    const bundled = await parseFile(join(ROOT, 'examples', 'kst-32824-93.txt'));
    const seed = await parseFile(join(shared, 'seed', 'kst-32824-93.txt'));
    assert.deepEqual({ ...bundled, source: null }, { ...seed, source: null });
  });

  it('should print the bundled example through the griffie executable', () => {
    const run = spawnSync(process.execPath, ['bin/griffie.js', 'parse', 'examples/kst-32824-93.txt'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    const doc = JSON.parse(run.stdout) as Document;
    assert.equal(doc.id, 'kst-32824-93');
    assert.deepEqual(
      doc.dossiers.map((d) => d.number),
      ['32824', '27925'],
    );
    assert.equal(doc.citation, 'Kamerstukken II 2014/15, 32 824, nr. 93');
    assert.equal(doc.date, '2015-05-28');
    assert.deepEqual(doc.footnotes, [{ marker: '1', text: 'Kamerstuk 34 052, nr. 7' }]);
    assert.match(doc.blocks.at(-1)?.text ?? '', /op 6 mei 2015 separaat ontving\.$/);
    assert.deepEqual(doc.blocks.at(-1)?.footnoteRefs, ['1']);
    assert.match(JSON.stringify(doc.blocks), /socialezekerheidsverdrag/);
  });
});
