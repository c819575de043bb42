/**
 * The read side of the segment index, shared by every engine: one `IndexReader` per
 * open archive asks its engine for what a search needs in one consistent read
 * (`IndexSource.fetch`), keeps what never changes (segment columns, the dictionary)
 * between searches, and answers with the total, the facets (named) and the best page
 * (as the engine's own document ids with their scores).
 *
 * Segments and dictionary codes never change meaning once written, so caching them is
 * safe across processes; what does change (the list of segments, the deleted docids)
 * comes with every read, tagged with the index generation, and each search runs on the
 * snapshot it read even when other searches run at the same time.
 *
 * @module
 */
import type { PlanNode } from '../types.ts';
import { Bitset } from './bitset.ts';
import { type BlockRow, countTerms, unpackBlock, unpackTerms } from './blocks.ts';
import { type Columns, decodeColumns } from './columns.ts';
import { docSetKey, isDocSetFilter } from './doc-sets.ts';
import {
  type FacetCounts,
  finish,
  type Outcome,
  type Prepared,
  prepare,
  type QueryData,
  type SegmentView,
  unitWeights,
} from './execute.ts';
import { partOf } from './merge.ts';
import { fieldNorms } from './scoring.ts';
import type { HitOrder, Kept } from './top.ts';
import type {
  DictionaryEntry,
  FetchRequest,
  FetchResult,
  IndexSource,
  SegmentMeta,
  SegmentPart,
  TermRow,
} from './types.ts';
import { Dictionary } from './values.ts';

/** Most values listed per facet (their counts are over all matches). */
export const FACET_LIMIT = 50;

/** A facet value and how many matches have it. */
export interface IndexFacetCount {
  value: string;
  count: number;
}

/** What a search over the index found. */
export interface IndexAnswer {
  total: number;
  /** The best matches, best first: the engine's document ids and scores. */
  top: Kept[];
  facets: {
    type: IndexFacetCount[];
    year: IndexFacetCount[];
    dossier: IndexFacetCount[];
    sender: IndexFacetCount[];
    portfolio: IndexFacetCount[];
    topic: IndexFacetCount[];
  };
  /** How many matches are in each doc set of the query's `sets`, in order. */
  sets: number[];
}

/** A search of the index. */
export interface IndexQuery {
  plan: PlanNode;
  /** How many of the best matches to return. */
  keep: number;
  order: HitOrder;
  /**
   * Doc sets (`docSetKey` of an `outcome:`, `party-voted-for:` or `id:` filter) to count
   * the matches in, read in the same snapshot: a facet over what the engine lists.
   */
  sets?: readonly string[];
}

/** A segment's columns and what is derived from them, for one generation. */
interface CachedSegment {
  columns: Columns;
  live: { generation: number; bits: Bitset } | null;
  norms: { key: string; norms: Float32Array } | null;
}

/** What a plan needs read besides the snapshot. */
function needs(plan: PlanNode): Pick<FetchRequest, 'terms' | 'positions' | 'prefixes' | 'ids'> {
  const terms = new Set<string>();
  const positions = new Set<string>();
  const prefixes = new Set<string>();
  const ids = new Set<string>();
  const walk = (node: PlanNode) => {
    switch (node.kind) {
      case 'match':
        if (node.match.prefix) for (const p of node.match.terms) prefixes.add(p);
        else {
          for (const t of node.match.terms) terms.add(t);
          for (const g of node.match.groups) for (const t of g) terms.add(t);
        }
        return;
      case 'phrase':
        for (const t of node.stems) {
          terms.add(t);
          positions.add(t);
        }
        return;
      case 'filter':
        if (isDocSetFilter(node.filter)) ids.add(docSetKey(node.filter));
        return;
      case 'not':
        walk(node.child);
        return;
      case 'and':
      case 'or':
        for (const c of node.children) walk(c);
        return;
      case 'all':
        return;
    }
  };
  walk(plan);
  return { terms: [...terms], positions: [...positions], prefixes: [...prefixes], ids: [...ids] };
}

/** Unpacks each block of one read once, by segment and key. */
class Blocks {
  private readonly rows = new Map<string, TermRow[]>();
  constructor(private readonly firsts: Map<number, number>) {}

