/**
 * Parallel search on SQLite: a pool of reader threads, each with its own read-only
 * connection, that run the one-pass collection of a search (`collect.ts`) over
 * disjoint rowid ranges at once; the parts are merged. On the project's 2-core
 * machines this halves the time of a search over many matches, and keeps the main
 * thread (the web server's event loop) free while it runs.
 *
 * Each range reads its own snapshot: a write committed while a search runs can be
 * counted in one range and not yet in another. Threads are started on first use and
 * keep no process alive while idle.
 *
 * @module
 */
import type { Worker } from 'node:worker_threads';
import { siblingModule, startWorker } from '../../search/index.ts';
import type { Collected, CollectOrder } from './collect.ts';
import type { ReaderRequest } from './reader-worker.ts';

interface Pending {
  resolve: (result: Collected) => void;
  reject: (error: Error) => void;
  worker: Worker;
}

type Reply = { id: number; result: Collected } | { id: number; error: { message: string; code?: string } };

/** A pool of `size` reader threads on the archive at `path`. */
export class ReaderPool {
  private workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly busy = new Map<Worker, number>();
  private next = 1;
  private closed = false;

  constructor(
    private readonly path: string,
    readonly size: number,
  ) {}

  /** Run the collection `sql` once per parameter list (one per rowid range), each on its own thread. */
  collect(sql: string, params: unknown[][], keep: number, order: CollectOrder): Promise<Collected[]> {
    const workers = this.start();
    return Promise.all(params.map((p, i) => this.send(workers[i % workers.length] as Worker, sql, p, keep, order)));
  }

  /** Stop the threads; pending searches fail. */
  async close(): Promise<void> {
    this.closed = true;
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((w) => w.terminate()));
  }

  private start(): Worker[] {
    if (this.closed) throw new Error('the archive is closed');
    if (this.workers.length > 0) return this.workers;
    const url = siblingModule(import.meta.url, 'reader-worker');
    for (let i = 0; i < this.size; i++) {
      const worker = startWorker(url, { path: this.path });
      worker.on('message', (reply: Reply) => this.settle(worker, reply));
      worker.on('error', (error) => this.fail(worker, error));
      worker.on('exit', (code) => this.fail(worker, new Error(`a search thread stopped (exit code ${code})`)));
      worker.unref();
      this.workers.push(worker);
    }
    return this.workers;
  }

  private send(worker: Worker, sql: string, params: unknown[], keep: number, order: CollectOrder) {
    const id = this.next++;
    const request: ReaderRequest = { id, sql, params, keep, order };
    return new Promise<Collected>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker });
      this.mark(worker, +1);
      worker.postMessage(request);
    });
  }

  /** Count a worker's requests in flight: referenced (keeping the process up) only while busy. */
  private mark(worker: Worker, delta: number): void {
    const n = (this.busy.get(worker) ?? 0) + delta;
    this.busy.set(worker, n);
    if (n > 0 && n === delta) worker.ref();
    else if (n === 0) worker.unref();
  }

  private settle(worker: Worker, reply: Reply): void {
    const pending = this.pending.get(reply.id);
    if (pending === undefined) return;
    this.pending.delete(reply.id);
    this.mark(worker, -1);
    if ('result' in reply) pending.resolve(reply.result);
    else pending.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
  }

  private fail(worker: Worker, error: Error): void {
    for (const [id, pending] of this.pending) {
      if (pending.worker !== worker) continue;
      this.pending.delete(id);
      pending.reject(error);
    }
    this.busy.set(worker, 0);
    this.workers = this.workers.filter((w) => w !== worker);
  }
}
