/**
 * Index terms as small integers, for building postings without a map lookup per word:
 * each distinct term gets an id the first time it is seen, which the analyzer keeps
 * with the word (`WordTerms.stemId`, `expansionIds`). Ids are only meaningful within
 * one thread, and only until `resetTermIds`, which the draft builder calls between
 * batches when the table has grown large.
 *
 * @module
 */
import { Interner } from '../../model/index.ts';

const ids = new Interner();

/** The id of a term, new if it has none yet. */
export function termId(term: string): number {
  return ids.number(term);
}

/** The term of an id. */
export function termName(id: number): string {
  return ids.string(id) as string;
}

/** How many ids are given out. */
export function termIdCount(): number {
  return ids.size;
}

const resets: Array<() => void> = [];

/** Forget every id (and everything holding one: `onTermIdsReset`). */
export function resetTermIds(): void {
  ids.clear();
  for (const fn of resets) fn();
}

/** Run `fn` whenever the ids are reset (the analyzer's memo, which holds ids). */
export function onTermIdsReset(fn: () => void): void {
  resets.push(fn);
}
