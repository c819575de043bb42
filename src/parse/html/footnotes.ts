/**
 * Footnote markers linked to their notes. On officielebekendmakingen pages a marker
 * links to its note (`href="#ID-…"` → the note's anchor `id="ID-…"`); where a link is
 * missing or points nowhere, the marker's text ("1") finds the note of that marker.
 *
 * @module
 */
import type { Footnote } from '../../model/index.ts';
import type { RawBlock, RawNote } from './page.ts';

/** The footnotes of a page, and the markers each block cites. */
export interface LinkedFootnotes {
  footnotes: Footnote[];
  /** Per block (same order as the blocks given): the markers it cites, each once, in order. */
  refs: string[][];
  warnings: string[];
}

/**
 * Link the markers in `blocks` to `notes`.
 *
 * @example
 * linkFootnotes(
 *   [{ kind: 'paragraph', text: 'Zie de brief.', plain: 'Zie de brief.1', refs: [{ marker: '1', target: 'n1' }], rank: 0, chrome: false }],
 *   [{ marker: '', text: 'Kamerstuk 99 001, nr. 3', ids: ['n1'] }],
 * );
 * // { footnotes: [{ marker: '1', text: 'Kamerstuk 99 001, nr. 3' }], refs: [['1']], warnings: [] }
 */
export function linkFootnotes(blocks: readonly RawBlock[], notes: readonly RawNote[]): LinkedFootnotes {
  const byId = new Map<string, number>();
  notes.forEach((note, i) => {
    for (const id of note.ids) if (!byId.has(id)) byId.set(id, i);
  });
  const markers = notes.map((note) => note.marker);
  for (const block of blocks) {
    for (const ref of block.refs) {
      const i = ref.target === null ? undefined : byId.get(ref.target);
      if (i !== undefined && markers[i] === '') markers[i] = ref.marker;
    }
  }
  markers.forEach((marker, i) => {
    if (marker === '') markers[i] = String(i + 1);
  });
  const byMarker = new Map<string, number>();
  markers.forEach((marker, i) => {
    if (!byMarker.has(marker)) byMarker.set(marker, i);
  });

  const missing = new Set<string>();
  const refs = blocks.map((block) => {
    const cited: string[] = [];
    for (const ref of block.refs) {
      const i = (ref.target === null ? undefined : byId.get(ref.target)) ?? byMarker.get(ref.marker);
      if (i === undefined) missing.add(ref.marker);
      else if (!cited.includes(markers[i] as string)) cited.push(markers[i] as string);
    }
    return cited;
  });
  const warnings =
    missing.size === 0 ? [] : [`footnote markers without a note on the page: ${[...missing].join(', ')}`];
  const footnotes = notes.map((note, i) => ({ marker: markers[i] as string, text: note.text }));
  return { footnotes, refs, warnings };
}
