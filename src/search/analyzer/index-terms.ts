/**
 * From words to index terms: the one stem a word stands for in the `stems` stream, and
 * the extra terms of the `expansions` stream (surface form, compound parts, hyphen parts
 * and joins, "(de)" variants). The same analysis serves the index and the query, so both
 * engines and both sides agree. Memoised per folded word.
 *
 * @module
 */
import { ownString, SpanIntTable } from '../../model/index.ts';
import type { IndexedText } from '../types.ts';
import { compoundParts, isDictionaryWord, splitCompound } from './compounds.ts';
import { foldToken } from './fold.ts';
import { isStopWord, stemWord } from './stem.ts';
import { onTermIdsReset, termId } from './term-ids.ts';
import { forEachToken, forEachTokenSpan } from './tokenize.ts';

/** What one word contributes to the index. */
export interface WordTerms {
  /** The folded word ("(de)radicalisering", "sociaal-culturele", "21501-32"). */
  folded: string;
  /** Its one term in the stems stream. */
  stem: string;
  /** Its extra terms (never the stem itself, no duplicates). */
  expansions: string[];
  /** A stop word: kept in the stems stream, dropped from query words. */
  stop: boolean;
  /** The id of `stem` (`term-ids.ts`). */
  stemId: number;
  /** The ids of `expansions`, in order. */
  expansionIds: Int32Array;
}

const MEMO_LIMIT = 200_000;

/** Keyed by the token as cut from the text (folding is part of what is saved). */
const memo = new Map<string, WordTerms>();
onTermIdsReset(() => memo.clear());
const NONE: WordTerms = {
  folded: '',
  stem: '',
  expansions: [],
  stop: true,
  stemId: -1,
  expansionIds: new Int32Array(0),
};
/** A "(de)" prefix or "(s)" suffix of a word; "com(2015)240" is not one. */
const PAREN = /\(([\p{L}]+)\)/u;
const DIGIT = /\d/;

/**
 * The index terms of one word as the tokenizer cut it.
 *
 * @example
 * wordTerms('Imamopleidingen');
 * // { folded: 'imamopleidingen', stem: 'imamopleid', expansions: ['imamopleidingen', 'imam', 'opleid', ...], stop: false }
 */
export function wordTerms(token: string): WordTerms | null {
  let terms = memo.get(token);
  if (terms === undefined) {
    terms = analyzeToken(token) ?? NONE;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(ownString(token), terms);
  }
  return terms === NONE ? null : terms;
}

/** `wordTerms` without the memo (for a caller that keeps what it needs itself). */
function analyzeToken(token: string): WordTerms | null {
  const folded = foldToken(token);
  return folded === '' || !/[\p{L}\p{N}]/u.test(folded) ? null : analyzeFolded(folded);
}

function analyzeFolded(folded: string): WordTerms {
  const out = new Set<string>();
  let stem: string;
  const paren = PAREN.exec(folded);
  if (paren !== null && !DIGIT.test(folded)) {
    // (de)radicalisering: the stem of the long form, the short form as an expansion
    const long = folded.replace(/[()]/g, '');
    const short = folded.replace(PAREN, '');
    stem = stemOf(long);
    addTerms(long, out);
    if (short.length > 0) {
      out.add(stemOf(short));
      addTerms(short, out);
    }
  } else {
    const word = folded.replace(/^[-()]+|[-()]+$/g, '');
    stem = stemOf(word);
    addTerms(word, out);
  }
  out.delete(stem);
  const expansions = [...out];
  return {
    folded,
    stem,
    expansions,
    stop: isStopWord(folded),
    stemId: termId(stem),
    expansionIds: Int32Array.from(expansions, termId),
  };
}

/** The one stem of a word: hyphenated words keep their hyphens between the stems of their parts. */
function stemOf(word: string): string {
  if (!word.includes('-') || word.startsWith('ecli-')) return stemWord(word);
  return word
    .split('-')
    .filter((p) => p !== '')
    .map(stemWord)
    .join('-');
}

/** Add a word's expansions (not its stem) to `out`. */
function addTerms(word: string, out: Set<string>): void {
  out.add(word);
  if (word.includes('-') && !word.startsWith('ecli-')) {
    const parts = word.split('-').filter((p) => p !== '');
    for (const part of parts) {
      if (part.length < 2) continue; // the s of 's-Gravenhage, the e of e-mail
      out.add(stemWord(part));
      addSimple(part, out);
    }
    // ict-projecten → ictprojecten; numbers (2014-2015, 21501-32) are not joined
    if (!parts.every((p) => /^\d+$/.test(p))) {
      const joined = parts.join('');
      out.add(stemWord(joined));
      out.add(joined);
    }
    return;
  }
  addSimple(word, out);
}

