/**
 * Running a plan over the segments of one snapshot: each segment evaluates the plan to
 * a bitset of its papers (terms from their postings, phrases from positions, filters
 * from the columns), scores the matches with BM25F over the plan's positive units,
 * and one pass over the matches counts the total and every facet and keeps the best
 * page. The meaning of every node is that of `matchesPlan` (`evaluate.ts`).
 *
 * @module
 */
import type { FieldFilter, PlanNode } from '../types.ts';
import { Bitset, bitsetOf } from './bitset.ts';
import type { Columns } from './columns.ts';
import { docSetKey } from './doc-sets.ts';
import {
  DOC_SPAN,
  decodeStems,
  decodeWeighted,
  followedBy,
  keysInto,
  keysMeeting,
  papersMeeting,
  positionCount,
} from './postings.ts';
import { idf, K1 } from './scoring.ts';
import { type HitOrder, type Kept, TopK } from './top.ts';
import type { SegmentMeta, TermRow } from './types.ts';
import type { Dictionary } from './values.ts';
import { dayOf } from './values.ts';

/** A segment as a search sees it. */
export interface SegmentView {
  meta: SegmentMeta;
  columns: Columns;
  /** Papers of the range that are live (stored, not deleted). */
  live: Bitset;
  /** Field weight over length norm per paper and field (`fieldNorms`). */
  norms: Float32Array;
}

/** What the engine read for a query, by term and segment. */
export interface QueryData {
  /** term → segment id → row. */
  rows: Map<string, Map<number, TermRow>>;
  /** prefix → segment id → rows of its terms. */
  prefixed: Map<string, Map<number, TermRow[]>>;
  /** `id:` value → docids. */
  ids: Map<string, number[]>;
  dictionary: Dictionary;
}

/** Counts per facet over all matches: by value code, and by year. */
export interface FacetCounts {
  type: Int32Array;
  role: Int32Array;
  portfolio: Int32Array;
  /** By the codes of the papers' dossiers and topics (`Columns.list`). */
  listed: Int32Array;
  year: Int32Array;
}

/** What a search over a snapshot found. */
export interface Outcome {
  total: number;
  /** The best `keep` matches, best first. */
  top: Kept[];
  counts: FacetCounts;
  /** For each doc set asked for (`finish`'s `sets`, by `docSetKey`), how many matches are in it. */
  sets: number[];
}

/** A unit's postings in one segment, decoded: local docs with their weighted tf, and (when asked) as a set. */
class Hits {
  private set: Bitset | null;
  constructor(
    readonly n: number,
    readonly local: Int32Array,
    readonly tf: Float32Array,
    private readonly size: number,
    bits: Bitset | null = null,
  ) {
    this.set = bits;
  }

  /** The local docs as a set (made on first use: scoring alone needs none). */
  get bits(): Bitset {
    this.set ??= bitsetOf(this.size, this.local, this.n);
    return this.set;
  }
}

/** One positive unit of the plan: what scores a match. */
type Unit = { kind: 'term'; term: string } | { kind: 'prefix'; prefix: string };

const unitKey = (u: Unit) => (u.kind === 'term' ? `t:${u.term}` : `p:${u.prefix}`);

/** The positive units of a plan (outside any `not`), each once. */
export function positiveUnits(plan: PlanNode): Unit[] {
  const units = new Map<string, Unit>();
  const add = (u: Unit) => units.set(unitKey(u), u);
  const walk = (node: PlanNode) => {
    switch (node.kind) {
      case 'match':
        if (node.match.prefix) for (const p of node.match.terms) add({ kind: 'prefix', prefix: p });
        else {
          for (const t of node.match.terms) add({ kind: 'term', term: t });
          for (const g of node.match.groups) for (const t of g) add({ kind: 'term', term: t });
        }
        return;
      case 'phrase':
        for (const t of node.stems) add({ kind: 'term', term: t });
        return;
      case 'and':
      case 'or':
        for (const c of node.children) walk(c);
        return;
      default:
        return;
    }
  };
  walk(plan);
  return [...units.values()];
}

