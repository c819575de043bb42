/**
 * A search split over threads: each thread (a worker with its own connection and its
 * own `IndexReader`) reads and evaluates its share of the segments (`partOf`); the
 * shares' document frequencies are added up, so that every thread scores with the
 * archive's idf; then each counts and keeps its best matches, and the shares are
 * merged here. The answer is exactly the one a single reader gives: the same matches,
 * scores, order and facets.
 *
 * Each share is read in its own transaction; when the shares saw different generations
 * (a write committed in between), the search is run again, and after a few tries on
 * one reader alone. This module holds the protocol and the coordinator; threads speak
 * it through `SearchPort`s the engine provides.
 *
 * @module
 */
import type { PlanNode } from '../types.ts';
import { type FacetCounts, finish, type Outcome, type Prepared } from './execute.ts';
import type { IndexAnswer, IndexQuery, IndexReader } from './reader.ts';
import { type HitOrder, hitComparator, type Kept } from './top.ts';
import type { DictionaryEntry, SegmentPart } from './types.ts';

/** A request to a search thread. */
export type ShareRequest =
  | { kind: 'prepare'; id: number; plan: PlanNode; sets: string[]; part: SegmentPart; known: number }
  | { kind: 'finish'; id: number; weights: number[]; keep: number; order: HitOrder; sets: string[] }
  | { kind: 'drop'; id: number };

/** A search thread's answer to the request with the same `id`. */
export type ShareReply =
  | { kind: 'prepared'; id: number; generation: number; n: number; dfs: number[]; entries: DictionaryEntry[] }
  | { kind: 'finished'; id: number; total: number; top: Kept[]; counts: FacetCounts; sets: number[] }
  | { kind: 'dropped'; id: number }
  | { kind: 'error'; id: number; message: string };

/** One search thread, as the coordinator talks to it. */
export interface SearchPort {
  call(request: ShareRequest): Promise<ShareReply>;
}

/** Tries before a search whose shares kept seeing different generations runs on one reader. */
const TRIES = 3;

function expect<K extends ShareReply['kind']>(reply: ShareReply, kind: K): Extract<ShareReply, { kind: K }> {
  if (reply.kind === 'error') throw new Error(reply.message);
  if (reply.kind !== kind) throw new Error(`a search thread answered ${reply.kind}, not ${kind}`);
  return reply as Extract<ShareReply, { kind: K }>;
}

function addCounts(into: Int32Array, from: Int32Array): Int32Array {
  const out = into.length >= from.length ? into : Int32Array.from({ length: from.length }, (_, i) => into[i] ?? 0);
  for (let i = 0; i < from.length; i++) out[i] = (out[i] as number) + (from[i] as number);
  return out;
}

/** Searches over several threads, with a reader of its own for naming facets (and to fall back on). */
export class ParallelSearch {
  private next = 0;

  constructor(
    private readonly ports: ReadonlyArray<SearchPort>,
    private readonly reader: IndexReader,
  ) {}

  /** Search the index over the threads. */
  async search(query: IndexQuery): Promise<IndexAnswer> {
    for (let attempt = 0; attempt < TRIES; attempt++) {
      const answer = await this.once(query);
      if (answer !== null) return answer;
    }
    return this.reader.search(query);
  }

  /** One try: null when the shares read different generations. */
  private async once(query: IndexQuery): Promise<IndexAnswer | null> {
    const id = this.next++;
    const of = this.ports.length;
    const known = this.reader.known;
    const sets = [...(query.sets ?? [])];
    let finished = false;
    try {
      const prepared = (
        await Promise.all(
          this.ports.map((port, index) =>
            port.call({ kind: 'prepare', id, plan: query.plan, sets, part: { index, of }, known }),
          ),
        )
      ).map((r) => expect(r, 'prepared'));
      for (const p of prepared) this.reader.learn(p.entries);
      const first = prepared[0] as (typeof prepared)[number];
      if (prepared.some((p) => p.generation !== first.generation)) return null;
      const dfs = first.dfs.map((_, u) => prepared.reduce((sum, p) => sum + (p.dfs[u] as number), 0));
      const weights = this.reader.weights(dfs, first.n);
      const shares = (
        await Promise.all(
          this.ports.map((port) =>
            port.call({ kind: 'finish', id, weights, keep: query.keep, order: query.order, sets }),
          ),
        )
      ).map((r) => expect(r, 'finished'));
      finished = true;
      return this.reader.answer(merge(shares, query.keep, query.order));
    } finally {
      // A thread keeps a prepared search until it is finished or dropped (no need to wait for that).
      if (!finished) for (const port of this.ports) port.call({ kind: 'drop', id }).catch(() => undefined);
    }
  }
}

/** The shares' outcomes as one. */
function merge(
  parts: ReadonlyArray<Extract<ShareReply, { kind: 'finished' }>>,
  keep: number,
  order: HitOrder,
): Outcome {
  const first = parts[0] as (typeof parts)[number];
  const counts: FacetCounts = { ...first.counts };
  for (const p of parts.slice(1)) {
    for (const k of ['type', 'role', 'portfolio', 'listed', 'year'] as const)
      counts[k] = addCounts(counts[k], p.counts[k]);
  }
  return {
    total: parts.reduce((n, p) => n + p.total, 0),
    top: parts
      .flatMap((p) => p.top)
      .sort(hitComparator(order))
      .slice(0, keep),
    counts,
    sets: first.sets.map((_, k) => parts.reduce((n, p) => n + (p.sets[k] as number), 0)),
  };
}

/** The thread side of `ParallelSearch`: answers share requests with a reader of the thread's own. */
export class ShareServer {
  private readonly prepared = new Map<number, Prepared>();

  constructor(private readonly reader: IndexReader) {}

  /** The reply to a request, and the buffers to transfer with it. */
  async handle(request: ShareRequest): Promise<{ reply: ShareReply; transfer: ArrayBuffer[] }> {
    try {
      switch (request.kind) {
        case 'prepare': {
          const { prepared, n, generation, entries } = await this.reader.prepare(
            request.plan,
            request.part,
            request.known,
            request.sets,
          );
          this.prepared.set(request.id, prepared);
          return {
            reply: { kind: 'prepared', id: request.id, generation, n, dfs: prepared.dfs, entries },
            transfer: [],
          };
        }
        case 'finish': {
          const prepared = this.prepared.get(request.id);
          if (prepared === undefined) throw new Error(`no prepared search ${request.id}`);
          this.prepared.delete(request.id);
          const outcome = finish(prepared, request.weights, request.keep, request.order, request.sets);
          const c = outcome.counts;
          const transfer = [c.type, c.role, c.portfolio, c.listed, c.year].map((a) => a.buffer as ArrayBuffer);
          return { reply: { kind: 'finished', id: request.id, ...outcome }, transfer };
        }
        case 'drop':
          this.prepared.delete(request.id);
          return { reply: { kind: 'dropped', id: request.id }, transfer: [] };
      }
    } catch (error) {
      this.prepared.delete(request.id);
      return {
        reply: { kind: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) },
        transfer: [],
      };
    }
  }
}