/**
 * A plain word's expansions: the stems of its compound parts. Its surface form is not
 * indexed (the stem serves every inflection; prefixes match stems), which keeps the
 * expansions stream to the terms that add recall.
 */
function addSimple(word: string, out: Set<string>): void {
  for (const part of compoundParts(word)) out.add(stemWord(part));
}

/**
 * Other whole words a query word stands for, as stems: the join of a hyphenated word
 * ("ict-projecten" → ictproject) and the short form of "(de)radicalisering"
 * (radicaliser).
 */
export function wordAlternatives(terms: WordTerms): string[] {
  const out: string[] = [];
  let word = terms.folded;
  if (PAREN.test(word) && !DIGIT.test(word)) {
    out.push(stemOf(word.replace(PAREN, '')));
    word = word.replace(/[()]/g, '');
  }
  if (word.includes('-') && !word.startsWith('ecli-')) {
    const parts = word.split('-').filter((p) => p !== '');
    if (!parts.every((p) => /^\d+$/.test(p))) out.push(stemWord(parts.join('')));
  }
  return out.filter((t) => t !== terms.stem && t !== '');
}

/**
 * The parts a query word may be found by when it does not occur whole: the stems of
 * its hyphen parts ("sociaal-culturele"), or of its compound parts when it is not a
 * dictionary word itself ("imamopleidingen" → imam, opleid). Empty when none.
 */
export function wordGroups(terms: WordTerms): string[][] {
  const word = terms.folded.replace(/[()]/g, '');
  if (word.includes('-') && !word.startsWith('ecli-')) {
    if (/^[\d-]+$/.test(word)) return []; // 21501-32 is not 21501 and 32
    const parts = word.split('-').filter((p) => p.length > 1 && !isStopWord(p));
    return parts.length > 1 ? [parts.map(stemWord)] : parts.length === 1 ? [[stemWord(parts[0]!)]] : [];
  }
  if (isDictionaryWord(word)) return [];
  const parts = splitCompound(word);
  return parts === null ? [] : [parts.map(stemWord)];
}

/**
 * Analyze a text field into its two term streams (see `IndexedText`): one stem a word
 * in `stems` (stop words kept, in order); the expansions of all words in `expansions`,
 * each term once (they serve recall, not ranking).
 *
 * @example
 * analyzeText('De imamopleidingen');
 * // { stems: 'de imamopleid', expansions: 'imamopleidingen imam opleid opleidingen' }
 */
export function analyzeText(text: string): IndexedText {
  const stems: string[] = [];
  const expansions = new Set<string>();
  forEachToken(text, (token) => {
    const terms = wordTerms(token);
    if (terms === null) return;
    stems.push(terms.stem);
    for (const e of terms.expansions) expansions.add(e);
  });
  return { stems: stems.join(' '), expansions: [...expansions].join(' ') };
}

/**
 * The term ids of each word by its characters (`SpanIntTable`): stem id first, then the
 * expansions' ids, kept inline with the word, so that indexing a word it has seen reads
 * a few adjacent integers. Cleared whenever term ids are reset.
 */
const termIds = new SpanIntTable((word) => {
  const terms = analyzeToken(word);
  return terms === null ? null : [terms.stemId, ...terms.expansionIds];
});
onTermIdsReset(() => termIds.clear());

/**
 * Call `fn` with the term ids of each word of `text`, in order (words that make no term
 * are skipped): `ids[at]` is the word's stem id (`WordTerms.stemId`), `ids[at + 1]` to
 * `ids[at + count - 1]` its expansions' ids (`expansionIds`). `ids` is only valid during
 * the call. What indexing runs, at speed.
 */
export function forEachWordTermIds(text: string, fn: (ids: Int32Array, at: number, count: number) => void): void {
  forEachTokenSpan(text, (start, end, token) => {
    const at = token === null ? termIds.find(text, start, end) : termIds.find(token, 0, token.length);
    const ids = termIds.pool;
    const count = ids[at - 1] as number;
    if (count > 0) fn(ids, at, count);
  });
}
