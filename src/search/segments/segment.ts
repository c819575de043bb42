/**
 * A new segment from a draft: once the engine knows the first docid of the batch and has
 * numbered the papers' values, this gives the rows it stores (the segment's meta, its
 * columns blob and its term blocks).
 *
 * @module
 */
import { BlockPacker, type BlockRow, type BlockSizes } from './blocks.ts';
import { columnStats, columnsOf, encodeColumns } from './columns.ts';
import { draftPositions, draftPostings, type SegmentDraft } from './draft.ts';
import type { DocAttributes, SegmentMeta } from './types.ts';

/** What an engine stores for one new segment. */
export interface NewSegment {
  meta: SegmentMeta;
  columns: Uint8Array;
  /** Its term blocks (`segment` set to the id given). */
  blocks: BlockRow[];
}

/**
 * The segment `id` of a draft whose local doc i gets docid `first + i`; `attributes`
 * holds each paper's numbered values, in draft order.
 *
 * @example
 * const { meta, columns, blocks } = segmentOf(7, 1001, draft, attributes);
 */
export function segmentOf(
  id: number,
  first: number,
  draft: SegmentDraft,
  attributes: ReadonlyArray<DocAttributes>,
  sizes?: BlockSizes,
): NewSegment {
  if (attributes.length !== draft.count) {
    throw new RangeError(`segmentOf: ${attributes.length} attributes for a draft of ${draft.count} papers`);
  }
  const columns = columnsOf(attributes, draft.lengths);
  const stats = columnStats(columns);
  const packer = new BlockPacker(id, first, sizes);
  draft.terms.forEach((term, t) => {
    const positions = draftPositions(draft, t);
    packer.add({
      segment: id,
      term,
      docs: draft.docs[t] as number,
      last: first + (draft.last[t] as number),
      postings: draftPostings(draft, t),
      positions: positions.length > 0 ? positions : null,
    });
  });
  return {
    meta: { id, first, count: draft.count, live: stats.live, lengths: stats.lengths },
    columns: encodeColumns(columns),
    blocks: packer.finish(),
  };
}
