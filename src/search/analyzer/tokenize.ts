/**
 * The Dutch tokenizer: cuts text into words with their offsets in the original text.
 * Kept whole: "D66", "'s-Gravenhage", hyphenated words ("sociaal-culturele"), dossier
 * numbers printed with a thousands space ("21 501-32", "32 824"), EU documents
 * ("COM(2015) 240"), document numbers ("2024D12345"), ECLI ids, "(de)radicalisering"
 * and "medewerker(s)", numbers with digit-group dots ("1.000").
 *
 * @module
 */

/** A word of the text: `start`/`end` are offsets into the original string. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const L = String.raw`\p{L}\p{N}`;
/** ECLI:NL:HR:2015:1234 */
const ECLI = String.raw`ECLI:[A-Za-z]{2}:[A-Za-z0-9]{1,7}:\d{4}:[A-Za-z0-9.]*[A-Za-z0-9]`;
/** COM(2015) 240, SEC (2014) 12, SWD(2020)530 */
const EU = String.raw`(?:COM|SEC|SWD|JOIN)\s?\(\s?\d{4}\s?\)\s?\d+`;
/** 21 501-32, 32 824 (a dossier number with its thousands space) */
export const DOSSIER_SPACED = String.raw`(?<![${L}.,])\d{2} \d{3}(?:-\d+)?(?![${L}]|[.,]\d)`;
/** 's-Gravenhage, ’s-Hertogenbosch */
const S_PLACE = String.raw`['’]s-\p{L}+(?:-\p{L}+)*`;
/** A word: letters and digits joined by hyphens, apostrophes, "&", dots between digits; "(de)" prefix, "(s)" suffix. */
const WORD = String.raw`(?:\(\p{L}{1,5}\)(?=[${L}]))?[${L}]+(?:(?:[-'’&]|(?<=\p{N})\.(?=\p{N}))[${L}]+)*(?:\(\p{L}{1,4}\)(?![${L}]))?`;

const TOKEN = new RegExp(`${ECLI}|${EU}|${DOSSIER_SPACED}|${S_PLACE}|${WORD}`, 'gu');

/** Longest token kept; longer runs (URLs, hashes) are cut to this length. */
export const MAX_TOKEN_LENGTH = 100;

/**
 * The words of a text in order, with their offsets.
 *
 * @example
 * tokenize("Kamerstuk 21 501-32 uit 's-Gravenhage").map((t) => t.text);
 * // ['Kamerstuk', '21 501-32', 'uit', "'s-Gravenhage"]
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  forEachToken(text, (t, start, end) => {
    out.push({ text: t, start, end });
  });
  return out;
}

/** A–Z, a–z. */
function asciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** À–ÿ without × and ÷: the Latin-1 letters of Dutch (é, ë, ï, ö, ü …). */
function latinLetter(c: number): boolean {
  return c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7;
}

/** Words the EU and ECLI patterns start with: handed to the full pattern. */
const PATTERN_WORDS = new Set(['COM', 'SEC', 'SWD', 'JOIN', 'ECLI']);

/**
 * Call `fn` for each word of `text` (no array: the indexing hot path). `fn` may return
 * `false` to stop early.
 *
 * Most words are plain runs of letters between spaces and punctuation; those are cut
 * here without the pattern. Wherever the pattern could read more (digits first, "(de)",
 * "’s-", joiners, "(s)", a dot between digits, letters beyond Latin-1, COM/SEC/SWD/JOIN
 * and ECLI), the pattern reads from there. The words are exactly those of
 * `tokenizeByPattern`, which a property test checks.
 */
export function forEachToken(text: string, fn: (token: string, start: number, end: number) => boolean | void): void {
  forEachTokenSpan(text, (start, end, token) => fn(token ?? text.slice(start, end), start, end));
}

/**
 * Call `fn` for each word of `text` as `forEachToken` cuts them, by its place: a plain
 * run of letters comes as `text.slice(start, end)` without being sliced (`token` null),
 * so that a caller that looks words up by their characters makes no string for them.
 */
export function forEachTokenSpan(
  text: string,
  fn: (start: number, end: number, token: string | null) => boolean | void,
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (asciiLetter(c) || latinLetter(c)) {
      let j = i + 1;
      let digit = false;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (asciiLetter(d) || latinLetter(d)) continue;
        if (d >= 48 && d <= 57) digit = true;
        else break;
      }
      const next = j < n ? text.charCodeAt(j) : 32;
      const plain =
        next < 0x80 &&
        next !== 45 && // -
        next !== 39 && // '
        next !== 38 && // &
        next !== 40 && // (
        !(next === 46 && digit) && // 1.000
        !(j - i <= 4 && PATTERN_WORDS.has(text.slice(i, j)));
      if (plain) {
        const token = j - i > MAX_TOKEN_LENGTH ? text.slice(i, i + MAX_TOKEN_LENGTH) : null;
        if (fn(i, j, token) === false) return;
        i = j;
        continue;
      }
    } else if (c < 0x80 && !(c >= 48 && c <= 57) && c !== 40 && c !== 39) {
      i++; // space or punctuation: no word starts here
      continue;
    }
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text);
    if (m === null) return;
    const token = m[0].length > MAX_TOKEN_LENGTH ? m[0].slice(0, MAX_TOKEN_LENGTH) : m[0];
    if (fn(m.index, m.index + m[0].length, token) === false) return;
    i = m.index + m[0].length;
  }
}

/** The words of `text` as the pattern alone cuts them: the definition `forEachToken` follows. */
export function tokenizeByPattern(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const token = m[0].length > MAX_TOKEN_LENGTH ? m[0].slice(0, MAX_TOKEN_LENGTH) : m[0];
    out.push({ text: token, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
