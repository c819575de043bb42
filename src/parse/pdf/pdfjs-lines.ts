/**
 * Lines from pdfjs text items, the way `pdftotext -raw` makes them: items in content
 * order, a new line where the baseline moves by half the type size or the text runs
 * back to the left, a space where the gap between two items is wider than a tenth of
 * the type size. A raised footnote marker right after a word stays glued to it
 * ("2015" + "1" → "20151"), as in the text the text parser is tuned on.
 *
 * @module
 */
import type { PdfLine, PdfWord } from './types.ts';

/** A text item placed on the page: y grows down, `baseline` where the glyphs stand. */
export interface PlacedItem {
  text: string;
  x0: number;
  x1: number;
  baseline: number;
  size: number;
}

/** Share of the type size by which the baseline may move within one line. */
const SAME_LINE = 0.5;
/** Share of the type size by which an item may start left of the one before it. */
const OVERLAP = 0.2;
/** Share of the type size from which a gap between two items is a space. */
const WORD_SPACE = 0.1;

interface Current {
  line: PdfLine;
  last: PlacedItem;
}

function continues(previous: PlacedItem, item: PlacedItem): boolean {
  const size = Math.max(previous.size, item.size);
  return Math.abs(item.baseline - previous.baseline) < SAME_LINE * size && item.x0 > previous.x1 - OVERLAP * size;
}

function toWord(item: PlacedItem, text: string): PdfWord {
  // Approximate ascent and descent: enough to compare lines, which is all the layout does.
  return {
    text,
    x0: item.x0,
    x1: item.x1,
    top: item.baseline - 0.8 * item.size,
    bottom: item.baseline + 0.2 * item.size,
    size: item.size,
  };
}

/**
 * Group the text items of one page into lines.
 *
 * @example
 * itemsToLines([
 *   { text: 'op 6 mei 2015', x0: 170, x1: 230, baseline: 300, size: 11 },
 *   { text: '1', x0: 230, x1: 234, baseline: 296.5, size: 7 },
 * ]).map((l) => l.text); // ['op 6 mei 20151']
 */
export function itemsToLines(items: readonly PlacedItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: Current | undefined;
  let space = false;
  for (const item of items) {
    const text = item.text.replace(/\s+/g, ' ');
    const trimmed = text.trim();
    if (trimmed === '') {
      space = space || text !== '';
      continue;
    }
    if (current && continues(current.last, item)) {
      const gap = item.x0 - current.last.x1;
      const spaced = space || text.startsWith(' ') || gap > WORD_SPACE * Math.min(current.last.size, item.size);
      current.line.text += spaced ? ` ${trimmed}` : trimmed;
      current.line.words.push(toWord(item, trimmed));
      current.last = item;
    } else {
      current = { line: { text: trimmed, words: [toWord(item, trimmed)] }, last: item };
      lines.push(current.line);
    }
    space = text.endsWith(' ');
  }
  return lines;
}
