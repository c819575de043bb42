/**
 * The words of a paper as topics see them: lower-cased letters, split at hyphens and
 * punctuation ("(de)radicalisering" → "de", "radicalisering"), with a key that brings
 * plurals and inflections together ("migranten" and "migrant", "bibliotheken" and
 * "bibliotheek", "kuddes" and "kudde" share one). Deliberately simpler than Snowball:
 * the key only groups, it is never shown.
 *
 * @module
 */
import { isLetterCode as isLetter } from './entity-text.ts';

/**
 * The grouping key of a lower-case word: plural and inflection endings off, a final
 * double consonant single, a long vowel before the final consonants short, a final
 * "z"/"v" as "s"/"f" ("sluizen" → "sluis", "brieven" → "brief").
 *
 * @example
 * topicKey('bibliotheken'); // 'bibliothek'
 * topicKey('bibliotheek'); // 'bibliothek'
 */
export function topicKey(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith('en')) w = w.slice(0, -2);
  else if (w.length > 4 && /[aeiouy]s$/.test(w) && !/(?:is|us|os|as)$/.test(w)) w = w.slice(0, -1);
  else if (w.length > 5 && /e[lmnr]s$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (/([bcdfgklmnprst])\1$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('z')) w = `${w.slice(0, -1)}s`;
  else if (w.endsWith('v')) w = `${w.slice(0, -1)}f`;
  return w.replace(/([^aeiou])(aa|ee|oo|uu)([^aeiou]+)$/, (_m, a: string, v: string, c: string) => `${a}${v[0]}${c}`);
}

const BOUNDARY: ReadonlySet<number> = new Set(
  ['.', '!', '?', ';', '•', '–', '«', '"', '“'].map((c) => c.charCodeAt(0)),
);
/**
 * Call `fn` for every word of a text in order (letters only), with whether it is a
 * proper noun: capitalised where no sentence, line or list item starts.
 */
export function forEachWord(text: string, fn: (printed: string, proper: boolean, index: number) => void): void {
  forEachWordSpan(text, (start, end, proper) => fn(text.slice(start, end), proper, start));
}

/** `forEachWord` by the words' places (`text.slice(start, end)`), for callers that make no string of a word they know. */
export function forEachWordSpan(text: string, fn: (start: number, end: number, proper: boolean) => void): void {
  const n = text.length;
  let boundary = true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isWordCode(c)) {
      if (c === 10 || BOUNDARY.has(c)) boundary = true;
      else if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 13) boundary = false;
      continue;
    }
    let j = i + 1;
    while (j < n && isWordCode(text.charCodeAt(j))) j++;
    const capital = c < 128 ? c <= 90 : isUpperCode(text, i);
    fn(i, j, capital && !boundary);
    boundary = false;
    i = j - 1;
  }
}

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && isLetter(c));
}

/** Whether the letter at `i` (beyond ASCII) is a capital. */
function isUpperCode(text: string, i: number): boolean {
  const letter = text.charAt(i);
  return letter !== letter.toLowerCase();
}
