/**
 * Batches to the store, pipelined with their analysis: a batch handed over is analyzed
 * in a worker thread (`analysis-pool.ts`) while the main thread writes the batch before
 * it and reads and parses the next one. At most one batch waits analyzed for its write.
 *
 * The first batch is written at once, analyzed by the store itself: a run of one batch
 * never pays for starting workers; the pool starts with the second batch.
 *
 * @module
 */
import type { Document } from '../model/index.ts';
import type { SegmentDraft } from '../search/index.ts';
import { type AnalysisPool, type AnalysisPoolOptions, createAnalysisPool } from './analysis-pool.ts';

/** Documents to store in one transaction, and the sources they were read from. */
export interface Batch {
  documents: Document[];
  sources: string[];
}

/** Stores one batch; `draft` is its documents' postings when a worker made them. */
export type WriteBatch = (batch: Batch, draft?: SegmentDraft) => Promise<void>;

interface Analyzed {
  batch: Batch;
  draft: Promise<SegmentDraft>;
}

/** Writes batches in order, each analyzed in a worker while the one before is written. */
export class PipelinedWriter {
  private readonly write: WriteBatch;
  private pool: AnalysisPool | null = null;
  private waiting: Analyzed | null = null;
  private batches = 0;

  constructor(
    write: WriteBatch,
    private readonly poolOptions: AnalysisPoolOptions = {},
  ) {
    this.write = write;
  }

  /** Hand over a batch; resolves when the batch before it is written (this one may not be yet). */
  async add(batch: Batch): Promise<void> {
    if (batch.documents.length === 0) return;
    if (this.batches++ === 0) return this.write(batch);
    this.pool ??= createAnalysisPool(this.poolOptions);
    const draft = this.pool.analyze(batch.documents);
    // A failure is seen when the batch is written; if an earlier write fails first, it is never awaited.
    draft.catch(() => {});
    const previous = this.waiting;
    this.waiting = { batch, draft };
    if (previous !== null) await this.write(previous.batch, await previous.draft);
  }

  /** Hand over the last batch and write everything still waiting. */
  async finish(batch: Batch): Promise<void> {
    await this.add(batch);
    const last = this.waiting;
    this.waiting = null;
    if (last !== null) await this.write(last.batch, await last.draft);
  }

  /** Stop the workers (call in a `finally`); a batch still waiting is not written. */
  async close(): Promise<void> {
    this.waiting = null;
    await this.pool?.close();
  }
}
