/**
 * `griffie start` (what `npm start` runs): make sure the archive holds papers. An empty
 * archive is filled from officielebekendmakingen (the last 30 days), or, when the
 * sources cannot be reached, with the bundled example archive, and the command says
 * which. Then it tells the user what to do next.
 *
 * @module
 */
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { holdsExamples, startArchive } from '../pipeline/index.ts';
import { createHttpClient, createObConnector, OB_BASE_URL } from '../sources/index.ts';
import { archiveLocation, DB_OPTION, EXAMPLES_NOTICE, withArchive } from './archive.ts';
import { EXIT } from './errors.ts';
import { wholeNumber, write } from './output.ts';
import { addListenOptions, type ListenOptions, serveArchive } from './serve.ts';
import { baseUrl } from './sync.ts';
import { VERSION } from './version.ts';

/** The bundled examples: `examples/` at the package's root (beside `src/` and `dist/`). */
const EXAMPLES_DIR = fileURLToPath(new URL('../../examples', import.meta.url));

interface StartOptions extends ListenOptions {
  db?: string;
  serve: boolean;
  offline?: boolean;
  days: string;
  baseUrl?: string;
}

/** Register `start`. */
export function registerStart(program: Command): void {
  addListenOptions(
    program
      .command('start')
      .description(
        'fill an empty archive (the last 30 days from officielebekendmakingen, or the bundled examples offline), then serve it',
      )
      .option(...DB_OPTION),
  )
    .option('--no-serve', 'fill the archive and stop, without serving it')
    .option('--offline', 'do not try the official sources: load the bundled examples')
    .option('--days <n>', 'days back to fetch on a first run', '30')
    .option('--base-url <url>', `the repository's address (default $GRIFFIE_OB_BASE_URL or ${OB_BASE_URL})`)
    .action(async (options: StartOptions) => {
      process.exitCode = await runStart(options);
    });
}

async function runStart(options: StartOptions): Promise<number> {
  const days = wholeNumber(options.days, '--days', 1, 3650);
  wholeNumber(options.port, '--port', 0, 65535);
  const base = baseUrl(options.baseUrl, 'GRIFFIE_OB_BASE_URL', OB_BASE_URL);
  const tell = (message: string) => process.stderr.write(`griffie: ${message}\n`);
  return withArchive(options.db, async (store) => {
    // Few retries and a short timeout: offline, the examples come in seconds, not minutes.
    const connector = createObConnector({
      baseUrl: base,
      http: createHttpClient({ version: VERSION, pauseMs: 500, retries: 1, timeoutMs: 15_000 }),
    });
    const outcome = await startArchive(store, {
      examplesDir: EXAMPLES_DIR,
      connector,
      offline: options.offline === true,
      days,
      onMessage: tell,
      sync: {
        onProgress: (event) => {
          if (event.kind === 'page') tell(`fetching: a page of ${event.entries} papers`);
          if (event.kind === 'retry') tell(`${event.reason}; trying again in ${Math.round(event.waitMs / 1000)} s`);
        },
        onPage: (s) => tell(`${s.added + s.updated + s.unchanged} papers stored so far`),
      },
    });
    const location = archiveLocation(options.db);
    const where = 'db' in location ? ` --db ${location.db}` : '';
    if (outcome.loaded === 'existing') await write(`the archive holds ${outcome.papers} papers\n`);
    else if (outcome.loaded === 'sync')
      await write(
        `stored ${outcome.papers} papers from officielebekendmakingen${outcome.reason ? ` (stopped early: ${outcome.reason}; run griffie sync ob to go on)` : ''}\n`,
      );
    else await write(`loaded ${outcome.papers} example papers\n`);
    if (await holdsExamples(store)) tell(EXAMPLES_NOTICE);
    if (!options.serve) {
      await write(`serve it:   node bin/griffie.js serve${where}\n`);
      return EXIT.ok;
    }
    return serveArchive(store, options);
  });
}
