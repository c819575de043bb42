/**
 * Running the real `griffie` executable (`node bin/griffie.js`, which runs the
 * compiled `dist/`) from tests, and temporary folders for their inputs.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { type SpawnSyncOptions, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../../scripts/eval/index.ts';

/** What a run of the executable left behind. */
export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Fail with a clear message when `dist/` was not built (`npm run build`). */
export function assertBuilt(): void {
  assert.ok(
    existsSync(join(REPO_ROOT, 'dist', 'cli', 'index.js')),
    'dist/ is missing: run `npm run build` before the CLI tests (npm test does)',
  );
}

/**
 * Run `node bin/griffie.js ...args` in the repository root.
 *
 * @example
 * const { status, stdout } = griffie(['parse', 'paper.txt']);
 */
export function griffie(args: string[], options: SpawnSyncOptions = {}): CliResult {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['bin/griffie.js', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 120_000,
    ...options,
    env: { ...process.env, GRIFFIE_DEBUG: '', ...options.env },
  });
  return {
    status: result.status,
    stdout: String(result.stdout ?? ''),
    stderr: String(result.stderr ?? ''),
    ms: performance.now() - started,
  };
}

/** Assert that stderr is plain words: no stack trace lines ("    at ..."). */
export function assertNoStack(stderr: string): void {
  assert.doesNotMatch(stderr, /^\s+at /m, `stderr shows a stack trace:\n${stderr}`);
  assert.doesNotMatch(stderr, /internal error/i, `stderr reports an internal error:\n${stderr}`);
}

/** A fresh temporary folder, removed by the returned `cleanup`. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'griffie-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
