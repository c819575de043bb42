/**
 * `griffie import`: restore the papers of a JSON Lines export (`griffie export`) into
 * an archive, stored and indexed as ingest stores them, and the Tweede Kamer records
 * the export holds (decisions, votes, agendas), as a sync stores them.
 *
 * @module
 */
import { closeSync, createReadStream, openSync, readSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { ImportError, type ImportSummary, importDocuments } from '../pipeline/index.ts';
import { DB_OPTION, withArchive } from './archive.ts';
import { EXIT, UsageError } from './errors.ts';
import { wholeNumber, write, writeJson } from './output.ts';

interface ImportOptions {
  db?: string;
  json?: boolean;
  batch: string;
  maxSize: string;
}

/** Failures printed one by one; the rest are only counted. */
const SHOWN_FAILURES = 100;

/** Register `import`. */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('store the papers of a JSON Lines export (griffie export) in the archive')
    .argument('<file>', 'the export (.jsonl, or gzip-compressed), or - for standard input')
    .option(...DB_OPTION)
    .option('--json', 'print the summary as JSON')
    .option('--batch <n>', 'papers per transaction', '200')
    .option('--max-size <MB>', 'refuse lines longer than this many megabytes', '64')
    .addHelpText(
      'after',
      `
Each paper is stored as the export holds it (not parsed again) and indexed as
griffie ingest indexes it, so it is found the same way. A paper already stored with
the same content is left unchanged: importing a file twice adds nothing. Each batch
is one transaction: an interrupted import loses nothing already stored, and running
it again completes it. The Tweede Kamer records of a whole export (its tkRecord
lines: Zaken, Besluiten, Stemmingen, agendas) are stored as griffie sync tk stores
them, a record not newer than the stored one left unchanged. A line that is not JSON,
not a Griffie document or not a record is reported with its number and never stops
the rest. CSV exports cannot be imported (they do not hold the whole paper).

Exit status: 0 when every line was stored, 1 when some failed (or the input is no
export), 2 on usage errors.

Examples:
  griffie import archief.jsonl --db nieuw.db
  griffie export --db old.db | griffie import - --db postgres://localhost/griffie`,
    )
    .action(async (file: string, options: ImportOptions) => {
      process.exitCode = await runImport(file, options);
    });
}

async function runImport(file: string, options: ImportOptions): Promise<number> {
  const batchSize = wholeNumber(options.batch, '--batch', 1, 100_000);
  const maxSize = Number(options.maxSize);
  if (!Number.isFinite(maxSize) || maxSize <= 0)
    throw new UsageError(`--max-size must be a positive number, not "${options.maxSize}"`);
  const name = file === '-' ? 'stdin' : file;
  if (file !== '-') {
    const kind = fileKind(file);
    if (kind !== 'file') {
      process.stderr.write(`griffie: cannot import ${file}: ${kind}\n`);
      return EXIT.failed;
    }
  }
  const progress = startProgress();
  let shown = 0;
  const onFailure = (line: number, error: string) => {
    if (++shown <= SHOWN_FAILURES) progress.say(`griffie: ${name}:${line}: ${error}`);
    else if (shown === SHOWN_FAILURES + 1)
      progress.say('griffie: more failures are not shown (the summary counts them)');
  };
  let summary: ImportSummary;
  try {
    summary = await withArchive(options.db, (store) =>
      importDocuments(file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 }), store, {
        batchSize,
        maxLineBytes: Math.round(maxSize * 1024 * 1024),
        onBatch: progress.update,
        onFailure,
      }),
    );
  } catch (error) {
    progress.stop();
    if (!(error instanceof ImportError)) throw error;
    process.stderr.write(`griffie: cannot import ${name}: ${error.message}\n`);
    return EXIT.failed;
  }
  progress.stop();
  if (options.json) await writeJson(summary);
  else await write(`${describe(summary)}\n`);
  return summary.failed > 0 ? EXIT.failed : EXIT.ok;
}

/** `file` when `path` is a file that may be an export, else why not. */
function fileKind(path: string): string {
  try {
    if (statSync(path).isDirectory()) return 'it is a folder (name the export file)';
    const fd = openSync(path, 'r');
    const head = Buffer.alloc(16);
    try {
      readSync(fd, head, 0, 16, 0);
    } finally {
      closeSync(fd);
    }
    if (head.toString('latin1') === 'SQLite format 3\0') {
      return `it is an archive, not an export (open it with --db ${path}, or export it with griffie export --db ${path})`;
    }
    return 'file';
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    return code === 'ENOENT' ? 'there is no such file' : code === 'EACCES' ? 'permission denied' : String(error);
  }
}

function describe(s: ImportSummary): string {
  const rate = s.seconds > 0 ? ` (${Math.round(s.lines / s.seconds)} lines/s)` : '';
  const { added, updated, unchanged } = s.records;
  const records =
    added + updated + unchanged > 0
      ? `; Tweede Kamer records: ${added} added, ${updated} updated, ${unchanged} unchanged`
      : '';
  return `${s.lines} ${s.lines === 1 ? 'line' : 'lines'}: ${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged${records}, ${s.failed} failed in ${s.seconds.toFixed(1)} s${rate}`;
}

/** On a terminal, the running totals on one line of stderr; elsewhere a line every 10 s. */
function startProgress() {
  const tty = process.stderr.isTTY === true;
  let last = performance.now();
  let drawn = false;
  return {
    update(s: ImportSummary) {
      const now = performance.now();
      if (now - last < (tty ? 250 : 10_000)) return;
      last = now;
      drawn = tty;
      process.stderr.write(tty ? `\r\x1b[Kimport: ${describe(s)}` : `import: ${describe(s)}\n`);
    },
    say(message: string) {
      process.stderr.write(`${drawn ? '\r\x1b[K' : ''}${message}\n`);
      drawn = false;
    },
    stop() {
      if (drawn) process.stderr.write('\r\x1b[K');
      drawn = false;
    },
  };
}
