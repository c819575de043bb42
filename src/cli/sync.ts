/**
 * `griffie sync ob|tk` and `griffie sources`: keep the archive current from the
 * official sources, and show where each sync stands.
 *
 * @module
 */
import type { Command } from 'commander';
import { runSync, type SyncSummary } from '../pipeline/index.ts';
import {
  createHttpClient,
  createObConnector,
  createTkConnector,
  type HttpClient,
  OB_BASE_URL,
  parseTkCategories,
  SourceError,
  SourceOptionError,
  type SyncProgress,
  TK_BASE_URL,
} from '../sources/index.ts';
import type { Checkpoint } from '../store/index.ts';
import { DB_OPTION, registerListing, withArchive } from './archive.ts';
import { EXIT, UsageError } from './errors.ts';
import { write, writeJson } from './output.ts';
import { VERSION } from './version.ts';

interface CommonOptions {
  db?: string;
  json?: boolean;
  dryRun?: boolean;
  baseUrl?: string;
  pause: string;
  timeout: string;
  since?: string;
}

interface ObOptions extends CommonOptions {
  until?: string;
  dossier?: string;
  type?: string;
}

interface TkOptions extends CommonOptions {
  category?: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw new UsageError(`${flag} must be a date written YYYY-MM-DD, not "${value}"`);
  return value;
}

function seconds(value: string, flag: string, max: number): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > max)
    throw new UsageError(`${flag} must be 0 to ${max} seconds, not "${value}"`);
  return n;
}

/** `make()`, with a connector's refusal of its options (`SourceOptionError`) as a usage error. */
function usage<T>(make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (error instanceof SourceOptionError) throw new UsageError(error.message);
    throw error;
  }
}

/** A connector's base URL: the option, else the environment variable `env`, else the official address. */
export function baseUrl(value: string | undefined, env: string, fallback: string): string {
  const chosen = value ?? process.env[env] ?? fallback;
  if (!/^https?:\/\/[^/\s]+/.test(chosen))
    throw new UsageError(`the base URL must be an http(s) address, not "${chosen}"`);
  return chosen;
}

function client(options: CommonOptions): HttpClient {
  return createHttpClient({
    version: VERSION,
    pauseMs: Math.round(seconds(options.pause, '--pause', 600) * 1000),
    timeoutMs: Math.round(Math.max(1, seconds(options.timeout, '--timeout', 3600)) * 1000),
  });
}

function addCommon(command: Command): Command {
  return command
    .option(...DB_OPTION)
    .option('--dry-run', 'list what would be fetched; fetch no files and store nothing')
    .option('--pause <seconds>', 'pause between requests (be polite to the servers)', '1')
    .option('--timeout <seconds>', 'time one request may take', '60')
    .option('--json', 'print the summary as JSON');
}

