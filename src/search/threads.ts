/**
 * Worker threads for Griffie's own modules, from the build (`dist/…/x.js`) or from
 * source (`src/…/x.ts`, run under tsx in tests and scripts). Node does not hand a
 * loader registered with `--import` on to worker threads, so a worker started from
 * source registers tsx itself before it loads its module.
 *
 * @module
 */
import { Worker } from 'node:worker_threads';

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
