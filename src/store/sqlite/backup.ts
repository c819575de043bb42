/**
 * Backing up a live SQLite archive with SQLite's online backup API: the pages are
 * copied in one step, inside one read transaction, so the copy is the archive at one
 * moment however other connections and processes write meanwhile (in WAL mode the
 * writers are not blocked, and a step that copies everything is never restarted by
 * their writes). The copy is written beside the target, checked (`integrity_check`,
 * its schema and papers read), made durable and only then renamed into place: a
 * backup that fails leaves the previous one as it was.
 *
 * @module
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { type BackupResult, StoreError } from '../types.ts';
import { toStoreError } from './errors.ts';

/** Pages per backup step: all of them, so that no write restarts the copy. */
const ALL_PAGES = 0x7fffffff;

/** The files SQLite keeps beside a database while it is open (or after a crash). */
const COMPANIONS = ['-wal', '-shm', '-journal'];

function removeWithCompanions(path: string): void {
  for (const suffix of ['', ...COMPANIONS]) rmSync(path + suffix, { force: true });
}

/** Open the copy, check it, and count its papers; throws a `StoreError('schema')` when it is damaged. */
function check(path: string, versions: number): number {
  const copy = new Database(path, { fileMustExist: true });
  try {
    // A backup is one self-contained file: no write-ahead log beside it once closed.
    copy.pragma('journal_mode = DELETE');
    const problems = copy.pragma('integrity_check') as { integrity_check: string }[];
    if (problems.length !== 1 || problems[0]?.integrity_check !== 'ok') {
      const first = problems.map((p) => p.integrity_check).slice(0, 3);
      throw new StoreError('schema', `the backup failed its integrity check: ${first.join('; ')}`);
    }
    const version = copy.prepare('SELECT coalesce(max(version), 0) FROM schema_migrations').pluck().get();
    if (version !== versions) {
      throw new StoreError('schema', `the backup holds schema version ${version}, the archive ${versions}`);
    }
    return copy.prepare('SELECT count(*) FROM documents').pluck().get() as number;
  } finally {
    copy.close();
  }
}

/** A failed backup as a `StoreError` that keeps the reason (a full disk, a folder not writable). */
function backupError(error: unknown, path: string): StoreError {
  if (error instanceof StoreError) return error;
  const what = `backing up the archive to ${path}`;
  const code = (error as { code?: unknown } | null)?.code;
  // File system errors and SQLite's own (SQLITE_FULL, SQLITE_IOERR) say what went wrong without SQL.
  if (typeof code === 'string' && error instanceof Error && !code.startsWith('SQLITE_BUSY')) {
    return new StoreError('other', `${what}: ${error.message}`, { cause: error });
  }
  return toStoreError(error, what);
}

/** Make a file's contents (`fsync` of the file) or a rename (of its folder) durable. */
function sync(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } catch {
    // Some file systems cannot sync a folder; the rename is then as durable as they make it.
  } finally {
    closeSync(fd);
  }
}

/**
 * Copy the archive open on `db` to `target` (see the module). Refuses the archive's own
 * file, and a target that another program has open (its `-wal` or `-journal` beside it).
 */
export async function backupSqlite(db: Database.Database, target: string): Promise<BackupResult> {
  if (db.memory) throw new StoreError('other', 'an archive in memory has no file to back up');
  const path = resolve(target);
  if (path === resolve(db.name)) {
    throw new StoreError('other', `${path} is the archive itself: back it up to another file`);
  }
  for (const suffix of COMPANIONS) {
    if (existsSync(path + suffix)) {
      throw new StoreError(
        'other',
        `${path}${suffix} exists: a program has ${basename(path)} open (or stopped with it open); close it, or back up to another file`,
      );
    }
  }
  mkdirSync(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  removeWithCompanions(temp);
  try {
    const versions = db.prepare('SELECT coalesce(max(version), 0) FROM schema_migrations').pluck().get() as number;
    await db.backup(temp, { progress: () => ALL_PAGES });
    const documents = check(temp, versions);
    sync(temp);
    renameSync(temp, path);
    sync(dirname(path));
    return { path, bytes: statSync(path).size, documents };
  } catch (error) {
    removeWithCompanions(temp);
    throw backupError(error, path);
  }
}
