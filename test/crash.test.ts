/**
 * Crash safety: `griffie ingest`, `griffie sync ob` (against the local fake of the
 * official servers) and `griffie import`, each SIGKILLed into a SQLite archive at 24
 * random moments: a delay after the start (startup, the schema, a batch under way, its
 * commit) or a delay after a random number of steps of progress (a committed batch, a
 * page fetched), so that kills land inside transactions and not only between them.
 * After every kill the archive passes `integrity_check` and `foreign_key_check`, opens
 * with the Griffie store, and holds the first papers expected, each once, in whole
 * batches, found by the index, never fewer than before; run to its end, the command
 * completes it to exactly the papers expected, and run again adds nothing.
 *
 * The moments come from a seeded PRNG; the seed is printed (a test diagnostic) and
 * `GRIFFIE_CRASH_SEED=<seed>` replays them. Only the moments are random: what must
 * hold is the same for every seed.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertBuilt, griffie, tempDir } from './support/cli.ts';
import {
  archiveGrowth,
  checkArchive,
  crashSeed,
  describeKills,
  type KillPlan,
  type KillReport,
  killMoments,
  killRepeatedly,
  linesWhere,
  runToEnd,
} from './support/crash.ts';
import { fictionalPapers, type OfficialServer, startOfficialServer } from './support/official-server.ts';
import { writePapers } from './support/papers.ts';

const SEED = crashSeed();
/** Kills per command, and how many of them must hit a process still running. */
const KILLS = 24;
const REAL_KILLS = 18;

const { dir, cleanup } = tempDir();
after(cleanup);

/** The counts of a run's JSON summary (its last line): ingest, sync and import count papers alike. */
interface Summary {
  lines?: number;
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
}

function summaryOf(stdout: string): Summary {
  return JSON.parse(stdout.trim().split('\n').at(-1) as string);
}

/** Assert that enough kills hit a running process, and that some left the archive part-way. */
function assertKillsLanded(report: KillReport, total: number, label: string): void {
  const killed = report.runs.filter((run) => run.killed).length;
  assert.ok(killed >= REAL_KILLS, `${label}: only ${killed} of ${report.runs.length} kills hit a running process`);
  assert.ok(
    report.counts.some((count) => count > 0 && count < total),
    `${label}: no kill left the archive part-way: ${report.counts.join(' ')}`,
  );
}

/** The ids an archive holds (checked as after a kill), sorted. */
async function sortedIds(db: string, ids: string[], batch: number, word: string, where: string): Promise<string[]> {
  return (await checkArchive(db, { ids, batch, word }, where)).sort();
}

describe('griffie ingest SIGKILLed at random moments', () => {
  // Enough batches that the kills seldom complete the archive (a run killed after progress adds ~2 batches);
  // when they do, `killRepeatedly` starts it over.
  const COUNT = 180;
  const BATCH = 2;
  const PLAN: KillPlan = { delayShare: 0.4, delayMs: [0, 1300], steps: [1, 2], afterStepMs: [0, 20] };
  const papers = join(dir, 'ingest-papers');
  const db = join(dir, 'ingest.db');
  const args = ['ingest', papers, '--db', db, '--batch', String(BATCH)];
  /** `paperText(i)` is paper i + 1 of dossier 99 000 + i % 7; ingest reads the files in name order. */
  const ids = Array.from({ length: COUNT }, (_, i) => `kst-${99000 + (i % 7)}-${i + 1}`);
  before(() => {
    assertBuilt();
    writePapers(papers, COUNT);
  });

  it('should keep the archive whole after every kill, and complete it on the next run', async (t) => {
    const label = `ingest, seed ${SEED}`;
    t.diagnostic(`seed ${SEED} (GRIFFIE_CRASH_SEED=${SEED} replays these kills)`);
    const report = await killRepeatedly({
      label,
      args,
      db,
      moments: killMoments(SEED + 1, KILLS, PLAN),
      // A step: a batch committed with papers new to the archive (the ones before were unchanged).
      progress: () => linesWhere((line) => Number(/^ingest: .*?: (\d+) added/.exec(line)?.[1] ?? 0) > 0),
      expected: { ids, batch: BATCH, word: 'voorbeeldgemeente' },
    });
    t.diagnostic(describeKills(report, COUNT));
    assertKillsLanded(report, COUNT, label);

    const stored = report.stored.length;
    const final = await runToEnd([...args, '--json']);
    assert.equal(final.status, 0, final.stderr);
    const { added, updated, unchanged, failed } = summaryOf(final.stdout);
    assert.deepEqual(
      { added, updated, unchanged, failed },
      { added: COUNT - stored, updated: 0, unchanged: stored, failed: 0 },
    );
    assert.deepEqual(await sortedIds(db, ids, BATCH, 'voorbeeldgemeente', `${label}, completed`), [...ids].sort());

    const again = await runToEnd([...args, '--json']);
    assert.equal(again.status, 0, again.stderr);
    assert.equal(summaryOf(again.stdout).unchanged, COUNT, 'a second run adds nothing');
  });
});