/** Code sets and values of a plan's filters, resolved once per search against the dictionary. */
class Filters {
  private readonly cache = new Map<FieldFilter, Uint8Array | Uint8Array[] | number>();
  constructor(private readonly dictionary: Dictionary) {}

  codes(filter: FieldFilter): Uint8Array | Uint8Array[] | number {
    let found = this.cache.get(filter);
    if (found !== undefined) return found;
    const d = this.dictionary;
    const v = filter.value;
    const lv = v.toLowerCase();
    switch (filter.field) {
      case 'dossier':
        found = d.codesWhere('dossier', (k) => k === v || k.startsWith(`${v}-`));
        break;
      case 'topic':
        found = d.codesWhere('topic', (t) => t === lv);
        break;
      case 'type':
        found = d.code('type', v);
        break;
      case 'chamber':
        found = d.code('chamber', v);
        break;
      case 'year':
        found = v.length === 4 ? Number(v) : d.code('pyear', v);
        break;
      case 'from':
      case 'to':
        found = dayOf(v);
        break;
      case 'sender':
        found = [
          d.codesWhere('role', (r) => r.toLowerCase() === lv),
          d.codesWhere('name', (n) => n.toLowerCase().includes(lv)),
        ];
        break;
      case 'portfolio':
        found = d.codesWhere('portfolio', (p) => p.toLowerCase().includes(lv));
        break;
      case 'id':
      case 'outcome':
      case 'votedFor':
        found = 0;
        break;
    }
    this.cache.set(filter, found);
    return found;
  }
}

/** A column test over every paper of a segment. */
function scan(columns: Columns, test: (i: number) => boolean): Bitset {
  const bits = new Bitset(columns.count);
  for (let i = 0; i < columns.count; i++) if (test(i)) bits.add(i);
  return bits;
}

/**
 * Position keys are decoded into these buffers, reused from segment to segment and
 * search to search (a common word has millions of positions: fresh arrays of that size
 * for every segment cost more in page faults and collections than the decoding).
 */
const scratchKeys: Float64Array[] = [new Float64Array(1 << 16), new Float64Array(1 << 16)];

/** A view of `size` doubles of scratch buffer `which` (grown when needed). */
function scratch(which: 0 | 1, size: number): Float64Array {
  let buffer = scratchKeys[which] as Float64Array;
  if (buffer.length < size) {
    buffer = new Float64Array(Math.max(size, 2 * buffer.length));
    scratchKeys[which] = buffer;
  }
  return buffer.subarray(0, size);
}

/** One segment's part of a search. */
class SegmentQuery {
  private readonly hits = new Map<string, Hits | null>();
  result: Bitset | null = null;

  constructor(
    readonly view: SegmentView,
    private readonly data: QueryData,
    private readonly filters: Filters,
  ) {}

  private get count(): number {
    return this.view.meta.count;
  }

  private decode(row: TermRow): Hits {
    const local = new Int32Array(row.docs);
    const tf = new Float32Array(row.docs);
    decodeWeighted(row.postings, row.docs, this.view.norms, local, tf);
    return new Hits(row.docs, local, tf, this.count);
  }

  /** How many of the matches here are in the doc set read under `key` (`QueryData.ids`). */
  matchesIn(key: string): number {
    const matched = this.result;
    if (matched === null) return 0;
    const first = this.view.meta.first;
    const end = first + this.count;
    let n = 0;
    for (const docid of this.data.ids.get(key) ?? [])
      if (docid >= first && docid < end && matched.has(docid - first)) n++;
    return n;
  }

  /** The decoded postings of a unit here, or null when it has none in this segment. */
  unitHits(unit: Unit): Hits | null {
    const key = unitKey(unit);
    let hits = this.hits.get(key);
    if (hits !== undefined) return hits;
    if (unit.kind === 'term') {
      const row = this.data.rows.get(unit.term)?.get(this.view.meta.id);
      hits = row === undefined ? null : this.decode(row);
    } else {
      hits = this.prefixHits(unit.prefix);
    }
    this.hits.set(key, hits);
    return hits;
  }

