/**
 * SQLite errors as `StoreError`s: the kind from the engine's code, a message for
 * users without SQL text, the original kept as `cause`.
 *
 * @module
 */
import { StoreError, type StoreErrorKind } from '../types.ts';

/** The `StoreErrorKind` of a better-sqlite3 error code (`SQLITE_CONSTRAINT_UNIQUE`, …). */
export function errorKind(code: unknown): StoreErrorKind {
  if (typeof code !== 'string') return 'other';
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return 'unique';
  if (code === 'SQLITE_CONSTRAINT_NOTNULL') return 'not-null';
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return 'foreign-key';
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_READONLY'))
    return 'open';
  if (code.startsWith('SQLITE_CORRUPT')) return 'schema';
  return 'other';
}

const MESSAGES: Record<StoreErrorKind, string> = {
  open: 'the archive cannot be opened',
  schema: 'the archive is damaged or has an unknown layout',
  unique: 'a value that must be unique is already stored',
  'not-null': 'a required value is missing',
  'foreign-key': 'a link points at nothing stored',
  query: 'the search could not be run',
  other: 'the archive could not be read or written',
};

/**
 * Wrap anything thrown by the engine into a `StoreError`; a `StoreError` passes through.
 * `what` says what was being done ("storing documents"), for the message.
 */
export function toStoreError(error: unknown, what: string, kind?: StoreErrorKind): StoreError {
  if (error instanceof StoreError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const k = kind ?? errorKind(code);
  const busy = typeof code === 'string' && code.startsWith('SQLITE_BUSY');
  const reason = busy ? 'the archive is locked by another process' : MESSAGES[k];
  return new StoreError(k, `${what}: ${reason}`, { cause: error });
}
