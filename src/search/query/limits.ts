/**
 * How much one query may ask for, beyond its length (`MAX_QUERY_LENGTH` in the lexer):
 * at most {@link MAX_QUERY_TERMS} terms (words, phrases, field filters) and at most
 * {@link MAX_PREFIX_TERMS} of them prefixes (`word*`), which read every term they
 * start and cost the most (a two-letter prefix can cost as much as hundreds of words).
 *
 * @module
 */
import { SearchQueryError } from '../errors.ts';
import type { QueryNode } from '../types.ts';

/** Most terms (words, phrases, field filters) in one query. */
export const MAX_QUERY_TERMS = 64;
/** Most prefix terms (`word*`) in one query. */
export const MAX_PREFIX_TERMS = 8;

/** The terms of a query tree, in query order. */
function* termsOf(node: QueryNode): Generator<Extract<QueryNode, { start: number }>> {
  switch (node.kind) {
    case 'and':
    case 'or':
      for (const child of node.children) yield* termsOf(child);
      return;
    case 'not':
      yield* termsOf(node.child);
      return;
    default:
      yield node;
  }
}

/**
 * Refuse a parsed query that holds too many terms or prefixes.
 *
 * @throws {SearchQueryError} at the first term over the limit.
 * @example
 * checkQueryTerms(parseQuery('a* b* c*')); // fine
 */
export function checkQueryTerms(node: QueryNode | null): void {
  if (node === null) return;
  let terms = 0;
  let prefixes = 0;
  for (const term of termsOf(node)) {
    terms++;
    if (terms > MAX_QUERY_TERMS)
      throw new SearchQueryError(`too many terms: more than ${MAX_QUERY_TERMS} in one query`, term.start);
    if (term.kind === 'word' && term.prefix && ++prefixes > MAX_PREFIX_TERMS)
      throw new SearchQueryError(
        `too many prefix searches (word*): more than ${MAX_PREFIX_TERMS} in one query`,
        term.start,
      );
  }
}