  /** All terms of a prefix as one unit: a paper's tf is the sum over them. */
  private prefixHits(prefix: string): Hits | null {
    const rows = this.data.prefixed.get(prefix)?.get(this.view.meta.id) ?? [];
    if (rows.length === 0) return null;
    if (rows.length === 1) return this.decode(rows[0] as TermRow);
    const acc = new Float32Array(this.count);
    const bits = new Bitset(this.count);
    let most = 0;
    for (const row of rows) most = Math.max(most, row.docs);
    const local = new Int32Array(most);
    const tf = new Float32Array(most);
    for (const row of rows) {
      decodeWeighted(row.postings, row.docs, this.view.norms, local, tf);
      for (let i = 0; i < row.docs; i++) {
        const d = local[i] as number;
        acc[d] = (acc[d] as number) + (tf[i] as number);
        bits.add(d);
      }
    }
    const n = bits.count();
    const outLocal = new Int32Array(n);
    const outTf = new Float32Array(n);
    let k = 0;
    bits.forEach((d) => {
      outLocal[k] = d;
      outTf[k++] = acc[d] as number;
    });
    return new Hits(n, outLocal, outTf, this.count, bits);
  }

  private bitsOf(unit: Unit): Bitset {
    return this.unitHits(unit)?.bits.copy() ?? new Bitset(this.count);
  }

  /** The papers of this segment a node matches (live or not). */
  evaluate(node: PlanNode): Bitset {
    switch (node.kind) {
      case 'all':
        return Bitset.full(this.count);
      case 'match': {
        const m = node.match;
        if (m.prefix) {
          const bits = new Bitset(this.count);
          for (const p of m.terms) bits.or(this.bitsOf({ kind: 'prefix', prefix: p }));
          return bits;
        }
        const bits = new Bitset(this.count);
        for (const t of m.terms) {
          const h = this.unitHits({ kind: 'term', term: t });
          if (h !== null) bits.or(h.bits);
        }
        for (const g of m.groups) {
          if (g.length === 0) continue;
          const all = this.bitsOf({ kind: 'term', term: g[0] as string });
          for (const t of g.slice(1)) {
            const h = this.unitHits({ kind: 'term', term: t });
            if (h === null) all.words.fill(0);
            else all.and(h.bits);
          }
          bits.or(all);
        }
        return bits;
      }
      case 'phrase':
        return this.phrase(node.stems);
      case 'filter':
        return this.filter(node.filter);
      case 'not':
        return this.evaluate(node.child).flip();
      case 'and': {
        let bits: Bitset | null = null;
        for (const c of node.children) {
          const b = this.evaluate(c);
          bits = bits === null ? b : bits.and(b);
        }
        return bits ?? Bitset.full(this.count);
      }
      case 'or': {
        const bits = new Bitset(this.count);
        for (const c of node.children) bits.or(this.evaluate(c));
        return bits;
      }
    }
  }

  /**
   * Papers where the stems stand adjacent and in order in one stems stream, by position
   * keys (`keysInto`): of the first two stems, the one with more positions is decoded into
   * an array and the other compared with it as it is decoded; later stems narrow what is
   * left.
   */
  private phrase(stems: string[]): Bitset {
    const out = new Bitset(this.count);
    const rows: TermRow[] = [];
    for (const t of stems) {
      const row = this.data.rows.get(t)?.get(this.view.meta.id);
      if (row === undefined) return out;
      rows.push(row);
    }
    const first = rows[0] as TermRow;
    if (rows.length === 2) {
      // The positions' bytes stand for their number (about a byte each).
      const sizes = rows.map((r) => r.positions?.length ?? 0);
      // The common case: the stem with fewer positions decoded, the other streamed past it.
      const second = rows[1] as TermRow;
      if ((sizes[0] as number) <= (sizes[1] as number)) {
        const a = decodeStems(first.postings, first.docs, first.positions, true);
        papersMeeting(second.postings, second.docs, second.positions, -1, a, out);
      } else {
        const b = decodeStems(second.postings, second.docs, second.positions, true);
        papersMeeting(first.postings, first.docs, first.positions, 1, b, out);
      }
      return out;
    }
    const sizes = rows.map((r) => positionCount(r.postings, r.docs));
    let keys: Float64Array;
    if (rows.length === 1) keys = keysInto(first.postings, first.docs, first.positions, scratch(0, sizes[0] as number));
    else {
      const second = rows[1] as TermRow;
      // Keys of the second stem's positions that follow one of the first's, either way round.
      if ((sizes[0] as number) >= (sizes[1] as number)) {
        const a = keysInto(first.postings, first.docs, first.positions, scratch(0, sizes[0] as number));
        keys = keysMeeting(second.postings, second.docs, second.positions, -1, a, scratch(1, sizes[1] as number));
        for (let k = 0; k < keys.length; k++) keys[k] = (keys[k] as number) + 1;
      } else {
        const b = keysInto(second.postings, second.docs, second.positions, scratch(0, sizes[1] as number));
        keys = keysMeeting(first.postings, first.docs, first.positions, 1, b, scratch(1, sizes[0] as number));
      }
      for (let j = 2; j < rows.length && keys.length > 0; j++) {
        const r = rows[j] as TermRow;
        keys = followedBy(
          keys.slice(),
          keysInto(r.postings, r.docs, r.positions, new Float64Array(sizes[j] as number)),
        );
      }
    }
    for (let k = 0; k < keys.length; k++) out.add(Math.floor((keys[k] as number) / DOC_SPAN));
    return out;
  }

