/**
 * The title of a Handelingen item: the line(s) between the sitting's header and the
 * item's opening ("Aan de orde is …", "De voorzitter:"), printed as "Stemmingen moties
 * Toekomst van de binnenvaart" under the item number, or with the number on the line
 * ("16 Stemmingen moties …") on web pages.
 *
 * @module
 */

/** A title wraps over at most this many lines. */
const TITLE_LINES = 3;
/** No item title is longer than this. */
const TITLE_LENGTH = 250;
/** The item number web pages print before the title. */
const ITEM_NUMBER = /^\d{1,3}\s+(?=\p{Lu})/u;
/** A sentence or a label ends so; a title does not. */
const PUNCTUATED = /[.,;:!?]$/;
/** "Voorzitter: Bruijn", "Status: gecorrigeerd": a label and its value. */
const LABELLED = /^[\p{L}-]+:\s/u;

/**
 * Read an item title from the lines at `at` (in order, the lines right before the
 * item's opening), or null when they do not read as one.
 *
 * @example
 * readItemTitle(['16 Stemmingen moties Voorbeeldwet'], [0]); // 'Stemmingen moties Voorbeeldwet'
 */
export function readItemTitle(lines: readonly string[], at: readonly number[]): string | null {
  if (at.length === 0 || at.length > TITLE_LINES) return null;
  const parts = at.map((k) => (lines[k] as string).trim());
  parts[0] = (parts[0] as string).replace(ITEM_NUMBER, '');
  const first = parts[0] as string;
  if (!/^\p{Lu}/u.test(first) || LABELLED.test(first) || parts.some((part) => PUNCTUATED.test(part))) return null;
  const title = parts.join(' ').replace(/\s+/g, ' ');
  return title.length <= TITLE_LENGTH ? title : null;
}
