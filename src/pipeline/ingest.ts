/**
 * Ingest: inputs → parse → store, in batches. Each batch is one transaction; a file
 * that cannot be parsed never stops the rest and is kept as a failure with its reason;
 * a file that parses later is taken off the failure list.
 *
 * @module
 */
import { resolve } from 'node:path';
import { enrich } from '../extract/index.ts';
import type { Document } from '../model/index.ts';
import { ParseError, parseBytes } from '../parse/index.ts';
import type { PutOutcome, Store } from '../store/index.ts';
import { readInput } from './parse-file.ts';

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
  /** Called after every committed batch with the running totals. */
  onBatch?: (summary: IngestSummary) => void;
  /** Called for every input that failed, with its reason. */
  onFailure?: (source: string, error: string) => void;
}

function emptySummary(): IngestSummary {
  return { files: 0, added: 0, updated: 0, unchanged: 0, failed: 0, seconds: 0 };
}

/**
 * Parse and store every input path. Never throws for a bad input (it becomes a
 * failure); throws `StoreError` when the archive itself fails, after which nothing of
 * the current batch is stored.
 */
export async function ingest(
  paths: AsyncIterable<string> | Iterable<string>,
  store: Store,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const batchSize = Math.max(1, options.batchSize ?? 200);
  const summary = emptySummary();
  let batch: Document[] = [];
  let parsedSources: string[] = [];

  const flush = async () => {
    if (batch.length === 0) return;
    const outcomes = await store.put(batch);
    count(summary, outcomes);
    for (const source of parsedSources) await store.removeFailure(source);
    batch = [];
    parsedSources = [];
    summary.seconds = (performance.now() - started) / 1000;
    options.onBatch?.({ ...summary });
  };

  for await (const path of paths) {
    summary.files++;
    const source = resolve(path);
    try {
      const bytes = await readInput(path, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
      batch.push(enrich(parseBytes(bytes, { path: source })));
      parsedSources.push(source);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      summary.failed++;
      await store.addFailure({ source, error: error.message, at: new Date().toISOString() });
      options.onFailure?.(source, error.message);
    }
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

function count(summary: IngestSummary, outcomes: PutOutcome[]): void {
  for (const outcome of outcomes) summary[outcome]++;
}

/** Ingest again the sources on the failure list (those that now parse leave it). */
export async function retryFailures(store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  const sources = (await store.failures()).map((failure) => failure.source);
  return ingest(sources, store, options);
}
