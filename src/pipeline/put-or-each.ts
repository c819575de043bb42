/**
 * A write of many items (papers, Tweede Kamer records) that survives one bad item: when
 * the archive refuses the whole write for what one of them holds, each is written alone
 * and only the refused ones are reported, with the archive's reason. Shared by import and
 * ingest, with the counts they both keep.
 *
 * @module
 */
import { type PutOutcome, StoreError, type TkPutOutcome } from '../store/index.ts';

/** The counts an import and an ingest both keep. */
export interface Outcomes {
  /** Papers, by what their write did. */
  added: number;
  updated: number;
  unchanged: number;
  /** Inputs (lines, files) that could not be stored. */
  failed: number;
  /** The Tweede Kamer records, by what their write did. */
  records: Record<TkPutOutcome, number>;
  seconds: number;
}

/** Count the papers' outcomes of a write. */
export function countPapers(into: Pick<Outcomes, PutOutcome>, outcomes: readonly PutOutcome[]): void {
  for (const outcome of outcomes) into[outcome]++;
}

/** Count the records' outcomes of a write. */
export function countRecords(into: Pick<Outcomes, 'records'>, outcomes: readonly TkPutOutcome[]): void {
  for (const outcome of outcomes) into.records[outcome]++;
}

/** `Outcomes` at nought. */
export function noOutcomes(): Outcomes {
  return { added: 0, updated: 0, unchanged: 0, failed: 0, records: { added: 0, updated: 0, unchanged: 0 }, seconds: 0 };
}

/** Store errors that come from what a batch holds (not from the archive): worth telling which. */
function aboutTheContent(error: unknown): error is StoreError {
  return error instanceof StoreError && error.kind !== 'open' && error.kind !== 'schema';
}

/** Why the archive refused a paper: the store's words, and the engine's reason beside them. */
function reasonOf(error: StoreError): string {
  const cause = error.cause instanceof Error ? error.cause.message : '';
  return cause && !error.message.includes(cause) ? `${error.message} (${cause})` : error.message;
}

/**
 * Store `items` in one write (`putAll`); when the archive refuses it for what one of them
 * holds, store them one by one (`putOne`) and return the refused (their index and the
 * reason). `count` gets the outcomes of every write that succeeds. When several are all
 * refused alone too, the archive, not an item, is at fault: the first error is thrown.
 */
export async function putOrEach<T, O>(
  items: readonly T[],
  putAll: () => Promise<O[]>,
  putOne: (item: T) => Promise<O[]>,
  count: (outcomes: O[]) => void,
): Promise<Array<[index: number, reason: string]>> {
  try {
    count(await putAll());
    return [];
  } catch (error) {
    if (!aboutTheContent(error)) throw error;
    const refused: Array<[index: number, reason: string]> = [];
    for (const [i, item] of items.entries()) {
      try {
        count(await putOne(item));
      } catch (single) {
        if (!aboutTheContent(single)) throw single;
        refused.push([i, reasonOf(single)]);
      }
    }
    if (items.length > 1 && refused.length === items.length) throw error;
    return refused;
  }
}
