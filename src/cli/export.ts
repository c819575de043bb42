/**
 * `griffie export`: the archive's papers (all, or those a query matches) streamed as
 * JSON Lines (the whole document a line, what `griffie import` restores; a whole export
 * adds the Tweede Kamer records, a line each) or as CSV (a row a paper, for a
 * spreadsheet), to standard output or atomically to a file.
 *
 * @module
 */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Document } from '../model/index.ts';
import { recordLine } from '../pipeline/index.ts';
import { SearchQueryError } from '../search/index.ts';
import { archiveLocation, DB_OPTION, withArchive } from './archive.ts';
import { csvHeader, csvRow } from './csv.ts';
import { EXIT, UsageError } from './errors.ts';
import { fileSink, OutputError, type Sink, stdoutSink } from './sink.ts';

interface ExportOptions {
  db?: string;
  format: string;
  output?: string;
}

/** How each format writes: what comes first, and a paper. */
const FORMATS: Record<string, { header: string; paper: (doc: Document) => string }> = {
  jsonl: { header: '', paper: (doc) => `${JSON.stringify(doc)}\n` },
  csv: { header: csvHeader(), paper: csvRow },
};

/** Text gathered before a write: one write a chunk, not a line. */
const CHUNK = 1 << 16;

/** Register `export`. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the papers of the archive (all, or those a query matches) as JSON Lines or CSV')
    .argument('[query...]', 'only the papers this query matches (the query language of griffie search)')
    .option(...DB_OPTION)
    .option('--format <format>', 'jsonl (each paper whole, one a line: what griffie import reads) or csv', 'jsonl')
    .option('-o, --output <file>', 'write to this file instead of standard output (.gz: compressed)')
    .addHelpText(
      'after',
      `
JSON Lines holds every paper exactly as griffie show --json gives it (the document
model with its requests, commitments, entities, topics, warnings and source), one a
line, in the order the papers were stored, from one consistent snapshot of the
archive (others may write meanwhile). An export without a query then holds the
Tweede Kamer records a sync kept (Zaken, Besluiten, Stemmingen, agendas: what the
votes are computed from), a {"tkRecord": ...} line each, by kind and id, read in a
snapshot of their own. Importing it into an empty archive and exporting again gives
the same bytes. CSV has a header row and a row a paper (id,
type, date, title, subject, dossiers, number, chamber, parliamentary year, sender,
citation, topics, official url, withdrawn), RFC 4180 quoting; a value a spreadsheet
would run as a formula gets a leading '. CSV cannot be imported: it is not the whole
paper. Memory stays flat however large the archive. With --output the file appears
only when complete (written beside it, then renamed).

Examples:
  griffie export --output archief.jsonl
  griffie export 'dossier:32824 type:motie' --format csv --output moties.csv
  griffie export --db old.db | griffie import - --db new.db`,
    )
    .action(async (words: string[], options: ExportOptions) => {
      process.exitCode = await runExport(words.join(' '), options);
    });
}

async function runExport(query: string, options: ExportOptions): Promise<number> {
  const format = FORMATS[options.format];
  if (format === undefined) throw new UsageError(`--format must be jsonl or csv, not "${options.format}"`);
  const location = archiveLocation(options.db);
  if (options.output !== undefined && 'db' in location && resolve(options.output) === resolve(location.db)) {
    throw new UsageError('--output names the archive itself: export to another file');
  }
  const started = performance.now();
  let sink: Sink | null = null;
  try {
    const count: { papers: number; records: number } = await withArchive(
      options.db,
      async (store) => {
        const into = options.output === undefined ? stdoutSink() : fileSink(options.output);
        sink = into;
        const progress = startProgress();
        let n = 0;
        let chunk = format.header;
        /** Gather a line; write a chunk once it is full. */
        const out = async (line: string) => {
          chunk += line;
          if (chunk.length < CHUNK) return false;
          await into.write(chunk);
          chunk = '';
          return true;
        };
        for await (const doc of store.exportDocuments({ query })) {
          n++;
          if (await out(format.paper(doc))) progress(n);
        }
        let records = 0;
        // A whole export is the whole archive: the Tweede Kamer records follow the papers.
        if (options.format === 'jsonl' && query.trim() === '') {
          for await (const record of store.exportRecords()) {
            records++;
            await out(recordLine(record));
          }
        }
        await into.write(chunk);
        await into.commit();
        progress(n, true);
        return { papers: n, records };
      },
      { existing: true },
    );
    if (options.output !== undefined || process.stderr.isTTY) {
      const seconds = (performance.now() - started) / 1000;
      const where = options.output === undefined ? '' : ` to ${resolve(options.output)}`;
      process.stderr.write(
        `griffie: exported ${count.papers} ${count.papers === 1 ? 'paper' : 'papers'}${recordsText(count.records)}${where} in ${seconds.toFixed(1)} s\n`,
      );
    }
    return EXIT.ok;
  } catch (error) {
    await (sink as Sink | null)?.abort();
    if (error instanceof SearchQueryError) {
      process.stderr.write(`griffie: ${error.message}\n  ${query}\n  ${' '.repeat(Math.max(0, error.position))}^\n`);
      return EXIT.usage;
    }
    if (error instanceof OutputError) {
      process.stderr.write(`griffie: ${error.message}\n`);
      return EXIT.failed;
    }
    throw error;
  }
}

function recordsText(records: number): string {
  return records === 0 ? '' : ` and ${records} Tweede Kamer ${records === 1 ? 'record' : 'records'}`;
}

/** On a terminal, how many papers are out so far (at most once a second, on stderr). */
function startProgress(): (n: number, done?: boolean) => void {
  if (!process.stderr.isTTY) return () => {};
  let shown = performance.now();
  return (n, done = false) => {
    if (done) process.stderr.write('\r\x1b[K');
    else if (performance.now() - shown >= 1000) {
      shown = performance.now();
      process.stderr.write(`\r\x1b[Kexport: ${n} papers`);
    }
  };
}
