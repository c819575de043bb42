/**
 * Page furniture: running headers and footers, page numbers and the colophon that
 * `pdftotext` leaves between the paragraphs of a printed Kamerstuk, and the menu
 * lines of web pages. Footnotes printed at the foot of a page are moved to the end
 * of the text, so that a paragraph running on to the next page stays whole.
 *
 * @module
 */
import { findFootnotes } from './footnotes.ts';

/** Lines without the furniture, and what was taken out. */
export interface FurnitureResult {
  lines: string[];
  removed: string[];
}

/** Running header or footer: "Tweede Kamer, vergaderjaar 2013–2014, 27 830, nr. 113 1". */
const RUNNING =
  /^(?:\d{1,4} )?(?:Tweede|Eerste) Kamer,? (?:vergaderjaar \d{4} ?[–-] ?\d{4}, )?\d{1,3} ?\d{3}[^\n]{0,60}(?:nr\. ?\w+|, [A-Z]{1,2})(?: \d{1,4})?$/i;
/** Colophon of the first page and publication ids. */
const COLOPHON = [
  /^(?:kst|ah-tk|ah-ek|h-tk|h-ek|stb|stcrt|blg|kv-tk|trb)-[\w-]{1,40}$/,
  /^(?:\w+ )?ISSN \d{4} ?- ?\d{3}[\dX]\b/,
  /^[’']s-Gravenhage \d{4}$/,
  /^Sdu Uitgevers\b/,
];
/** Web page furniture pasted with the text. */
const WEB = [
  /^(?:• )?(?:Naar boven|X Noot|Download PDF|Print(?:en)?|Delen|Terug|Kerngegevens|Ondertekenaars|Reageren)$/i,
  /^(?:Preview document|U bent hier:|Direct naar \(in deze pagina\)|Directe link naar document|Bron: https?:)/,
  /^\|?(?: ?:?-{3,}:? ?\|)+(?: ?:?-{3,}:? ?)?$/,
  /^\[[^\]]{1,40}\](?: \[[^\]]{1,40}\]){2,}/,
];

/** True for a line that is page or web furniture, never content. */
export function isFurniture(line: string): boolean {
  if (line === '\f' || line.trim() === '\f') return true;
  const text = line.trim();
  if (text === '' || text.length > 160) return false;
  // Furniture never ends a sentence or clause, and never starts in lower case except
  // the colophon's publication id ("kst-32824-93"): most body lines stop here.
  if (/[.,;:?!]$/.test(text) && !/^(?:• )?Naar boven$/.test(text)) return false;
  if (/^\p{Ll}/u.test(text) && !/^[a-z]{1,5}-[\w-]+$/.test(text)) return false;
  if (RUNNING.test(text)) return true;
  for (const re of COLOPHON) if (re.test(text)) return true;
  for (const re of WEB) if (re.test(text)) return true;
  return false;
}

/**
 * Remove page furniture from the lines of a paper (running footers and headers,
 * colophon, form feeds, web menu lines), and move footnotes printed at the foot of
 * a page to the end of the text, after a blank line, one footnote a line.
 *
 * @example
 * stripFurniture(['Tekst loopt door', 'Tweede Kamer, vergaderjaar 2014–2015, 32 824, nr. 93 1', '\f', 'op de volgende pagina.']).lines;
 * // ['Tekst loopt door', 'op de volgende pagina.']
 */
export function stripFurniture(lines: string[]): FurnitureResult {
  const removed: string[] = [];
  const pages: string[][] = [[]];
  let pageEnded = false;
  for (const line of lines) {
    if (isFurniture(line)) {
      if (line !== '\f') removed.push(line.trim());
      pageEnded = true;
      continue;
    }
    if (pageEnded) {
      pages.push([]);
      pageEnded = false;
    }
    (pages[pages.length - 1] as string[]).push(line);
  }
  const out: string[] = [];
  const moved: string[] = [];
  for (let p = 0; p < pages.length; p++) {
    const page = pages[p] as string[];
    const region = findFootnotes(page, 0, page.length);
    const keep = region ? region.from : page.length;
    for (let i = 0; i < keep; i++) out.push(page[i] as string);
    if (region) for (const note of region.notes) moved.push(`${note.marker} ${note.text}`);
  }
  while (out.length > 0 && (out[out.length - 1] as string).trim() === '') out.pop();
  if (moved.length > 0) out.push('', ...moved);
  return { lines: out, removed };
}
