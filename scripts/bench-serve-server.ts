/**
 * The server of `npm run bench:serve`, in a process of its own so that the load
 * generator does not share its event loop: `griffie serve --db FILE --port 0` run from
 * the sources. It says where it listens on stderr ("serving the archive at
 * http://127.0.0.1:PORT/ ...") and stops on SIGTERM, as `griffie serve` does.
 *
 * Usage: `node --import tsx scripts/bench-serve-server.ts FILE [WORKERS]`.
 *
 * @module
 */
import { run } from '../src/cli/index.ts';

const db = process.argv[2];
if (!db) {
  process.stderr.write('bench-serve-server: give the archive file\n');
  process.exit(2);
}
const workers = process.argv[3] ?? '1';
process.exitCode = await run(['serve', '--db', db, '--host', '127.0.0.1', '--port', '0', '--workers', workers]);
