/**
 * The watches run on a timer inside a long-running process (`griffie serve`): a first
 * run shortly after the start, then one every interval after the last one ended (runs
 * never overlap in the process; the leases keep runs in other processes apart). A run's
 * failure is told, never thrown: the timer goes on.
 *
 * @module
 */

import type { Store } from '../store/index.ts';
import { runWatches, type WatchRunOptions, type WatchRunSummary } from './watch-run.ts';

/** Settings of `startWatchTimer`. */
export interface WatchTimerOptions extends Omit<WatchRunOptions, 'signal'> {
  /** Milliseconds between the end of a run and the start of the next. */
  intervalMs: number;
  /** Milliseconds before the first run (default 1,000). */
  firstDelayMs?: number;
  /** Told what a run did (only when it found, delivered or failed something) or why it failed. */
  report?: (line: string) => void;
}

/** A running timer. */
export interface WatchTimer {
  /** Stop: no run starts any more; a run under way is stopped (its POST in flight abandoned) and awaited. */
  stop(): Promise<void>;
}

/** A run's summary in one line, or null when it did nothing worth telling. */
export function describeRun(summary: WatchRunSummary): string | null {
  const { found, delivered, failed, gaveUp } = summary;
  const errors = summary.watches.flatMap((w) => w.errors.map((e) => `watch ${w.id}: ${e}`));
  if (found + delivered + failed + gaveUp === 0 && errors.length === 0) return null;
  const parts = [
    `${found} new ${found === 1 ? 'paper' : 'papers'} found`,
    `${delivered} ${delivered === 1 ? 'delivery' : 'deliveries'} made`,
  ];
  if (failed > 0) parts.push(`${failed} to retry`);
  if (gaveUp > 0) parts.push(`${gaveUp} given up`);
  return `watches: ${parts.join(', ')}${errors.length > 0 ? ` (${errors.join('; ')})` : ''}`;
}

/**
 * Run the watches of `store` every `intervalMs`, until `stop()`.
 *
 * @example
 * const timer = startWatchTimer(store, { intervalMs: 15 * 60_000, report: (l) => console.error(l) });
 * // … on shutdown:
 * await timer.stop();
 */
export function startWatchTimer(store: Store, options: WatchTimerOptions): WatchTimer {
  const { intervalMs, firstDelayMs = 1000, report = () => {}, ...runOptions } = options;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let stopped = false;

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(tick, ms);
    timer.unref();
  };
  function tick() {
    timer = null;
    running = runWatches(store, { ...runOptions, signal: controller.signal })
      .then((summary) => {
        const line = describeRun(summary);
        if (line !== null) report(line);
      })
      .catch((error: unknown) => {
        if (!stopped) report(`watches: the run failed: ${error instanceof Error ? error.message : String(error)}`);
      })
      .finally(() => {
        running = null;
        schedule(intervalMs);
      });
  }
  schedule(firstDelayMs);

  return {
    async stop() {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      controller.abort();
      await running;
    },
  };
}
