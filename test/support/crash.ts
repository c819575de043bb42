/**
 * Killing the real `griffie` executable with SIGKILL at random moments, for the crash
 * tests (`test/crash.test.ts`): moments drawn from a seeded PRNG (`GRIFFIE_CRASH_SEED`
 * replays a run), a run killed `ms` after its start or `ms` after its `steps`th step of
 * progress (a line on stderr, or a batch seen committed in the archive), and the checks
 * an archive must pass after every kill: it opens, passes SQLite's `integrity_check` and
 * `foreign_key_check`, and its papers, each once, are a prefix of those expected, in
 * whole batches, found by the index exactly as stored.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { random } from '../../scripts/bench/synthetic.ts';
import { REPO_ROOT } from '../../scripts/eval/index.ts';
import { openStore } from '../../src/store/index.ts';

/** The seed of this run's kill moments: `GRIFFIE_CRASH_SEED` when set, else a fresh one. */
export function crashSeed(): number {
  const given = process.env.GRIFFIE_CRASH_SEED;
  if (given !== undefined && given !== '') {
    const seed = Number(given);
    assert.ok(Number.isSafeInteger(seed) && seed >= 0, `GRIFFIE_CRASH_SEED must be a whole number, not "${given}"`);
    return seed;
  }
  return Math.floor(Math.random() * 2 ** 31);
}

/** When a run is killed: `ms` after its start, or `ms` after its `steps`th step of progress. */
export type KillMoment = { kind: 'delay'; ms: number } | { kind: 'progress'; steps: number; ms: number };

/** The ranges kill moments are drawn from (bounds included). */
export interface KillPlan {
  /** The share of moments that are a delay after the start; the others follow progress. */
  delayShare: number;
  delayMs: [number, number];
  steps: [number, number];
  /** The delay after the step, so that a kill lands inside the next batch's work and commit. */
  afterStepMs: [number, number];
}

/** `count` kill moments of `plan`, drawn from the PRNG seeded with `seed`. */
export function killMoments(seed: number, count: number, plan: KillPlan): KillMoment[] {
  const next = random(seed);
  const between = ([low, high]: [number, number]) => low + Math.floor(next() * (high - low + 1));
  return Array.from({ length: count }, () =>
    next() < plan.delayShare
      ? { kind: 'delay', ms: between(plan.delayMs) }
      : { kind: 'progress', steps: between(plan.steps), ms: between(plan.afterStepMs) },
  );
}

/** A kill moment in words, for messages. */
export function describeMoment(moment: KillMoment): string {
  return moment.kind === 'delay'
    ? `${moment.ms} ms after the start`
    : `${moment.ms} ms after progress step ${moment.steps}`;
}

/** Watches a run's progress: calls `step` at each step; returns a function that stops watching. */
export type Progress = (child: ChildProcess, step: () => void) => () => void;

/** A step at every line of the run's stderr that `counts`. */
export function linesWhere(counts: (line: string) => boolean): Progress {
  return (child, step) => {
    let rest = '';
    const onData = (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) if (counts(line)) step();
    };
    child.stderr?.on('data', onData);
    return () => child.stderr?.off('data', onData);
  };
}

/** Papers in a SQLite archive, or null while it cannot be read (not yet in WAL mode, busy). */
function countOf(reader: Database.Database): number | null {
  try {
    return reader.prepare('SELECT count(*) FROM documents').pluck().get() as number;
  } catch {
    return null;
  }
}

/**
 * A step at every `batch` papers the run commits to the SQLite archive `db` beyond the
 * `from` it held before (read every 2 ms, once the archive is in WAL mode, so that the
 * reader never stands in the way of the writer's start).
 */
export function archiveGrowth(db: string, from: number, batch: number): Progress {
  return (_child, step) => {
    let reader: Database.Database | null = null;
    let steps = 0;
    const timer = setInterval(() => {
      if (reader === null) {
        if (!existsSync(`${db}-wal`)) return;
        try {
          reader = new Database(db, { readonly: true, fileMustExist: true });
        } catch {
          return;
        }
      }
      const count = countOf(reader);
      if (count === null) return;
      while (steps < Math.floor((count - from) / batch)) {
        steps++;
        step();
      }
    }, 2);
    return () => {
      clearInterval(timer);
      reader?.close();
    };
  };
}

