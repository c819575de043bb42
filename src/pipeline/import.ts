/**
 * Import: the papers of a JSON Lines export (`griffie export`) stored again, the way
 * ingest stores parsed papers: in batches, each one transaction with its segment of the
 * index (analyzed in a worker thread from the second batch on, `pipelined-writer.ts`),
 * keyed as ingest keys them, so that importing a file twice adds nothing and an
 * imported paper is found exactly like an ingested one. The papers are stored as the
 * export holds them, not parsed or extracted again: an archive filled from an export
 * exports the same bytes. The Tweede Kamer records of a whole export (its `tkRecord`
 * lines, `record-check.ts`) are written as a sync writes them (`votes.putRecords`, in
 * pages of the batch size, the decisions recomputed).
 *
 * A line that is not JSON, or not a storable document, is reported with its number and
 * never stops the rest; what was stored before stays stored. An input that is plainly
 * no export (its first line is not JSON: a CSV export, an archive file) is refused
 * before anything is stored (`ImportError`).
 *
 * @module
 */
import type { SegmentDraft } from '../search/index.ts';
import type { Store, TkRecordInput } from '../store/index.ts';
import { documentProblem } from './document-check.ts';
import { jsonLines } from './json-lines.ts';
import { type Batch, PipelinedWriter } from './pipelined-writer.ts';
import { countPapers, countRecords, noOutcomes, type Outcomes, putOrEach } from './put-or-each.ts';
import { isRecordLine, recordProblem } from './record-check.ts';

/**
 * Counts of an import: lines read (blank ones aside), and what became of them (`failed`:
 * lines, of papers and of records; `records`: the export's `tkRecord` lines).
 */
export interface ImportSummary extends Outcomes {
  lines: number;
}

/** Options of `importDocuments`. */
export interface ImportOptions {
  /** Papers per transaction (default 200). */
  batchSize?: number;
  /** Longest line accepted, in bytes (default 64 MB). */
  maxLineBytes?: number;
  /** Called after every committed batch with the running totals. */
  onBatch?: (summary: ImportSummary) => void;
  /** Called for every line that could not be imported, with its number and reason. */
  onFailure?: (line: number, error: string) => void;
}

/** An input that is no export at all; nothing of it was stored. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** What an input whose first line is not JSON is, when it can be told. */
function whatItIs(text: string): string {
  if (/^\uFEFF?"?id"?,"?type"?,/.test(text)) {
    return 'a CSV export, which holds only some fields of each paper and cannot be imported: import a JSON Lines export (griffie export --format jsonl)';
  }
  if (text.startsWith('SQLite format 3'))
    return 'a SQLite archive, not an export: open it with --db, or export it first';
  return 'not a JSON Lines export (griffie export): its first line is not JSON';
}

/**
 * Store every paper of a JSON Lines `input` (the bytes of a file or of stdin, gzip or
 * not). Never throws for a bad line (it becomes a failure); throws `ImportError` for an
 * input that is no export, and `StoreError` when the archive itself fails, after which
 * the batches committed before stay stored (importing again completes the rest).
 *
 * @example
 * const summary = await importDocuments(createReadStream('archive.jsonl'), store);
 */
export async function importDocuments(
  input: AsyncIterable<Uint8Array>,
  store: Store,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const summary: ImportSummary = { lines: 0, ...noOutcomes() };
  const fail = (line: number, error: string) => {
    summary.failed++;
    options.onFailure?.(line, error);
  };

  /** Store a batch; when one of its papers is refused, store the others one by one and report it. */
  const write = async (batch: Batch, draft?: SegmentDraft) => {
    const refused = await putOrEach(
      batch.documents,
      () => store.put(batch.documents, draft),
      (doc) => store.put([doc]),
      (outcomes) => countPapers(summary, outcomes),
    );
    for (const [i, reason] of refused) fail(Number(batch.sources[i]), reason);
    summary.seconds = (performance.now() - started) / 1000;
    options.onBatch?.({ ...summary });
  };

  /** Store a page of records, as `write` stores papers. */
  const writeRecords = async (page: Array<[line: number, record: TkRecordInput]>) => {
    const records = page.map(([, record]) => record);
    const refused = await putOrEach(
      records,
      () => store.votes.putRecords(records),
      (record) => store.votes.putRecords([record]),
      (outcomes) => countRecords(summary, outcomes),
    );
    for (const [i, reason] of refused) fail((page[i] as [number, TkRecordInput])[0], reason);
  };

  const writer = new PipelinedWriter(write);
  let records: Array<[line: number, record: TkRecordInput]> = [];
  let batch: Batch = { documents: [], sources: [] };
  let first = true;
  try {
    for await (const line of jsonLines(input, options.maxLineBytes)) {
      if ('text' in line && line.text.trim() === '') continue;
      const isFirst = first;
      first = false;
      summary.lines++;
      if ('error' in line) {
        if (isFirst) throw new ImportError(`the input is not a JSON Lines export (line ${line.number}: ${line.error})`);
        fail(line.number, line.error);
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(line.text);
      } catch (error) {
        if (isFirst) throw new ImportError(`the input is ${whatItIs(line.text)}`);
        const reason = error instanceof Error ? error.message : String(error);
        fail(
          line.number,
          line.ended ? `not JSON (${reason})` : 'not JSON: the line is cut off (is the input truncated?)',
        );
        continue;
      }
      if (isRecordLine(value)) {
        const problem = recordProblem(value.tkRecord);
        if (problem !== null) fail(line.number, `not a Tweede Kamer record: ${problem}`);
        else records.push([line.number, value.tkRecord as TkRecordInput]);
        if (records.length >= batchSize) {
          await writeRecords(records);
          records = [];
        }
        continue;
      }
      const problem = documentProblem(value);
      if (problem !== null) {
        fail(line.number, `not a Griffie document: ${problem}`);
        continue;
      }
      batch.documents.push(value as Batch['documents'][number]);
      batch.sources.push(String(line.number));
      if (batch.documents.length >= batchSize) {
        await writer.add(batch);
        batch = { documents: [], sources: [] };
      }
    }
    await writer.finish(batch);
    await writeRecords(records);
  } finally {
    await writer.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
