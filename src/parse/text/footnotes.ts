/**
 * Footnotes of printed papers: the notes themselves ("1 Kamerstuk 34 052, nr. 7" at
 * the foot of a page or at the end) and the markers glued to the text that cite them
 * ("aan1.", "20151" = 2015 + marker 1).
 *
 * @module
 */
import type { Block, Footnote } from '../../model/index.ts';

const NOTE_START = /^(\d{1,3})\s+(\S.*)$/;
/** How many wrapped lines one footnote may run to. */
const MAX_CONTINUATION = 4;

/** A run of footnote lines found at the end of a stretch of lines. */
export interface FootnoteRegion {
  /** Index of the first footnote line; the region runs to the end of the stretch. */
  from: number;
  notes: Footnote[];
}

/**
 * Find the footnotes standing at the end of `lines[lo..hi)`: lines starting with
 * consecutive markers ("1 ...", "2 ...") each followed by at most a few wrapped
 * lines, where every marker is glued to the text above (`cites`). Blank lines are
 * skipped. Returns null when there are none.
 *
 * @example
 * findFootnotes(['op 6 mei 20151 ontving.', '1 Kamerstuk 34 052, nr. 7'], 0, 2)?.notes;
 * // [{ marker: '1', text: 'Kamerstuk 34 052, nr. 7' }]
 */
export function findFootnotes(lines: readonly string[], lo: number, hi: number): FootnoteRegion | null {
  const starts: number[] = [];
  let expected = -1;
  let loose = 0;
  for (let i = hi - 1; i >= lo; i--) {
    const line = (lines[i] as string).trim();
    if (line === '' || line === '\f') continue;
    const match = NOTE_START.exec(line);
    const marker = match ? Number(match[1]) : -1;
    if (match && marker > 0 && (expected < 0 || marker === expected)) {
      starts.push(i);
      expected = marker - 1;
      loose = 0;
      if (expected === 0) break;
      continue;
    }
    loose++;
    if (loose > MAX_CONTINUATION || (starts.length > 0 && /-$/.test(line))) break;
  }
  while (starts.length > 0) {
    const top = starts[starts.length - 1] as number;
    const marker = (NOTE_START.exec((lines[top] as string).trim()) as RegExpExecArray)[1] as string;
    if (findMarker(lines.slice(lo, top).join('\n'), marker, 0) >= 0) break;
    starts.pop();
  }
  if (starts.length === 0) return null;
  const from = starts[starts.length - 1] as number;
  const notes: Footnote[] = [];
  for (let i = from; i < hi; i++) {
    const line = (lines[i] as string).trim();
    if (line === '' || line === '\f') continue;
    const match = starts.includes(i) ? NOTE_START.exec(line) : null;
    if (match) notes.push({ marker: match[1] as string, text: (match[2] as string).trim() });
    else {
      const note = notes[notes.length - 1];
      if (note) note.text = joinNote(note.text, line);
    }
  }
  return { from, notes };
}

function joinNote(text: string, line: string): string {
  if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(line)) return text.slice(0, -1) + line;
  return `${text} ${line}`;
}

/** What a footnote marker may be glued to: a word, a closing mark, or the end of a sentence or question. */
const GLUE_BEFORE = /[\p{L}.,;:?!)»”’"'%]/u;

/**
 * Index of footnote marker `marker` glued to the text at or after `from` ("aan1.",
 * "regio’s2", "lopen?3", "20151" as year 2015 + 1), or -1.
 *
 * @example
 * findMarker('op 6 mei 20151 separaat', '1', 0); // 13
 */
export function findMarker(text: string, marker: string, from: number): number {
  let at = text.indexOf(marker, from);
  while (at >= 0) {
    const after = text[at + marker.length];
    if (at > 0 && (after === undefined || !/[\p{L}\p{N}]/u.test(after)) && isGlued(text, at)) return at;
    at = text.indexOf(marker, at + 1);
  }
  return -1;
}

function isGlued(text: string, at: number): boolean {
  const prev = text[at - 1] as string;
  if (/\p{N}/u.test(prev)) {
    // A year with the marker after it: exactly four digits, 1800–2099.
    return at >= 4 && /^(?:18|19|20)\d\d$/.test(text.slice(at - 4, at)) && !/[\p{N}.,]/u.test(text[at - 5] ?? ' ');
  }
  if (!GLUE_BEFORE.test(prev)) return false;
  // "A4", "G20", "CO2": a marker does not follow a lone capital or a chemical formula.
  if (/\p{Lu}/u.test(prev) && !/\p{Ll}/u.test(text[at - 2] ?? ' ')) return false;
  return true;
}

/**
 * Take the markers of `footnotes` out of the block texts, in order, and record them
 * as `footnoteRefs`. Markers with no footnote are left alone. Returns warnings for
 * footnotes whose marker was not found.
 */
export function linkFootnotes(blocks: Block[], footnotes: readonly Footnote[]): string[] {
  const warnings: string[] = [];
  let blockIndex = 0;
  let offset = 0;
  for (const note of footnotes) {
    let found = false;
    for (let b = blockIndex; b < blocks.length && !found; b++) {
      const block = blocks[b] as Block;
      const at = findMarker(block.text, note.marker, b === blockIndex ? offset : 0);
      if (at < 0) continue;
      block.text = block.text.slice(0, at) + block.text.slice(at + note.marker.length);
      block.footnoteRefs = [...(block.footnoteRefs ?? []), note.marker];
      blockIndex = b;
      offset = at;
      found = true;
    }
    if (!found) warnings.push(`footnote ${note.marker}: no marker for it found in the text`);
  }
  return warnings;
}
