#!/usr/bin/env node
// Launcher for the griffie command: runs the compiled CLI in dist/ (built by `npm ci`
// through the `prepare` script, or by `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/index.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('griffie: not built yet; run `npm run build` (or `npm ci`) in the griffie folder first\n');
  process.exit(70);
}
const { run } = await import(entry.href);
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await run(process.argv.slice(2));
