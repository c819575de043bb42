/**
 * `griffie doctor`: checks the installation and the archive and says what to fix
 * (`doctor-checks.ts` holds the checks). Exit 0 when nothing fails (warnings allowed),
 * 1 when something does; `--json` prints `{ok, checks}`.
 *
 * @module
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { openStore } from '../store/index.ts';
import { archiveLocation, DB_OPTION } from './archive.ts';
import {
  type CheckResult,
  checkContents,
  checkDisk,
  checkNode,
  checkPdftotext,
  checkSqlite,
  checkSqliteFile,
  checkToken,
} from './doctor-checks.ts';
import { EXIT } from './errors.ts';
import { write, writeJson } from './output.ts';

/** Register `doctor`. */
export function registerDoctor(program: Command): void {
  program
    .command('doctor')
    .description('check the installation and the archive, and say what to fix')
    .option(...DB_OPTION)
    .option('--json', 'print {ok, checks: [{name, status, detail, fix}]} as JSON')
    .addHelpText(
      'after',
      `
Checks Node.js, SQLite's native module, pdftotext (poppler-utils), GRIFFIE_API_TOKEN,
and the archive: that it opens, SQLite's quick check and WAL mode, the free disk space
beside it, its papers, the failure list and the age of the last sync. Each line says
ok, warn or FAIL, and what to do about a problem.

Exit status: 0 when nothing fails (warnings allowed), 1 when something does.`,
    )
    .action(async (options: { db?: string; json?: boolean }) => {
      const checks = await runChecks(options.db);
      const passed = checks.every((check) => check.status !== 'fail');
      if (options.json) await writeJson({ ok: passed, checks });
      else await write(describe(checks));
      process.exitCode = passed ? EXIT.ok : EXIT.failed;
    });
}

/** Every check, in order: the installation, then the archive. */
export async function runChecks(db: string | undefined): Promise<CheckResult[]> {
  const checks = [checkNode(), checkSqlite(), await checkPdftotext(), checkToken()];
  const location = archiveLocation(db);
  if ('db' in location) {
    if (!existsSync(location.db)) {
      checks.push({
        name: 'archive',
        status: 'fail',
        detail: `no archive at ${location.db}`,
        fix: `fill one: npm start, or griffie ingest PATH --db ${location.db}`,
      });
      return checks;
    }
    checks.push(...checkSqliteFile(location.db), checkDisk(location.db));
  }
  const where = 'db' in location ? location.db : 'the PostgreSQL server';
  let store: Awaited<ReturnType<typeof openStore>>;
  try {
    store = await openStore(location);
  } catch (error) {
    checks.push({
      name: 'archive',
      status: 'fail',
      detail: `${where} does not open: ${error instanceof Error ? error.message : String(error)}`,
      fix:
        'db' in location
          ? 'restore the last backup (griffie backup makes them)'
          : 'check GRIFFIE_DATABASE_URL (or --db) and that the server runs and lets this role in',
    });
    return checks;
  }
  try {
    checks.push({ name: 'archive', status: 'ok', detail: `${where} opens` }, ...(await checkContents(store)));
  } finally {
    await store.close();
  }
  return checks;
}

const LABEL = { ok: 'ok  ', warn: 'warn', fail: 'FAIL' } as const;

function describe(checks: CheckResult[]): string {
  const width = Math.max(...checks.map((check) => check.name.length));
  const lines = checks.map((check) => {
    const line = `${LABEL[check.status]}  ${check.name.padEnd(width)}  ${check.detail}`;
    return check.fix ? `${line}\n      ${' '.repeat(width)}  fix: ${check.fix}` : line;
  });
  const failed = checks.filter((check) => check.status === 'fail').length;
  const warned = checks.filter((check) => check.status === 'warn').length;
  const verdict =
    failed > 0
      ? `${failed} ${failed === 1 ? 'problem stops' : 'problems stop'} Griffie: fix ${failed === 1 ? 'it' : 'them'} first`
      : warned > 0
        ? `Griffie works; ${warned} ${warned === 1 ? 'thing is' : 'things are'} worth fixing`
        : 'all is well';
  return `${lines.join('\n')}\n${verdict}\n`;
}
