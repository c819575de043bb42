/**
 * Threads that search shares of a large archive at once (`ParallelSearch`), each with
 * its own read connection. Started on first use; idle threads do not keep the process
 * alive; a thread that fails rejects what it was asked, and the archive then searches
 * on one reader.
 *
 * @module
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { type SearchPort, type ShareReply, type ShareRequest, siblingModule, startWorker } from '../search/index.ts';

/** Where a search thread reads the archive. */
export type ThreadSource = { engine: 'sqlite'; path: string } | { engine: 'postgres'; url: string; schema: string };

const WORKER_URL = siblingModule(import.meta.url, 'search-thread');

/** Search on threads from this many docids on (below it one reader is faster). */
export const PARALLEL_FROM = 200_000;

/** One thread as a `SearchPort`. */
class Thread implements SearchPort {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (r: ShareReply) => void; reject: (e: Error) => void }>();
  private next = 0;
  failure: Error | null = null;

  constructor(source: ThreadSource) {
    this.worker = startWorker(WORKER_URL, source);
    this.worker.unref();
    this.worker.on('message', ({ rid, reply }: { rid: number; reply: ShareReply }) => {
      const call = this.pending.get(rid);
      if (call === undefined) return;
      this.settle(rid);
      call.resolve(reply);
    });
    this.worker.on('error', (error) => this.fail(new Error(`a search thread failed: ${error.message}`)));
    this.worker.on('exit', (code) => this.fail(new Error(`a search thread stopped (exit code ${code})`)));
  }

  call(request: ShareRequest): Promise<ShareReply> {
    if (this.failure !== null) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const rid = this.next++;
      this.pending.set(rid, { resolve, reject });
      if (this.pending.size === 1) this.worker.ref();
      this.worker.postMessage({ rid, request });
    });
  }

  private settle(rid: number): void {
    this.pending.delete(rid);
    if (this.pending.size === 0) this.worker.unref();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const call of this.pending.values()) call.reject(this.failure);
    this.pending.clear();
    this.worker.unref();
  }

  async close(): Promise<void> {
    this.fail(new Error('the search threads are closed'));
    await this.worker.terminate();
  }
}

/** The search threads of one open archive. */
export class SearchThreads {
  private threads: Thread[] | null = null;

  constructor(
    private readonly source: ThreadSource,
    private readonly count = Math.min(4, availableParallelism()),
  ) {}

  /** Whether searches should use threads: several cores, and no thread has failed. */
  get usable(): boolean {
    return this.count > 1 && !(this.threads?.some((t) => t.failure !== null) ?? false);
  }

  /** The threads' ports (started on first use). */
  ports(): SearchPort[] {
    this.threads ??= Array.from({ length: this.count }, () => new Thread(this.source));
    return this.threads;
  }

  async close(): Promise<void> {
    const threads = this.threads ?? [];
    this.threads = null;
    await Promise.all(threads.map((t) => t.close()));
  }
}
