/**
 * Dutch search: the analyzer (used at index and at query time by every engine), the
 * query language, the query plan engines compile, snippets, and the reference
 * semantics of a plan (`matchesPlan`).
 *
 * @module
 */
export { foldToken, isTerm } from './analyzer/fold.ts';
export { analyzeText, type WordTerms, wordTerms } from './analyzer/index-terms.ts';
export { isStopWord, stemWord } from './analyzer/stem.ts';
export { type Token, tokenize } from './analyzer/tokenize.ts';
export { SearchQueryError } from './errors.ts';
export { type FilterableDocument, filterableOf, matchesPlan } from './evaluate.ts';
export { analyzeDocument, analyzeFields, documentFields } from './fields.ts';
export { planQuery } from './plan.ts';
export { MAX_QUERY_LENGTH } from './query/lexer.ts';
export { parseQuery } from './query/parser.ts';
export { highlight } from './snippet.ts';
export { siblingModule, startWorker } from './threads.ts';
export type {
  DocumentFields,
  FieldFilter,
  IndexedFields,
  IndexedText,
  PlanNode,
  QueryField,
  QueryNode,
  TermMatch,
} from './types.ts';
