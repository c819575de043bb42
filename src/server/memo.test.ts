/**
 * The versioned cache: one computation per key and version, emptied by a new version,
 * bounded, and a failure not kept.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { VersionedCache } from './memo.ts';

describe('VersionedCache', () => {
  it('should compute once per key and version, and again after the archive changed', async () => {
    const cache = new VersionedCache<number>();
    let calls = 0;
    const compute = async () => ++calls;
    const [a, b] = await Promise.all([cache.get('v1', 'k', compute), cache.get('v1', 'k', compute)]);
    assert.deepEqual([a, b, calls], [1, 1, 1]);
    assert.equal(await cache.get('v2', 'k', compute), 2);
    assert.equal(await cache.get('v2', 'k', compute), 2);
  });

  it('should drop the least recently used answer beyond its size, and never keep a failure', async () => {
    const cache = new VersionedCache<string>(2);
    await cache.get('v', 'a', async () => 'a');
    await cache.get('v', 'b', async () => 'b');
    await cache.get('v', 'a', async () => 'stale');
    await cache.get('v', 'c', async () => 'c');
    assert.equal(cache.size, 2);
    assert.equal(await cache.get('v', 'a', async () => 'again'), 'a');
    assert.equal(await cache.get('v', 'b', async () => 'recomputed'), 'recomputed');
    await assert.rejects(cache.get('v', 'x', async () => Promise.reject(new Error('down'))));
    assert.equal(await cache.get('v', 'x', async () => 'up'), 'up');
  });
});
