/**
 * The first run on an empty archive (`griffie start`, `npm start`): when
 * officielebekendmakingen answers, the papers of the last days are synced; when it does
 * not (offline, blocked, down), the bundled example archive is loaded instead, and the
 * archive remembers that it holds examples (a checkpoint of the source `examples`), so
 * that every command and page can say so. An archive that holds papers is left alone.
 *
 * @module
 */
import type { Connector, ObSyncOptions } from '../sources/index.ts';
import { SourceError } from '../sources/index.ts';
import type { Store } from '../store/index.ts';
import { ingest } from './ingest.ts';
import { expandInputs } from './inputs.ts';
import { type RunSyncOptions, runSync } from './sync.ts';

/** The checkpoint that marks an archive filled with the bundled examples. */
export const EXAMPLES_CHECKPOINT = { source: 'examples', stream: 'bundled' } as const;

/** How the archive came to hold what it holds. */
export interface StartOutcome {
  /** `existing`: it held papers already; `sync`: synced now; `examples`: the bundled examples. */
  loaded: 'existing' | 'sync' | 'examples';
  papers: number;
  /** Why the examples were loaded (the sync's error, or "offline" when asked). */
  reason?: string;
}

/** Options of `startArchive`. */
export interface StartOptions {
  /** The folder of the bundled examples. */
  examplesDir: string;
  /** The connector to sync with; none (or `offline`) loads the examples. */
  connector?: Connector<ObSyncOptions>;
  /** Do not try the network. */
  offline?: boolean;
  /** Days back to sync on a first run. Default 30. */
  days?: number;
  /** Today (tests pin it). */
  now?: () => Date;
  /** Told what is happening, in words for users. */
  onMessage?: (message: string) => void;
  /** Passed to the sync (progress, failures). */
  sync?: RunSyncOptions;
}

/** Whether the archive holds the bundled examples (rather than papers from the sources). */
export async function holdsExamples(store: Store): Promise<boolean> {
  return (await store.checkpoint(EXAMPLES_CHECKPOINT.source, EXAMPLES_CHECKPOINT.stream)) !== null;
}

/** Fill an empty archive from the sources, or with the examples when they cannot be reached. */
export async function startArchive(store: Store, options: StartOptions): Promise<StartOutcome> {
  const tell = options.onMessage ?? (() => {});
  const before = (await store.stats()).documents;
  if (before > 0) return { loaded: 'existing', papers: before };
  let reason = 'offline: no connection to the official sources was tried';
  if (!options.offline && options.connector) {
    const days = options.days ?? 30;
    const since = new Date((options.now ?? (() => new Date()))().getTime() - days * 86_400_000)
      .toISOString()
      .slice(0, 10);
    tell(
      `the archive is empty: fetching the papers of the last ${days} days from officielebekendmakingen (since ${since})`,
    );
    try {
      await runSync(store, options.connector, { since }, options.sync);
      return { loaded: 'sync', papers: (await store.stats()).documents };
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      const kept = (await store.stats()).documents;
      // Part of the sync committed: keep it; the next sync goes on from its checkpoint.
      if (kept > 0) return { loaded: 'sync', papers: kept, reason: error.message };
      reason = error.message;
    }
  }
  tell(`loading the bundled example archive instead (${reason})`);
  await ingest(expandInputs([options.examplesDir]), store);
  await store.saveCheckpoint({ ...EXAMPLES_CHECKPOINT, value: 'fictional examples', latest: null });
  return { loaded: 'examples', papers: (await store.stats()).documents, reason };
}
