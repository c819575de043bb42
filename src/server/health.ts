/**
 * `GET /healthz`: whether this server can answer from its archive, and how old the last
 * sync is, for a load balancer or a monitor. 200 with `status: "ok"` when the archive
 * answers; 503 with `status: "error"` (and the reason) when it does not; 503 with
 * `status: "stale"` when a largest sync age is set (`GRIFFIE_HEALTH_MAX_SYNC_AGE`,
 * seconds) and no source synced within it. Never cached, never rate limited.
 *
 * @module
 */
import type { Checkpoint, Store } from '../store/index.ts';

/** One synced stream and how long ago it was stored. */
export interface SyncAge {
  source: string;
  stream: string;
  syncedAt: string;
  ageSeconds: number | null;
}

/** What `/healthz` answers. */
export interface Health {
  status: 'ok' | 'stale' | 'error';
  version: string;
  /** The papers in the archive; null when it could not be read. */
  papers: number | null;
  /** The newest sync of any stream, in seconds ago; null before the first sync. */
  lastSyncAgeSeconds: number | null;
  syncs: SyncAge[];
  /** Why the status is not `ok`. */
  reason?: string;
}

/** Options of `healthOf`. */
export interface HealthOptions {
  version: string;
  /** A sync older than this (seconds) makes the server `stale`; unset: any age is fine. */
  maxSyncAgeSeconds?: number | undefined;
  now?: () => number;
}

/** Each checkpoint with its age, newest first. */
export function syncAges(checkpoints: readonly Checkpoint[], now: number): SyncAge[] {
  return checkpoints
    .map((c) => {
      const at = Date.parse(c.syncedAt);
      const ageSeconds = Number.isNaN(at) ? null : Math.max(0, Math.round((now - at) / 1000));
      return { source: c.source, stream: c.stream, syncedAt: c.syncedAt, ageSeconds };
    })
    .sort((a, b) => (a.ageSeconds ?? Number.POSITIVE_INFINITY) - (b.ageSeconds ?? Number.POSITIVE_INFINITY));
}

/** The health of a server over `store`. Never throws: a failing archive is `error`. */
export async function healthOf(store: Store, options: HealthOptions): Promise<Health> {
  const now = (options.now ?? Date.now)();
  let papers: number;
  let syncs: SyncAge[];
  try {
    papers = (await store.stats()).documents;
    syncs = syncAges(await store.checkpoints(), now);
  } catch (error) {
    const reason = `the archive does not answer: ${error instanceof Error ? error.message : String(error)}`;
    return { status: 'error', version: options.version, papers: null, lastSyncAgeSeconds: null, syncs: [], reason };
  }
  const lastSyncAgeSeconds = syncs[0]?.ageSeconds ?? null;
  const health: Health = { status: 'ok', version: options.version, papers, lastSyncAgeSeconds, syncs };
  const max = options.maxSyncAgeSeconds;
  if (max !== undefined && (lastSyncAgeSeconds === null || lastSyncAgeSeconds > max)) {
    health.status = 'stale';
    health.reason =
      lastSyncAgeSeconds === null
        ? `no sync has run, and one within ${max} s is required`
        : `the last sync was ${lastSyncAgeSeconds} s ago, more than ${max} s`;
  }
  return health;
}

/** `GRIFFIE_HEALTH_MAX_SYNC_AGE` as seconds, or undefined when unset. */
export function maxSyncAgeFromEnv(env: Readonly<Record<string, string | undefined>>): number | undefined {
  const value = env.GRIFFIE_HEALTH_MAX_SYNC_AGE;
  if (value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (!Number.isInteger(seconds) || seconds <= 0) {
    throw new TypeError(`GRIFFIE_HEALTH_MAX_SYNC_AGE must be a whole number of seconds above 0, not "${value}"`);
  }
  return seconds;
}