describe('griffie sync ob SIGKILLed at random moments', () => {
  // Past its start a page takes ~25 ms: a few long delays can get to the end, and the archive is started over.
  const COUNT = 240;
  /** Papers per page of the fake SRU service: each page is one transaction. */
  const PAGE = 2;
  const PLAN: KillPlan = { delayShare: 0.4, delayMs: [0, 1300], steps: [1, 3], afterStepMs: [0, 60] };
  const papers = fictionalPapers(COUNT, '99003', '2025-04-01');
  /** The sync asks for the papers in identifier order (`sortBy dt.identifier`). */
  const ids = papers.map((paper) => paper.id).sort();
  const db = join(dir, 'sync.db');
  let server: OfficialServer;
  const args = () => ['sync', 'ob', '--base-url', server.url, '--db', db, '--pause', '0', '--since', '2025-01-01'];
  before(async () => {
    assertBuilt();
    server = await startOfficialServer({ papers, sruMaxRecords: PAGE });
  });
  after(() => server.close());

  it('should keep the archive whole after every kill, and complete it from the checkpoint', async (t) => {
    const label = `sync ob, seed ${SEED}`;
    t.diagnostic(`seed ${SEED} (GRIFFIE_CRASH_SEED=${SEED} replays these kills)`);
    const report = await killRepeatedly({
      label,
      args: args(),
      db,
      moments: killMoments(SEED + 2, KILLS, PLAN),
      // A step: a page of the search fetched (its papers are fetched, parsed and stored next).
      progress: () => linesWhere((line) => line.startsWith('sync ob: page')),
      expected: { ids, batch: PAGE, word: 'fictief' },
    });
    t.diagnostic(describeKills(report, COUNT));
    assertKillsLanded(report, COUNT, label);

    const stored = report.stored.length;
    const final = await runToEnd([...args(), '--json']);
    assert.equal(final.status, 0, final.stderr);
    const summary = summaryOf(final.stdout);
    assert.equal(summary.added, COUNT - stored, 'the papers not stored yet, and no others, are added');
    assert.equal(summary.updated, 0);
    assert.equal(summary.failed, 0);
    assert.ok(
      summary.unchanged <= PAGE,
      `at most the page stored before its checkpoint is read again: ${summary.unchanged}`,
    );
    assert.deepEqual(await sortedIds(db, ids, PAGE, 'fictief', `${label}, completed`), ids);

    const again = await runToEnd([...args(), '--json']);
    assert.equal(again.status, 0, again.stderr);
    assert.equal(summaryOf(again.stdout).added, 0, 'a second run adds nothing');
  });
});

describe('griffie import SIGKILLed at random moments', () => {
  const COUNT = 240;
  const BATCH = 2;
  // Batches of two commit every few ms: a short wait after a step still lands in the next ones.
  const PLAN: KillPlan = { delayShare: 0.4, delayMs: [0, 1200], steps: [1, 2], afterStepMs: [0, 10] };
  const file = join(dir, 'export.jsonl');
  const db = join(dir, 'import.db');
  const args = ['import', file, '--db', db, '--batch', String(BATCH)];
  let ids: string[] = [];
  before(() => {
    assertBuilt();
    const source = join(dir, 'import-source.db');
    writePapers(join(dir, 'import-papers'), COUNT);
    const ingested = griffie(['ingest', join(dir, 'import-papers'), '--db', source]);
    assert.equal(ingested.status, 0, ingested.stderr);
    const exported = griffie(['export', '--db', source]);
    assert.equal(exported.status, 0, exported.stderr);
    writeFileSync(file, exported.stdout);
    // Import stores the papers in the order of the export's lines.
    ids = exported.stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    assert.equal(ids.length, COUNT);
  });

  it('should keep the archive whole after every kill, and restore the export byte for byte', async (t) => {
    const label = `import, seed ${SEED}`;
    t.diagnostic(`seed ${SEED} (GRIFFIE_CRASH_SEED=${SEED} replays these kills)`);
    const report = await killRepeatedly({
      label,
      args,
      db,
      moments: killMoments(SEED + 3, KILLS, PLAN),
      // A step: a batch committed to the archive (import prints no progress off a terminal).
      progress: (stored) => archiveGrowth(db, stored, BATCH),
      expected: { ids, batch: BATCH, word: 'voorbeeldgemeente' },
    });
    t.diagnostic(describeKills(report, COUNT));
    assertKillsLanded(report, COUNT, label);

    const stored = report.stored.length;
    const final = await runToEnd([...args, '--json']);
    assert.equal(final.status, 0, final.stderr);
    const { lines, added, updated, unchanged, failed } = summaryOf(final.stdout);
    assert.deepEqual(
      { lines, added, updated, unchanged, failed },
      { lines: COUNT, added: COUNT - stored, updated: 0, unchanged: stored, failed: 0 },
    );
    assert.deepEqual(await sortedIds(db, ids, BATCH, 'voorbeeldgemeente', `${label}, completed`), [...ids].sort());
    const restored = griffie(['export', '--db', db]);
    assert.equal(restored.status, 0, restored.stderr);
    assert.equal(restored.stdout, readFileSync(file, 'utf8'), 'the archive exports the same bytes again');

    const again = await runToEnd([...args, '--json']);
    assert.equal(again.status, 0, again.stderr);
    assert.equal(summaryOf(again.stdout).unchanged, COUNT, 'a second run adds nothing');
  });
});
