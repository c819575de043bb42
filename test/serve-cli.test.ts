/**
 * `griffie serve` and `griffie start` as a user runs them (the built executable, a real
 * port): they listen, answer pages and the API, stop cleanly on SIGTERM with exit 0,
 * and refuse what they cannot do (a port in use, a short token, no archive) in plain
 * words without a stack trace.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertBuilt, assertNoStack, griffie, tempDir } from './support/cli.ts';
import { serving as startServing } from './support/serving.ts';

const dir = tempDir();
after(() => dir.cleanup());

/** Start `griffie args...` (the official server pointed nowhere) and wait for the address it serves at. */
function serving(args: string[], env: Record<string, string> = {}) {
  return startServing(args, { GRIFFIE_OB_BASE_URL: 'http://127.0.0.1:1', ...env });
}

describe('griffie serve', () => {
  const db = join(dir.dir, 'archive', 'griffie.db');
  before(() => {
    assertBuilt();
    const filled = griffie(['start', '--offline', '--no-serve', '--db', db]);
    assert.equal(filled.status, 0, filled.stderr);
  });

  it('should serve the pages and the API, and stop cleanly on SIGTERM', async () => {
    const server = serving(['serve', '--db', db, '--port', '0']);
    const url = await server.url;
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const home = await fetch(`${url}/`);
    assert.equal(home.status, 200);
    assert.match(await home.text(), /voorbeeldstukken/);
    const paper = await fetch(`${url}/stuk/kst-32824-93`);
    assert.match(await paper.text(), /28 mei 2015/);
    const api = await fetch(`${url}/api/v1/search?q=radicalisering`);
    assert.equal(((await api.json()) as { total: number }).total, 1);
    server.child.kill('SIGTERM');
    assert.equal(await server.exited, 0);
    assert.match(server.output().stderr, /stopping/);
    assertNoStack(server.output().stderr);
  });

  it('should say so when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = griffie(['serve', '--db', db, '--port', String(port)]);
      assert.equal(result.status, 1);
      assert.match(result.stderr, new RegExp(`cannot listen on 127\\.0\\.0\\.1:${port}: the port is in use`));
      assertNoStack(result.stderr);
    } finally {
      blocker.close();
    }
  });

  it('should refuse a short GRIFFIE_API_TOKEN, a bad port and a missing archive', () => {
    const short = griffie(['serve', '--db', db, '--port', '0'], { env: { GRIFFIE_API_TOKEN: 'abc' } });
    assert.equal(short.status, 2);
    assert.match(short.stderr, /GRIFFIE_API_TOKEN must be at least 16 characters/);
    const port = griffie(['serve', '--db', db, '--port', '70000']);
    assert.equal(port.status, 2);
    assert.match(port.stderr, /--port must be a whole number from 0 to 65535/);
    const missing = griffie(['serve', '--db', join(dir.dir, 'none.db')]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /no archive at/);
    for (const r of [short, port, missing]) assertNoStack(r.stderr);
  });
});

/** The pids of a process's children. */
function childrenOf(pid: number): number[] {
  const out = spawnSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).stdout;
  return out
    .split('\n')
    .map((l) => Number(l.trim()))
    .filter((n) => n > 0);
}

/** Wait until `check` holds (polling), or fail after `ms`. */
async function eventually(check: () => boolean, what: string, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('griffie serve --workers', () => {
  const db = join(dir.dir, 'workers', 'griffie.db');
  before(() => {
    assertBuilt();
    const filled = griffie(['start', '--offline', '--no-serve', '--db', db]);
    assert.equal(filled.status, 0, filled.stderr);
  });

  it('should serve from several processes behind one port, replace a worker that dies, and stop them all', async () => {
    const server = serving(['serve', '--db', db, '--port', '0', '--workers', '2']);
    const url = await server.url;
    assert.match(server.output().stderr, /with 2 worker processes/);
    const primary = server.child.pid as number;
    const workers = childrenOf(primary);
    assert.equal(workers.length, 2);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => fetch(`${url}/api/v1/search?q=${i % 2 ? 'radicalisering' : 'imam'}`)),
    );
    assert.deepEqual(
      answers.map((a) => a.status),
      Array(20).fill(200),
    );
    process.kill(workers[0] as number, 'SIGKILL');
    await eventually(() => /a worker died \(SIGKILL\); starting another/.test(server.output().stderr), 'the restart');
    await eventually(() => childrenOf(primary).filter((p) => p !== workers[0]).length === 2, 'a second worker');
    const paper = await fetch(`${url}/stuk/kst-32824-93`);
    assert.equal(paper.status, 200);
    const now = childrenOf(primary);
    server.child.kill('SIGTERM');
    assert.equal(await server.exited, 0);
    for (const pid of now) assert.throws(() => process.kill(pid, 0), 'every worker has stopped');
    assertNoStack(server.output().stderr);
  });

  it('should stop with a clear message when the workers cannot listen, and refuse a bad count', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = griffie(['serve', '--db', db, '--port', String(port), '--workers', '2']);
      assert.equal(result.status, 1);
      assert.match(result.stderr, /the port is in use/);
      assert.match(result.stderr, /a worker stopped before it served/);
      assertNoStack(result.stderr);
    } finally {
      blocker.close();
    }
    const bad = griffie(['serve', '--db', db, '--workers', 'many']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--workers must be a whole number from 1 to 64, or auto/);
  });
});

describe('griffie start', () => {
  it('should fill an empty archive offline and then serve it', async () => {
    const db = join(dir.dir, 'start', 'griffie.db');
    const server = serving(['start', '--db', db, '--port', '0']);
    const url = await server.url;
    assert.match(server.output().stdout, /loaded \d+ example papers/);
    const dossier = await fetch(`${url}/dossier/32824`);
    assert.equal(dossier.status, 200);
    server.child.kill('SIGINT');
    assert.equal(await server.exited, 0);
  });
});
