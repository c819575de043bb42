/**
 * The Tweede Kamer's open data: OData v4 entities and SyncFeed entity XML read into
 * typed records. A paper's record (`TkDocumentMeta`) is applied over a parsed paper
 * (`applyTkMetadata`: the official record wins) or made into a document of its own
 * (`odataParser`, `syncFeedParser`); the records of Zaken, Kamerstukdossiers,
 * Toezeggingen, and of decisions and votes (Besluit, Stemming, Fractie, Persoon)
 * (`readODataRecord`, `readSyncFeedRecord`) are for a sync to store; what became of a
 * motion or amendment is told from a Besluit and its Stemmingen by the model's
 * `decisionOf`. Fetches nothing: the connectors hand the records in.
 *
 * @module
 */
export type { TkActiviteitRecord, TkAgendapuntRecord } from './agenda-records.ts';
export { applyTkMetadata, documentFromTkMetadata } from './apply.ts';
export { joinSyncFeedRecords } from './join.ts';
export { parseODataJson } from './json-text.ts';
export { readODataDocument } from './odata.ts';
export { readODataActiviteit, readODataAgendapunt } from './odata-agenda.ts';
export { readODataKamerstukdossier } from './odata-dossier.ts';
export { readODataRecord, readODataRecords, type TkODataRecord } from './odata-record.ts';
export { readODataToezegging } from './odata-toezegging.ts';
export { readODataBesluit, readODataFractie, readODataPersoon, readODataStemming } from './odata-votes.ts';
export { readODataZaak } from './odata-zaak.ts';
export { odataParser, syncFeedParser } from './parsers.ts';
export type {
  TkActiviteit,
  TkBewindspersoon,
  TkDocumentRef,
  TkFractie,
  TkKamerbriefNakoming,
  TkKamerstukdossierRecord,
  TkPersoon,
  TkToezegging,
  TkToezeggingStatus,
  TkZaakRecord,
} from './records.ts';
export { readSyncFeedEntity, readSyncFeedRecord, readSyncFeedRecords } from './syncfeed.ts';
export { TK_NAMESPACE } from './syncfeed-fields.ts';
export type {
  TkDocumentActor,
  TkDocumentMeta,
  TkDocumentVersie,
  TkKamerstukdossier,
  TkOrigin,
  TkSyncRecord,
  TkZaak,
} from './types.ts';
export type { TkBesluit, TkFractieRecord, TkPersoonRecord, TkStemming } from './vote-records.ts';
