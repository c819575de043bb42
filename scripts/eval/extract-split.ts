/**
 * The split of the hand annotation into a development half and a held-out half, so that
 * the extractors are tuned on one half and measured once on the other. A paper's half
 * follows from its `source_id` alone: the first byte of its SHA-256 even → `dev`, odd →
 * `heldout`. The rule needs no list, keeps every paper in its half when papers are added,
 * and sends a new paper to either half by chance. The seed letter is always in `dev`
 * (and is checked exactly on its own besides).
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { SEED_ID } from './extract-annotations.ts';

/** The two halves. */
export const SPLITS = ['dev', 'heldout'] as const;

/** One of {@link SPLITS}. */
export type Split = (typeof SPLITS)[number];

/** The rule, as the evaluation prints it. */
export const SPLIT_RULE = 'sha256(source_id)[0] even: dev, odd: heldout; the seed in dev';

/**
 * The half a paper belongs to.
 *
 * @example
 * splitOf('seed:kst-32824-93'); // 'dev'
 */
export function splitOf(sourceId: string): Split {
  if (sourceId === SEED_ID) return 'dev';
  const first = createHash('sha256').update(sourceId, 'utf8').digest()[0] as number;
  return first % 2 === 0 ? 'dev' : 'heldout';
}

/** Parse a `--misses` value: a half, or `all`; null when it is neither. */
export function parseSplitChoice(value: string | undefined): Split | 'all' | null {
  if (value === 'all') return 'all';
  return (SPLITS as readonly string[]).includes(value ?? '') ? (value as Split) : null;
}
