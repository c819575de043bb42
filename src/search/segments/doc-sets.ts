/**
 * Filters whose papers the engine lists itself (by SQL), not the index's columns: `id:`
 * (a paper by id or key), `outcome:` and `party-voted-for:` (the Kamer's decisions, kept
 * beside the papers and changing after them). A reader asks for them by key in
 * `FetchRequest.ids` and gets their docids back under the same key.
 *
 * @module
 */
import type { FieldFilter } from '../types.ts';

/** A filter of papers the engine lists. */
export type DocSetFilter = Extract<FieldFilter, { field: 'id' | 'outcome' | 'votedFor' }>;

/** Whether the engine lists the papers of `filter`. */
export function isDocSetFilter(filter: FieldFilter): filter is DocSetFilter {
  return filter.field === 'id' || filter.field === 'outcome' || filter.field === 'votedFor';
}

/** The key a filter's papers are asked for by: an `id:` value as it is, others marked (no paper id starts with NUL). */
export function docSetKey(filter: DocSetFilter): string {
  return filter.field === 'id' ? filter.value : `\u0000${filter.field}\u0000${filter.value}`;
}

/** The filter a key asks for. */
export function docSetFilterOf(key: string): DocSetFilter {
  if (!key.startsWith('\u0000')) return { field: 'id', value: key };
  const [, field, value = ''] = key.split('\u0000');
  return field === 'outcome' ? { field, value } : { field: 'votedFor', value };
}
