/**
 * `griffie ingest` and `griffie failures`: fill the archive, and list what could not
 * be read.
 *
 * @module
 */
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { emptyIngestSummary, expandInputs, type IngestSummary, ingest, retryFailures } from '../pipeline/index.ts';
import { OB_HOSTS, TK_HOSTS } from '../sources/index.ts';
import { DB_OPTION, registerListing, withArchive } from './archive.ts';
import { EXIT, UsageError } from './errors.ts';
import { wholeNumber, write, writeJson } from './output.ts';

interface IngestOptions {
  db?: string;
  json?: boolean;
  batch: string;
  retry?: boolean;
  maxSize: string;
}

/** Register `ingest` and `failures`. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('parse papers and store them in the archive (files, folders, globs)')
    .argument('[path...]', 'files, folders (walked recursively for .txt, .xml, .html, .pdf, .json) or quoted globs')
    .option(...DB_OPTION)
    .option('--json', 'print the summary as JSON')
    .option('--batch <n>', 'papers per transaction', '200')
    .option(
      '--retry',
      'ingest the failure list again (files read again, papers a sync missed fetched again, from the official hosts or those of $GRIFFIE_OB_BASE_URL and $GRIFFIE_TK_BASE_URL)',
    )
    .option('--max-size <MB>', 'refuse inputs larger than this many megabytes', '32')
    .addHelpText(
      'after',
      `
The same paper twice is stored once (keyed by its id, else its content hash); a
changed paper is updated. Each batch is one transaction: an interrupted run loses
nothing already stored, and running it again completes it. Inputs that cannot be
read are kept with their reason (griffie failures) and never stop the rest. A
paper's metadata.xml (officielebekendmakingen) is read with the paper beside it.
Files of Tweede Kamer records that are no paper (OData JSON or SyncFeed XML of a
Zaak, Besluit with its Stemmingen, Stemming, Fractie, Persoon, Agendapunt,
Activiteit or DocumentVersie; a SyncFeed page of them) are stored as griffie sync
tk stores them, so that votes and decisions show; --json counts them as records.

Exit status: 0 when every input was stored, 1 when some failed, 2 on usage errors.

Examples:
  griffie ingest papers/
  griffie ingest 'downloads/**/kst-*.txt' --db archive.db
  griffie ingest --retry`,
    )
    .action(async (paths: string[], options: IngestOptions) => {
      process.exitCode = await runIngest(paths, options);
    });

  registerListing(
    program,
    'failures',
    'list the inputs that could not be ingested, with their reason',
    (store) => store.failures(),
    {
      json: (failure) => failure,
      text: (failure) => `${failure.source}\n  ${failure.error} (${failure.at})\n`,
      none: 'no failures',
    },
  );
}

async function runIngest(paths: string[], options: IngestOptions): Promise<number> {
  if (paths.length === 0 && !options.retry)
    throw new UsageError('name the files or folders to ingest (or use --retry)');
  const batchSize = wholeNumber(options.batch, '--batch', 1, 100_000);
  const maxSize = Number(options.maxSize);
  if (!Number.isFinite(maxSize) || maxSize <= 0)
    throw new UsageError(`--max-size must be a positive number, not "${options.maxSize}"`);
  const progress = startProgress();
  const summary = await withArchive(options.db, async (store) => {
    const settings = {
      batchSize,
      maxBytes: Math.round(maxSize * 1024 * 1024),
      onBatch: progress.update,
      onFailure: progress.failure,
    };
    const fromPaths = paths.length > 0 ? await ingest(expandInputs(paths), store, settings) : undefined;
    const fromRetry = options.retry ? await retryFailures(store, { ...settings, hosts: retryHosts() }) : undefined;
    return combine(fromPaths, fromRetry);
  });
  progress.stop(summary);
  if (options.json) await writeJson(summary);
  else await write(`${describe(summary)}\n`);
  return summary.failed > 0 ? EXIT.failed : EXIT.ok;
}

/** The hosts `--retry` fetches from: the official sources' and those of the base URLs the environment sets. */
function retryHosts(): string[] {
  const hosts = [...OB_HOSTS, ...TK_HOSTS];
  for (const name of ['GRIFFIE_OB_BASE_URL', 'GRIFFIE_TK_BASE_URL']) {
    const value = process.env[name];
    if (value === undefined || value === '') continue;
    try {
      hosts.push(new URL(value).host);
    } catch {
      throw new UsageError(`${name} must be an http(s) address, not "${value}"`);
    }
  }
  return hosts;
}

function combine(a: IngestSummary | undefined, b: IngestSummary | undefined): IngestSummary {
  const x = a ?? emptyIngestSummary();
  const y = b ?? emptyIngestSummary();
  return {
    files: x.files + y.files,
    added: x.added + y.added,
    updated: x.updated + y.updated,
    unchanged: x.unchanged + y.unchanged,
    failed: x.failed + y.failed,
    records: {
      added: x.records.added + y.records.added,
      updated: x.records.updated + y.records.updated,
      unchanged: x.records.unchanged + y.records.unchanged,
    },
    seconds: Math.round((x.seconds + y.seconds) * 100) / 100,
  };
}

function describe(s: IngestSummary): string {
  const rate = s.seconds > 0 ? ` (${Math.round(s.files / s.seconds)} files/s)` : '';
  const { added, updated, unchanged } = s.records;
  const held = added + updated + unchanged;
  const records =
    held > 0
      ? `; ${held} Tweede Kamer ${held === 1 ? 'record' : 'records'}: ${added} added, ${updated} updated, ${unchanged} unchanged`
      : '';
  return `${s.files} ${s.files === 1 ? 'file' : 'files'}: ${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged, ${s.failed} failed${records} in ${s.seconds.toFixed(1)} s${rate}`;
}

/** A progress bar on a terminal; a plain line per batch otherwise (on stderr). */
function startProgress() {
  if (process.stderr.isTTY) {
    const bar = new SingleBar({
      format:
        'ingest {value} files | {added} added, {updated} updated, {unchanged} unchanged, {failed} failed | {rate} files/s',
      stream: process.stderr,
      hideCursor: true,
    });
    bar.start(0, 0, { added: 0, updated: 0, unchanged: 0, failed: 0, rate: 0 });
    return {
      update(s: IngestSummary) {
        bar.setTotal(s.files);
        bar.update(s.files, { ...s, rate: s.seconds > 0 ? Math.round(s.files / s.seconds) : 0 });
      },
      failure(source: string, error: string) {
        // Clear the bar's line, print the failure; the bar redraws below it.
        process.stderr.write(`\r\x1b[K griffie: ${source}: ${error}\n`);
      },
      stop(s: IngestSummary) {
        this.update(s);
        bar.stop();
      },
    };
  }
  return {
    update(s: IngestSummary) {
      process.stderr.write(`ingest: ${describe(s)}\n`);
    },
    failure(source: string, error: string) {
      process.stderr.write(`griffie: ${source}: ${error}\n`);
    },
    stop(_s: IngestSummary) {},
  };
}
