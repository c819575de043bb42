/**
 * Ingest: inputs → parse → analyze → store, in batches. Each batch is one transaction;
 * a file that cannot be parsed never stops the rest and is kept as a failure with its
 * reason; a file that parses later is taken off the failure list. From the second batch
 * on, analysis runs in a worker thread while the previous batch is written
 * (`pipelined-writer.ts`).
 *
 * @module
 */
import { resolve } from 'node:path';
import { enrich } from '../extract/index.ts';
import { looksLikeMetadata, ParseError, parseBytes } from '../parse/index.ts';
import { createHttpClient, type HttpClient, OB_HOSTS, SourceError, TK_HOSTS } from '../sources/index.ts';
import type { PutOutcome, Store } from '../store/index.ts';
import { findCompanions, isCompanionPath } from './companions.ts';
import { readInput } from './parse-file.ts';
import { type Batch, PipelinedWriter } from './pipelined-writer.ts';

/** Counts of an ingest run. */
export interface IngestSummary {
  files: number;
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
  seconds: number;
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

function emptySummary(): IngestSummary {
  return { files: 0, added: 0, updated: 0, unchanged: 0, failed: 0, seconds: 0 };
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
  const summary = emptySummary();
  const writer = new PipelinedWriter(async (batch, draft) => {
    count(summary, await store.put(batch.documents, draft));
    for (const source of batch.sources) await store.removeFailure(source);
    summary.seconds = (performance.now() - started) / 1000;
    options.onBatch?.({ ...summary });
  });
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
        batch.documents.push(enrich(await parseBytes(bytes, { path: source }, await findCompanions(source))));
        batch.sources.push(source);
      } catch (error) {
        if (!(error instanceof ParseError)) throw error;
        if (bytes === null) summary.files++; // unreadable: counted here, as it was never read
        summary.failed++;
        await store.addFailure({ source, error: error.message, at: new Date().toISOString() });
        options.onFailure?.(source, error.message);
      }
      if (batch.documents.length >= batchSize) {
        await writer.add(batch);
        batch = { documents: [], sources: [] };
      }
    }
    await writer.finish(batch);
  } finally {
    await writer.close();
  }
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

function count(summary: IngestSummary, outcomes: PutOutcome[]): void {
  for (const outcome of outcomes) summary[outcome]++;
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
      count(summary, await store.put([doc]));
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
