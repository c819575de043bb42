/**
 * The query lexer: words (with a trailing `*` for a prefix), `"phrases"` (also with
 * curly quotes), `field:value` and `field:"value"`, `(`, `)`, `OR`, `AND`, `NOT` and a
 * leading `-`. Dossier numbers with a space ("21 501-32") and EU documents
 * ("COM(2015) 240") are one word, as in the analyzer; "(de)radicalisering" and
 * "medewerker(s)" are words, not groups.
 *
 * @module
 */
import { SearchQueryError } from '../errors.ts';
import type { QueryField } from '../types.ts';
import { FIELD_LIST, fieldFilter, fieldOf } from './fields.ts';

/** A lexical token of a query; offsets point into the query. */
export type QueryToken =
  | { kind: 'lparen' | 'rparen' | 'or' | 'and' | 'not' | 'minus' | 'eof'; start: number; end: number }
  | { kind: 'word'; text: string; prefix: boolean; start: number; end: number }
  | { kind: 'phrase'; text: string; start: number; end: number }
  | { kind: 'field'; field: QueryField; value: string; start: number; end: number };

/** Longest query accepted. */
export const MAX_QUERY_LENGTH = 1000;

const QUOTES = '"“”„‟″';
const SPACE = /\s/u;
/** Words the analyzer keeps whole although they hold a space. */
const SPACED_WORD = /(?:\d{2} \d{3}(?:-\d+)?(?![\p{L}\p{N}]|[.,]\d)|(?:COM|SEC|SWD|JOIN)\s?\(\s?\d{4}\s?\)\s?\d+)/iuy;
/** "(de)radicalisering": a parenthesised prefix glued to a word. */
const PAREN_PREFIX = /\(\p{L}{1,5}\)[\p{L}\p{N}]/uy;
/** "medewerker(s)", "com(2015)": a parenthesised part inside or at the end of a word. */
const PAREN_INSIDE = /\([\p{L}\p{N}]{1,6}\)/uy;
/** A field name and its colon; a hyphenated name (`party-voted-for:`) only when it is one. */
const FIELD = /([A-Za-z]+(?:-[A-Za-z]+)*):/y;
/** A colon that is not a field: ECLI:NL:..., urls, times. */
const NOT_A_FIELD = /(?:ecli:[a-z]{2}:|https?:\/\/)/iy;

function isQuote(c: string): boolean {
  return QUOTES.includes(c);
}

/** Cut a query into tokens; a lexical error (unclosed quote, empty field value) throws. */
export function lex(query: string): QueryToken[] {
  if (query.length > MAX_QUERY_LENGTH) {
    throw new SearchQueryError(
      `query too long: ${query.length} characters, at most ${MAX_QUERY_LENGTH}`,
      MAX_QUERY_LENGTH,
    );
  }
  const out: QueryToken[] = [];
  let i = 0;
  const n = query.length;
  while (i < n) {
    const c = query[i]!;
    if (SPACE.test(c)) {
      i++;
      continue;
    }
    if (c === ')') {
      out.push({ kind: 'rparen', start: i, end: i + 1 });
      i++;
      continue;
    }
    if (c === '(') {
      PAREN_PREFIX.lastIndex = i;
      if (!PAREN_PREFIX.test(query)) {
        out.push({ kind: 'lparen', start: i, end: i + 1 });
        i++;
        continue;
      }
    }
    if (isQuote(c)) {
      const close = findQuote(query, i + 1);
      if (close < 0) throw new SearchQueryError('unclosed quote: add the closing "', i);
      const text = query.slice(i + 1, close);
      if (text.trim() === '') throw new SearchQueryError('empty phrase ""', i);
      out.push({ kind: 'phrase', text, start: i, end: close + 1 });
      i = close + 1;
      continue;
    }
    if (c === '-' && i + 1 < n && !SPACE.test(query[i + 1]!) && (i === 0 || !/[\p{L}\p{N}]/u.test(query[i - 1]!))) {
      out.push({ kind: 'minus', start: i, end: i + 1 });
      i++;
      continue;
    }
    if (c === '-' || c === '*') {
      throw new SearchQueryError(`"${c}" must be followed by a word, without a space`, i);
    }
    i = lexWord(query, i, out);
  }
  out.push({ kind: 'eof', start: n, end: n });
  return out;
}

function findQuote(query: string, from: number): number {
  for (let j = from; j < query.length; j++) if (isQuote(query[j]!)) return j;
  return -1;
}

/** A word, keyword or field starting at `start`; returns where it ends. */
function lexWord(query: string, start: number, out: QueryToken[]): number {
  SPACED_WORD.lastIndex = start;
  const spaced = SPACED_WORD.exec(query);
  if (spaced !== null) {
    const end = start + spaced[0].length;
    out.push({ kind: 'word', text: spaced[0], prefix: false, start, end });
    return end;
  }
  FIELD.lastIndex = start;
  const field = FIELD.exec(query);
  NOT_A_FIELD.lastIndex = start;
  if (field !== null && !NOT_A_FIELD.test(query) && (!field[1]!.includes('-') || fieldOf(field[1]!) !== undefined)) {
    const name = field[1]!;
    const f = fieldOf(name);
    if (f === undefined) throw new SearchQueryError(`unknown field "${name}:": use one of ${FIELD_LIST}`, start);
    return lexFieldValue(query, start, start + field[0].length, f, out);
  }
  let i = start;
  while (i < query.length) {
    const c = query[i]!;
    if (SPACE.test(c) || isQuote(c) || c === ')') break;
    if (c === '(') {
      const re = i === start ? PAREN_PREFIX : PAREN_INSIDE;
      re.lastIndex = i;
      if (!re.test(query)) break;
      i = query.indexOf(')', i) + 1;
      continue;
    }
    i++;
  }
  let text = query.slice(start, i);
  let prefix = false;
  if (text.endsWith('*')) {
    prefix = true;
    text = text.slice(0, -1);
  }
  const star = text.indexOf('*');
  if (star >= 0) throw new SearchQueryError('"*" only at the end of a word (prefix search)', start + star);
  if (!prefix && (text === 'OR' || text === 'AND' || text === 'NOT')) {
    out.push({ kind: text === 'OR' ? 'or' : text === 'AND' ? 'and' : 'not', start, end: i });
  } else {
    out.push({ kind: 'word', text, prefix, start, end: i });
  }
  return i;
}

function lexFieldValue(query: string, start: number, valueStart: number, field: QueryField, out: QueryToken[]): number {
  let value: string;
  let end: number;
  if (valueStart < query.length && isQuote(query[valueStart]!)) {
    const close = findQuote(query, valueStart + 1);
    if (close < 0) throw new SearchQueryError('unclosed quote: add the closing "', valueStart);
    value = query.slice(valueStart + 1, close);
    end = close + 1;
  } else {
    end = valueStart;
    while (end < query.length && !SPACE.test(query[end]!) && query[end] !== ')' && !isQuote(query[end]!)) end++;
    value = query.slice(valueStart, end);
  }
  if (value.trim() === '') {
    // The field as the user typed it (`party-voted-for`, `uitkomst`), not its inner name.
    const typed = query.slice(start, valueStart).replace(/:$/, '');
    throw new SearchQueryError(`empty value for ${typed}: write it without a space, e.g. ${typed}:…`, valueStart);
  }
  fieldFilter(field, value, valueStart); // throws on a bad value, with its position
  out.push({ kind: 'field', field, value, start, end });
  return end;
}
