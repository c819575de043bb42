/**
 * `griffie serve`: the web app, REST API and Atom feeds over the archive, on
 * 127.0.0.1:8080 unless told otherwise, until interrupted (Ctrl-C or SIGTERM, which
 * let open requests finish and close the archive cleanly).
 *
 * @module
 */
import cluster from 'node:cluster';
import type { Command } from 'commander';
import { holdsExamples } from '../pipeline/index.ts';
import {
  DEFAULT_HOST,
  DEFAULT_PORT,
  type Logger,
  maxSyncAgeFromEnv,
  type RateLimitSettings,
  rateLimitFromEnv,
  serverLogger,
  startServer,
} from '../server/index.ts';
import type { Store } from '../store/index.ts';
import { DB_OPTION, READ_URL_OPTION, withArchive } from './archive.ts';
import { EXIT, UsageError } from './errors.ts';
import { wholeNumber } from './output.ts';
import { serveCluster, workerCount } from './serve-cluster.ts';
import { WATCH_INTERVAL_OPTION, watchInterval, withWatchTimer } from './serve-watches.ts';
import { VERSION } from './version.ts';

/** Shortest GRIFFIE_API_TOKEN accepted. */
export const MIN_TOKEN = 16;

/** Where to listen. */
export interface ListenOptions {
  host: string;
  port: string;
  /** Processes serving behind the one port (`serve-cluster.ts`): a number or `auto`. */
  workers?: string;
  db?: string;
  /** `--read-url`: where `serve` reads a PostgreSQL archive (a replica). */
  readUrl?: string;
}

/** The `--host` and `--port` options (`serve` and `start`). */
export function addListenOptions(command: Command): Command {
  return command
    .option('--host <address>', 'the address to listen on', DEFAULT_HOST)
    .option('--port <n>', 'the port to listen on (0: any free one)', String(DEFAULT_PORT))
    .option('--workers <n|auto>', 'processes serving behind the one port (auto: one per core, at most 8)', '1');
}

/** The write token from the environment, refused when too short to be safe. */
function apiToken(): string | undefined {
  const token = process.env.GRIFFIE_API_TOKEN;
  if (token === undefined || token === '') return undefined;
  if (token.length < MIN_TOKEN)
    throw new UsageError(`GRIFFIE_API_TOKEN must be at least ${MIN_TOKEN} characters (it is ${token.length})`);
  return token;
}

/** The rate limit from GRIFFIE_RATE_LIMIT and GRIFFIE_TRUST_PROXY; a bad value is a usage error. */
function rateLimitSettings(): RateLimitSettings {
  try {
    return rateLimitFromEnv(process.env);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The request log (GRIFFIE_LOG_LEVEL) and the health's largest sync age (GRIFFIE_HEALTH_MAX_SYNC_AGE); a bad value is a usage error. */
function observability(): { logger: Logger; maxSyncAgeSeconds?: number } {
  try {
    const maxSyncAgeSeconds = maxSyncAgeFromEnv(process.env);
    const logger = serverLogger(process.env);
    return maxSyncAgeSeconds === undefined ? { logger } : { logger, maxSyncAgeSeconds };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Serve `store` until SIGINT or SIGTERM; returns the exit code. */
export async function serveArchive(store: Store, options: ListenOptions): Promise<number> {
  const port = wholeNumber(options.port, '--port', 0, 65535);
  const token = apiToken();
  const rateLimit = rateLimitSettings();
  const logs = observability();
  const workers = workerCount(options.workers ?? '1');
  const what = store.engine === 'sqlite' ? 'the archive' : 'the PostgreSQL archive';
  if (workers > 1 && cluster.isPrimary)
    return serveCluster({ db: options.db, readUrl: options.readUrl, host: options.host, port }, workers, what);
  const quiet = cluster.isWorker;
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(
      { store, version: VERSION, token, rateLimit, holdsExamples: () => holdsExamples(store), ...logs },
      { host: options.host, port },
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EADDRINUSE'
        ? 'the port is in use (choose another with --port)'
        : code === 'EACCES'
          ? 'permission denied (ports below 1024 need privileges)'
          : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND'
            ? 'no such address on this machine'
            : String((error as Error).message);
    process.stderr.write(`griffie: cannot listen on ${options.host}:${port}: ${why}\n`);
    return EXIT.failed;
  }
  if (!quiet)
    process.stderr.write(
      `griffie: serving ${what} at ${server.url}/ ` +
        `(API ${server.url}/api, writing ${token ? 'on' : 'off: no GRIFFIE_API_TOKEN'}); Ctrl-C stops\n`,
    );
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  if (!quiet) process.stderr.write('griffie: stopping\n');
  await server.close();
  logs.logger.flush();
  return EXIT.ok;
}

/** Register `serve`. */
export function registerServe(program: Command): void {
  addListenOptions(
    program
      .command('serve')
      .description('serve the web app, the REST API (/api/v1) and Atom feeds (/feeds) over the archive')
      .option(...DB_OPTION)
      .option(...READ_URL_OPTION)
      .option(...WATCH_INTERVAL_OPTION),
  )
    .addHelpText(
      'after',
      `
Environment:
  GRIFFIE_DATABASE_READ_URL
                      a postgres:// URL of a streaming replica of the archive (as
                      --read-url): every process reads there; writes (uploads,
                      watches) go to the archive (docs/SCALING.md)
  GRIFFIE_API_TOKEN   enables POST /api/v1/documents for clients sending
                      "Authorization: Bearer <token>" (at least ${MIN_TOKEN} characters)
  GRIFFIE_RATE_LIMIT  searches a minute per client address (default 120, other reads
                      4 times that; 0: no limit; loopback clients are not limited)
  GRIFFIE_TRUST_PROXY true or the number of reverse proxies in front: then the client
                      address is read from X-Forwarded-For
  GRIFFIE_PUBLIC_URL  the site's public address, for the paper links in webhook
                      deliveries (the watch timer runs in the primary process only)
  GRIFFIE_LOG_LEVEL   the request log on stderr, a JSON line per request with its
                      X-Request-Id (default info; warn, error or silent for less)
  GRIFFIE_HEALTH_MAX_SYNC_AGE
                      seconds: /healthz answers 503 "stale" when no source synced
                      within it (default: any age is healthy)

Examples:
  griffie serve
  griffie serve --host 0.0.0.0 --port 3000 --db data/griffie.db
  griffie serve --workers auto      one process per core behind port 8080
  GRIFFIE_DATABASE_URL=postgres://griffie@db1/griffie \\
  GRIFFIE_DATABASE_READ_URL=postgres://griffie@db2/griffie griffie serve`,
    )
    .action(async (options: ListenOptions & { db?: string; watchInterval: string }) => {
      const minutes = watchInterval(options.watchInterval);
      process.exitCode = await withArchive(
        options.db,
        (store) => withWatchTimer(store, minutes, () => serveArchive(store, options)),
        { existing: true, readUrl: options.readUrl },
      );
    });
}
