/**
 * The watch timer of `griffie serve` (`--watch-interval MINUTES`, default 15, 0 off):
 * the watches run in the serving process, every so many minutes. With `--workers N`
 * only the primary process runs it (it serves no requests itself; the workers never
 * do), so one `griffie serve` runs the watches once per interval however many workers
 * it has. Other processes running watches at the same time (`griffie watch run`,
 * another `griffie serve` on the same PostgreSQL archive) are kept apart per watch by
 * the leases in the archive.
 *
 * @module
 */
import cluster from 'node:cluster';
import { startWatchTimer } from '../pipeline/index.ts';
import type { Store } from '../store/index.ts';
import { UsageError } from './errors.ts';
import { VERSION } from './version.ts';
import { publicUrl } from './watch.ts';

/** The `--watch-interval` option of `serve`. */
export const WATCH_INTERVAL_OPTION = [
  '--watch-interval <minutes>',
  'run the watches (griffie watch) every so many minutes while serving; 0: never',
  '15',
] as const;

/** Most minutes between runs (a day). */
const MAX_MINUTES = 24 * 60;

/** The minutes of `--watch-interval`: 0 (off), or a number from 0.05 (3 seconds) to 1440. */
export function watchInterval(value: string): number {
  const minutes = /^\d+(?:\.\d+)?$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (minutes === 0) return 0;
  if (!(minutes >= 0.05 && minutes <= MAX_MINUTES))
    throw new UsageError(
      `--watch-interval must be 0 (off) or a number of minutes from 0.05 to ${MAX_MINUTES}, not "${value}"`,
    );
  return minutes;
}

/**
 * Run `work` (serving) with the watch timer going every `minutes` beside it, unless
 * `minutes` is 0 or this is a worker process; the timer is stopped (a run under way
 * ended) before this returns.
 */
export async function withWatchTimer<T>(store: Store, minutes: number, work: () => Promise<T>): Promise<T> {
  if (minutes === 0 || cluster.isWorker) return work();
  const timer = startWatchTimer(store, {
    intervalMs: Math.round(minutes * 60_000),
    baseUrl: publicUrl(undefined),
    userAgent: `Griffie/${VERSION} (watch)`,
    report: (line) => process.stderr.write(`griffie: ${line}\n`),
  });
  try {
    return await work();
  } finally {
    await timer.stop();
  }
}
