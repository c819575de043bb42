/**
 * The `griffie` command line: builds the program and runs it with Griffie's exit codes.
 *
 * @module
 */
import { Command, CommanderError } from 'commander';
import { StoreError } from '../store/index.ts';
import { ArchiveMissing } from './archive.ts';
import { registerBackup } from './backup.ts';
import { registerDoctor } from './doctor.ts';
import { EXIT, messageOf, reportInternal, UsageError } from './errors.ts';
import { registerExport } from './export.ts';
import { registerImport } from './import.ts';
import { registerIngest } from './ingest.ts';
import { registerParse } from './parse.ts';
import { registerSearch } from './search.ts';
import { registerServe } from './serve.ts';
import { registerStart } from './start.ts';
import { registerSync } from './sync.ts';
import { VERSION } from './version.ts';
import { registerWatch } from './watch.ts';

/** Build the `griffie` program with all its commands. */
export function buildProgram(): Command {
  const program = new Command('griffie')
    .description('Griffie: Dutch parliamentary papers as a structured, linked, searchable record')
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  registerParse(program);
  registerIngest(program);
  registerSearch(program);
  registerExport(program);
  registerImport(program);
  registerBackup(program);
  registerSync(program);
  registerWatch(program);
  registerStart(program);
  registerServe(program);
  registerDoctor(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

/**
 * Run the CLI on `argv` (without the node and script paths) and return the exit code.
 * Never throws.
 */
export async function run(argv: string[]): Promise<number> {
  const program = buildProgram();
  process.exitCode = undefined;
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      ) {
        return EXIT.ok;
      }
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof StoreError || error instanceof ArchiveMissing) {
      process.stderr.write(`griffie: ${messageOf(error)}\n`);
      return EXIT.failed;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`griffie: ${messageOf(error)}\n(run with --help for usage)\n`);
      return EXIT.usage;
    }
    if ((error as NodeJS.ErrnoException | undefined)?.code === 'EPIPE') return EXIT.ok;
    reportInternal(error);
    return EXIT.internal;
  }
}
