/**
 * The text of mixed content: character data and inline elements (`nadruk`, `extref`,
 * `naam`, …) joined exactly as written, footnotes (`noot`) taken out and reported.
 *
 * Whitespace is never trimmed around inline elements ("en <nadruk>aanzanden</nadruk>"
 * stays "en aanzanden"). Whitespace that holds a line break is layout, not text: files
 * pretty-printed by other tools put every node on its own indented line ("(\n  <extref>21501-08\n
 * </extref>\n  , nr."). Such a break reads as one space, except before closing punctuation
 * and after an opening bracket, where the original had none ("(21501-08, nr.").
 * The parts of a name (`voorvoegsels`, `voornaam`, `achternaam`, …) are words of their
 * own even when the file puts nothing between them.
 *
 * @module
 */
import type { XmlElement } from './tree.ts';

/** Stands for layout whitespace while the pieces are joined; never in decoded text (NUL is refused as binary). */
const SOFT = '\u0000';
/** A run of whitespace and layout marks. */
const SPACE_RUN = new RegExp(`[\\s${SOFT}]+`, 'g');
/** Layout whitespace before closing punctuation or at the end: none in the original. */
const BEFORE_CLOSING = new RegExp(`${SOFT}(?=[,.;:!?)\\]»”]|$)`, 'g');
/** Layout whitespace at the start, after an opening bracket, and between a hyphen and a capital ("motie-Voorbeeld"). */
const AFTER_OPENING = new RegExp(`(^|[([«“]|-(?=${SOFT}\\p{Lu}))${SOFT}`, 'gu');

/** Inline elements that are words of their own. */
const WORD_PARTS = new Set(['voorvoegsels', 'voornaam', 'achternaam', 'naam', 'politiek', 'functie', 'li.nr', 'lidnr']);

/** Block elements that may stand inside a text (paragraphs of a list item or a footnote). */
const BLOCK_PARTS = new Set([
  'al',
  'al-groep',
  'tekst',
  'lijst',
  'li',
  'noot.al',
  'noot.lijst',
  'noot.li',
  'kop',
  'titel',
  'nr',
]);

/** Elements whose content is no text of the paper. */
const INVISIBLE = new Set(['plaatje', 'illustratie', 'meta', 'metadata']);

/** Where a text meets the footnotes of the paper. */
export interface NoteLinks {
  /** The marker of a footnote standing in the text (`noot`), or null when it has none. */
  markerOf(note: XmlElement): string | null;
  /** The marker a footnote reference (`nootref refid="…"`) points at, or null. */
  markerOfRef(ref: XmlElement): string | null;
}

/** The text of an element and the footnotes it cites, in order. */
export interface InlineText {
  text: string;
  refs: string[];
}

/**
 * Join the text of an element's content.
 *
 * @param skip names of child elements to leave out (read separately by the caller)
 * @example
 * inlineText(parseXmlTree('<al>en <nadruk>aanzanden</nadruk></al>').root).text; // 'en aanzanden'
 */
export function inlineText(element: XmlElement, notes?: NoteLinks, skip?: ReadonlySet<string>): InlineText {
  const pieces: string[] = [];
  const refs: string[] = [];
  collect(element, pieces, refs, notes, skip);
  return { text: normaliseSpace(pieces.join('')), refs };
}

function collect(
  element: XmlElement,
  pieces: string[],
  refs: string[],
  notes: NoteLinks | undefined,
  skip: ReadonlySet<string> | undefined,
): void {
  for (const child of element.children) {
    if (typeof child === 'string') {
      pieces.push(child);
      continue;
    }
    const name = child.name;
    if (INVISIBLE.has(name) || skip?.has(name)) continue;
    if (name === 'noot' || name === 'nootref') {
      const marker = notes ? (name === 'noot' ? notes.markerOf(child) : notes.markerOfRef(child)) : null;
      if (marker !== null) refs.push(marker);
      continue;
    }
    if (name === 'br') {
      pieces.push(SOFT);
      continue;
    }
    const apart = WORD_PARTS.has(name) || BLOCK_PARTS.has(name);
    if (apart) pieces.push(SOFT);
    collect(child, pieces, refs, notes, skip);
    if (apart) pieces.push(SOFT);
  }
}

/** Zero-width characters and the byte-order mark: not text. */
const INVISIBLE_CHARS = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * Collapse whitespace to single spaces; layout whitespace (with a line break) vanishes
 * before closing punctuation and after an opening bracket.
 *
 * @example
 * normaliseSpace('(\n   21501-08\n   , nr. 719\n  )'); // '(21501-08, nr. 719)'
 */
export function normaliseSpace(raw: string): string {
  let text = raw.replace(INVISIBLE_CHARS, '');
  text = text.replace(SPACE_RUN, (run) => (run.includes('\n') || run.includes(SOFT) ? SOFT : ' '));
  if (text.includes(SOFT)) {
    text = text.replace(BEFORE_CLOSING, '').replace(AFTER_OPENING, '$1').replaceAll(SOFT, ' ');
  }
  return text.trim();
}

/** The role as a signature prints it, without article and closing comma: "Minister van Defensie". */
export function cleanRole(text: string): string {
  return text
    .replace(/,\s*$/, '')
    .replace(/^(?:De|Het)\s+/, '')
    .trim();
}
