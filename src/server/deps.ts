/**
 * What every part of the server works with: the archive, the version, the write token,
 * the limits, the logger.
 *
 * @module
 */
import type { Store } from '../store/index.ts';
import type { Logger } from './logging.ts';
import type { RateLimitSettings } from './rate-limit.ts';

/** The server's dependencies, given to `createApp`. */
export interface ServerDeps {
  store: Store;
  /** Griffie's version: shown in the API description and part of every ETag. */
  version: string;
  /** The bearer token that unlocks writing (`GRIFFIE_API_TOKEN`); writing is off without it. */
  token?: string | undefined;
  /** Whether the archive holds the bundled fictional examples (every page then says so). */
  holdsExamples: () => Promise<boolean>;
  /** Largest upload to `POST /api/v1/documents`, in bytes (default 32 MB, `DEFAULT_MAX_UPLOAD`). */
  maxUploadBytes?: number;
  /**
   * Rate limiting per client address (`rate-limit.ts`); by default read from the
   * environment (`GRIFFIE_RATE_LIMIT`, `GRIFFIE_TRUST_PROXY`) when the app is made.
   */
  rateLimit?: RateLimitSettings;
  /** Where the request and error lines go (`logging.ts`); default errors only, on standard error. */
  logger?: Logger;
  /** A sync older than this (seconds) makes `/healthz` answer 503 `stale`; default from `GRIFFIE_HEALTH_MAX_SYNC_AGE`. */
  maxSyncAgeSeconds?: number;
}
