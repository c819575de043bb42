/**
 * Snowball Dutch stemming (`@orama/stemmers`, the algorithm of PostgreSQL's `dutch`)
 * and the Dutch stop words (`stopword`, `nld`), both on folded words, memoised.
 *
 * One repair on top of Snowball: a final long vowel after another vowel is shortened
 * ("sociaal" → "social", like "sociale"; "financieel" → "financiel", like "financiële"),
 * which Snowball's own undoubling skips.
 *
 * @module
 */
import { createRequire } from 'node:module';
import { stemmer } from '@orama/stemmers/dutch';
import { foldToken } from './fold.ts';

const require = createRequire(import.meta.url);
const { nld } = require('stopword') as { nld: string[] };

/** The Dutch stop words, folded. */
export const STOP_WORDS: ReadonlySet<string> = new Set(nld.map(foldToken));

/** Whether a folded word is a Dutch stop word ("de", "van", "het", ...). */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

const MEMO_LIMIT = 200_000;
const memo = new Map<string, string>();
const LONG_AFTER_VOWEL = /([aeiouy])(aa|ee|oo|uu)([^aeiouy])$/;

/**
 * The stem of one folded word without hyphens: stop words and words with digits are
 * kept as they are.
 *
 * @example
 * stemWord('opleidingen'); // 'opleid'
 * stemWord('sociaal'); // 'social'
 */
export function stemWord(word: string): string {
  let s = memo.get(word);
  if (s !== undefined) return s;
  if (STOP_WORDS.has(word) || /[\d()]/.test(word) || word.length < 3) s = word;
  else {
    s = stemmer(word);
    const m = LONG_AFTER_VOWEL.exec(s);
    if (m !== null) s = `${s.slice(0, m.index + 1)}${m[2]![0]}${m[3]}`;
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, s);
  return s;
}
