/**
 * Worker threads for Griffie's own modules, from the build (`dist/…/x.js`) or from
 * source (`src/…/x.ts`, run under tsx in tests and scripts), and the one way they are
 * called (`CallingWorker`, `serveCalls`). Node does not hand a
 * loader registered with `--import` on to worker threads, so a worker started from
 * source registers tsx itself before it loads its module.
 *
 * @module
 */
import type { EventLoopUtilization } from 'node:perf_hooks';
import { type MessagePort, Worker } from 'node:worker_threads';

/**
 * The URL of a worker module next to `base` (an `import.meta.url`): `name.ts` when
 * running from source, `name.js` from the build.
 */
export function siblingModule(base: string, name: string): URL {
  return new URL(`./${name}${base.endsWith('.ts') ? '.ts' : '.js'}`, base);
}

/**
 * Start a worker thread running the module at `url` with `workerData`.
 *
 * @example
 * const worker = startWorker(siblingModule(import.meta.url, 'reader-worker'), { path });
 */
export function startWorker(url: URL, workerData: unknown): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

/** What a `CallingWorker`'s thread posts back: the reply to call `rid`, or why it failed. */
export type WorkerReply<T> = { rid: number; reply: T } | { rid: number; error: string };

/**
 * A worker thread that answers calls, one reply each, matched by `rid`: it is sent
 * `{ rid, request }` and posts back a `WorkerReply`. An idle worker does not keep the
 * process alive. A worker that fails or stops rejects every call it was given, pending
 * or later, with an `Error` that says so (`what` names it): nothing waits forever.
 */
export class CallingWorker<Request, Reply> {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  private next = 0;
  /** Why the worker can take no more calls (it failed, or was closed). */
  failure: Error | null = null;

  constructor(
    url: URL,
    workerData: unknown,
    private readonly what: string,
  ) {
    this.worker = startWorker(url, workerData);
    this.worker.unref();
    this.worker.on('message', (message: WorkerReply<Reply>) => this.answer(message));
    this.worker.on('error', (error) => this.fail(new Error(`${what} failed: ${error.message}`)));
    this.worker.on('messageerror', () => this.fail(new Error(`${what} sent an unreadable reply`)));
    this.worker.on('exit', (code) => this.fail(new Error(`${what} stopped (exit code ${code})`)));
  }

  /** Send a request (its `transfer` buffers handed over); resolves with the reply. */
  call(request: Request, transfer: ArrayBuffer[] = []): Promise<Reply> {
    if (this.failure !== null) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const rid = this.next++;
      this.pending.set(rid, { resolve, reject });
      if (this.pending.size === 1) this.worker.ref();
      try {
        this.worker.postMessage({ rid, request }, transfer);
      } catch (error) {
        this.settle(rid);
        reject(new Error(`the request could not be sent to ${this.what}`, { cause: error }));
      }
    });
  }

  /** How long the thread has been busy and idle since it started (zero once stopped). */
  eventLoopUtilization(): EventLoopUtilization {
    return this.worker.performance.eventLoopUtilization();
  }

  /** Stop the thread; pending calls are rejected with `reason`. */
  async terminate(reason: Error): Promise<void> {
    this.fail(reason);
    await this.worker.terminate();
  }

  private answer(message: WorkerReply<Reply>): void {
    const call = this.pending.get(message.rid);
    if (call === undefined) return;
    this.settle(message.rid);
    if ('error' in message) call.reject(new Error(`${this.what} failed: ${message.error}`));
    else call.resolve(message.reply);
  }

  /** Forget a call; an idle worker no longer keeps the process alive. */
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
}

/**
 * The thread side of a `CallingWorker`: answer each `{ rid, request }` with `handle`'s
 * reply (and the buffers to transfer with it), or with the error it threw.
 */
export function serveCalls<Request, Reply>(
  port: MessagePort,
  handle: (
    request: Request,
  ) => Promise<{ reply: Reply; transfer?: ArrayBuffer[] }> | { reply: Reply; transfer?: ArrayBuffer[] },
): void {
  port.on('message', async ({ rid, request }: { rid: number; request: Request }) => {
    let message: WorkerReply<Reply>;
    let transfer: ArrayBuffer[] = [];
    try {
      const answer = await handle(request);
      message = { rid, reply: answer.reply };
      transfer = answer.transfer ?? [];
    } catch (error) {
      message = { rid, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(message, transfer);
  });
}
