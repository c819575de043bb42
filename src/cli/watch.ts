/**
 * `griffie watch add|list|remove|run`: saved searches and followed dossiers, their
 * Atom feeds and webhooks (the runs themselves are `pipeline/watch-run.ts`).
 *
 * @module
 */
import type { Command } from 'commander';
import {
  addWatch,
  checkWebhook,
  runWatches,
  WatchInputError,
  type WatchRunResult,
  type WatchRunSummary,
} from '../pipeline/index.ts';
import type { Watch } from '../store/index.ts';
import { DB_OPTION, withArchive } from './archive.ts';
import { EXIT, UsageError } from './errors.ts';
import { write, writeJson } from './output.ts';
import { VERSION } from './version.ts';

/** The path of a watch's Atom feed on `griffie serve`. */
export const watchFeedPath = (watch: Pick<Watch, 'feedToken'>): string => `/feeds/watch/${watch.feedToken}.atom`;

/** A watch as `--json` prints it: as listed, with its feed's path (never its secret). */
export function watchJson(watch: Watch): Watch & { feed: string } {
  return { ...watch, feed: watchFeedPath(watch) };
}

/** The web app's public address for the papers' links: `--base-url`, else `GRIFFIE_PUBLIC_URL`. */
export function publicUrl(given: string | undefined): string | null {
  const url = given ?? process.env.GRIFFIE_PUBLIC_URL ?? '';
  if (url === '') return null;
  try {
    return checkWebhook(url).replace(/\/+$/, '');
  } catch {
    throw new UsageError(`the public address must be an http:// or https:// address, not "${url}"`);
  }
}

/** A watch in words, for `watch list`. */
function describeWatch(watch: Watch): string {
  const lines = [`${watch.id}  ${watch.name}${watch.name === watch.query ? '' : `  (${watch.query})`}`];
  lines.push(`   feed     ${watchFeedPath(watch)}`);
  lines.push(`   webhook  ${watch.webhook === null ? 'none (the feed only)' : `${watch.webhook} (signed)`}`);
  const counts = `found ${watch.found}, pending ${watch.pending}, failed ${watch.failed}`;
  lines.push(`   ${watch.lastRunAt === null ? 'not run yet' : `last run ${watch.lastRunAt}`}; ${counts}`);
  if (watch.lastError !== null) lines.push(`   last error: ${watch.lastError}`);
  return `${lines.join('\n')}\n`;
}

/** A watch's run in words, for `watch run`. */
function describeResult(result: WatchRunResult): string {
  if (result.status === 'busy') return `${result.id}  ${result.name}: skipped (another run holds it)\n`;
  if (result.status === 'gone') return `${result.id}  ${result.name}: removed during the run\n`;
  const parts = [
    `${result.found} new`,
    `${result.delivered} ${result.delivered === 1 ? 'delivery' : 'deliveries'} made`,
  ];
  if (result.failed > 0) parts.push(`${result.failed} to retry`);
  if (result.gaveUp > 0) parts.push(`${result.gaveUp} given up`);
  return `${result.id}  ${result.name}: ${parts.join(', ')}${result.errors.map((e) => `\n   ${e}`).join('')}\n`;
}

/** A watch id argument, or a `UsageError`. */
function watchId(value: string): number {
  if (!/^\d{1,9}$/.test(value) || Number(value) < 1)
    throw new UsageError(`a watch id is a whole number (see griffie watch list), not "${value}"`);
  return Number(value);
}

interface AddOptions {
  db?: string;
  json?: boolean;
  name?: string;
  webhook?: string;
  secret?: string;
}

