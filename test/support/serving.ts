/**
 * Start the built `griffie` with a command that serves (`serve`, `start`) in a child
 * process and wait for the address it says it serves at (on stderr), for tests that
 * talk to a real server over HTTP.
 *
 * @module
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { REPO_ROOT } from '../../scripts/eval/index.ts';

/** A serving child: its address once known, its exit code once it exits, what it printed so far. */
export interface Serving {
  child: ChildProcess;
  url: Promise<string>;
  exited: Promise<number | null>;
  output(): { stdout: string; stderr: string };
}

/**
 * Run `griffie ...args` with `env` added (debug output and the write token off unless
 * given); `url` rejects with what it printed when it exits before serving.
 *
 * @example
 * const server = serving(['serve', '--db', db, '--port', '0']);
 * const home = await fetch(`${await server.url}/`);
 */
export function serving(args: string[], env: Record<string, string> = {}): Serving {
  const child = spawn(process.execPath, ['bin/griffie.js', ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, GRIFFIE_DEBUG: '', GRIFFIE_API_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  const url = new Promise<string>((resolve, reject) => {
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
      const m = /serving .* at (http:\/\/[^\s/]+)\//.exec(stderr);
      if (m) resolve(m[1] as string);
    });
    child.once('exit', (code) =>
      reject(new Error(`griffie ${args[0]} exited with ${code} before serving:\n${stderr}`)),
    );
  });
  url.catch(() => {});
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, url, exited, output: () => ({ stdout, stderr }) };
}
