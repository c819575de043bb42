/**
 * Whether a line of an export is a Tweede Kamer record (`{"tkRecord": {...}}`, what
 * `griffie export` writes after the papers) and, if so, what is wrong with it: the
 * import stores only a record `votes.putRecords` can take as it is.
 *
 * @module
 */
import { TK_RECORD_KINDS, type TkRecordInput } from '../store/index.ts';

/** The key of a record line. */
export const RECORD_LINE_KEY = 'tkRecord';

/** The line of an export that holds a record. */
export function recordLine(record: TkRecordInput): string {
  return `${JSON.stringify({ [RECORD_LINE_KEY]: record })}\n`;
}

/** Whether an export's line (its parsed JSON) is a record line, not a paper. */
export function isRecordLine(value: unknown): value is { tkRecord: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && RECORD_LINE_KEY in value;
}

const KINDS: ReadonlySet<string> = new Set(TK_RECORD_KINDS);

/** What keeps a record line's record from being stored, or null for a storable one. */
export function recordProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'the record is not an object';
  const r = value as Partial<Record<keyof TkRecordInput, unknown>>;
  if (typeof r.kind !== 'string' || !KINDS.has(r.kind)) {
    return `"kind" must be one of ${TK_RECORD_KINDS.join(', ')}, not ${JSON.stringify(r.kind)}`;
  }
  if (typeof r.id !== 'string' || r.id.trim() === '') return '"id" must be a text that is not empty';
  if (typeof r.verwijderd !== 'boolean') return '"verwijderd" must be true or false';
  if (r.bijgewerkt !== null && typeof r.bijgewerkt !== 'string') return '"bijgewerkt" must be a text or null';
  if (typeof r.record !== 'object' || r.record === null || Array.isArray(r.record)) {
    return '"record" must be an object';
  }
  if (r.papers !== undefined && !(Array.isArray(r.papers) && r.papers.every((p) => typeof p === 'string'))) {
    return '"papers" must be a list of paper ids';
  }
  return null;
}
