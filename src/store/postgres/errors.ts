/**
 * PostgreSQL errors as `StoreError`s: the kind from the SQLSTATE (or the client's
 * connection error code), a message for users without SQL or engine text, the original
 * kept as `cause`. A `SearchQueryError` is not a storage error and passes through.
 *
 * @module
 */
import { SearchQueryError } from '../../search/index.ts';
import { StoreError, type StoreErrorKind } from '../types.ts';

/** Error codes of postgres.js and Node for a server that cannot be reached. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
]);

/** The `StoreErrorKind` of a SQLSTATE (`23505`, …) or a client error code. */
export function errorKind(code: unknown): StoreErrorKind {
  if (typeof code !== 'string') return 'other';
  if (code === '23505') return 'unique';
  if (code === '23502') return 'not-null';
  if (code === '23503') return 'foreign-key';
  if (CONNECTION_CODES.has(code)) return 'open';
  // 08 connection exception, 28 invalid authorization, 3D000 no such database, 57P0x shutdown.
  if (code.startsWith('08') || code.startsWith('28') || code === '3D000' || /^57P0[1-3]$/.test(code)) return 'open';
  // 42P01 undefined table, 42703 undefined column, 42883 undefined function, 3F000 no such schema.
  if (code === '42P01' || code === '42703' || code === '42883' || code === '3F000') return 'schema';
  // 22 data exception, 42 syntax or access rule, 54 program limit, 57014 query cancelled.
  if (code.startsWith('22') || code.startsWith('42') || code.startsWith('54') || code === '57014') return 'query';
  return 'other';
}

const MESSAGES: Record<StoreErrorKind, string> = {
  open: 'the PostgreSQL server cannot be reached or refused the connection',
  schema: 'the archive is damaged or has an unknown layout',
  unique: 'a value that must be unique is already stored',
  'not-null': 'a required value is missing',
  'foreign-key': 'a link points at nothing stored',
  query: 'the database could not run the request',
  other: 'the archive could not be read or written',
};

/**
 * Wrap anything thrown by the engine into a `StoreError`; a `StoreError` or a
 * `SearchQueryError` passes through unchanged. `what` says what was being done
 * ("storing documents"), for the message.
 */
export function toStoreError(error: unknown, what: string, kind?: StoreErrorKind): Error {
  if (error instanceof StoreError || error instanceof SearchQueryError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const k = kind ?? errorKind(code);
  return new StoreError(k, `${what}: ${MESSAGES[k]}`, { cause: error });
}

/** Run `fn`, turning whatever it throws into a `StoreError` (see `toStoreError`). */
export async function guard<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw toStoreError(error, what);
  }
}
