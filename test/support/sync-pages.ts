/**
 * Checks of what a connector yields, for the fuzz tests of the sources: every page of
 * a sync has the shape the pipeline relies on (a stream, a checkpoint, items with a
 * key, an http(s) address, their files and problems in words).
 *
 * @module
 */
import assert from 'node:assert/strict';
import type { SyncOptions, SyncPage } from '../../src/sources/index.ts';

function assertHttpUrl(url: unknown, what: string): void {
  assert.equal(typeof url, 'string', `${what} is no string`);
  const parsed = new URL(url as string);
  assert.ok(parsed.protocol === 'http:' || parsed.protocol === 'https:', `${what} ${url} is not http(s)`);
}

/** Assert `page` is a well-formed page of `stream`. */
export function assertSyncPage(page: SyncPage, stream: string, key: RegExp): void {
  assert.equal(page.stream, stream);
  assert.ok(typeof page.checkpoint === 'string' && page.checkpoint !== '', `checkpoint ${page.checkpoint}`);
  for (const item of page.items) {
    assert.match(item.key, key);
    assertHttpUrl(item.url, 'the item address');
    assert.equal(typeof item.deleted, 'boolean');
    assert.ok(item.updated === null || typeof item.updated === 'string');
    assert.ok(item.entity === null || item.entity instanceof Uint8Array);
    assert.ok(item.metadata === null || item.metadata instanceof Uint8Array);
    if (item.file !== null) {
      assert.ok(item.file.bytes instanceof Uint8Array);
      assertHttpUrl(item.file.url, 'the file address');
    }
    for (const problem of item.problems)
      assert.ok(typeof problem === 'string' && problem.trim() !== '', 'an empty problem');
    for (const url of item.fileUrls) assert.equal(typeof url, 'string');
  }
}

/** The first `max` pages of a sync (a fake server may answer the same page forever). */
export async function firstPages<O extends SyncOptions>(
  sync: (options: O) => AsyncIterable<SyncPage>,
  options: O,
  max = 3,
): Promise<SyncPage[]> {
  const pages: SyncPage[] = [];
  for await (const page of sync(options)) {
    pages.push(page);
    if (pages.length >= max) break;
  }
  return pages;
}
