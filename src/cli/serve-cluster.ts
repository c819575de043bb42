/**
 * `griffie serve --workers N`: N processes behind one port. Node's cluster makes this
 * process the primary, which accepts connections and hands them to the workers in turn;
 * each worker (`serve-worker.ts`) opens its own connection to the archive and serves the
 * whole app. SQLite in WAL mode lets every worker read while one writes, PostgreSQL
 * takes them as it takes any clients.
 *
 * The primary restarts a worker that dies after it started listening (at most
 * `MAX_RESTARTS` within a minute), and stops them all when one fails before listening
 * (a port in use would fail every new worker too). SIGINT or SIGTERM stops the workers
 * gracefully: each lets its open requests finish and closes its archive.
 *
 * @module
 */
import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { EXIT, UsageError } from './errors.ts';

/** What a worker is told (through the environment: `WORKER_ENV`). */
export interface WorkerSettings {
  db: string | undefined;
  /** `--read-url`, when given (else each worker reads `GRIFFIE_DATABASE_READ_URL` from the environment it inherits). */
  readUrl?: string | undefined;
  host: string;
  port: number;
}

/** The environment variable carrying a worker's settings as JSON. */
export const WORKER_ENV = 'GRIFFIE_SERVE_WORKER';

/** Most workers `auto` starts. */
const AUTO_MAX = 8;
/** Worker deaths within `RESTART_WINDOW_MS` after which the primary gives up. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;
/** How long stopping workers may take before they are killed. */
const STOP_GRACE_MS = 15_000;

/** The worker count of `--workers`: a whole number 1–64, or `auto` (the cores, at most 8). */
export function workerCount(value: string): number {
  if (value === 'auto') return Math.max(1, Math.min(AUTO_MAX, availableParallelism()));
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 64)
    throw new UsageError(`--workers must be a whole number from 1 to 64, or auto (got "${value}")`);
  return Number(value);
}

const tell = (message: string) => process.stderr.write(`griffie: ${message}\n`);

/** The worker module, with the TypeScript loader when running from source. */
function workerModule(): { exec: string; execArgv: string[] } {
  const ts = import.meta.url.endsWith('.ts');
  const exec = fileURLToPath(new URL(`./serve-worker.${ts ? 'ts' : 'js'}`, import.meta.url));
  const hasLoader = process.execArgv.some((a) => a.includes('tsx'));
  return { exec, execArgv: ts && !hasLoader ? [...process.execArgv, '--import', 'tsx'] : process.execArgv };
}

/** Serve with `count` worker processes until SIGINT or SIGTERM; returns the exit code. */
export async function serveCluster(settings: WorkerSettings, count: number, describe: string): Promise<number> {
  cluster.setupPrimary({ ...workerModule(), silent: false });
  const alive = new Set<Worker>();
  const listening = new Set<Worker>();
  const deaths: number[] = [];
  let stopping = false;
  let failed = false;
  let announced = false;

  const fork = () => alive.add(cluster.fork({ [WORKER_ENV]: JSON.stringify(settings) }));

  return new Promise<number>((resolve) => {
    const finish = () => {
      if (alive.size === 0) {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve(failed ? EXIT.failed : EXIT.ok);
      }
    };
    const stop = () => {
      if (stopping) return;
      stopping = true;
      tell('stopping');
      for (const worker of alive) worker.process.kill('SIGTERM');
      setTimeout(() => {
        for (const worker of alive) worker.process.kill('SIGKILL');
      }, STOP_GRACE_MS).unref();
      finish();
    };
    cluster.on('listening', (worker, address) => {
      listening.add(worker);
      if (!announced && listening.size === count) {
        announced = true;
        const host = address.address?.includes(':') ? `[${address.address}]` : (address.address ?? settings.host);
        tell(`serving ${describe} at http://${host}:${address.port}/ with ${count} worker processes; Ctrl-C stops`);
      }
    });
    cluster.on('exit', (worker, code, signal) => {
      alive.delete(worker);
      const started = listening.delete(worker);
      if (stopping) return finish();
      if (!started) {
        failed = true;
        tell(`a worker stopped before it served (exit ${signal ?? code}); stopping`);
        return stop();
      }
      const now = Date.now();
      deaths.push(now);
      while (deaths.length > 0 && (deaths[0] as number) < now - RESTART_WINDOW_MS) deaths.shift();
      if (deaths.length > MAX_RESTARTS) {
        failed = true;
        tell(`${deaths.length} workers died within a minute; stopping`);
        return stop();
      }
      tell(`a worker died (${signal ?? `exit ${code}`}); starting another`);
      fork();
    });
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    for (let i = 0; i < count; i++) fork();
  });
}
