/**
 * `griffie watch` and the watch timer of `griffie serve` as a user runs them (the
 * built executable), against a webhook receiver on a local port that checks the
 * signature with the secret `watch add` printed: mistakes refused in plain words
 * (exit 2), papers ingested between runs delivered in the next run only, a failed
 * delivery making `watch run` exit 1 and coming again on the next run, exactly once;
 * `serve --watch-interval` delivering what is ingested while it serves, with one
 * process or several.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO_ROOT } from '../scripts/eval/index.ts';
import { assertBuilt, assertNoStack, type CliResult, griffie, tempDir } from './support/cli.ts';
import { paperText } from './support/papers.ts';
import { acceptedPapers, type Receiver, signatureValid, startReceiver } from './support/webhook-receiver.ts';

const dir = tempDir();
after(() => dir.cleanup());

/** Run `griffie args...` without blocking this process (the receiver must answer meanwhile). */
function griffieAsync(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/griffie.js', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, GRIFFIE_DEBUG: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.once('exit', (status) => resolve({ status, stdout, stderr, ms: performance.now() - started }));
  });
}

/** Write fictional papers `from` … `to - 1` (`support/papers.ts`) into a folder of their own, and ingest them. */
function ingest(db: string, from: number, to: number): void {
  const folder = join(dir.dir, `papers-${from}-${to}`);
  mkdirSync(folder, { recursive: true });
  for (let i = from; i < to; i++) writeFileSync(join(folder, `paper-${i}.txt`), paperText(i));
  const result = griffie(['ingest', folder, '--db', db]);
  assert.equal(result.status, 0, result.stderr);
}

/** The ids of the fictional papers `from` … `to - 1` of dossier 99003 (`paperText`: dossier 99 000 + i % 7, number i + 1). */
const dossier3 = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, k) => from + k)
    .filter((i) => i % 7 === 3)
    .map((i) => `kst-99003-${i + 1}`);

/** Wait until `check()` holds (polling), or fail after `ms`. */
async function eventually(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('griffie watch', () => {
  const db = join(dir.dir, 'archive', 'griffie.db');
  let receiver: Receiver;
  let secret = '';
  before(async () => {
    assertBuilt();
    receiver = await startReceiver();
    ingest(db, 0, 7);
  });
  after(() => receiver?.close());

  it('should refuse a query it cannot read, a bad webhook, a short secret and a bad id, in plain words', () => {
    const cases: [string[], RegExp][] = [
      [['watch', 'add', 'dossier:99003', '(', '--db', db], /the query cannot be read: .*at character/],
      [['watch', 'add', 'dossier:99003', '--webhook', 'ftp://example.org/', '--db', db], /http:\/\/ or https:\/\//],
      [['watch', 'add', 'dossier:99003', '--webhook', receiver.url, '--secret', 'kort', '--db', db], /secret must be/],
      [['watch', 'add', 'dossier:99003', '--secret', 'zestien-tekens-lang', '--db', db], /give a webhook too/],
      [['watch', 'remove', 'een', '--db', db], /a watch id is a whole number/],
      [['serve', '--db', db, '--watch-interval', 'vaak'], /--watch-interval must be 0 \(off\) or a number of minutes/],
    ];
    for (const [args, why] of cases) {
      const result = griffie(args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, why);
      assertNoStack(result.stderr);
    }
    const missing = griffie(['watch', 'list', '--db', join(dir.dir, 'nergens.db')]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no archive at/);
    assert.match(griffie(['watch', 'list', '--db', db]).stdout, /no watches \(add one with: griffie watch add QUERY\)/);
  });

  it('should add a watch, print its secret once, and list it without the secret', () => {
    const added = griffie([
      'watch',
      'add',
      'dossier:99003',
      '--name',
      'Dossier drie',
      '--webhook',
      receiver.url,
      '--db',
      db,
    ]);
    assert.equal(added.status, 0, added.stderr);
    assert.match(added.stdout, /^added watch 1: Dossier drie$/m);
    assert.match(added.stdout, /^ {3}feed {5}\/feeds\/watch\/[A-Za-z0-9_-]{32}\.atom$/m);
    secret = /^ {3}secret {3}(\S+)$/m.exec(added.stdout)?.[1] ?? '';
    assert.match(secret, /^[A-Za-z0-9_-]{43}$/);
    const listed = griffie(['watch', 'list', '--db', db]);
    assert.equal(listed.status, 0);
    assert.match(listed.stdout, /^1 {2}Dossier drie {2}\(dossier:99003\)$/m);
    assert.match(listed.stdout, /not run yet; found 0, pending 0, failed 0/);
    const json = griffie(['watch', 'list', '--json', '--db', db]);
    assert.equal(JSON.parse(json.stdout).webhook, receiver.url);
    for (const output of [listed.stdout, json.stdout]) assert.doesNotMatch(output, new RegExp(secret));
    const feedOnly = griffie(['watch', 'add', 'woningbouw', '--json', '--db', db]);
    const body = JSON.parse(feedOnly.stdout);
    assert.deepEqual([body.watch.id, body.watch.webhook, 'secret' in body], [2, null, false]);
  });

  it('should deliver the papers ingested between runs in the next run only, signed', async () => {
    const first = await griffieAsync(['watch', 'run', '--db', db]);
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /^1 {2}Dossier drie: 0 new, 0 deliveries made$/m);
    assert.equal(receiver.received.length, 0, 'papers stored before the watch are not new to it');
    ingest(db, 7, 20);
    const second = await griffieAsync(['watch', 'run', '--db', db, '--base-url', 'https://griffie.example.org/']);
    assert.equal(second.status, 0, second.stderr);
    assert.match(second.stdout, /^1 {2}Dossier drie: 2 new, 1 delivery made$/m);
    assert.deepEqual(acceptedPapers(receiver), dossier3(7, 20));
    const [request] = receiver.received;
    assert.ok(signatureValid(request!, secret), 'signed with the secret watch add printed');
    assert.match(String(request?.headers['user-agent']), /^Griffie\/\d+\.\d+\.\d+ \(watch\)$/);
    assert.equal(JSON.parse(request!.body).papers[0].url, `https://griffie.example.org/stuk/${dossier3(7, 20)[0]}`);
    const third = await griffieAsync(['watch', 'run', '--json', '--db', db]);
    assert.equal(third.status, 0);
    assert.deepEqual(
      JSON.parse(third.stdout).watches.map((w: { found: number; delivered: number }) => [w.found, w.delivered]),
      [
        [0, 0],
        [0, 0],
      ],
    );
    assert.equal(receiver.received.length, 1, 'nothing delivered twice');
  });

  it('should exit 1 when a delivery fails, and deliver it on the next run, exactly once', async () => {
    receiver.answer = 503;
    ingest(db, 20, 28);
    const failed = await griffieAsync(['watch', 'run', '--db', db]);
    assert.equal(failed.status, 1);
    assert.match(
      failed.stdout,
      /1 to retry\n {3}a delivery of 1 paper failed \(attempt 1; retried from .*\): the webhook answered HTTP 503/,
    );
    assert.match(failed.stderr, /griffie: 1 delivery failed \(see above\)/);
    assertNoStack(failed.stderr);
    const listed = griffie(['watch', 'list', '--db', db]).stdout;
    assert.match(listed, /found 3, pending 1, failed 0/);
    assert.match(listed, /last error: a delivery of 1 paper failed .*HTTP 503/);
    receiver.answer = 200;
    const retried = await griffieAsync(['watch', 'run', '--db', db]);
    assert.equal(retried.status, 0, retried.stdout);
    assert.deepEqual(acceptedPapers(receiver), [...dossier3(7, 20), ...dossier3(20, 28)]);
    assert.match(griffie(['watch', 'list', '--db', db]).stdout, /found 3, pending 0, failed 0\n(?! {3}last error)/);
  });

  it('should remove a watch', () => {
    const removed = griffie(['watch', 'remove', '2', '--db', db]);
    assert.equal(removed.status, 0);
    assert.equal(removed.stdout, 'removed watch 2\n');
    const again = griffie(['watch', 'remove', '2', '--db', db]);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /no watch 2/);
  });
});

