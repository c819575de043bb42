/**
 * Sentence splitting for Dutch parliamentary prose, in one linear pass.
 *
 * A sentence ends at `.`, `!`, `?` or `…` followed by white space and a capital, a digit
 * or an opening quote or bracket, with any closing quotes or brackets kept on the
 * sentence. Abbreviations papers use before a capital or a number ("nr. 6", "d.d. 22",
 * "c.s. (Kamerstuk", "mr. Jansen", "art. 3") and initials ("L.F. Asscher") end nothing; a
 * list number at the start of a block ("1. Hoeveel …") neither. A footnote marker glued
 * after the full stop ("toedracht.2 Op dit moment") stays with its sentence.
 *
 * @module
 */

/** One sentence of a text, with its offsets in that text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations (lower case, without the final dot) that do not end a sentence. */
const ABBREVIATIONS = new Set([
  'nr',
  'nrs',
  'art',
  'artt',
  'blz',
  'pag',
  'p',
  'pp',
  'd.d',
  'c.s',
  'e.a',
  'o.a',
  'o.m',
  'm.n',
  'i.c',
  'i.e',
  'e.d',
  'resp',
  'vs',
  'ca',
  'cf',
  'vgl',
  'zgn',
  'z.g',
  'evt',
  'bijv',
  'bv',
  'incl',
  'excl',
  'jo',
  'mr',
  'dr',
  'drs',
  'ir',
  'ing',
  'prof',
  'mevr',
  'mw',
  'dhr',
  'hr',
  'ds',
  'jr',
  'sr',
  'st',
  'staatssecr',
  'm.b.t',
  't.a.v',
  'i.v.m',
  'n.a.v',
  't.b.v',
  'm.i.v',
  'i.o.m',
  'a.s',
  'jl',
  'j.l',
  'red',
  'bijl',
  'afd',
  'hfd',
]);

/** Abbreviations that may still end a sentence when a capital follows ("op 9 april jl. De …"). */
const MAY_END = new Set(['jl', 'j.l', 'a.s', 'e.d', 'etc']);

const LONGEST_TOKEN = 24;

function isSpace(c: string): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
}

function isCloser(c: string): boolean {
  return c === ')' || c === ']' || c === '»' || c === '"' || c === '”' || c === '’' || c === "'";
}

function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

function isLetter(c: string): boolean {
  return c.toLowerCase() !== c.toUpperCase();
}

/** Can a sentence start with this character? */
function opensSentence(c: string): boolean {
  return isUpper(c) || isDigit(c) || c === '«' || c === '“' || c === '"' || c === '‘' || c === '(' || c === "'";
}

/** The word that ends at `dot` (exclusive), as far back as the last space or bracket. */
function tokenBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && dot - i < LONGEST_TOKEN) {
    const c = text[i - 1] as string;
    if (isSpace(c) || c === '(' || c === '«' || c === '“' || c === '/') break;
    i--;
  }
  return text.slice(i, dot);
}

/** Does the full stop at `dot` belong to an abbreviation, an initial or a leading list number? */
function dotIsPartOfToken(text: string, dot: number, blockStart: number, next: string): boolean {
  const original = tokenBefore(text, dot);
  if (original === '') return false;
  const token = original.toLowerCase();
  // An acronym in capitals ("de MR.") is no abbreviation.
  const acronym = original.length > 1 && original === original.toUpperCase() && /\p{Lu}{2}/u.test(original);
  if (!acronym && ABBREVIATIONS.has(token)) return !(MAY_END.has(token) && isUpper(next));
  if (MAY_END.has(token)) return false;
  // Initials: "L.F. Asscher", "R.T. Oeverman".
  if (/^(?:\p{L}\.)*\p{Lu}$/u.test(original)) return true;
  // A list number opening the block: "1. Hoeveel …", "2.3. Regeldruk".
  if (/^[\d.]+$/.test(token) && text.slice(blockStart, dot - token.length).trim() === '') return true;
  // A roman list number opening the block: "II. Reactie van de Minister".
  if (/^[ivxlc]+$/.test(token) && text.slice(blockStart, dot - token.length).trim() === '') return true;
  return false;
}

/**
 * Split a text into sentences. Linear in the length of the text; never throws.
 *
 * @example
 * splitSentences('Op 9 april jl. vroeg de commissie om een brief. Die volgt.').map((s) => s.text);
 * // ['Op 9 april jl. vroeg de commissie om een brief.', 'Die volgt.']
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const n = text.length;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s] as string)) s++;
    while (e > s && isSpace(text[e - 1] as string)) e--;
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
  };
  const stops = /[.!?…]/g;
  for (let found = stops.exec(text); found; found = stops.exec(text)) {
    const i = found.index;
    const c = text[i] as string;
    let j = i + 1;
    while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < n && isCloser(text[j] as string)) j++;
    // A footnote marker glued after the stop: "toedracht.2 Op dit moment".
    let k = j;
    if (c === '.' && i > 0 && (isLetter(text[i - 1] as string) || isCloser(text[i - 1] as string))) {
      while (k < n && k - j < 2 && isDigit(text[k] as string)) k++;
      if (k < n && !isSpace(text[k] as string)) k = j;
    }
    if (k >= n) continue;
    if (!isSpace(text[k] as string)) continue;
    let m = k;
    while (m < n && isSpace(text[m] as string)) m++;
    if (m >= n) continue;
    const next = text[m] as string;
    if (!opensSentence(next)) continue;
    if (c === '.' && j === i + 1 && dotIsPartOfToken(text, i, start, next)) continue;
    push(k);
    start = m;
    stops.lastIndex = m;
  }
  push(n);
  return out;
}

const cache = new WeakMap<object, { text: string; sentences: Sentence[] }>();

/** The sentences of a block, split once for every reader of the same block. */
export function blockSentences(block: { text: string }): Sentence[] {
  const hit = cache.get(block);
  if (hit && hit.text === block.text) return hit.sentences;
  const sentences = splitSentences(block.text);
  cache.set(block, { text: block.text, sentences });
  return sentences;
}

/** A block text cut off mid-sentence, at a page or column break: it ends in a word. */
const OPEN_END = /[\p{L}\p{N}]$/u;
const LOWER_START = /^\p{Ll}/u;

/**
 * The blocks with each sentence that a page break split over two paragraphs joined
 * again ("… van 1 oktober 2024 is" + "mij gevraagd om …"): a paragraph or answer that
 * ends in a word, followed by one of the same kind that opens in lower case. Blocks not
 * joined are returned as they are; a joined one is a new block with both footnote lists.
 *
 * @example
 * joinBrokenBlocks([{ kind: 'paragraph', text: 'Op 1 oktober is' }, { kind: 'paragraph', text: 'mij gevraagd.' }])[0].text;
 * // 'Op 1 oktober is mij gevraagd.'
 */
export function joinBrokenBlocks<T extends { kind: string; text: string; footnoteRefs?: string[] }>(blocks: T[]): T[] {
  const out: T[] = [];
  for (const block of blocks) {
    const last = out[out.length - 1];
    if (
      last &&
      last.kind === block.kind &&
      (block.kind === 'paragraph' || block.kind === 'answer') &&
      OPEN_END.test(last.text) &&
      LOWER_START.test(block.text)
    ) {
      const footnoteRefs = [...(last.footnoteRefs ?? []), ...(block.footnoteRefs ?? [])];
      const joined = { ...last, text: `${last.text} ${block.text}` };
      if (footnoteRefs.length > 0) joined.footnoteRefs = footnoteRefs;
      out[out.length - 1] = joined;
      continue;
    }
    out.push(block);
  }
  return out;
}
