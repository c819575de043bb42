/**
 * Text extraction with pdfjs, the fallback when poppler's `pdftotext` is not installed,
 * in a worker thread of its own (`pdfjs-worker.ts`, started on the first PDF and
 * shared by all). pdfjs runs in the thread that calls it, and a damaged PDF can make it
 * leave a rejected promise unhandled, which ends a Node process, or keep it busy past
 * any timer: in its own thread neither can touch the process. A job that does not
 * answer in time has its thread stopped; the other jobs of a thread that stopped or
 * failed are sent to a new one, once.
 *
 * @module
 */
import { Worker } from 'node:worker_threads';
import { ParseError } from '../errors.ts';
import { damaged, tookTooLong } from './failures.ts';
import type { PdfJob, PdfJobReply } from './pdfjs-protocol.ts';
import type { PdfLimits, PdfPage } from './types.ts';

/** Time past a job's limit before its thread is stopped (the thread's own timer answers first). */
const GRACE_MS = 5000;

interface Pending {
  bytes: Uint8Array;
  limits: PdfLimits;
  resolve: (pages: PdfPage[]) => void;
  reject: (error: ParseError) => void;
  timer: NodeJS.Timeout;
  /** Threads this job was lost with. */
  lost: number;
}

/** The worker module: `pdfjs-worker.ts` from source (under tsx), `.js` from the build. */
function startThread(): Worker {
  const url = new URL(`./pdfjs-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  if (!url.pathname.endsWith('.ts')) return new Worker(url);
  // Node does not hand a loader registered with --import on to worker threads.
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { eval: true });
}

class PdfjsThread {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private next = 0;

  extract(bytes: Uint8Array, limits: PdfLimits): Promise<PdfPage[]> {
    return new Promise((resolve, reject) => {
      const id = this.next++;
      const timer = setTimeout(() => this.expire(id), limits.timeoutMs + GRACE_MS);
      this.pending.set(id, { bytes, limits, resolve, reject, timer, lost: 0 });
      this.send(id);
    });
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = startThread();
    worker.on('message', (reply: PdfJobReply) => this.answer(reply));
    worker.on('error', () => this.lose(worker));
    worker.on('exit', () => this.lose(worker));
    this.worker = worker;
    return worker;
  }

  private send(id: number): void {
    const job = this.pending.get(id);
    if (!job) return;
    const worker = this.thread();
    worker.ref();
    // pdfjs takes the buffer it is given: the thread gets a copy, the job keeps the bytes for a resend.
    const bytes = job.bytes.slice().buffer;
    worker.postMessage({ id, bytes, limits: job.limits } satisfies PdfJob, [bytes]);
  }

  private settle(id: number): Pending | undefined {
    const job = this.pending.get(id);
    if (!job) return undefined;
    this.pending.delete(id);
    clearTimeout(job.timer);
    if (this.pending.size === 0) this.worker?.unref();
    return job;
  }

  private answer(reply: PdfJobReply): void {
    const job = this.settle(reply.id);
    if (!job) return;
    if ('pages' in reply) job.resolve(reply.pages);
    else job.reject(new ParseError(reply.error.code, reply.error.message));
  }

  /** A job past its limit and the grace: its thread is stopped. */
  private expire(id: number): void {
    const job = this.settle(id);
    if (!job) return;
    job.reject(tookTooLong(job.limits.timeoutMs));
    const worker = this.worker;
    if (worker) {
      this.lose(worker);
      void worker.terminate();
    }
  }

  /** The thread stopped or failed: its jobs go to a new thread, once. */
  private lose(worker: Worker): void {
    if (this.worker !== worker) return;
    this.worker = null;
    for (const [id, job] of this.pending) {
      job.lost++;
      if (job.lost > 1) {
        this.settle(id);
        job.reject(damaged());
      } else {
        this.send(id);
      }
    }
  }
}

let shared: PdfjsThread | undefined;

/**
 * The pages of a PDF as lines with item boxes and font sizes, read by pdfjs in its own
 * thread.
 *
 * @throws {ParseError} for a damaged or encrypted PDF, too many pages, too much text
 * or a run past the time limit.
 */
export function extractWithPdfjs(bytes: Uint8Array, limits: PdfLimits): Promise<PdfPage[]> {
  shared ??= new PdfjsThread();
  return shared.extract(bytes, limits);
}
