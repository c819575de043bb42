/**
 * What the fuzz tests (`test/fuzz-*.test.ts`) share: how many cases a property runs
 * (`GRIFFIE_FC_RUNS`, default 1000; CI sets 10,000; `GRIFFIE_FC_SEED` replays a run),
 * and the contract every parser keeps: it returns what validates, or throws its own
 * error class with a message for users; any other exception fails the property.
 * A tally of the outcomes lets a test check that its generators reach both sides.
 *
 * @module
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { enrich } from '../../src/extract/index.ts';
import type { Document } from '../../src/model/index.ts';
import { validateDocument } from './validate-document.ts';

/** Cases per property: `GRIFFIE_FC_RUNS`, else 1000. */
export const FUZZ_RUNS = Number(process.env.GRIFFIE_FC_RUNS) || 1000;

/** fast-check's parameters for `runs` cases (a share of `FUZZ_RUNS` for costly properties). */
export function fuzzParameters(runs = FUZZ_RUNS): { numRuns: number; seed?: number; includeErrorInReport: boolean } {
  const seed = Number(process.env.GRIFFIE_FC_SEED);
  const parameters = { numRuns: runs, includeErrorInReport: true };
  return process.env.GRIFFIE_FC_SEED && Number.isInteger(seed) ? { ...parameters, seed } : parameters;
}

/** Longest counterexample text shown in a report. */
const SHOWN = 3000;

/**
 * `bytes`, printed in a counterexample as the text they hold (Latin-1, escaped, cut
 * after a few kilobytes) instead of a list of numbers.
 */
export function shownBytes(bytes: Uint8Array): Uint8Array {
  return Object.assign(bytes, {
    [fc.toStringMethod]: () => {
      const text = JSON.stringify(Buffer.from(bytes.subarray(0, SHOWN)).toString('latin1'));
      return `bytes(${bytes.length}) ${text}${bytes.length > SHOWN ? '…' : ''}`;
    },
  });
}

/** C0 control characters other than tab, newline, carriage return and form feed: a text with them may be refused as binary. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds.
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000e-\u001f]/;

/** An error class a parser may refuse its input with. */
// biome-ignore lint/suspicious/noExplicitAny: any constructor of an Error subclass
export type RefusalClass = abstract new (...args: any[]) => Error;

/** What a case is expected to give: a result, a refusal, or either (damaged input). */
export type Expectation = 'result' | 'refusal' | 'either';

/**
 * Whether `error` is a refusal by one of the parser's own error classes, checking that its
 * message is one for users (not empty, no stack trace). Any other error is rethrown.
 */
export function assertRefusal(error: unknown, allowed: readonly RefusalClass[]): Error {
  if (!(error instanceof Error) || !allowed.some((type) => error instanceof type)) throw error;
  assert.ok(error.message.trim().length > 0, `${error.name} without a message`);
  assert.doesNotMatch(error.message, /\n\s+at .+:\d+/, `${error.name} message holds a stack trace`);
  return error;
}

/**
 * Whether a document is one of those `enrich` runs on: about 3 in 8, chosen by the hash
 * of its input, so that a failing case fails again when it is replayed or shrunk. The
 * extract stage costs as much as the parsers; the parsers' output is checked every time.
 */
function sampledForEnrich(doc: Document): boolean {
  const first = Number.parseInt(doc.source?.sha256?.[0] ?? '0', 16);
  return Number.isNaN(first) || first < 6;
}

/**
 * Assert a parsed document validates, then that `enrich` keeps it valid (`enrich`:
 * always, on a sample of documents, or never); returns it (enriched when it was).
 */
export function assertValidDocument(
  doc: unknown,
  what = 'document',
  { enrich: enriching = 'sampled' }: { enrich?: 'always' | 'sampled' | 'never' } = {},
): Document {
  const before = validateDocument(doc);
  assert.deepEqual(before, [], `invalid ${what} from the parser:\n${before.join('\n')}`);
  if (enriching === 'never' || (enriching === 'sampled' && !sampledForEnrich(doc as Document))) return doc as Document;
  let enriched: Document;
  try {
    enriched = enrich(doc as Document);
  } catch (error) {
    throw new Error(`enrich (src/extract) threw on a valid parsed ${what}: ${String(error)}`, { cause: error });
  }
  const after = validateDocument(enriched);
  assert.deepEqual(after, [], `invalid ${what} after enrich:\n${after.join('\n')}`);
  return enriched;
}

/** Counts of outcomes over a property's cases. */
export class Tally {
  private readonly counts = new Map<string, number>();

  /** Count one outcome. */
  add(outcome: string): void {
    this.counts.set(outcome, (this.counts.get(outcome) ?? 0) + 1);
  }

  /** How often `outcome` was counted. */
  count(outcome: string): number {
    return this.counts.get(outcome) ?? 0;
  }

  /** Assert that every outcome named was seen in at least `share` of the cases (when there were enough to tell). */
  assertSeen(outcomes: readonly string[], share = 0.02): void {
    const total = [...this.counts.values()].reduce((a, b) => a + b, 0);
    if (total < 100) return;
    for (const outcome of outcomes) {
      assert.ok(
        this.count(outcome) >= share * total,
        `the generators reached "${outcome}" in ${this.count(outcome)} of ${total} cases: ${this.toString()}`,
      );
    }
  }

  toString(): string {
    return [...this.counts].map(([k, v]) => `${k} ${v}`).join(', ');
  }
}

/**
 * Run one case of a parser: `parse` returns or throws. A refusal must be one of `allowed`
 * (with a message for users); a result goes to `check`. `expect` says which outcome the
 * input must have; the outcome is counted in `tally`.
 */
export async function runCase<T>(
  parse: () => T | Promise<T>,
  options: {
    allowed: readonly RefusalClass[];
    check: (result: T) => void | Promise<void>;
    expect?: Expectation;
    tally?: Tally;
    label?: string;
  },
): Promise<'result' | 'refusal'> {
  let result: T;
  try {
    result = await parse();
  } catch (error) {
    const refusal = assertRefusal(error, options.allowed);
    assert.notEqual(options.expect, 'result', `expected a result${label(options.label)}, got: ${refusal.message}`);
    options.tally?.add('refusal');
    return 'refusal';
  }
  assert.notEqual(options.expect, 'refusal', `expected a refusal${label(options.label)}, got a result`);
  await options.check(result);
  options.tally?.add('result');
  return 'result';
}

function label(text: string | undefined): string {
  return text ? ` (${text})` : '';
}
