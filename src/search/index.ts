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
export { analyzeBatch, analyzeDocument, analyzeFields, documentFields, draftOfFields } from './fields.ts';
export { planQuery } from './plan.ts';
export { MAX_QUERY_LENGTH } from './query/lexer.ts';
export { MAX_PREFIX_TERMS, MAX_QUERY_TERMS } from './query/limits.ts';
export { parseQuery } from './query/parser.ts';
export { BlockPacker, type BlockRow, unpackBlock } from './segments/blocks.ts';
export { decodeColumns } from './segments/columns.ts';
export { type DocSetFilter, docSetFilterOf, docSetKey, isDocSetFilter } from './segments/doc-sets.ts';
export {
  buildDraft,
  joinDrafts,
  type PackedDraft,
  packDraft,
  type SegmentDraft,
  selectDocs,
  unpackDraft,
} from './segments/draft.ts';
export { BlockMerge, MERGE_FACTOR, type MergePart, partOf, pickMerge, SegmentMerge } from './segments/merge.ts';
export { compareTerms, prefixEnd } from './segments/order.ts';
export {
  ParallelSearch,
  type SearchPort,
  type ShareReply,
  type ShareRequest,
  ShareServer,
} from './segments/parallel.ts';
export { FACET_LIMIT, type IndexAnswer, type IndexQuery, IndexReader } from './segments/reader.ts';
export { type NewSegment, segmentOf } from './segments/segment.ts';
export type { HitOrder, Kept } from './segments/top.ts';
export type {
  DictionaryEntry,
  DocAttributes,
  DocValues,
  FetchRequest,
  FetchResult,
  IndexSource,
  SegmentMeta,
  SegmentPart,
  TermRow,
  ValueKind,
} from './segments/types.ts';
export { attributesOf, dayOf, docValues, valueKey, valuesToNumber } from './segments/values.ts';
export { highlight } from './snippet.ts';
export { CallingWorker, serveCalls, siblingModule, startWorker, type WorkerReply } from './threads.ts';
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
