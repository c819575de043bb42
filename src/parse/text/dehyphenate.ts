/**
 * Undo end-of-line hyphenation, and only that: "socialezeker-" + "heidsverdrag"
 * becomes one word, while real hyphens stay ("Noord-Holland", "sub-Sahara",
 * "integratie- en", "ICT-project", "zee-egel", "sociaal-culturele").
 *
 * @module
 */
import { hyphenatedWords } from './lexicon.ts';

/** The words a decision may consult: the document's own, and the Dutch word list. */
export interface Lexicon {
  /** Lower-case words (and hyphenated words) found inside the lines of the document. */
  doc: WordLookup;
  /** Hyphenated words of the Dutch word list; `hyphenatedWords()` when omitted. */
  dict?: Set<string>;
}

const CONJUNCTIONS = new Set([
  'en',
  'of',
  'tot',
  'en/of',
  'noch',
  'als',
  'dan',
  'maar',
  'respectievelijk',
  'c.q.',
  'e.a.',
]);
/** Two letters that read as one sound: a hyphen keeps them apart ("zee-egel", "na-apen"). */
const DIGRAPHS = new Set(['aa', 'ae', 'ai', 'au', 'ee', 'ei', 'eu', 'ie', 'ij', 'oe', 'oi', 'oo', 'ou', 'ui', 'uu']);

/** Something that answers whether a lower-case word occurs: a `Set`, or `documentIndex`. */
export interface WordLookup {
  has(word: string): boolean;
}

/** After this many look-ups, building the word set is cheaper than searching the text. */
const SEARCHES_BEFORE_SET = 24;

/**
 * The words of a document, for dehyphenation: answers the first look-ups by searching
 * the (lower-cased) text for the word standing alone, and builds the full word set
 * (`documentWords`) only when a document asks many times. Most papers have a handful of
 * line-end hyphens, so this skips collecting every word of every paper.
 *
 * @example
 * documentIndex(['Noord-Holland en', 'Utrecht']).has('noord-holland'); // true
 */
export function documentIndex(lines: readonly string[]): WordLookup {
  let text: string | null = null;
  let words: Set<string> | null = null;
  let searches = 0;
  return {
    has(word: string): boolean {
      if (words) return words.has(word);
      if (++searches > SEARCHES_BEFORE_SET) {
        words = documentWords(lines);
        return words.has(word);
      }
      text ??= lines.join('\n').toLowerCase();
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const before = at === 0 ? 32 : text.charCodeAt(at - 1);
        const after = at + word.length >= text.length ? 32 : text.charCodeAt(at + word.length);
        if (!isWordChar(before) && before !== 45 && !isWordChar(after) && after !== 45) return true;
      }
      return false;
    },
  };
}

/**
 * Collect the words of a document (lower case), hyphenated words included, as the
 * first lexicon for dehyphenation.
 *
 * @example
 * documentWords(['Noord-Holland en', 'oktober']).has('noord-holland'); // true
 */
export function documentWords(lines: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    for (const token of line.split(' ')) {
      if (token.length < 4) continue;
      let start = 0;
      let end = token.length;
      while (start < end && !isWordChar(token.charCodeAt(start))) start++;
      while (end > start && !isWordChar(token.charCodeAt(end - 1))) end--;
      if (end - start >= 4) words.add(token.slice(start, end).toLowerCase());
    }
  }
  return words;
}

/** Letters (Latin, with diacritics) and digits: the characters a word is trimmed to. */
function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0x24f)
  );
}

/**
 * What a line-end hyphen between `before` and `after` (the word parts, without the
 * hyphen) should become: `''` (the word was split), `'-'` (a real hyphen) or `'- '`
 * (an elided compound part: "integratie- en").
 *
 * @example
 * hyphenJoin('okto', 'ber', { doc: new Set() }); // ''
 * hyphenJoin('Noord', 'Holland', { doc: new Set() }); // '-'
 * hyphenJoin('integratie', 'en', { doc: new Set() }); // '- '
 */
export function hyphenJoin(before: string, after: string, lexicon: Lexicon): '' | '-' | '- ' {
  const core = after.replace(/[^\p{L}\p{N}'’-]+$/u, '');
  if (before === '' || core === '') return '-';
  const last = before[before.length - 1] as string;
  const first = core[0] as string;
  if (CONJUNCTIONS.has(core.toLowerCase()) && /\p{L}/u.test(last)) return '- ';
  if (/\p{Lu}/u.test(first) || /\p{N}/u.test(first) || /\p{N}/u.test(last)) return '-';
  if (/\p{Lu}.*\p{Lu}/u.test(before) || /\p{N}/u.test(before)) return '-';
  if (!/\p{Ll}/u.test(last)) return '-';
  const lowBefore = before.toLowerCase();
  const lowAfter = core.toLowerCase();
  const joined = lowBefore + lowAfter;
  const hyphenated = `${lowBefore}-${lowAfter}`;
  // The spelling rules that keep a hyphen: a vowel clash ("zee-egel"; typesetters never
  // split a digraph) or a hyphenated entry in the word list. The document's own usage
  // overrides both ways; without a rule, the word was split and is joined.
  const dict = lexicon.dict ?? hyphenatedWords();
  const keptByRule = DIGRAPHS.has(last + first.toLowerCase()) || dict.has(hyphenated);
  if (lexicon.doc.has(hyphenated)) return '-';
  if (!keptByRule) return '';
  return lexicon.doc.has(joined) ? '' : '-';
}

/**
 * Join a wrapped line to the text before it, undoing end-of-line hyphenation where
 * the word really was split.
 *
 * @example
 * joinWrapped('het bilaterale socialezeker-', 'heidsverdrag. Dit', { doc: new Set() });
 * // 'het bilaterale socialezekerheidsverdrag. Dit'
 */
export function joinWrapped(text: string, next: string, lexicon: Lexicon): string {
  if (text === '') return next;
  if (next === '') return text;
  if (text.endsWith('\u00ad')) return text.slice(0, -1) + next;
  if (!text.endsWith('-') || text.endsWith(' -') || text.endsWith('--')) return `${text} ${next}`;
  const start =
    Math.max(text.lastIndexOf(' '), text.lastIndexOf('('), text.lastIndexOf('/'), text.lastIndexOf('«')) + 1;
  let before = text.slice(start, -1);
  const dash = before.lastIndexOf('-');
  if (dash >= 0) before = before.slice(dash + 1);
  const space = next.indexOf(' ');
  const after = space < 0 ? next : next.slice(0, space);
  const glue = hyphenJoin(before, after, lexicon);
  return text.slice(0, -1) + glue + next;
}
