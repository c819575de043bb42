/**
 * Batches to the store, pipelined with their analysis: a batch handed over is analyzed
 * in a worker thread (`analysis-pool.ts`) while the main thread writes the batches before
 * it and reads and parses the next one. Up to `depth` batches (default 2) wait for their
 * write, so that a long write (a large merge of the index) does not leave the worker idle.
 *
 * The first batch is written at once, analyzed by the store itself: a run of one batch
 * never pays for starting workers; the pool starts with the second batch.
 *
 * With `record`, the documents come without their linked record (`enrich(doc, { record:
 * false })`: requests, commitments, entities, topics, the larger part of the extraction)
 * and the writer reads it before it writes the batch: in the worker, with the batch's
 * analysis, or on this thread for the first batch. The main thread, which parses and
 * writes every paper, keeps the least it can. (Sharing the records out so that both
 * threads are busy alike was measured slower: on two cores the garbage collector's
 * helper threads need the time the main thread leaves.)
 *
 * @module
 */
import { extractLinkedRecord, setLinkedRecord } from '../extract/index.ts';
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
  /** The draft, the batch's linked records set on its documents first when they were asked for. */
  draft: Promise<SegmentDraft>;
}

/** Options of a `PipelinedWriter`: its analysis pool's, and how many batches may wait. */
export interface PipelineOptions extends AnalysisPoolOptions {
  /** Batches analyzed or being analyzed ahead of the one being written (default 2). */
  depth?: number;
  /** Read the documents' linked records before writing them (they come without; see above). */
  record?: boolean;
}

/** Writes batches in order, each analyzed in a worker while the ones before are written. */
export class PipelinedWriter {
  private readonly write: WriteBatch;
  private pool: AnalysisPool | null = null;
  private readonly waiting: Analyzed[] = [];
  private batches = 0;
  private readonly depth: number;

  constructor(
    write: WriteBatch,
    private readonly options: PipelineOptions = {},
  ) {
    this.write = write;
    this.depth = Math.max(1, options.depth ?? 2);
  }

  /** Hand over a batch; resolves when all but the last `depth` batches are written. */
  async add(batch: Batch): Promise<void> {
    if (batch.documents.length === 0) return;
    if (this.batches++ === 0) {
      if (this.options.record) for (const doc of batch.documents) extractLinkedRecord(doc);
      return this.write(batch);
    }
    const { depth: _, record: __, ...poolOptions } = this.options;
    this.pool ??= createAnalysisPool(poolOptions);
    const draft = this.options.record
      ? this.withRecords(this.pool, batch.documents)
      : this.pool.analyze(batch.documents);
    // A failure is seen when the batch is written; if an earlier write fails first, it is never awaited.
    draft.catch(() => {});
    this.waiting.push({ batch, draft });
    while (this.waiting.length > this.depth) await this.writeOldest();
  }

  /** Hand over the last batch and write everything still waiting. */
  async finish(batch: Batch): Promise<void> {
    await this.add(batch);
    while (this.waiting.length > 0) await this.writeOldest();
  }

  private async withRecords(pool: AnalysisPool, documents: Document[]): Promise<SegmentDraft> {
    const { draft, records } = await pool.analyzeWithRecords(documents);
    if (records.length !== documents.length) {
      throw new Error(`the analysis workers read ${records.length} records for ${documents.length} papers`);
    }
    records.forEach((record, i) => {
      setLinkedRecord(documents[i] as Document, record);
    });
    return draft;
  }

  private async writeOldest(): Promise<void> {
    const oldest = this.waiting.shift() as Analyzed;
    await this.write(oldest.batch, await oldest.draft);
  }

  /** Each analysis worker's share of its time spent busy (none before the second batch), for benchmarks. */
  workersBusy(): number[] {
    return this.pool?.eventLoopUtilization().map((u) => u.utilization) ?? [];
  }

  /** Stop the workers (call in a `finally`); batches still waiting are not written. */
  async close(): Promise<void> {
    this.waiting.length = 0;
    await this.pool?.close();
  }
}
