/** The block cache: only large blocks, positions asked for are positions kept, least recently used out first. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BlockRow } from '../../search/index.ts';
import { BlockCache } from './block-cache.ts';

const block = (segment: number, term: string, data: number, positions: number | null): BlockRow => ({
  segment,
  term,
  data: new Uint8Array(data),
  positions: positions === null ? null : new Uint8Array(positions),
});

describe('BlockCache', () => {
  it('keeps blocks of minBytes or more, by segment and the term looked up', () => {
    const cache = new BlockCache({ maxBytes: 10_000, minBytes: 100 });
    cache.set(1, 'kamer', block(1, 'kabinet', 60, 50));
    cache.set(1, 'motie', block(1, 'motie', 99, null));
    assert.equal(cache.get(1, 'kamer', true)?.term, 'kabinet');
    assert.equal(cache.get(1, 'motie', false), undefined);
    assert.equal(cache.get(2, 'kamer', false), undefined);
    assert.equal(cache.bytes, 110);
  });

  it('does not answer for positions with a block kept without them', () => {
    const cache = new BlockCache({ maxBytes: 10_000, minBytes: 10 });
    cache.set(3, 'orde', block(3, 'orde', 200, null));
    assert.equal(cache.get(3, 'orde', true), undefined);
    assert.ok(cache.get(3, 'orde', false));
    cache.set(3, 'orde', block(3, 'orde', 200, 300));
    assert.equal(cache.get(3, 'orde', true)?.positions?.byteLength, 300);
    assert.equal(cache.bytes, 500);
  });

  it('lets the least recently used blocks go when full, and never keeps one larger than the whole', () => {
    const cache = new BlockCache({ maxBytes: 1000, minBytes: 10 });
    cache.set(1, 'a', block(1, 'a', 400, null));
    cache.set(1, 'b', block(1, 'b', 400, null));
    assert.ok(cache.get(1, 'a', false)); // a is now more recent than b
    cache.set(1, 'c', block(1, 'c', 400, null));
    assert.ok(cache.get(1, 'a', false));
    assert.equal(cache.get(1, 'b', false), undefined);
    assert.ok(cache.get(1, 'c', false));
    cache.set(1, 'd', block(1, 'd', 1001, null));
    assert.equal(cache.get(1, 'd', false), undefined);
    assert.equal(cache.bytes, 800);
    const none = new BlockCache({ maxBytes: 0 });
    none.set(1, 'a', block(1, 'a', 100_000, null));
    assert.equal(none.bytes, 0);
  });
});
