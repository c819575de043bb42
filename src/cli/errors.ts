/**
 * How the CLI reports problems: plain words on stderr, never a stack trace (set
 * `GRIFFIE_DEBUG=1` to see one), and the exit codes every command shares.
 *
 * @module
 */

/** Exit codes: 0 all went well, 1 some inputs failed, 2 usage error, 70 internal error. */
export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 70 } as const;

/** A mistake in how the command was called; exits with 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The message of any thrown value, for the user. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Write an error for the user, with the stack only when debugging. */
export function reportInternal(error: unknown): void {
  process.stderr.write(`griffie: internal error: ${messageOf(error)}\n`);
  if (process.env.GRIFFIE_DEBUG && error instanceof Error && error.stack) {
    process.stderr.write(`${error.stack}\n`);
  } else {
    process.stderr.write('griffie: set GRIFFIE_DEBUG=1 for details, and please report this\n');
  }
}
