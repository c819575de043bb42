/**
 * A run of the watches (`griffie watch run`, and the timer of `griffie serve`): for each
 * watch, claim it (a lease in the archive, so concurrent runs in any processes take
 * turns per watch), find the papers stored since its cursor that match its query,
 * record them and move the cursor in one transaction (they are then in its Atom feed and
 * pending for its webhook), then POST the deliveries that are due and settle each.
 *
 * Guarantees: a paper is found once per watch (a paper changed after it was found is
 * not delivered again); a recorded delivery is retried until it succeeds or is given up
 * after `maxAttempts` (visible in `watch list`); a failed one is due again on the next
 * run, then with growing pauses (`retryAfter`). A delivery is marked delivered after
 * its POST succeeds, so a run stopped between the two (a crash, a kill) sends it once
 * more on the next run, with the same `X-Griffie-Delivery` id for receivers to dedupe.
 *
 * @module
 */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { SearchQueryError } from '../search/index.ts';
import type { ClaimedWatch, Store, Watch } from '../store/index.ts';
import { type PostOptions, postWebhook } from './watch-webhook.ts';

/** Settings of a run; the defaults suit `griffie watch run` and the serve timer. */
export interface WatchRunOptions extends Omit<PostOptions, 'signal'> {
  /** The clock (tests move it); default `new Date()`. */
  now?: () => Date;
  /** Who runs, for the leases (default: host, process and a random part). */
  owner?: string;
  /** How long a claim holds before another run may take the watch (default 10 minutes); renewed per delivery. */
  leaseMs?: number;
  /** Papers per delivery (default 50). */
  batch?: number;
  /** Papers a watch takes in one run (default 1,000; the rest come in the next run). */
  limit?: number;
  /** Attempts after which a delivery is given up (default 8). */
  maxAttempts?: number;
  /** The web app's public address (e.g. `https://griffie.example.org`), for each paper's `url`. */
  baseUrl?: string | null;
  /** Only these watches (by id); default all. */
  only?: number[];
  /** Stops the run: the POST in flight is abandoned (not counted), nothing more is started. */
  signal?: AbortSignal;
}

/** What a run did with one watch. */
export interface WatchRunResult {
  id: number;
  name: string;
  /** `ran`; `busy` when another run held it; `gone` when it was removed meanwhile. */
  status: 'ran' | 'busy' | 'gone';
  /** Papers newly found. */
  found: number;
  /** Deliveries made, and the papers they carried. */
  delivered: number;
  deliveredPapers: number;
  /** Deliveries that failed in this run (retried later), and those given up now. */
  failed: number;
  gaveUp: number;
  /** What went wrong, in words (the query, the webhook). */
  errors: string[];
}

/** What a run did. */
export interface WatchRunSummary {
  watches: WatchRunResult[];
  found: number;
  delivered: number;
  failed: number;
  gaveUp: number;
}

/** Longest pause between attempts at a delivery. */
const MAX_PAUSE_MS = 6 * 60 * 60 * 1000;
/** The pause after the second failed attempt, doubled after each next one. */
const FIRST_PAUSE_MS = 5 * 60 * 1000;

/**
 * When a delivery that has failed `attempts` times is due again, in milliseconds after
 * its last attempt: at once (the next run) after the first failure, then 5 minutes,
 * doubling to at most 6 hours; null once `maxAttempts` is reached (given up).
 *
 * @example
 * retryAfter(1, 8) // 0
 * retryAfter(3, 8) // 600000 (10 minutes)
 * retryAfter(8, 8) // null
 */
export function retryAfter(attempts: number, maxAttempts: number): number | null {
  if (attempts >= maxAttempts) return null;
  if (attempts <= 1) return 0;
  return Math.min(MAX_PAUSE_MS, FIRST_PAUSE_MS * 2 ** (attempts - 2));
}

