/**
 * One worker process of `griffie serve --workers N` (`serve-cluster.ts`): runs
 * `griffie serve` with the settings the primary put in its environment, quietly (the
 * primary speaks for all of them).
 *
 * @module
 */
import { run } from './program.ts';
import { WORKER_ENV, type WorkerSettings } from './serve-cluster.ts';

const settings = JSON.parse(process.env[WORKER_ENV] ?? '{}') as WorkerSettings;
const argv = ['serve', '--host', settings.host, '--port', String(settings.port)];
if (settings.db !== undefined) argv.push('--db', settings.db);
if (settings.readUrl !== undefined) argv.push('--read-url', settings.readUrl);
process.exitCode = await run(argv);
// The channel to the primary would keep this process alive after serving has ended.
process.disconnect?.();