/** Register `sync` (with `ob` and `tk`) and `sources`. */
export function registerSync(program: Command): void {
  const sync = program
    .command('sync')
    .description('fetch new and changed papers from the official sources into the archive');

  addCommon(
    sync
      .command('ob')
      .description('officielebekendmakingen (repository.overheid.nl SRU): Kamerstukken and other parliamentary papers'),
  )
    .option('--since <date>', 'papers published on or after this date (YYYY-MM-DD), for the first pass')
    .option('--until <date>', 'only papers published up to this date (YYYY-MM-DD): a bounded backfill')
    .option('--dossier <number>', 'only this dossier, e.g. 36600 or "21 501-32"')
    .option('--type <type>', 'only this document type as officielebekendmakingen names it, e.g. Motie')
    .option('--base-url <url>', `the repository's address (default $GRIFFIE_OB_BASE_URL or ${OB_BASE_URL})`)
    .addHelpText('after', HELP_AFTER)
    .action(async (options: ObOptions) => {
      const since = checkDate(options.since, '--since');
      const until = checkDate(options.until, '--until');
      const connector = usage(() =>
        createObConnector({
          baseUrl: baseUrl(options.baseUrl, 'GRIFFIE_OB_BASE_URL', OB_BASE_URL),
          http: client(options),
        }),
      );
      const selection = {
        ...(since ? { since } : {}),
        ...(until ? { until } : {}),
        ...(options.dossier ? { dossier: options.dossier } : {}),
        ...(options.type ? { type: options.type } : {}),
      };
      process.exitCode = await runSyncs(options, (store, report) => [
        () => runSync(store, connector, selection, report),
      ]);
    });

  addCommon(
    sync
      .command('tk')
      .description(
        "the Tweede Kamer's SyncFeed (gegevensmagazijn.tweedekamer.nl): Documents and their files, and the decisions and votes on them",
      ),
  )
    .option('--since <date>', 'pass over entries last updated before this date (YYYY-MM-DD)')
    .option(
      '--category <names>',
      'comma-separated SyncFeed categories; votes (Zaak, DocumentVersie, Besluit, Stemming, Agendapunt, Activiteit, Fractie, Persoon) brings the decisions',
      'Document',
    )
    .option('--base-url <url>', `the Gegevensmagazijn's address (default $GRIFFIE_TK_BASE_URL or ${TK_BASE_URL})`)
    .addHelpText('after', HELP_AFTER)
    .action(async (options: TkOptions) => {
      const since = checkDate(options.since, '--since');
      let categories: string[];
      try {
        categories = parseTkCategories(options.category);
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
      const connector = usage(() =>
        createTkConnector({
          baseUrl: baseUrl(options.baseUrl, 'GRIFFIE_TK_BASE_URL', TK_BASE_URL),
          http: client(options),
        }),
      );
      process.exitCode = await runSyncs(options, (store, report) =>
        categories.map(
          (category) => () => runSync(store, connector, { category, ...(since ? { since } : {}) }, report),
        ),
      );
    });

  registerListing(
    program,
    'sources',
    "show each source's last sync: when, its checkpoint, and how far behind it is",
    (store) => store.checkpoints(),
    {
      json: (checkpoint) => ({ ...checkpoint, lagSeconds: lagSeconds(checkpoint) }),
      text: describeCheckpoint,
      none: 'no sync has run yet (griffie sync ob, griffie sync tk)',
    },
  );
}

const HELP_AFTER = `
The sync resumes where the last one stopped: the archive keeps a checkpoint per source
and stream, stored after every committed page, so an interrupted sync loses nothing and
repeats nothing. It is polite by default: one request at a time, a pause between
requests, a User-Agent naming Griffie, retries with backoff on network errors, 429
(honouring Retry-After) and 5xx. Papers that cannot be fetched or parsed are kept on the
failure list (griffie failures).

Exit status: 0 when every item was stored, 1 when some failed or a source could not be
reached (what was committed stays), 2 on usage errors.`;

type Report = {
  dryRun: boolean;
  onProgress: (event: SyncProgress) => void;
  onFailure: (url: string, reason: string) => void;
};

async function runSyncs(
  options: CommonOptions,
  plan: (store: Parameters<Parameters<typeof withArchive>[1]>[0], report: Report) => Array<() => Promise<SyncSummary>>,
): Promise<number> {
  const report: Report = {
    dryRun: options.dryRun === true,
    onProgress: (event) => progress(event),
    onFailure: (url, reason) => process.stderr.write(`griffie: ${url}: ${reason}\n`),
  };
  return withArchive(options.db, async (store) => {
    let status: number = EXIT.ok;
    for (const step of plan(store, report)) {
      try {
        const summary = await step();
        if (options.json) await writeJson(summary);
        else await write(`${describeSummary(summary)}\n`);
        if (summary.failed > 0) status = EXIT.failed;
      } catch (error) {
        if (error instanceof SourceOptionError) throw new UsageError(error.message);
        if (!(error instanceof SourceError)) throw error;
        process.stderr.write(`griffie: ${error.message}; what was stored so far stays, run the sync again to go on\n`);
        return EXIT.failed;
      }
    }
    return status;
  });
}

function progress(event: SyncProgress): void {
  if (event.kind === 'page') {
    const of = event.total === null ? '' : ` of ${event.total}`;
    process.stderr.write(`sync ${event.stream}: page of ${event.entries} entries${of}\n`);
  } else if (event.kind === 'retry') {
    process.stderr.write(
      `sync ${event.stream}: ${event.reason}; retry ${event.attempt} in ${Math.round(event.waitMs / 100) / 10} s\n`,
    );
  }
}

function describeSummary(s: SyncSummary): string {
  const what = s.dryRun ? 'would fetch' : 'stored';
  return (
    `${s.stream}: ${s.pages} ${s.pages === 1 ? 'page' : 'pages'}, ${s.items} items ${what}: ` +
    `${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged, ${s.withdrawn} withdrawn, ` +
    `${s.skipped} skipped, ${s.failed} failed in ${s.seconds.toFixed(1)} s (checkpoint ${s.checkpoint ?? 'none'})`
  );
}

function lagSeconds(checkpoint: Checkpoint): number | null {
  if (checkpoint.latest === null) return null;
  const t = Date.parse(checkpoint.latest);
  return Number.isNaN(t) ? null : Math.max(0, Math.round((Date.now() - t) / 1000));
}

function describeCheckpoint(c: Checkpoint): string {
  const lag = lagSeconds(c);
  const behind = lag === null ? 'lag unknown' : `newest change seen ${c.latest}, ${humanDuration(lag)} ago`;
  return `${c.source} ${c.stream}\n  last sync ${c.syncedAt}, checkpoint ${c.value}, ${behind}\n`;
}

function humanDuration(seconds: number): string {
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172_800) return `${Math.round(seconds / 3600)} h`;
  return `${Math.round(seconds / 86_400)} days`;
}