/** How a run that was to be killed ended. */
export interface KillRun {
  moment: KillMoment;
  /** Whether the SIGKILL ended it (false: it had ended on its own before). */
  killed: boolean;
  status: number | null;
  signal: NodeJS.Signals | null;
  /** The steps of progress it made before it ended. */
  steps: number;
  stderr: string;
  ms: number;
}

/** Start `griffie ...args` and SIGKILL it at `moment` (the progress watched by `progress`). */
export async function killedRun(args: string[], moment: KillMoment, progress: Progress): Promise<KillRun> {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/griffie.js', ...args], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, GRIFFIE_DEBUG: '' },
  });
  const ended = once(child, 'close') as Promise<[number | null, NodeJS.Signals | null]>;
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const kill = () => child.kill('SIGKILL');
  let steps = 0;
  let timer = moment.kind === 'delay' ? setTimeout(kill, moment.ms) : undefined;
  const stop = progress(child, () => {
    steps++;
    if (moment.kind === 'progress' && steps === moment.steps) timer = setTimeout(kill, moment.ms);
  });
  const [status, signal] = await ended;
  clearTimeout(timer);
  stop();
  return { moment, killed: signal === 'SIGKILL', status, signal, steps, stderr, ms: performance.now() - started };
}

/** How a run to its end ended. */
export interface EndedRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run `griffie ...args` to its end, without blocking this process (a fake server may answer from it). */
export async function runToEnd(args: string[]): Promise<EndedRun> {
  const child = spawn(process.execPath, ['bin/griffie.js', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, GRIFFIE_DEBUG: '' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const [status] = (await once(child, 'close')) as [number | null];
  return { status, stdout, stderr };
}

/**
 * Whether the write-ahead log of the SQLite archive `db` ends in frames of a transaction
 * that was not committed: frames of the log's current generation (their salts are the
 * header's) after its last commit frame. A kill in the middle of a commit leaves them
 * (or one in a transaction large enough to spill its pages); SQLite ignores them.
 */
export function uncommittedInLog(db: string): boolean {
  let log: Buffer;
  try {
    log = readFileSync(`${db}-wal`);
  } catch {
    return false;
  }
  if (log.length < 32) return false;
  const pageSize = log.readUInt32BE(8);
  const salts = [log.readUInt32BE(16), log.readUInt32BE(20)];
  let afterCommit = 0;
  for (let at = 32; at + 24 <= log.length; at += 24 + pageSize) {
    if (log.readUInt32BE(at + 8) !== salts[0] || log.readUInt32BE(at + 12) !== salts[1]) break;
    afterCommit = log.readUInt32BE(at + 4) !== 0 ? 0 : afterCommit + 1;
  }
  return afterCommit > 0;
}

/** What the archive must hold after a kill. */
export interface Expectation {
  /** The ids of every paper, in the order the command commits them. */
  ids: string[];
  /** Papers per transaction: the archive holds whole batches. */
  batch: number;
  /** A word of every paper: the index must find exactly the papers stored. */
  word: string;
}

/**
 * Check the SQLite archive `db` after a kill (`where` says which, in messages) and
 * return the ids it holds (in the order of the store's export): it passes `integrity_check` and
 * `foreign_key_check`, opens with the Griffie store, and holds the first papers of
 * `expected`, each once, in whole batches, each found by the index. An archive that
 * was never created holds nothing.
 */
export async function checkArchive(db: string, expected: Expectation, where: string): Promise<string[]> {
  if (!existsSync(db)) return [];
  const raw = new Database(db, { readonly: true, fileMustExist: true });
  try {
    assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok', `${where}: integrity_check`);
    assert.deepEqual(raw.pragma('foreign_key_check'), [], `${where}: foreign_key_check`);
  } finally {
    raw.close();
  }
  const store = await openStore({ db });
  try {
    const ids: string[] = [];
    for await (const doc of store.exportDocuments()) ids.push(doc.id ?? `(a paper without an id: ${doc.title})`);
    assert.equal(new Set(ids).size, ids.length, `${where}: a paper stored twice: ${ids.join(' ')}`);
    const held = new Set(ids);
    const prefix = expected.ids.slice(0, ids.length);
    assert.deepEqual(
      prefix.filter((id) => !held.has(id)),
      [],
      `${where}: the ${ids.length} papers stored are not the first ${ids.length} expected (some earlier paper is missing, or an unexpected one is stored)`,
    );
    assert.equal(
      ids.length % expected.batch,
      0,
      `${where}: ${ids.length} papers are no whole batches of ${expected.batch}`,
    );
    assert.equal((await store.stats()).documents, ids.length, `${where}: the stats count other papers than stored`);
    const found = await store.search({ query: expected.word, limit: 1 });
    assert.equal(found.total, ids.length, `${where}: the index finds ${found.total} papers, ${ids.length} are stored`);
    return ids;
  } finally {
    await store.close();
  }
}

/** What `killRepeatedly` saw. */
export interface KillReport {
  runs: KillRun[];
  /** The papers stored after each kill. */
  counts: number[];
  /** The ids stored after the last kill. */
  stored: string[];
  /** How many kills left a transaction not committed in the log (`uncommittedInLog`). */
  cutCommits: number;
  /** How many times the archive was complete after a run and was started over. */
  restarts: number;
}

/**
 * Run `args` (a command writing the SQLite archive `db`) once per moment, each run
 * SIGKILLed at its moment, and check the archive after each (`checkArchive`): it never
 * holds fewer papers than before. A run that ended before its kill must have ended
 * well. An archive complete after a run is removed, so that the next run has work to
 * be killed in (on a quiet machine a few long delays can get to the end). `label`
 * (with the seed) begins every message.
 */
export async function killRepeatedly(options: {
  label: string;
  args: string[];
  db: string;
  moments: KillMoment[];
  /** The progress to watch in a run that starts with `stored` papers in the archive. */
  progress: (stored: number) => Progress;
  expected: Expectation;
}): Promise<KillReport> {
  const { label, db, moments, expected } = options;
  let stored = await checkArchive(db, expected, `${label}, before the first kill`);
  const runs: KillRun[] = [];
  const counts: number[] = [];
  let cutCommits = 0;
  let restarts = 0;
  for (const [i, moment] of moments.entries()) {
    const where = `${label}, kill ${i + 1} of ${moments.length} (${describeMoment(moment)})`;
    const run = await killedRun(options.args, moment, options.progress(stored.length));
    if (uncommittedInLog(db)) cutCommits++;
    if (!run.killed)
      assert.equal(run.status, 0, `${where}: it ended on its own, with status ${run.status}:\n${run.stderr}`);
    const now = await checkArchive(
      db,
      expected,
      `${where}, ${run.killed ? 'killed' : 'not killed'} after ${Math.round(run.ms)} ms`,
    );
    assert.ok(
      now.length >= stored.length,
      `${where}: ${stored.length} papers before, ${now.length} after: stored papers were lost`,
    );
    runs.push(run);
    counts.push(now.length);
    stored = now;
    if (now.length === expected.ids.length) {
      for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
      stored = [];
      restarts++;
    }
  }
  return { runs, counts, stored, cutCommits, restarts };
}

/** The kills of a report in words: how many hit a running process, of each kind, and the archive's growth. */
export function describeKills(report: KillReport, total: number): string {
  const killed = report.runs.filter((run) => run.killed);
  const byDelay = killed.filter((run) => run.moment.kind === 'delay').length;
  return (
    `${killed.length} of ${report.runs.length} kills hit a running process ` +
    `(${byDelay} after a delay, ${killed.length - byDelay} after progress), ` +
    `${report.cutCommits} left a transaction not committed in the log; ` +
    `the archive was complete and started over ${report.restarts === 1 ? 'once' : `${report.restarts} times`}; ` +
    `papers stored after each: ${report.counts.join(' ')} (of ${total}); ` +
    `the kills (d: a delay, p: after progress steps; ms; * ended first): ${report.runs.map(shortly).join(' ')}`
  );
}

function shortly(run: KillRun): string {
  const { moment } = run;
  const at = moment.kind === 'delay' ? `d${moment.ms}` : `p${moment.steps}+${moment.ms}`;
  return `${at}${run.killed ? '' : '*'}`;
}