  private filter(filter: FieldFilter): Bitset {
    const c = this.view.columns;
    const codes = this.filters.codes(filter);
    switch (filter.field) {
      case 'dossier':
      case 'topic': {
        const set = codes as Uint8Array;
        return scan(c, (i) => {
          for (let d = c.listStart[i] as number; d < (c.listStart[i + 1] as number); d++) {
            if (set[c.list[d] as number] === 1) return true;
          }
          return false;
        });
      }
      case 'type':
      case 'chamber': {
        const code = codes as number;
        const column = filter.field === 'type' ? c.type : c.chamber;
        return code === 0 ? new Bitset(c.count) : scan(c, (i) => column[i] === code);
      }
      case 'year': {
        const value = codes as number;
        if (filter.value.length === 4) return scan(c, (i) => Math.floor((c.day[i] as number) / 10000) === value);
        return value === 0 ? new Bitset(c.count) : scan(c, (i) => c.pyear[i] === value);
      }
      case 'from': {
        const day = codes as number;
        return scan(c, (i) => (c.day[i] as number) > 0 && (c.day[i] as number) >= day);
      }
      case 'to': {
        const day = codes as number;
        return scan(c, (i) => (c.day[i] as number) > 0 && (c.day[i] as number) <= day);
      }
      case 'sender': {
        const [roles, names] = codes as Uint8Array[];
        return scan(c, (i) => roles![c.role[i] as number] === 1 || names![c.name[i] as number] === 1);
      }
      case 'portfolio': {
        const set = codes as Uint8Array;
        return scan(c, (i) => set[c.portfolio[i] as number] === 1);
      }
      case 'id':
      case 'outcome':
      case 'votedFor': {
        const bits = new Bitset(c.count);
        const first = this.view.meta.first;
        for (const docid of this.data.ids.get(docSetKey(filter)) ?? []) {
          if (docid >= first && docid < first + c.count) bits.add(docid - first);
        }
        return bits;
      }
    }
  }
}

function counters(dictionary: Dictionary): FacetCounts {
  const size = dictionary.max + 1;
  return {
    type: new Int32Array(size),
    role: new Int32Array(size),
    portfolio: new Int32Array(size),
    listed: new Int32Array(size),
    year: new Int32Array(10000),
  };
}

function bump(counts: Int32Array, at: number): void {
  counts[at] = (counts[at] as number) + 1;
}

/** Count, score and keep the matches of one segment. */
function collect(q: SegmentQuery, scores: Float32Array | null, top: TopK, counts: FacetCounts): number {
  const c = q.view.columns;
  const words = (q.result as Bitset).words;
  const { type, role, portfolio, listed, year } = counts;
  let total = 0;
  for (let k = 0; k < words.length; k++) {
    let v = words[k] as number;
    while (v !== 0) {
      const low = v & -v;
      v ^= low;
      const i = (k << 5) + 31 - Math.clz32(low);
      total++;
      const day = c.day[i] as number;
      bump(type, c.type[i] as number);
      bump(role, c.role[i] as number);
      bump(portfolio, c.portfolio[i] as number);
      if (day > 0) bump(year, Math.floor(day / 10000));
      for (let d = c.listStart[i] as number; d < (c.listStart[i + 1] as number); d++) {
        bump(listed, c.list[d] as number);
      }
      let score = 0;
      if (scores !== null) {
        const y = day > 0 ? Math.floor(day / 10000) : 1995;
        score = (scores[i] as number) * (1 + 0.1 * Math.min(1, Math.max(0, (y - 1995) / 30)));
      }
      top.add(c.store[i] as number, score, day);
    }
  }
  return total;
}

