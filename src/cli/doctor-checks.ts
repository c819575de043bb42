/**
 * The checks of `griffie doctor`, each a plain function that says what it found and,
 * when something is wrong, what to do about it: the Node.js version, SQLite's native
 * module, pdftotext, and the archive (it opens, SQLite's quick check and WAL mode, its
 * papers, the failure list, the age of the last sync, the free disk space, the read URL
 * and the write token). A check never throws: what it cannot check is a failure.
 *
 * @module
 */
import { statfsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { popplerAvailable } from '../parse/index.ts';
import { syncAges } from '../server/index.ts';
import type { Store } from '../store/index.ts';
import { MIN_TOKEN } from './serve.ts';

/** What one check found: `fail` stops Griffie from working, `warn` is worth fixing. */
export interface CheckResult {
  name: string;
  status: 'ok' | 'warn' | 'fail';
  detail: string;
  /** What to do about it (for `warn` and `fail`). */
  fix?: string;
}

const ok = (name: string, detail: string): CheckResult => ({ name, status: 'ok', detail });
const warn = (name: string, detail: string, fix: string): CheckResult => ({ name, status: 'warn', detail, fix });
const fail = (name: string, detail: string, fix: string): CheckResult => ({ name, status: 'fail', detail, fix });

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The oldest Node.js Griffie runs on (package.json `engines`). */
const NODE_MIN = [20, 10] as const;
/** Free space below this on the archive's disk is worth a warning. */
const LOW_DISK_BYTES = 1024 ** 3;
/** A sync older than this is worth a warning. */
const OLD_SYNC_SECONDS = 7 * 24 * 3600;

/** Node.js is new enough. */
export function checkNode(version = process.versions.node): CheckResult {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const newEnough = major > NODE_MIN[0] || (major === NODE_MIN[0] && minor >= NODE_MIN[1]);
  return newEnough
    ? ok('node', `Node.js ${version}`)
    : fail('node', `Node.js ${version} is too old`, `install Node.js ${NODE_MIN.join('.')} or later`);
}

/** better-sqlite3's native module loads and answers. */
export function checkSqlite(): CheckResult {
  try {
    const db = new Database(':memory:');
    try {
      const { version } = db.prepare('SELECT sqlite_version() AS version').get() as { version: string };
      return ok('sqlite', `SQLite ${version} (better-sqlite3)`);
    } finally {
      db.close();
    }
  } catch (error) {
    return fail(
      'sqlite',
      `SQLite's native module does not load: ${message(error)}`,
      'run npm ci in the Griffie folder (it builds better-sqlite3 for this Node.js)',
    );
  }
}

/** pdftotext (poppler-utils) is there; without it PDFs are read by pdf.js, more slowly. */
export async function checkPdftotext(): Promise<CheckResult> {
  return (await popplerAvailable())
    ? ok('pdftotext', 'pdftotext (poppler-utils) reads PDFs')
    : warn(
        'pdftotext',
        'pdftotext is not installed: PDFs are read with pdf.js, more slowly',
        'install poppler-utils (apt-get install poppler-utils)',
      );
}

/** SQLite's quick check and journal mode of the archive file, read-only. */
export function checkSqliteFile(path: string): CheckResult[] {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    return [fail('integrity', `${path} cannot be read: ${message(error)}`, 'check the file and its permissions')];
  }
  try {
    const quick = db.pragma('quick_check', { simple: true }) as string;
    const mode = String(db.pragma('journal_mode', { simple: true }));
    return [
      quick === 'ok'
        ? ok('integrity', 'PRAGMA quick_check: ok')
        : fail(
            'integrity',
            `PRAGMA quick_check: ${quick}`,
            'restore the last backup (griffie backup makes them), or export what still reads and import it into a new archive',
          ),
      mode === 'wal'
        ? ok('journal', 'WAL mode: readers never wait for a writer')
        : warn('journal', `journal mode ${mode}`, 'open the archive once with this Griffie (it sets WAL mode)'),
    ];
  } catch (error) {
    return [fail('integrity', `${path} is not a readable SQLite archive: ${message(error)}`, 'restore a backup')];
  } finally {
    db.close();
  }
}

/** Free space on the disk that holds `path`. */
export function checkDisk(path: string): CheckResult {
  try {
    const stats = statfsSync(dirname(resolve(path)));
    const free = stats.bavail * stats.bsize;
    const gb = (free / 1024 ** 3).toFixed(1);
    return free >= LOW_DISK_BYTES
      ? ok('disk', `${gb} GB free beside the archive`)
      : warn('disk', `only ${gb} GB free beside the archive`, 'free space: ingest, merges and backups need room');
  } catch (error) {
    return warn('disk', `free space unknown: ${message(error)}`, 'check the archive folder exists');
  }
}

/** What the open archive holds: papers, failures, the last sync. */
export async function checkContents(store: Store, now = Date.now()): Promise<CheckResult[]> {
  const out: CheckResult[] = [];
  try {
    const stats = await store.stats();
    out.push(
      stats.documents > 0
        ? ok('papers', `${plural(stats.documents, 'paper')} in ${plural(stats.dossiers, 'dossier')}`)
        : warn('papers', 'the archive is empty', 'fill it: npm start, griffie ingest PATH or griffie sync ob'),
    );
    const failures = (await store.failures()).length;
    out.push(
      failures === 0
        ? ok('failures', 'no input failed')
        : warn(
            'failures',
            `${failures} ${failures === 1 ? 'input' : 'inputs'} could not be stored`,
            'griffie failures lists them with the reason; griffie ingest --retry tries them again',
          ),
    );
    const newest = syncAges(await store.checkpoints(), now)[0];
    if (newest === undefined) out.push(ok('sync', 'no sync has run (papers from files only)'));
    else if (newest.ageSeconds !== null && newest.ageSeconds > OLD_SYNC_SECONDS)
      out.push(
        warn(
          'sync',
          `the last sync (${newest.source} ${newest.stream}) was ${Math.round(newest.ageSeconds / 86400)} days ago`,
          'run griffie sync ob / griffie sync tk, or schedule it',
        ),
      );
    else out.push(ok('sync', `last sync ${newest.source} ${newest.stream} at ${newest.syncedAt}`));
  } catch (error) {
    out.push(fail('contents', `the archive does not answer: ${message(error)}`, 'see the message; restore a backup'));
  }
  return out;
}

/** The write token, when set, is long enough for `griffie serve`. */
export function checkToken(token = process.env.GRIFFIE_API_TOKEN): CheckResult {
  if (token === undefined || token === '') return ok('token', 'writing through the API is off (no GRIFFIE_API_TOKEN)');
  return token.length >= MIN_TOKEN
    ? ok('token', 'GRIFFIE_API_TOKEN is set: writing through the API is on')
    : fail(
        'token',
        `GRIFFIE_API_TOKEN has ${token.length} characters; griffie serve refuses fewer than ${MIN_TOKEN}`,
        'set a long random token, e.g. GRIFFIE_API_TOKEN=$(openssl rand -hex 32)',
      );
}
