/**
 * The Tweede Kamer's open data about a paper: OData v4 Document entities and SyncFeed
 * entity XML read into typed records (`TkDocumentMeta`), applied over a parsed paper
 * (`applyTkMetadata`: the official record wins) or made into a document of their own
 * (`odataParser`, `syncFeedParser`). Fetches nothing: the connectors hand the records in.
 *
 * @module
 */
export { applyTkMetadata, documentFromTkMetadata } from './apply.ts';
export { joinSyncFeedRecords } from './join.ts';
export { readODataDocument } from './odata.ts';
export { odataParser, syncFeedParser } from './parsers.ts';
export { readSyncFeedEntity, readSyncFeedRecord, TK_NAMESPACE } from './syncfeed.ts';
export type {
  TkDocumentActor,
  TkDocumentMeta,
  TkDocumentVersie,
  TkKamerstukdossier,
  TkOrigin,
  TkSyncRecord,
  TkZaak,
} from './types.ts';
