/**
 * Compound splitting: "imamopleidingen" → imam + opleidingen, "socialezekerheidsverdrag"
 * → sociale + zekerheid + verdrag, "lozingsverbod" → lozing + verbod. A dynamic program
 * over the word finds the split into the fewest parts that are dictionary words
 * (`lexicon.ts`) or inflections of one ("opleidingen", "sociale", "brieven"), each at
 * least 4 letters, optionally joined by a linking -s-, -e- or -en-. Memoised.
 *
 * @module
 */
import { ADJECTIVE, BEGIN, dutchWords, END, forbiddenBoundaries } from './lexicon.ts';
import { isStopWord } from './stem.ts';

/** Shortest part of a compound. */
export const MIN_PART = 4;
/** Shortest word that is tried (two parts). */
const MIN_WORD = 2 * MIN_PART;
/** Longest word that is tried (longer runs are not words). */
const MAX_WORD = 48;
const LINKS = ['s', 'e', 'en'] as const;
/** Inflection endings and what they replace, to find the dictionary word of a part. */
const ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['heden', 'heid'],
  ['en', ''],
  ['s', ''],
  ['e', ''],
  ['n', ''],
  ['er', ''],
  ['ere', ''],
  ['ste', ''],
];
const VOWELS = 'aeiou';

const MEMO_LIMIT = 100_000;
const memo = new Map<string, string[] | null>();

/** The dictionary word a part is an inflection of ("opleidingen" → "opleiding"), or undefined. */
function lemmaOf(part: string, dict: ReadonlyMap<string, number>): string | undefined {
  for (const [ending, replace] of ENDINGS) {
    if (!part.endsWith(ending)) continue;
    let base = part.slice(0, part.length - ending.length) + replace;
    if (base.length < MIN_PART) continue;
    if (dict.has(base)) return base;
    // brieven → brief, huizen → huis
    const last = base[base.length - 1];
    if (last === 'v' || last === 'z') {
      base = base.slice(0, -1) + (last === 'v' ? 'f' : 's');
      if (dict.has(base)) return base;
    }
    // sociale → sociaal, bomen → boom: a single vowel between consonants was long
    const n = base.length;
    const v = base[n - 2]!;
    if (VOWELS.includes(v) && !VOWELS.includes(base[n - 1]!) && !VOWELS.includes(base[n - 3] ?? 'a')) {
      const long = base.slice(0, n - 1) + v + base.slice(n - 1);
      if (dict.has(long)) return long;
    }
  }
  return undefined;
}

/**
 * The cost of a part (lower is better), or -1 when it cannot be one. Exact words whose
 * dictionary flags allow the position cost nothing; inflections and words the
 * dictionary does not compound cost more, and are refused in `strict` mode (when the
 * whole word is itself a dictionary word: "regering" stays whole, not rege + ring).
 */
function partCost(part: string, final: boolean, strict: boolean, dict: ReadonlyMap<string, number>): number {
  const need = final ? END : BEGIN;
  const flags = dict.get(part);
  if (flags !== undefined) {
    if ((flags & need) !== 0) return 0;
    // "nihil" in nihilwaardering: unflagged, but a word; "onder" (a stop word) is not a part
    if (!final && (part.length <= MIN_PART || isStopWord(part))) return -1;
    return !strict || !final ? 4 : -1;
  }
  if (part.length <= MIN_PART) return -1;
  const lemma = lemmaOf(part, dict);
  if (lemma === undefined) return -1;
  const lemmaFlags = dict.get(lemma)!;
  if ((lemmaFlags & need) !== 0 || (!final && (lemmaFlags & ADJECTIVE) !== 0)) return 2;
  return strict ? -1 : 5;
}

/** Whether a folded word is in the dictionary (or an inflection of a word in it). */
export function isDictionaryWord(word: string): boolean {
  const dict = dutchWords();
  return dict.has(word) || (word.length > MIN_PART && lemmaOf(word, dict) !== undefined);
}

/**
 * The parts of a compound (surface strings, linking letters left out), or null when the
 * word is not one. Only lower-case words of letters a–z are split.
 *
 * @example
 * splitCompound('imamopleidingen'); // ['imam', 'opleidingen']
 * splitCompound('lozingsverbod'); // ['lozing', 'verbod']
 */
export function splitCompound(word: string): string[] | null {
  if (word.length < MIN_WORD || word.length > MAX_WORD || !/^[a-z]+$/.test(word)) return null;
  const cached = memo.get(word);
  if (cached !== undefined) return cached;
  const dict = dutchWords();
  // A dictionary word is split only into long dictionary words ("levensonderhoud"),
  // so that "regering" stays whole (not rege + ring).
  const result = split(word, dict, isDictionaryWord(word));
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, result);
  return result;
}

/** Whether the dictionary forbids a part boundary at `at` (when no linking letters stand there). */
function badBoundary(word: string, at: number): boolean {
  for (const [end, begin] of forbiddenBoundaries()) {
    if (word.startsWith(begin, at) && word.endsWith(end, at)) return true;
  }
  return false;
}

function split(word: string, dict: ReadonlyMap<string, number>, strict: boolean): string[] | null {
  const n = word.length;
  // cost[i]: cheapest split of word[0, i); from[i]: [start of the last part, its end]
  const cost = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const from: Array<[number, number] | undefined> = new Array(n + 1);
  cost[0] = 0;
  for (let i = 0; i + MIN_PART <= n; i++) {
    const base = cost[i]!;
    if (base === Number.POSITIVE_INFINITY || (i > 0 && badBoundary(word, i))) continue;
    // a three-letter first part only with a linking s: wet+s+voorstel
    if (i + 3 < n && word[i + 3] === 's' && (dict.get(word.slice(i, i + 3)) ?? 0) & BEGIN && i + 4 + MIN_PART <= n) {
      if (base + 13 < cost[i + 4]!) {
        cost[i + 4] = base + 13;
        from[i + 4] = [i, i + 3];
      }
    }
    for (let k = i + MIN_PART; k <= n; k++) {
      if (i === 0 && k === n) break; // the whole word is not a split
      if (k < n && k + MIN_PART > n) continue;
      const pc = partCost(word.slice(i, k), k === n, strict, dict);
      if (pc < 0) continue;
      // fewest parts first; then exact words over inflections, long parts over short ones
      const c = base + 10 + pc + (k - i === MIN_PART ? 3 : 0);
      if (k === n) {
        if (c < cost[n]!) {
          cost[n] = c;
          from[n] = [i, k];
        }
        continue;
      }
      if (c < cost[k]!) {
        cost[k] = c;
        from[k] = [i, k];
      }
      for (const link of LINKS) {
        const m = k + link.length;
        if (m + MIN_PART <= n && word.startsWith(link, k) && c + 1 < cost[m]!) {
          cost[m] = c + 1;
          from[m] = [i, k];
        }
      }
    }
  }
  if (cost[n] === Number.POSITIVE_INFINITY) return null;
  const parts: string[] = [];
  for (let end = n; end > 0; ) {
    const [start, stop] = from[end]!;
    parts.push(word.slice(start, stop));
    end = start;
  }
  return parts.reverse();
}

/**
 * Every part of a compound at every level: the parts of its split, and the parts of
 * those parts that are compounds themselves ("voorjaarsnotabesluitvorming" →
 * voorjaarsnota, besluitvorming, voorjaar, nota, besluit, vorming).
 */
export function compoundParts(word: string): string[] {
  const parts = splitCompound(word);
  if (parts === null) return [];
  const out: string[] = [];
  for (const part of parts) {
    out.push(part);
    for (const sub of compoundParts(part)) out.push(sub);
  }
  return out;
}
