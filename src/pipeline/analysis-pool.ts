/**
 * A small pool of worker threads that analyze documents for the index off the main
 * thread (`analyzeBatch`: the analyzed fields' postings as a segment draft), so that the
 * analysis of one batch runs while the main thread stores the previous one, and that can
 * read the documents' linked records there too (`analyzeWithRecords`: requests,
 * commitments, entities, topics), the larger part of the extraction. Workers get only
 * plain strings of each document (cheap to copy) unless they read the records, and hand
 * back the draft's buffers without copying them.
 *
 * Idle workers do not keep the process alive (they are unref'd while nothing is
 * pending); `close()` stops them and should still be called when done. A worker that
 * fails or stops rejects every call it was given, pending or later, with an `Error`
 * that says so: nothing waits forever.
 *
 * @module
 */
import { availableParallelism } from 'node:os';
import type { EventLoopUtilization } from 'node:perf_hooks';
import type { LinkedRecord } from '../extract/index.ts';
import type { Document } from '../model/index.ts';
import {
  CallingWorker,
  type DocumentFields,
  documentFields,
  joinDrafts,
  type SegmentDraft,
  siblingModule,
  unpackDraft,
} from '../search/index.ts';
import type { AnalysisReply, AnalysisRequest } from './analysis-protocol.ts';

/** Options of `createAnalysisPool`. */
export interface AnalysisPoolOptions {
  /** Worker threads (default: one core less than the machine has, at least one). */
  workers?: number;
}

/** A batch's postings and its documents' linked records (`readLinkedRecord` of each, in order). */
export interface AnalyzedWithRecords {
  draft: SegmentDraft;
  records: LinkedRecord[];
}

/** Analyzes documents in worker threads. */
export interface AnalysisPool {
  /** The postings of the documents, one local doc each, in order; equal to `analyzeBatch(documents)`. */
  analyze(documents: Document[]): Promise<SegmentDraft>;
  /** `analyze`, and the documents' linked records read in the same worker (their metadata and references derived first). */
  analyzeWithRecords(documents: Document[]): Promise<AnalyzedWithRecords>;
  /** How long each worker has been busy and idle since it started. */
  eventLoopUtilization(): EventLoopUtilization[];
  /** Stop the workers; calls still pending are rejected. */
  close(): Promise<void>;
}

/** The worker module: `analysis-worker.js` in the build, `.ts` from source (tests, scripts). */
const WORKER_URL = siblingModule(import.meta.url, 'analysis-worker');

/** One analysis worker thread: sent some documents' text fields (or the documents), it replies with their packed draft (and records). */
class AnalysisWorker {
  private readonly worker = new CallingWorker<AnalysisRequest, AnalysisReply>(WORKER_URL, null, 'an analysis worker');

  async analyze(request: AnalysisRequest): Promise<AnalyzedWithRecords> {
    const reply = await this.worker.call(request);
    return { draft: unpackDraft(reply.draft), records: reply.records };
  }

  eventLoopUtilization(): EventLoopUtilization {
    return this.worker.eventLoopUtilization();
  }

  terminate(reason: Error): Promise<void> {
    return this.worker.terminate(reason);
  }
}

class WorkerAnalysisPool implements AnalysisPool {
  private readonly workers: AnalysisWorker[];
  private closed = false;

  constructor(count: number) {
    this.workers = Array.from({ length: count }, () => new AnalysisWorker());
  }

  async analyze(documents: Document[]): Promise<SegmentDraft> {
    return (await this.run(documents, documents.length)).draft;
  }

  analyzeWithRecords(documents: Document[]): Promise<AnalyzedWithRecords> {
    return this.run(documents, 0);
  }

  /** The draft of `documents`, and the records of those from `recordsFrom` on. */
  private async run(documents: Document[], recordsFrom: number): Promise<AnalyzedWithRecords> {
    if (this.closed) throw new Error('the analysis pool is closed');
    // Papers whose records are read travel whole; of the others, only their text fields.
    const fields: DocumentFields[] = documents.slice(0, recordsFrom).map(documentFields);
    const request = (from: number, to: number): AnalysisRequest => ({
      fields: fields.slice(from, Math.min(to, recordsFrom)),
      documents: documents.slice(Math.max(from, recordsFrom), to),
    });
    // One contiguous share of the batch for each worker; the drafts are joined in order.
    const share = Math.max(1, Math.ceil(documents.length / this.workers.length));
    const parts = await Promise.all(
      this.workers
        .map((worker, i) => ({ worker, from: i * share, to: (i + 1) * share }))
        .filter((part, i) => part.from < documents.length || i === 0)
        .map((part) => part.worker.analyze(request(part.from, part.to))),
    );
    return { draft: joinDrafts(parts.map((p) => p.draft)), records: parts.flatMap((p) => p.records) };
  }

  eventLoopUtilization(): EventLoopUtilization[] {
    return this.workers.map((worker) => worker.eventLoopUtilization());
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const reason = new Error('the analysis pool was closed before the documents were analyzed');
    await Promise.all(this.workers.map((worker) => worker.terminate(reason)));
  }
}

/**
 * Start a pool of analysis workers. Call `close()` when done (in a `finally`).
 *
 * @example
 * const pool = createAnalysisPool();
 * try {
 *   await store.put(docs, await pool.analyze(docs));
 * } finally {
 *   await pool.close();
 * }
 */
export function createAnalysisPool(options: AnalysisPoolOptions = {}): AnalysisPool {
  const count = options.workers ?? Math.max(1, availableParallelism() - 1);
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`an analysis pool needs a whole number of workers ≥ 1, not ${count}`);
  }
  return new WorkerAnalysisPool(count);
}
