/**
 * The segment index kept in memory: the storage side written as plainly as possible
 * (docids, tombstones, the dictionary, merges), for tests of the index itself and as
 * the model the engines' SQL follows. Not for archives: nothing is persisted.
 *
 * @module
 */
import type { Document } from '../../model/index.ts';
import { analyzeDocument } from '../fields.ts';
import { BlockPacker, type BlockRow, type BlockSizes } from './blocks.ts';
import { decodeColumns } from './columns.ts';
import { buildDraft, type SegmentDraft, selectDocs } from './draft.ts';
import { BlockMerge, partOf, pickMerge, SegmentMerge } from './merge.ts';
import { compareTerms, prefixEnd } from './order.ts';
import { segmentOf } from './segment.ts';
import type {
  DictionaryEntry,
  DocAttributes,
  FetchRequest,
  FetchResult,
  IndexSource,
  SegmentMeta,
  ValueKind,
} from './types.ts';
import { docValues, valueKey } from './values.ts';

interface StoredSegment {
  meta: SegmentMeta;
  columns: Uint8Array;
  /** Blocks in key order. */
  blocks: BlockRow[];
}

/** The block that may hold `term`: the one with the greatest key ≤ it. */
function blockFor(blocks: ReadonlyArray<BlockRow>, term: string): BlockRow | undefined {
  let found: BlockRow | undefined;
  for (const b of blocks) if (compareTerms(b.term, term) <= 0) found = b;
  return found;
}

/** An in-memory segment index with documents keyed by id (or content hash). */
export class MemoryIndex implements IndexSource {
  generation = 0;
  segments: StoredSegment[] = [];
  readonly deleted = new Set<number>();
  private readonly dictionary: DictionaryEntry[] = [];
  private readonly codes = new Map<string, number>();
  /** key → { docid, store id }. */
  readonly current = new Map<string, { docid: number; store: number }>();
  private nextSegment = 1;
  private nextStore = 1;
  /** `merging`: merge after every batch (as the engines do); `sizes`: block sizes (default the engines'). */
  constructor(
    private readonly merging = true,
    private readonly sizes?: BlockSizes,
  ) {}

  private code(kind: ValueKind, value: string | null): number {
    if (value === null) return 0;
    const key = valueKey(kind, value);
    let code = this.codes.get(key);
    if (code === undefined) {
      code = this.dictionary.length + 1;
      this.dictionary.push({ code, kind, value });
      this.codes.set(key, code);
    }
    return code;
  }

  /** Index a batch: new keys are added, known keys replaced (their old docid deleted). */
  add(documents: Document[], draft: SegmentDraft = buildDraft(documents.map(analyzeDocument))): void {
    const keys = documents.map((d) => d.id ?? `sha256:${d.source.sha256}`);
    // The last of a key in a batch wins.
    const keep = keys.map((k, i) => keys.lastIndexOf(k) === i);
    const chosen = selectDocs(draft, keep);
    const docs = documents.filter((_, i) => keep[i]);
    const first = this.segments.reduce((n, s) => Math.max(n, s.meta.first + s.meta.count), 1);
    const attributes: DocAttributes[] = docs.map((doc, i) => {
      const key = doc.id ?? `sha256:${doc.source.sha256}`;
      const old = this.current.get(key);
      if (old !== undefined) this.deleted.add(old.docid);
      const store = old?.store ?? this.nextStore++;
      this.current.set(key, { docid: first + i, store });
      const v = docValues(doc);
      return {
        store,
        day: v.day,
        type: this.code('type', v.type),
        chamber: this.code('chamber', v.chamber),
        role: this.code('role', v.role),
        name: this.code('name', v.name),
        portfolio: this.code('portfolio', v.portfolio),
        pyear: this.code('pyear', v.pyear),
        dossiers: v.dossiers.map((d) => this.code('dossier', d)),
        topics: v.topics.map((t) => this.code('topic', t)),
      };
    });
    if (docs.length > 0) {
      const segment = segmentOf(this.nextSegment++, first, chosen, attributes, this.sizes);
      this.segments.push({ meta: segment.meta, columns: segment.columns, blocks: segment.blocks });
    }
    this.generation++;
    if (this.merging) while (this.mergeOnce()) {}
  }