describe('griffie serve --watch-interval', () => {
  let receiver: Receiver;
  before(async () => {
    assertBuilt();
    receiver = await startReceiver();
  });
  after(() => receiver?.close());

  /** Serve `db` with these extra arguments until the receiver got what `ids` names, then stop it. */
  async function serveUntilDelivered(db: string, extra: string[], ids: () => string[]): Promise<string> {
    const child: ChildProcess = spawn(
      process.execPath,
      ['bin/griffie.js', 'serve', '--db', db, '--port', '0', '--watch-interval', '0.05', ...extra],
      { cwd: REPO_ROOT, env: { ...process.env, GRIFFIE_DEBUG: '' }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      await eventually(() => /serving /.test(stderr), 'serving');
      ingest(db, 28, 42);
      await eventually(() => ids().every((id) => acceptedPapers(receiver).includes(id)), 'the deliveries');
      // Two more timer rounds: nothing comes twice.
      await new Promise((r) => setTimeout(r, 7000));
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0, stderr);
    return stderr;
  }

  for (const workers of ['1', '2']) {
    it(`should deliver what is ingested while it serves, once (--workers ${workers})`, async () => {
      const db = join(dir.dir, `serving-${workers}`, 'griffie.db');
      ingest(db, 0, 7);
      const added = griffie(['watch', 'add', 'dossier:99003', '--webhook', receiver.url, '--db', db]);
      assert.equal(added.status, 0, added.stderr);
      receiver.received.length = 0;
      const stderr = await serveUntilDelivered(db, ['--workers', workers], () => dossier3(28, 42));
      assert.deepEqual(acceptedPapers(receiver), dossier3(28, 42));
      assert.equal(receiver.received.length, 1, 'one delivery, never repeated');
      assert.match(stderr, /griffie: watches: 2 new papers found, 1 delivery made/);
      assert.equal(stderr.match(/griffie: watches:/g)?.length, 1, 'quiet when a round finds nothing');
      assertNoStack(stderr);
    });
  }
});
