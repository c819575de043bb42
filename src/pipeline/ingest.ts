/**
 * Ingest: inputs → parse → analyze → store, in batches. Each batch is one transaction;
 * a file that cannot be parsed never stops the rest and is kept as a failure with its
 * reason; a file that parses later is taken off the failure list. From the second batch
 * on, analysis runs in a worker thread while the previous batch is written
 * (`pipelined-writer.ts`).
 *
 * A file of Tweede Kamer entities that are no paper (an OData Zaak, Besluit with its
 * Stemmingen, Fractie, …; a SyncFeed entity or page of them: `tk-records.ts`) is stored
 * in the votes as a sync stores them, files gathered into transactions of about a
 * batch's records; a file the archive refuses is a failure, the others are stored.
 *
 * @module
 */
import { resolve } from 'node:path';
import { enrich } from '../extract/index.ts';
import { looksLikeMetadata, ParseError, parseBytes } from '../parse/index.ts';
import { createHttpClient, type HttpClient, OB_HOSTS, SourceError, TK_HOSTS } from '../sources/index.ts';
import type { Store, TkRecordInput } from '../store/index.ts';
import { findCompanions, isCompanionPath } from './companions.ts';
import { readInput } from './parse-file.ts';
import { type Batch, PipelinedWriter } from './pipelined-writer.ts';
import { countPapers, countRecords, noOutcomes, type Outcomes, putOrEach } from './put-or-each.ts';
import { tkRecordsOfFile } from './tk-records.ts';

/** Counts of an ingest run (`records`: those of the files that hold Tweede Kamer records, not papers). */
export interface IngestSummary extends Outcomes {
  files: number;
}

/** Options of `ingest`. */
export interface IngestOptions {
  /** Documents per transaction (default 200). */
  batchSize?: number;
  /** Largest input accepted, in bytes (default that of `readInput`). */
  maxBytes?: number;
  /** Called after every committed batch with the running totals (of the files read so far). */
  onBatch?: (summary: IngestSummary) => void;
  /** Called for every input that failed, with its reason. */
  onFailure?: (source: string, error: string) => void;
}

/** A summary of nothing yet. */
export function emptyIngestSummary(): IngestSummary {
  return { files: 0, ...noOutcomes() };
}

/**
 * Parse and store every input path. Never throws for a bad input (it becomes a
 * failure); throws `StoreError` when the archive itself fails (an `Error` when an
 * analysis worker does), after which nothing of the batches not yet committed is
 * stored (running it again completes them).
 */
