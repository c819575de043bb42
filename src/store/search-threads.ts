/**
 * Threads that search shares of a large archive at once (`ParallelSearch`), each with
 * its own read connection. Started on first use; idle threads do not keep the process
 * alive; a thread that fails rejects what it was asked, and the archive then searches
 * on one reader.
 *
 * @module
 */
import { availableParallelism } from 'node:os';
import { CallingWorker, type SearchPort, type ShareReply, type ShareRequest, siblingModule } from '../search/index.ts';
import type { BlockCacheOptions } from './postgres/block-cache.ts';

/** Where a search thread reads the archive. */
export type ThreadSource =
  | { engine: 'sqlite'; path: string }
  /** `cache`: the thread's share of the archive's block cache (`postgres/block-cache.ts`). */
  | { engine: 'postgres'; url: string; schema: string; cache?: BlockCacheOptions };

const WORKER_URL = siblingModule(import.meta.url, 'search-thread');

/** Search on threads from this many docids on (below it one reader is faster). */
export const PARALLEL_FROM = 200_000;

/** One thread as a `SearchPort`. */
class Thread implements SearchPort {
  private readonly worker: CallingWorker<ShareRequest, ShareReply>;

  constructor(source: ThreadSource) {
    this.worker = new CallingWorker(WORKER_URL, source, 'a search thread');
  }

  get failure(): Error | null {
    return this.worker.failure;
  }

  call(request: ShareRequest): Promise<ShareReply> {
    return this.worker.call(request);
  }

  close(): Promise<void> {
    return this.worker.terminate(new Error('the search threads are closed'));
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