  rowsOf(block: BlockRow): TermRow[] {
    // A block read for a prefix comes without the positions column: unpack it apart.
    const key = `${block.segment}\u0000${block.positions === null ? '' : 'p'}\u0000${block.term}`;
    let rows = this.rows.get(key);
    if (rows === undefined) {
      const first = this.firsts.get(block.segment);
      rows = first === undefined ? [] : unpackBlock(block, first);
      this.rows.set(key, rows);
    }
    return rows;
  }

  /** The rows of the block's terms of `wanted` (from the unpacked block when it was, else only those). */
  rowsOfTerms(block: BlockRow, wanted: ReadonlySet<string>): TermRow[] {
    const key = `${block.segment}\u0000${block.positions === null ? '' : 'p'}\u0000${block.term}`;
    const rows = this.rows.get(key);
    if (rows !== undefined) return rows.filter((row) => wanted.has(row.term));
    const first = this.firsts.get(block.segment);
    return first === undefined ? [] : unpackTerms(block, first, wanted);
  }
}

/** The rows of the wanted terms in the blocks: term → segment id → row. */
function termRows(
  blocks: ReadonlyArray<BlockRow>,
  unpacked: Blocks,
  wanted: ReadonlySet<string>,
): Map<string, Map<number, TermRow>> {
  const out = new Map<string, Map<number, TermRow>>();
  for (const block of blocks) {
    for (const row of unpacked.rowsOfTerms(block, wanted)) {
      let bySegment = out.get(row.term);
      if (bySegment === undefined) {
        bySegment = new Map();
        out.set(row.term, bySegment);
      }
      bySegment.set(row.segment, row);
    }
  }
  return out;
}

/** The rows of a prefix's terms in the blocks: segment id → rows. */
function prefixRows(blocks: ReadonlyArray<BlockRow>, unpacked: Blocks, prefix: string): Map<number, TermRow[]> {
  const out = new Map<number, TermRow[]>();
  for (const block of blocks) {
    for (const row of unpacked.rowsOf(block)) {
      if (!row.term.startsWith(prefix)) continue;
      const list = out.get(row.segment);
      if (list === undefined) out.set(row.segment, [row]);
      else list.push(row);
    }
  }
  return out;
}

/**
 * The `FACET_LIMIT` most frequent values of a facet (ties by value). Only values that can
 * reach the list are named and sorted: a word in every paper has every dossier in its
 * facet, tens of thousands of them.
 */