/** A lease owner naming this process. */
function newOwner(): string {
  return `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
}

/** Run one claimed watch; `lost` is set when its lease was taken or it was removed mid-way. */
async function runClaimed(
  store: Store,
  watch: ClaimedWatch,
  owner: string,
  options: WatchRunOptions,
  result: WatchRunResult,
): Promise<void> {
  const now = options.now ?? (() => new Date());
  const leaseMs = options.leaseMs ?? 10 * 60 * 1000;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 8);
  try {
    const found = await store.watches.matches(watch.query, watch.cursor, options.limit);
    if (found.through > watch.cursor) {
      const kept = await store.watches.record(watch.id, owner, {
        ...found,
        at: now().toISOString(),
        batch: options.batch ?? 50,
      });
      if (kept === null) {
        result.status = 'gone';
        return;
      }
      result.found = kept.length;
    }
  } catch (error) {
    if (!(error instanceof SearchQueryError)) throw error;
    result.errors.push(`the query cannot be read: ${error.message}`);
  }
  if (watch.webhook === null) return;
  for (const delivery of await store.watches.due(watch.id, now().toISOString())) {
    if (options.signal?.aborted) return;
    const start = now();
    if (
      (await store.watches.claim(
        watch.id,
        owner,
        start.toISOString(),
        new Date(start.getTime() + leaseMs).toISOString(),
      )) === null
    ) {
      result.status = 'gone';
      return;
    }
    const outcome = await postWebhook(watch, delivery, options.baseUrl ?? null, options);
    if (options.signal?.aborted) return;
    const at = now();
    if (outcome.ok) {
      await store.watches.settle(delivery.id, { ok: true, at: at.toISOString() });
      result.delivered += 1;
      result.deliveredPapers += delivery.papers.length;
      continue;
    }
    const attempts = delivery.attempts + 1;
    const pause = retryAfter(attempts, maxAttempts);
    const retryAt = pause === null ? null : new Date(at.getTime() + pause).toISOString();
    await store.watches.settle(delivery.id, { ok: false, at: at.toISOString(), error: outcome.error, retryAt });
    const papers = `${delivery.papers.length} ${delivery.papers.length === 1 ? 'paper' : 'papers'}`;
    if (retryAt === null) {
      result.gaveUp += 1;
      result.errors.push(`gave up on a delivery of ${papers} after ${attempts} attempts: ${outcome.error}`);
    } else {
      result.failed += 1;
      result.errors.push(
        `a delivery of ${papers} failed (attempt ${attempts}; retried from ${retryAt}): ${outcome.error}`,
      );
    }
  }
}

/**
 * Run the watches once, in id order. Never throws for a receiver's or a query's fault
 * (they are in the result); a `StoreError` passes through.
 *
 * @example
 * const summary = await runWatches(store, { baseUrl: 'https://griffie.example.org' });
 * if (summary.failed + summary.gaveUp > 0) process.exitCode = 1;
 */
export async function runWatches(store: Store, options: WatchRunOptions = {}): Promise<WatchRunSummary> {
  const now = options.now ?? (() => new Date());
  const owner = options.owner ?? newOwner();
  const leaseMs = options.leaseMs ?? 10 * 60 * 1000;
  const only = options.only === undefined ? null : new Set(options.only);
  const all: Watch[] = await store.watches.list();
  const results: WatchRunResult[] = [];
  for (const listed of all) {
    if (only !== null && !only.has(listed.id)) continue;
    if (options.signal?.aborted) break;
    const result: WatchRunResult = {
      id: listed.id,
      name: listed.name,
      status: 'ran',
      found: 0,
      delivered: 0,
      deliveredPapers: 0,
      failed: 0,
      gaveUp: 0,
      errors: [],
    };
    results.push(result);
    const start = now();
    const watch = await store.watches.claim(
      listed.id,
      owner,
      start.toISOString(),
      new Date(start.getTime() + leaseMs).toISOString(),
    );
    if (watch === null) {
      result.status = (await store.watches.get(listed.id)) === null ? 'gone' : 'busy';
      continue;
    }
    try {
      await runClaimed(store, watch, owner, options, result);
    } finally {
      const error = result.errors.length === 0 ? null : result.errors.join('; ');
      await store.watches.release(watch.id, owner, { at: now().toISOString(), error });
    }
  }
  const sum = (pick: (r: WatchRunResult) => number) => results.reduce((n, r) => n + pick(r), 0);
  return {
    watches: results,
    found: sum((r) => r.found),
    delivered: sum((r) => r.delivered),
    failed: sum((r) => r.failed),
    gaveUp: sum((r) => r.gaveUp),
  };
}
