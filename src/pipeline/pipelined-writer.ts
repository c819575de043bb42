/**
 * Batches to the store, pipelined with their analysis: a batch handed over is analyzed
 * in a worker thread (`analysis-pool.ts`) while the main thread writes the batches before
 * it and reads and parses the next one. Up to `depth` batches (default 2) wait for their
 * write, so that a long write (a large merge of the index) does not leave the worker idle.
 *
 * The first batch is written at once, analyzed by the store itself: a run of one batch
 * never pays for starting workers; the pool starts with the second batch.
 *
 * With `topics`, the documents come without their topics (`enrich(doc, { topics: false })`)
 * and the writer reads them before it writes the batch: in the worker, with the batch's
 * analysis (both read every word), or on this thread for the first batch.
 *
 * @module
 */
import { extractTopics, setTopics } from '../extract/index.ts';
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
  /** The draft, the batch's topics set on its documents first when they were asked for. */
  draft: Promise<SegmentDraft>;
}

/** Options of a `PipelinedWriter`: its analysis pool's, and how many batches may wait. */
export interface PipelineOptions extends AnalysisPoolOptions {
  /** Batches analyzed or being analyzed ahead of the one being written (default 2). */
  depth?: number;
  /** Read the documents' topics before writing them (they come without; see above). */
  topics?: boolean;
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
      if (this.options.topics) for (const doc of batch.documents) setTopics(doc, extractTopics(doc));
      return this.write(batch);
    }
    const { depth: _, topics: __, ...poolOptions } = this.options;
    this.pool ??= createAnalysisPool(poolOptions);
    const draft = this.options.topics
      ? this.withTopics(this.pool, batch.documents)
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

  private async withTopics(pool: AnalysisPool, documents: Document[]): Promise<SegmentDraft> {
    const { draft, topics } = await pool.analyzeWithTopics(documents);
    documents.forEach((doc, i) => {
      setTopics(doc, topics[i] ?? []);
    });
    return draft;
  }

  private async writeOldest(): Promise<void> {
    const oldest = this.waiting.shift() as Analyzed;
    await this.write(oldest.batch, await oldest.draft);
  }

  /** Stop the workers (call in a `finally`); batches still waiting are not written. */
  async close(): Promise<void> {
    this.waiting.length = 0;
    await this.pool?.close();
  }
}
