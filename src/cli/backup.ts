/**
 * `griffie backup`: a consistent copy of a SQLite archive while it is being served and
 * written (SQLite's online backup), checked before it is put in place.
 *
 * @module
 */
import type { Command } from 'commander';
import { archiveLocation, DB_OPTION, withArchive } from './archive.ts';
import { EXIT } from './errors.ts';
import { write, writeJson } from './output.ts';

/** Register `backup`. */
export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('copy a SQLite archive, consistently, while it is served and written')
    .argument('<file>', 'the backup file (replaced when it exists)')
    .option(...DB_OPTION)
    .option('--json', 'print {path, bytes, documents, seconds} as JSON')
    .addHelpText(
      'after',
      `
The copy is the archive at one moment, taken with SQLite's online backup while
griffie serve reads it and ingest or sync write it (they are not stopped). It is
written beside FILE, checked (PRAGMA integrity_check, its papers counted) and only
then renamed over FILE: a failed backup leaves the previous one. The copy is an
archive: griffie serve --db FILE opens it. A PostgreSQL archive is backed up with
pg_dump instead.

Examples:
  griffie backup backups/griffie-$(date +%F).db
  griffie backup /mnt/backup/griffie.db --db /srv/griffie/griffie.db`,
    )
    .action(async (file: string, options: { db?: string; json?: boolean }) => {
      process.exitCode = await runBackup(file, options);
    });
}

async function runBackup(file: string, options: { db?: string; json?: boolean }): Promise<number> {
  if ('url' in archiveLocation(options.db)) {
    process.stderr.write(
      'griffie: griffie backup copies a SQLite archive; back up a PostgreSQL archive with pg_dump (e.g. pg_dump -Fc -f griffie.dump "$GRIFFIE_DATABASE_URL")\n',
    );
    return EXIT.failed;
  }
  const started = performance.now();
  const result = await withArchive(options.db, (store) => store.backup(file), { existing: true });
  const seconds = Math.round((performance.now() - started) / 10) / 100;
  if (options.json) await writeJson({ ...result, seconds });
  else {
    const mb = (result.bytes / 1024 / 1024).toFixed(1);
    await write(`backed up ${result.documents} papers (${mb} MB) to ${result.path} in ${seconds.toFixed(1)} s\n`);
  }
  return EXIT.ok;
}