  /** Merge the segments the policy picks; false when there was nothing to merge. */
  mergeOnce(pick: SegmentMeta[] | null = pickMerge(this.segments.map((s) => s.meta))): boolean {
    if (pick === null) return false;
    const parts = pick.map((meta) => this.segments.find((s) => s.meta.id === meta.id) as StoredSegment);
    const merge = new SegmentMerge(
      this.nextSegment++,
      parts.map((p) => ({ meta: p.meta, columns: decodeColumns(p.columns) })),
      this.deleted,
    );
    // Pages of two blocks, to exercise paging.
    const pageSize = 2;
    const read = parts.map(() => 0);
    const packer = new BlockPacker(merge.id, merge.first, this.sizes);
    const merging = new BlockMerge(
      merge,
      parts.map((p) => p.meta.first),
      packer,
    );
    while (merging.step()) {
      for (const i of merging.hungry()) {
        const part = parts[i] as StoredSegment;
        const page = part.blocks.slice(read[i], (read[i] as number) + pageSize);
        read[i] = (read[i] as number) + page.length;
        merging.feed(i, page, (read[i] as number) >= part.blocks.length);
      }
    }
    const { meta, columns } = merge.segment();
    for (const d of merge.dropped) this.deleted.delete(d);
    const at = this.segments.indexOf(parts[0] as StoredSegment);
    this.segments.splice(at, parts.length, { meta, columns, blocks: packer.finish() });
    this.generation++;
    return true;
  }

  async fetch(request: FetchRequest): Promise<FetchResult> {
    const cached = new Set(request.cached);
    const positions = new Set(request.positions);
    const blocks = new Map<string, BlockRow>();
    const prefixed = new Map<string, BlockRow[]>(request.prefixes.map((p) => [p, []]));
    const mine = new Set(
      partOf(
        this.segments.map((s) => s.meta),
        request.part,
      ).map((m) => m.id),
    );
    const countIn = request.countIn === undefined ? null : new Set(request.countIn);
    for (const s of this.segments) {
      if (!mine.has(s.meta.id)) continue;
      const counted = countIn === null || countIn.has(s.meta.id) ? request.counts : [];
      for (const term of [...request.terms, ...counted]) {
        const b = blockFor(s.blocks, term);
        if (b === undefined) continue;
        const withPositions = positions.has(term) && request.terms.includes(term);
        const key = `${s.meta.id}:${b.term}`;
        if (!blocks.has(key) || withPositions) blocks.set(key, withPositions ? b : { ...b, positions: null });
      }
      for (const p of request.prefixes) {
        const end = prefixEnd(p);
        const list = prefixed.get(p) as BlockRow[];
        const head = blockFor(s.blocks, p);
        for (const b of s.blocks) {
          const inRange = compareTerms(b.term, p) > 0 && (end === null || compareTerms(b.term, end) < 0);
          if (b === head || inRange) list.push({ ...b, positions: null });
        }
      }
    }
    const ids = new Map<string, number[]>();
    for (const id of request.ids) {
      const found = this.current.get(id);
      ids.set(id, found === undefined ? [] : [found.docid]);
    }
    return {
      generation: this.generation,
      segments: this.segments.map((s) => s.meta),
      columns: new Map(
        this.segments.filter((s) => mine.has(s.meta.id) && !cached.has(s.meta.id)).map((s) => [s.meta.id, s.columns]),
      ),
      deleted: request.generation === this.generation ? null : [...this.deleted],
      blocks: [...blocks.values()],
      prefixed,
      ids,
      values: this.dictionary.filter((e) => e.code > request.dictionary),
    };
  }
}