async function runAdd(query: string, options: AddOptions): Promise<number> {
  const added = await withArchive(
    options.db,
    async (store) => {
      try {
        return await addWatch(store, {
          query,
          name: options.name,
          webhook: options.webhook,
          secret: options.secret,
        });
      } catch (error) {
        if (error instanceof WatchInputError) throw new UsageError(error.message);
        throw error;
      }
    },
    { existing: true },
  );
  const { watch, secret, madeSecret } = added;
  if (options.json) {
    await writeJson({ watch: watchJson(watch), ...(madeSecret ? { secret } : {}) });
    return EXIT.ok;
  }
  const lines = [`added watch ${watch.id}: ${watch.name}`, `   feed     ${watchFeedPath(watch)}`];
  if (watch.webhook !== null) lines.push(`   webhook  ${watch.webhook}`);
  if (madeSecret)
    lines.push(
      `   secret   ${secret}`,
      '   (shown only now: the receiver checks X-Griffie-Signature, sha256=HMAC of the body, with it)',
    );
  lines.push('Papers stored from now on that match are delivered by: griffie watch run');
  await write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

async function runRun(options: { db?: string; json?: boolean; baseUrl?: string }): Promise<number> {
  const baseUrl = publicUrl(options.baseUrl);
  const summary: WatchRunSummary = await withArchive(
    options.db,
    (store) => runWatches(store, { baseUrl, userAgent: `Griffie/${VERSION} (watch)` }),
    { existing: true },
  );
  if (options.json) await writeJson(summary);
  else if (summary.watches.length === 0) await write('no watches (add one with: griffie watch add QUERY)\n');
  else for (const result of summary.watches) await write(describeResult(result));
  const failed = summary.failed + summary.gaveUp;
  if (failed > 0 && !options.json)
    process.stderr.write(`griffie: ${failed} ${failed === 1 ? 'delivery' : 'deliveries'} failed (see above)\n`);
  return failed > 0 ? EXIT.failed : EXIT.ok;
}

/** Register `watch` and its subcommands. */
export function registerWatch(program: Command): void {
  const watch = program
    .command('watch')
    .description('follow searches and dossiers: an Atom feed per watch, and a signed webhook')
    .addHelpText(
      'after',
      `
A watch is a query (a saved search; dossier:N follows a dossier). Each run of
griffie watch run (or the timer of griffie serve, --watch-interval) finds the
papers stored since the last run that match it, adds them to the watch's Atom feed
(/feeds/watch/<token>.atom on griffie serve) and POSTs them, as JSON signed with
the watch's secret, to its webhook. A failed delivery is sent again on the next
run, then with growing pauses, and given up after 8 attempts.

Examples:
  griffie watch add dossier:32824 --name "Integratiebeleid"
  griffie watch add 'stikstof type:brief' --webhook https://example.org/griffie-hook
  griffie watch list
  griffie watch run`,
    );

  watch
    .command('add')
    .description('add a watch: papers stored from now on that match QUERY are delivered')
    .argument('<query...>', 'the query (the search language; dossier:32824 follows a dossier)')
    .option(...DB_OPTION)
    .option('--name <name>', 'what to call it (default: the query)')
    .option('--webhook <url>', 'POST each run’s new papers here (http or https)')
    .option('--secret <secret>', 'the HMAC key of the signatures (default: a new one, printed once)')
    .option('--json', 'print {watch, secret} as JSON')
    .action(async (words: string[], options: AddOptions) => {
      process.exitCode = await runAdd(words.join(' '), options);
    });

  watch
    .command('list')
    .description('list the watches: feed, webhook, last run, pending and failed deliveries')
    .option(...DB_OPTION)
    .option('--json', 'print one JSON line per watch')
    .action(async (options: { db?: string; json?: boolean }) => {
      const watches = await withArchive(options.db, (store) => store.watches.list(), { existing: true });
      for (const w of watches) await write(options.json ? `${JSON.stringify(watchJson(w))}\n` : describeWatch(w));
      if (!options.json && watches.length === 0) await write('no watches (add one with: griffie watch add QUERY)\n');
    });

  watch
    .command('remove')
    .description('remove a watch, with its feed and pending deliveries')
    .argument('<id>', 'its id (see griffie watch list)')
    .option(...DB_OPTION)
    .action(async (id: string, options: { db?: string }) => {
      const n = watchId(id);
      const removed = await withArchive(options.db, (store) => store.watches.remove(n), { existing: true });
      if (!removed) {
        process.stderr.write(`griffie: no watch ${n} (see griffie watch list)\n`);
        process.exitCode = EXIT.failed;
        return;
      }
      await write(`removed watch ${n}\n`);
    });

  watch
    .command('run')
    .description('find the papers new to each watch and deliver them (exit 1 when a delivery failed)')
    .option(...DB_OPTION)
    .option('--base-url <url>', "the web app's public address, for the papers' links (default: $GRIFFIE_PUBLIC_URL)")
    .option('--json', 'print what each watch found and delivered as JSON')
    .action(async (options: { db?: string; json?: boolean; baseUrl?: string }) => {
      process.exitCode = await runRun(options);
    });
}
