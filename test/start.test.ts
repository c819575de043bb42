/**
 * The first run on an empty archive (`startArchive`, behind `griffie start` and
 * `npm start`): the last days from officielebekendmakingen when it answers, the bundled
 * examples, marked as such, when it does not; an archive with papers left alone.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { holdsExamples, startArchive } from '../src/pipeline/index.ts';
import { createHttpClient, createObConnector } from '../src/sources/index.ts';
import { openStore } from '../src/store/index.ts';
import { fictionalPapers, startOfficialServer } from './support/official-server.ts';
import { ROOT } from './support/shared.ts';

const EXAMPLES = join(ROOT, 'examples');
const dir = mkdtempSync(join(tmpdir(), 'griffie-start-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const http = () => createHttpClient({ pauseMs: 0, retries: 1, retryBaseMs: 2, timeoutMs: 500 });

describe('startArchive', () => {
  it('should sync the last 30 days into an empty archive when the source answers', async () => {
    const papers = fictionalPapers(4, '99003', '2026-11-20');
    const old = fictionalPapers(2, '99004', '2026-09-01');
    const server = await startOfficialServer({ papers: [...old, ...papers] });
    const store = await openStore({ db: join(dir, 'online.db') });
    try {
      const outcome = await startArchive(store, {
        examplesDir: EXAMPLES,
        connector: createObConnector({ baseUrl: server.url, http: http() }),
        now: () => new Date('2026-12-01T12:00:00Z'),
      });
      assert.deepEqual(outcome, { loaded: 'sync', papers: 4 });
      assert.equal(await holdsExamples(store), false);
      assert.ok(await store.get('kst-99003-1'));
      assert.equal(await store.get('kst-99004-1'), null);
    } finally {
      await store.close();
      await server.close();
    }
  });

  it('should load the bundled examples, marked, when the source cannot be reached', async () => {
    const store = await openStore({ db: join(dir, 'offline.db') });
    const messages: string[] = [];
    try {
      const outcome = await startArchive(store, {
        examplesDir: EXAMPLES,
        connector: createObConnector({ baseUrl: 'http://127.0.0.1:1', http: http() }),
        onMessage: (m) => messages.push(m),
      });
      const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt')).length;
      assert.equal(outcome.loaded, 'examples');
      assert.equal(outcome.papers, files);
      assert.match(outcome.reason ?? '', /127\.0\.0\.1/);
      assert.equal(await holdsExamples(store), true);
      assert.ok(
        messages.some((m) => /bundled example archive/.test(m)),
        messages.join('\n'),
      );
      assert.ok(await store.get('kst-32824-93'));
      // Run again: the archive holds papers and is left as it is.
      assert.deepEqual(await startArchive(store, { examplesDir: EXAMPLES, offline: true }), {
        loaded: 'existing',
        papers: files,
      });
    } finally {
      await store.close();
    }
  });
});