/** A search evaluated over some segments, waiting for the units' weights to be scored and collected. */
export interface Prepared {
  queries: SegmentQuery[];
  units: Unit[];
  /** Papers holding each unit in these segments (the parts of its document frequency). */
  dfs: number[];
  dictionary: Dictionary;
}

/**
 * Evaluate a plan over some of a snapshot's segments (every one, or a thread's share):
 * which papers match, and how many papers of these segments hold each positive unit.
 */
export function prepare(plan: PlanNode, segments: ReadonlyArray<SegmentView>, data: QueryData): Prepared {
  const filters = new Filters(data.dictionary);
  const queries = segments.map((view) => new SegmentQuery(view, data, filters));
  for (const q of queries) q.result = q.evaluate(plan).and(q.view.live);
  const units = positiveUnits(plan);
  const ids = new Set(segments.map((v) => v.meta.id));
  const dfs = units.map((unit) => {
    let df = 0;
    if (unit.kind === 'term') {
      for (const [segment, row] of data.rows.get(unit.term) ?? []) if (ids.has(segment)) df += row.docs;
    } else for (const q of queries) df += q.unitHits(unit)?.n ?? 0;
    return df;
  });
  return { queries, units, dfs, dictionary: data.dictionary };
}

/** The idf weight of each unit from its whole document frequency, over `n` papers. */
export function unitWeights(dfs: ReadonlyArray<number>, n: number): number[] {
  return dfs.map((df) => idf(df, n));
}

/**
 * Score a prepared search with the units' weights, count its matches and keep the best
 * `keep`; also count the matches in each doc set of `sets` (their keys, read with the
 * plan's own: `QueryData.ids`).
 */
export function finish(
  prepared: Prepared,
  weights: ReadonlyArray<number>,
  keep: number,
  order: HitOrder,
  sets: ReadonlyArray<string> = [],
): Outcome {
  const { queries, units } = prepared;
  const top = new TopK(keep, order);
  const counts = counters(prepared.dictionary);
  const inSets = sets.map(() => 0);
  let total = 0;
  for (const q of queries) {
    if ((q.result as Bitset).count() === 0) continue;
    sets.forEach((key, k) => {
      inSets[k] = (inSets[k] as number) + q.matchesIn(key);
    });
    let scores: Float32Array | null = null;
    if (units.length > 0) {
      scores = new Float32Array(q.view.meta.count);
      const matched = (q.result as Bitset).words;
      units.forEach((unit, u) => {
        const hits = q.unitHits(unit);
        if (hits === null) return;
        const w = weights[u] as number;
        const { local, tf } = hits;
        for (let i = 0; i < hits.n; i++) {
          const d = local[i] as number;
          // Only matches are ranked: a bit test is cheaper than the score.
          if (((matched[d >>> 5] as number) & (1 << (d & 31))) === 0) continue;
          const t = tf[i] as number;
          scores![d] = (scores![d] as number) + (w * t * (K1 + 1)) / (t + K1);
        }
      });
    }
    total += collect(q, scores, top, counts);
  }
  return { total, top: top.sorted(), counts, sets: inSets };
}

/**
 * Run a plan over a snapshot's segments; `keep` matches are kept in `order`, and the
 * matches' units scored against `n` papers.
 */
export function execute(
  plan: PlanNode,
  segments: ReadonlyArray<SegmentView>,
  data: QueryData,
  keep: number,
  order: HitOrder,
  n: number,
): Outcome {
  const prepared = prepare(plan, segments, data);
  return finish(prepared, unitWeights(prepared.dfs, n), keep, order);
}
