/**
 * `write` to a pipe that fills: every wait for 'drain' takes its listeners off again, so
 * that a long listing into a slow reader neither leaks listeners nor warns about them.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const OUTPUT = fileURLToPath(new URL('./output.ts', import.meta.url));

/** A child that writes 4 MB through `write` in 64 KB pieces and reports its stdout listeners. */
const CHILD = `
const { write } = await import(${JSON.stringify(OUTPUT)});
const piece = 'x'.repeat(65536);
let waits = 0;
process.stdout.on('drain', () => waits++);
for (let i = 0; i < 64; i++) await write(piece);
const drain = process.stdout.listenerCount('drain') - 1; // less the counter above
process.stderr.write(JSON.stringify({ waits, drain, error: process.stdout.listenerCount('error') }) + '\\n');
`;

describe('cli output', () => {
  it('waits for a full pipe without piling up listeners', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let received = 0;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // A slow reader: the pipe fills and the child waits for 'drain' again and again.
    child.stdout.on('data', (chunk: Buffer) => {
      received += chunk.length;
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 2);
    });
    const ended = new Promise((resolve) => child.stdout.on('end', resolve));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    await ended;
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stderr, /MaxListenersExceeded/);
    const report = JSON.parse(stderr.trim().split('\n').at(-1) as string) as {
      waits: number;
      drain: number;
      error: number;
    };
    assert.ok(report.waits > 10, `the pipe filled only ${report.waits} times`);
    assert.equal(report.drain, 0);
    assert.ok(report.error <= 1, `${report.error} error listeners left on stdout`);
    assert.equal(received, 64 * 65536);
  });
});
