/**
 * Where an officielebekendmakingen sync stands, as the checkpoint string the archive
 * stores. A sync is a sequence of *passes* over the scope: the first takes every
 * Kamerstuk in it; each later one only those changed (`dt.modified`) since the last
 * pass began, less a day for papers the index shows late. Within a pass the
 * position is a start record, and past the service's paging limit also an identifier
 * to continue after.
 *
 * @module
 */
import { addDays, isIsoDate } from '../dates.ts';
import { SourceOptionError } from '../errors.ts';

/** The state of a stream's sync. */
export interface ObState {
  stream: string;
  /** The scope's lower publication date, kept from pass to pass. */
  since: string | null;
  /** This pass takes only records changed on or after this date (null: all). */
  modifiedFrom: string | null;
  /** This pass continues with identifiers after this one (null: from the first). */
  after: string | null;
  /** The next start record (1-based) after `after`. */
  start: number;
  /** The UTC date this pass began; null between passes. */
  passStarted: string | null;
  /** The latest `dt.modified` date seen in this pass. */
  high: string | null;
}

const VERSION = 1;

/** The checkpoint string of a state. */
export function encodeObCheckpoint(state: ObState): string {
  return JSON.stringify({ v: VERSION, ...state });
}

/**
 * Read a checkpoint written by `encodeObCheckpoint`.
 *
 * @throws {TypeError} when it is not one, or belongs to another stream.
 */
export function decodeObCheckpoint(text: string, stream: string): ObState {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = null;
  }
  const state = value as Partial<ObState> & { v?: unknown };
  const valid =
    typeof value === 'object' &&
    value !== null &&
    state.v === VERSION &&
    typeof state.stream === 'string' &&
    isDateOrNull(state.since) &&
    isDateOrNull(state.modifiedFrom) &&
    isDateOrNull(state.passStarted) &&
    isDateOrNull(state.high) &&
    (state.after === null || typeof state.after === 'string') &&
    Number.isInteger(state.start) &&
    (state.start as number) >= 1;
  if (!valid)
    throw new SourceOptionError(`sources: "${text.slice(0, 80)}" is not an officielebekendmakingen checkpoint`);
  if (state.stream !== stream) {
    throw new SourceOptionError(`sources: the checkpoint belongs to stream "${state.stream}", not "${stream}"`);
  }
  return {
    stream,
    since: state.since ?? null,
    modifiedFrom: state.modifiedFrom ?? null,
    after: state.after ?? null,
    start: state.start as number,
    passStarted: state.passStarted ?? null,
    high: state.high ?? null,
  };
}

/** The state after a page of `received` records, the last with identifier `lastIdentifier`. */
export function advance(
  state: ObState,
  page: { received: number; lastIdentifier: string | null; high: string | null },
  paging: { pageSize: number; maxPosition: number },
): ObState {
  const start = state.start + page.received;
  const beyondLimit = start + paging.pageSize - 1 > paging.maxPosition;
  if (beyondLimit && page.lastIdentifier !== null) {
    return { ...state, after: page.lastIdentifier, start: 1, high: page.high };
  }
  return { ...state, start, high: page.high };
}

/**
 * The state after the last page of a pass: the next pass takes what changed since the
 * earlier of the latest change seen and the day this pass began, less `overlapDays`,
 * never earlier than this pass's own lower bound.
 */
export function completePass(state: ObState, high: string | null, overlapDays: number): ObState {
  const began = state.passStarted ?? high;
  const latest = high !== null && began !== null && high < began ? high : began;
  let modifiedFrom = latest === null ? state.modifiedFrom : addDays(latest, -overlapDays);
  if (state.modifiedFrom !== null && (modifiedFrom === null || modifiedFrom < state.modifiedFrom)) {
    modifiedFrom = state.modifiedFrom;
  }
  return { ...state, modifiedFrom, after: null, start: 1, passStarted: null, high: null };
}

function isDateOrNull(value: unknown): boolean {
  return value === null || (typeof value === 'string' && isIsoDate(value));
}
