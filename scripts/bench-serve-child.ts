/**
 * The server process of `npm run bench:serve` (`scripts/bench-serve-server.ts`, which
 * runs `griffie serve` from the sources): started, watched and stopped.
 *
 * @module
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './eval/index.ts';

/** Start the server on `db`; resolves with its URL once it listens. Each line of its stderr goes to `log`. */
export function startChild(
  db: string,
  workers: number,
  log: (line: string) => void,
): Promise<{ child: ChildProcess; url: string }> {
  const server = join('scripts', 'bench-serve-server.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', server, db, String(workers)], {
    cwd: REPO_ROOT,
    // Request lines (one per request) would flood the bench's own log: warnings and errors only.
    env: { ...process.env, GRIFFIE_API_TOKEN: '', GRIFFIE_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Our stdout carries only the figures.
  child.stdout?.pipe(process.stderr);
  return new Promise((resolve, reject) => {
    let pending = '';
    let url: string | null = null;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('the server did not say where it listens within 60 s'));
    }, 60_000);
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        log(line);
        const found = url === null ? /serving .* at (http:\/\/\S+?)\/? /.exec(line) : null;
        if (found) {
          url = found[1] as string;
          clearTimeout(timer);
          resolve({ child, url });
        }
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (url === null) reject(new Error(`the server exited before listening (${signal ?? `exit ${code}`})`));
    });
  });
}

/** Stop the server (SIGTERM lets open requests finish; SIGKILL after 10 s). */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** The resident memory in MB of a process and its children (the workers), where Linux tells it. */
export function rssMb(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  const rssKb = (p: number | string) => {
    try {
      return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      return 0;
    }
  };
  let children: string[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  } catch {
    // No children file: count the process alone.
  }
  const kb = rssKb(pid) + children.reduce((sum, c) => sum + rssKb(c), 0);
  return kb > 0 ? Math.round(kb / 1024) : null;
}

/** The ingest run during the load: stop it to learn what it stored. */
export interface IngestChild {
  stop(): Promise<{ papers: number; seconds: number; per_s: number } | null>;
}

/** Start `bench-serve-ingest.ts` on `db` at niceness `nice` (0: as this process); its stderr goes to `log`. */
export function startIngest(db: string, nice: number, log: (line: string) => void): IngestChild {
  const command = [process.execPath, '--import', 'tsx', join('scripts', 'bench-serve-ingest.ts'), db];
  const [file, ...args] = nice > 0 ? ['nice', '-n', String(nice), ...command] : command;
  const child = spawn(file as string, args, {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    for (const line of chunk.split('\n')) if (line.trim() !== '') log(line);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      // It stops after the batch it is storing; never wait longer than a minute.
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      const code = await exited;
      clearTimeout(timer);
      if (code !== 0) {
        log(`the ingest exited with ${code}`);
        return null;
      }
      const last = stdout.trim().split('\n').pop() ?? '';
      try {
        return JSON.parse(last) as { papers: number; seconds: number; per_s: number };
      } catch {
        return null;
      }
    },
  };
}