export async function ingest(
  paths: AsyncIterable<string> | Iterable<string>,
  store: Store,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const summary = emptyIngestSummary();
  const fail = async (source: string, error: string) => {
    summary.failed++;
    await store.addFailure({ source, error, at: new Date().toISOString() });
    options.onFailure?.(source, error);
  };
  const committed = () => {
    summary.seconds = (performance.now() - started) / 1000;
    options.onBatch?.({ ...summary });
  };
  // The linked records are read in the analysis worker, with each batch's analysis (`PipelinedWriter`).
  const writer = new PipelinedWriter(
    async (batch, draft) => {
      countPapers(summary, await store.put(batch.documents, draft));
      for (const source of batch.sources) await store.removeFailure(source);
      committed();
    },
    { record: true },
  );
  const records = new RecordFiles(store, summary, { fail, committed }, batchSize);
  let batch: Batch = { documents: [], sources: [] };
  try {
    for await (const path of paths) {
      // A paper's metadata.xml is read with the paper, not as one.
      if (isCompanionPath(path)) continue;
      const source = resolve(path);
      let bytes: Uint8Array | null = null;
      try {
        bytes = await readInput(path, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
        if (looksLikeMetadata(bytes)) continue;
        summary.files++;
        const doc = await parseBytes(bytes, { path: source }, await findCompanions(source));
        batch.documents.push(enrich(doc, { record: false }));
        batch.sources.push(source);
      } catch (error) {
        if (!(error instanceof ParseError)) throw error;
        if (bytes === null) summary.files++; // unreadable: counted here, as it was never read
        const held = bytes !== null && error.code === 'unsupported-format' ? tkRecordsOfFile(bytes) : null;
        if (held === null) await fail(source, error.message);
        else if ('error' in held) await fail(source, held.error);
        else await records.add(source, held.records);
      }
      if (batch.documents.length >= batchSize) {
        await writer.add(batch);
        batch = { documents: [], sources: [] };
      }
    }
    await writer.finish(batch);
    await records.flush();
  } finally {
    await writer.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

/** The files of records read and not yet stored, written together once they hold about a batch's records. */
class RecordFiles {
  private files: Array<{ source: string; records: TkRecordInput[] }> = [];
  private held = 0;

  constructor(
    private readonly store: Store,
    private readonly summary: IngestSummary,
    private readonly report: { fail: (source: string, error: string) => Promise<void>; committed: () => void },
    private readonly batchSize: number,
  ) {}

  async add(source: string, records: TkRecordInput[]): Promise<void> {
    this.files.push({ source, records });
    this.held += records.length;
    if (this.held >= this.batchSize) await this.flush();
  }

  /** Store the files held: all in one transaction, or each alone when the archive refuses one. */
  async flush(): Promise<void> {
    const files = this.files;
    if (files.length === 0) return;
    this.files = [];
    this.held = 0;
    const refused = await putOrEach(
      files,
      () => this.store.votes.putRecords(files.flatMap((file) => file.records)),
      (file) => this.store.votes.putRecords(file.records),
      (outcomes) => countRecords(this.summary, outcomes),
    );
    const failed = new Set(refused.map(([i]) => i));
    for (const [i, reason] of refused) await this.report.fail((files[i] as (typeof files)[number]).source, reason);
    for (const [i, file] of files.entries()) if (!failed.has(i)) await this.store.removeFailure(file.source);
    this.report.committed();
  }
}

/** Options of `retryFailures`: those of `ingest`, and the client that fetches a sync's failures. */
export interface RetryOptions extends IngestOptions {
  /** Fetches the failures a sync left (their source is an address); a polite default client. */
  http?: HttpClient;
  /**
   * The hosts those addresses (and their redirects) may be on: default the official
   * sources' (`OB_HOSTS`, `TK_HOSTS`). An address elsewhere stays on the list, refused.
   */
  hosts?: readonly string[];
}

const ADDRESS = /^https?:\/\//;

/**
 * Ingest again the sources on the failure list (those that now parse leave it): files
 * are read again, and the papers a sync could not fetch or parse (their source is their
 * address) are fetched again.
 */
export async function retryFailures(store: Store, options: RetryOptions = {}): Promise<IngestSummary> {
  const sources = (await store.failures()).map((failure) => failure.source);
  const files = sources.filter((source) => !ADDRESS.test(source));
  const summary = await ingest(files, store, options);
  const addresses = sources.filter((source) => ADDRESS.test(source));
  if (addresses.length === 0) return summary;
  const started = performance.now();
  const http = options.http ?? createHttpClient();
  const hosts = options.hosts ?? [...OB_HOSTS, ...TK_HOSTS];
  for (const url of addresses) {
    summary.files++;
    let reason: string;
    try {
      const response = await http.get(url, { hosts });
      const doc = enrich(await parseBytes(response.bytes, { url }));
      countPapers(summary, await store.put([doc]));
      await store.removeFailure(url);
      continue;
    } catch (error) {
      if (!(error instanceof ParseError) && !(error instanceof SourceError)) throw error;
      reason = error.message;
    }
    summary.failed++;
    await store.addFailure({ source: url, error: reason, at: new Date().toISOString() });
    options.onFailure?.(url, reason);
  }
  summary.seconds += (performance.now() - started) / 1000;
  return summary;
}
