/**
 * From the lines of a PDF's pages to the text the text parser reads: the lines of
 * each page in content order and a form feed after each page, as `pdftotext -raw`
 * prints them (but not broken after a raised footnote marker), with the footnotes of
 * the page feet taken out by their position and type size and put after the last
 * page, one footnote a line ("1 Kamerstuk 34 052, nr. 7"), where the text parser
 * takes the footnotes from.
 *
 * A footnote is small print (type smaller than the body's) below the last line of
 * body type on its page that starts with a marker glued to the page's text ("20151",
 * "aan1."); the lines under it in the same size and close below it are its
 * continuation, up to the next marker. What differs in size, stands apart or is page
 * furniture (the running footer, the colophon) ends the notes of the page. Small
 * print without a marker at the top of a page's notes continues the last footnote of
 * the page before.
 *
 * @module
 */
import { findMarker } from '../text/footnotes.ts';
import { isFurniture } from '../text/furniture.ts';
import type { PdfLine, PdfPage } from './types.ts';

/** Type below this share of the body size is small print. */
const SMALL = 0.93;
/** Two sizes within this share of each other are the same type. */
const SAME_SIZE = 0.03;
/** Lines of one footnote stand at most this many type sizes apart, baseline to baseline. */
const LEADING = 2;
/** A footnote marker: up to three digits, then a space or the capital that opens the note. */
const NOTE_START = /^(\d{1,3})(?:\s+|(?=[\p{Lu}«“"‘'(]))(\S.*)$/u;

interface Note {
  marker: string;
  text: string;
  size: number;
}

interface Metrics {
  size: number;
  top: number;
  bottom: number;
  x0: number;
}

function sameSize(a: number, b: number): boolean {
  return Math.abs(a - b) <= SAME_SIZE * Math.max(a, b);
}

/** The size that most characters of `words` are set in (ties: the larger). */
function dominantSize(words: ReadonlyArray<{ size: number; text: string }>): number | null {
  const weights = new Map<number, number>();
  for (const word of words) {
    const key = Math.round(word.size * 20) / 20;
    weights.set(key, (weights.get(key) ?? 0) + word.text.length);
  }
  let best: number | null = null;
  let bestWeight = 0;
  for (const [size] of weights) {
    let weight = 0;
    for (const [other, w] of weights) if (sameSize(size, other)) weight += w;
    if (weight > bestWeight || (weight === bestWeight && best !== null && size > best)) {
      best = size;
      bestWeight = weight;
    }
  }
  return best;
}

function measure(line: PdfLine): Metrics | null {
  const size = dominantSize(line.words);
  if (size === null) return null;
  let top = Number.POSITIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  let x0 = Number.POSITIVE_INFINITY;
  for (const word of line.words) {
    x0 = Math.min(x0, word.x0);
    if (!sameSize(word.size, size)) continue;
    top = Math.min(top, word.top);
    bottom = Math.max(bottom, word.bottom);
  }
  return { size, top, bottom, x0 };
}

function joinNote(text: string, line: string): string {
  if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(line)) return text.slice(0, -1) + line;
  return `${text} ${line}`;
}

/**
 * Join lines that `pdftotext -raw` broke after a raised footnote marker: a line that
 * ends in a word smaller than its own type, followed by a line in the same type on
 * the same baseline further right ("op 6 mei 20151" + "separaat ontving.").
 */
function rejoin(lines: readonly PdfLine[]): PdfLine[] {
  const out: PdfLine[] = [];
  let previous: { line: PdfLine; m: Metrics } | undefined;
  for (const line of lines) {
    const m = measure(line);
    const last = previous?.line.words[previous.line.words.length - 1];
    const first = line.words[0];
    if (previous && m && last && first) {
      const size = previous.m.size;
      const raised = last.size < size && !sameSize(last.size, size);
      const onBaseline = sameSize(m.size, size) && Math.abs(m.bottom - previous.m.bottom) < 0.25 * size;
      if (raised && onBaseline && first.x0 >= last.x1 - 0.2 * size) {
        const space = first.x0 - last.x1 > 0.1 * size ? ' ' : '';
        previous.line = {
          text: `${previous.line.text}${space}${line.text}`,
          words: [...previous.line.words, ...line.words],
        };
        out[out.length - 1] = previous.line;
        continue;
      }
    }
    out.push(line);
    previous = m ? { line, m } : undefined;
  }
  return out;
}

/**
 * Take the footnotes from the foot of one page: returns the indexes of the lines
 * they occupy, and appends them to `notes` (or continues its last one).
 */
function takeFootnotes(page: PdfPage, bodySize: number, notes: Note[]): Set<number> {
  const metrics = page.lines.map(measure);
  let bodyBottom = Number.NEGATIVE_INFINITY;
  for (const m of metrics) if (m && m.size >= bodySize * SMALL) bodyBottom = Math.max(bodyBottom, m.bottom);
  const candidates = metrics
    .map((m, index) => ({ m, index }))
    .filter((c): c is { m: Metrics; index: number } => {
      const m = c.m;
      return m !== null && m.size < bodySize * SMALL && m.top >= bodyBottom - 0.25 * m.size;
    })
    .sort((a, b) => a.m.top - b.m.top || a.m.x0 - b.m.x0);

  const isCandidate = new Set(candidates.map((c) => c.index));
  const bodyText = page.lines
    .filter((_, index) => !isCandidate.has(index))
    .map((line) => line.text)
    .join('\n');
  const taken = new Set<number>();
  let region: { size: number; x0: number; lastTop: number } | undefined;
  let current = notes[notes.length - 1];
  for (const { m, index } of candidates) {
    const text = (page.lines[index] as PdfLine).text.trim();
    if (isFurniture(text)) break;
    const match = NOTE_START.exec(text);
    // As the text parser does: a note counts only when its marker is glued to the text above.
    const start = match && findMarker(bodyText, match[1] as string, 0) >= 0 ? match : null;
    if (!region) {
      if (start) {
        current = { marker: start[1] as string, text: start[2] as string, size: m.size };
        notes.push(current);
      } else if (!match && current && sameSize(current.size, m.size)) current.text = joinNote(current.text, text);
      else break;
      region = { size: m.size, x0: m.x0, lastTop: m.top };
    } else {
      const apart = m.top - region.lastTop > LEADING * region.size || m.x0 < region.x0 - LEADING * region.size;
      if (!sameSize(m.size, region.size) || apart || !current) break;
      if (start && Number(start[1]) === Number(current.marker) + 1) {
        current = { marker: start[1] as string, text: start[2] as string, size: m.size };
        notes.push(current);
      } else current.text = joinNote(current.text, text);
      region.lastTop = m.top;
    }
    taken.add(index);
  }
  return taken;
}

/**
 * The text of a PDF from its pages: each page's lines (footnotes out) and a form
 * feed, then the footnotes, one a line.
 *
 * @example
 * // a page with a body line citing "20151" and a smaller note "1 Kamerstuk 34 052, nr. 7" at its foot:
 * layoutText(pages); // 'op 6 mei 20151 separaat ontving.\n\f1 Kamerstuk 34 052, nr. 7\n'
 */
export function layoutText(pages: readonly PdfPage[]): string {
  const bodySize = dominantSize(pages.flatMap((page) => page.lines.flatMap((line) => line.words)));
  const notes: Note[] = [];
  const parts: string[] = [];
  for (const original of pages) {
    const page = { lines: rejoin(original.lines) };
    const taken = bodySize === null ? new Set<number>() : takeFootnotes(page, bodySize, notes);
    page.lines.forEach((line, index) => {
      if (!taken.has(index)) parts.push(line.text, '\n');
    });
    parts.push('\f');
  }
  for (const note of notes) parts.push(`${note.marker} ${note.text}`, '\n');
  return parts.join('');
}
