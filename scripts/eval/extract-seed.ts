/**
 * The exact check of the seed letter: its requests, commitments and persons as the
 * pipeline extracts them must equal those of `spec/kst-32824-93.expected.json`, field by
 * field (spacing aside), in any order.
 *
 * @module
 */
import type { Document } from '../../src/model/index.ts';
import { ws } from './normalise.ts';

/** The part of the expected seed document this check reads. */
export interface SeedExpectation {
  requests: Array<{ date: string | null; by: string | null; asks: string }>;
  commitments: Array<{ text: string; by: string | null; due: string | null }>;
  entities: { persons: Array<{ name: string; role: string | null }> };
}

/** The outcome per field, with what was expected and got where they differ. */
export interface SeedCheck {
  requests: boolean;
  commitments: boolean;
  persons: boolean;
  met: boolean;
  differences: Array<{ field: string; expected: string[]; got: string[] }>;
}

function keys<T>(items: T[], fields: Array<keyof T>): string[] {
  return items
    .map((item) =>
      JSON.stringify(fields.map((f) => (typeof item[f] === 'string' ? ws(item[f] as string) : (item[f] ?? null)))),
    )
    .sort();
}

/**
 * Compare `doc` (the pipeline's parse of the seed, or `null`) with the expectation.
 *
 * @example
 * checkSeed(doc, expected).met; // true when all three fields agree exactly
 */
export function checkSeed(doc: Document | null, expected: SeedExpectation): SeedCheck {
  const differences: SeedCheck['differences'] = [];
  const compare = (field: string, want: string[], got: string[]): boolean => {
    const ok = want.length === got.length && want.every((w, i) => w === got[i]);
    if (!ok) differences.push({ field, expected: want, got });
    return ok;
  };
  const requests = compare(
    'requests',
    keys(expected.requests, ['date', 'by', 'asks']),
    keys(doc?.requests ?? [], ['date', 'by', 'asks']),
  );
  const commitments = compare(
    'commitments',
    keys(expected.commitments, ['text', 'by', 'due']),
    keys(doc?.commitments ?? [], ['text', 'by', 'due']),
  );
  const persons = compare(
    'persons',
    keys(expected.entities.persons, ['name', 'role']),
    keys(doc?.entities.persons ?? [], ['name', 'role']),
  );
  return { requests, commitments, persons, met: requests && commitments && persons, differences };
}