function top(counts: Int32Array, name: (code: number) => string | undefined, numeric = false): IndexFacetCount[] {
  // Only named codes count: a list of counts may hold the codes of two kinds (dossiers and topics).
  let nonzero = 0;
  for (let code = 1; code < counts.length; code++) if (counts[code] !== 0 && name(code) !== undefined) nonzero++;
  let cut = 1;
  if (nonzero > FACET_LIMIT) {
    const values = new Int32Array(nonzero);
    let k = 0;
    for (let code = 1; code < counts.length; code++) {
      if (counts[code] !== 0 && name(code) !== undefined) values[k++] = counts[code] as number;
    }
    values.sort();
    cut = values[nonzero - FACET_LIMIT] as number;
  }
  const out: IndexFacetCount[] = [];
  for (let code = 1; code < counts.length; code++) {
    const n = counts[code] as number;
    if (n < cut) continue;
    const value = name(code);
    if (value !== undefined) out.push({ value, count: n });
  }
  return out
    .sort(
      (a, b) =>
        b.count - a.count ||
        (numeric ? Number(a.value) - Number(b.value) : a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
    )
    .slice(0, FACET_LIMIT);
}

/** Searches the segment index of one archive through its engine. */
export class IndexReader {
  private generation = -1;
  private deleted = new Set<number>();
  /** The segments of the newest snapshot read (none before the first read). */
  private metas: ReadonlyArray<SegmentMeta> = [];
  private readonly segments = new Map<number, CachedSegment>();
  private readonly dictionary = new Dictionary();

  constructor(private readonly source: IndexSource) {}

  /** Read what `plan` needs, in one snapshot (only share `part` of the segments, when given). */
  private async read(
    request: Pick<FetchRequest, 'terms' | 'positions' | 'prefixes' | 'ids' | 'counts'>,
    part?: SegmentPart,
  ): Promise<{ result: FetchResult; views: SegmentView[]; n: number; blocks: Blocks }> {
    const known = { generation: this.generation, deleted: this.deleted };
    const result = await this.source.fetch({
      ...request,
      generation: known.generation,
      cached: [...this.segments.keys()],
      dictionary: this.dictionary.max,
      ...(part === undefined ? {} : { part }),
    });
    this.dictionary.add(result.values);
    const deleted = result.deleted === null ? known.deleted : new Set(result.deleted);
    if (result.generation >= this.generation) {
      this.generation = result.generation;
      this.metas = result.segments;
      this.deleted = deleted;
    }
    for (const [id, blob] of result.columns) {
      if (!this.segments.has(id)) this.segments.set(id, { columns: decodeColumns(blob), live: null, norms: null });
    }
    const views = this.views(result.segments, partOf(result.segments, part), result.generation, deleted);
    let n = 0;
    for (const s of result.segments) n += s.count;
    const blocks = new Blocks(new Map(result.segments.map((s) => [s.id, s.first])));
    return { result, views, n, blocks };
  }

  /** Views of the segments `mine` of the snapshot's `metas` (whose totals make the averages). */
  private views(
    metas: ReadonlyArray<SegmentMeta>,
    mine: ReadonlyArray<SegmentMeta>,
    generation: number,
    deleted: Set<number>,
  ): SegmentView[] {
    let live = 0;
    const sums = [0, 0, 0];
    for (const s of metas) {
      live += s.live;
      for (let f = 0; f < 3; f++) sums[f] = (sums[f] as number) + (s.lengths[f] as number);
    }
    const averages = sums.map((sum) => (live > 0 ? sum / live : 0));
    const key = averages.join(',');
    const views = mine.map((meta) => {
      const cached = this.segments.get(meta.id);
      if (cached === undefined) throw new Error(`segment index: the engine sent no columns for segment ${meta.id}`);
      if (cached.live === null || cached.live.generation !== generation) {
        const bits = new Bitset(meta.count);
        for (let i = 0; i < meta.count; i++) {
          if (cached.columns.store[i] !== 0 && !deleted.has(meta.first + i)) bits.add(i);
        }
        cached.live = { generation, bits };
      }
      if (cached.norms === null || cached.norms.key !== key) {
        cached.norms = { key, norms: fieldNorms(cached.columns.lengths, averages) };
      }
      return { meta, columns: cached.columns, live: cached.live.bits, norms: cached.norms.norms };
    });
    // Forget segments merged away.
    if (this.segments.size > metas.length) {
      const current = new Set(metas.map((m) => m.id));
      for (const id of this.segments.keys()) if (!current.has(id)) this.segments.delete(id);
    }
    return views;
  }

  /** Search the index. */
  async search(query: IndexQuery): Promise<IndexAnswer> {
    const sets = query.sets ?? [];
    const { prepared, n } = await this.prepare(query.plan, undefined, undefined, sets);
    const outcome = finish(prepared, unitWeights(prepared.dfs, n), query.keep, query.order, sets);
    return this.answer(outcome);
  }

  /**
   * The first half of a search split over threads: read share `part` of the segments and
   * evaluate the plan there. The document frequencies (`prepared.dfs`) are this share's:
   * the caller adds up every share's before `finish`. Also returns the generation read
   * (all shares must have read the same one) and the dictionary entries above `known`.
   * The doc sets `sets` are read too, for `finish` to count the matches in.
   */
  async prepare(
    plan: PlanNode,
    part?: SegmentPart,
    known = Number.MAX_SAFE_INTEGER,
    sets: readonly string[] = [],
  ): Promise<{ prepared: Prepared; n: number; generation: number; entries: DictionaryEntry[] }> {
    const planned = needs(plan);
    const wanted = { ...planned, ids: [...new Set([...planned.ids, ...sets])] };
    const { result, views, n, blocks } = await this.read({ ...wanted, counts: [] }, part);
    const prefixed = new Map<string, Map<number, TermRow[]>>();
    for (const [prefix, found] of result.prefixed) prefixed.set(prefix, prefixRows(found, blocks, prefix));
    const data: QueryData = {
      rows: termRows(result.blocks, blocks, new Set(wanted.terms)),
      prefixed,
      ids: result.ids,
      dictionary: this.dictionary,
    };
    const entries = known >= this.dictionary.max ? [] : this.dictionary.entriesAbove(known);
    return { prepared: prepare(plan, views, data), n, generation: result.generation, entries };
  }

  /** The units' idf weights from their whole document frequencies over `n` papers. */
  weights(dfs: ReadonlyArray<number>, n: number): number[] {
    return unitWeights(dfs, n);
  }

  /** An outcome with its facets named from this reader's dictionary. */
  answer(outcome: Outcome): IndexAnswer {
    return { total: outcome.total, top: outcome.top, facets: this.facets(outcome.counts), sets: outcome.sets };
  }

  /** Learn dictionary entries (from another thread's reader). */
  learn(entries: ReadonlyArray<DictionaryEntry>): void {
    this.dictionary.add(entries);
  }

  /** The highest dictionary code this reader knows. */
  get known(): number {
    return this.dictionary.max;
  }

  /**
   * How many papers hold each term (deleted ones included until merged away), and of how
   * many. With `estimate`, on an archive of more than twice `estimate.sample` papers, the
   * counts are read from the largest segments only (together at least `sample` papers,
   * none holding docid `estimate.without`) and scaled to the whole: an estimate that
   * reads a fraction of the blocks, good enough to weigh terms (`sampled` says how many
   * papers were read; it equals `papers` for exact counts).
   */
  async frequencies(
    terms: string[],
    estimate?: { sample: number; without?: number },
  ): Promise<{ counts: Map<string, number>; papers: number; sampled: number }> {
    const countIn = estimate === undefined ? undefined : sampleSegments(this.metas, estimate.sample, estimate.without);
    const { result } = await this.read({
      terms: [],
      positions: [],
      prefixes: [],
      ids: [],
      counts: terms,
      ...(countIn === undefined ? {} : { countIn }),
    });
    let papers = 0;
    let sampled = 0;
    const chosen = countIn === undefined ? null : new Set(countIn);
    for (const m of result.segments) {
      papers += m.live;
      if (chosen === null || chosen.has(m.id)) sampled += m.live;
    }
    const wanted = new Set(terms);
    const counts = new Map<string, number>(terms.map((t) => [t, 0]));
    for (const block of result.blocks) countTerms(block, wanted, counts);
    if (sampled > 0 && sampled < papers) {
      for (const [term, n] of counts) if (n > 0) counts.set(term, Math.max(1, Math.round((n * papers) / sampled)));
    }
    return { counts, papers, sampled: sampled > 0 ? sampled : papers };
  }

  private facets(counts: FacetCounts): IndexAnswer['facets'] {
    const name = (code: number) => this.dictionary.value(code);
    return {
      type: top(counts.type, name),
      year: top(counts.year, (y) => String(y), true),
      dossier: top(counts.listed, (code) => this.dictionary.valueOfKind('dossier', code)),
      sender: top(counts.role, name),
      portfolio: top(counts.portfolio, name),
      topic: top(counts.listed, (code) => this.dictionary.valueOfKind('topic', code)),
    };
  }
}

/**
 * The segments a frequency estimate reads: the largest (newest first among equals) until
 * they hold `sample` live papers, skipping the one holding docid `without`; undefined
 * (read them all) when the snapshot is unknown or holds at most twice `sample` papers.
 */
function sampleSegments(
  metas: ReadonlyArray<SegmentMeta>,
  sample: number,
  without: number | undefined,
): number[] | undefined {
  let papers = 0;
  for (const m of metas) papers += m.live;
  if (papers <= 2 * sample) return undefined;
  const holds = (m: SegmentMeta) => without !== undefined && without >= m.first && without < m.first + m.count;
  const ranked = metas.filter((m) => !holds(m) && m.live > 0).sort((a, b) => b.live - a.live || b.first - a.first);
  const chosen: number[] = [];
  let live = 0;
  for (const m of ranked) {
    if (live >= sample) break;
    chosen.push(m.id);
    live += m.live;
  }
  return chosen;
}
