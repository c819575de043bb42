/**
 * Folding of a token to an index term: lower case, diacritics removed ("gecreëerd" →
 * "gecreeerd"), ligatures and compatibility forms decomposed ("ĳ" → "ij"), apostrophes,
 * ampersands and digit-group dots dropped ("auto's" → "autos", "1.000" → "1000").
 *
 * A term holds only: Unicode letters and digits (`\p{L}`, `\p{N}`, lower case where the
 * script has case), `-` (hyphenated words, dossier numbers, ECLI ids) and `(` `)` ("COM"
 * numbers like `com(2015)240`). So it is one token for FTS5 with
 * `tokenize = "unicode61 remove_diacritics 0 tokenchars '-()'"` and a valid PostgreSQL
 * `simple` lexeme: never a space, quote, backslash, colon or other punctuation.
 *
 * @module
 */

const ASCII = /^[\x20-\x7e]*$/;
const NOT_TERM_ASCII = /[^a-z0-9\-()]/g;
const NOT_TERM = /[^\p{L}\p{N}\-()]/gu;
const MARKS = /\p{M}/gu;

/**
 * Fold a token (as the tokenizer cut it from the text) to its term form.
 *
 * @example
 * foldToken('Gecreëerd'); // 'gecreeerd'
 * foldToken('ECLI:NL:HR:2015:1234'); // 'ecli-nl-hr-2015-1234'
 */
export function foldToken(token: string): string {
  let t = token.toLowerCase();
  if (t.startsWith('ecli:')) t = t.replace(/[:.]/g, '-');
  if (ASCII.test(t)) return t.replace(NOT_TERM_ASCII, '');
  t = t.replace(/ß/g, 'ss').normalize('NFKD').replace(MARKS, '');
  return t.replace(NOT_TERM, '').toLowerCase();
}

/**
 * Fold free text (a query value, a prefix) the same way, keeping spaces between words.
 *
 * @example
 * foldText('Sociale Zaken'); // 'sociale zaken'
 */
export function foldText(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(MARKS, '').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Whether a string is a valid index term (see the module comment). */
export function isTerm(term: string): boolean {
  return term.length > 0 && /^[\p{L}\p{N}\-()]+$/u.test(term) && /[\p{L}\p{N}]/u.test(term);
}
