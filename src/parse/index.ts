/**
 * The parse stage: raw input of any supported format → the document model.
 *
 * @module
 */
export { type DecodedText, decodeText, type TextEncoding } from './decode.ts';
export { ParseError, type ParseErrorCode } from './errors.ts';
export { htmlParser } from './html/index.ts';
export {
  applyCompanionMetadata,
  applyMetadata,
  looksLikeMetadata,
  type OfficialMetadata,
  readMetadata,
} from './metadata/index.ts';
export {
  createPdfParser,
  isPdf,
  type PdfEngine,
  type PdfTextOptions,
  pdfParser,
  pdfText,
  popplerAvailable,
} from './pdf/index.ts';
export {
  type Companions,
  type FormatParser,
  type InputOrigin,
  listParsers,
  parseBytes,
  sha256,
} from './registry.ts';
export { parseText } from './text/index.ts';
export {
  applyTkMetadata,
  documentFromTkMetadata,
  joinSyncFeedRecords,
  odataParser,
  parseODataJson,
  readODataActiviteit,
  readODataAgendapunt,
  readODataBesluit,
  readODataDocument,
  readODataFractie,
  readODataKamerstukdossier,
  readODataPersoon,
  readODataRecord,
  readODataRecords,
  readODataStemming,
  readODataToezegging,
  readODataZaak,
  readSyncFeedEntity,
  readSyncFeedRecord,
  readSyncFeedRecords,
  syncFeedParser,
  TK_NAMESPACE,
  type TkActiviteit,
  type TkActiviteitRecord,
  type TkAgendapuntRecord,
  type TkBesluit,
  type TkBewindspersoon,
  type TkDocumentActor,
  type TkDocumentMeta,
  type TkDocumentRef,
  type TkDocumentVersie,
  type TkFractie,
  type TkFractieRecord,
  type TkKamerbriefNakoming,
  type TkKamerstukdossier,
  type TkKamerstukdossierRecord,
  type TkODataRecord,
  type TkOrigin,
  type TkPersoon,
  type TkPersoonRecord,
  type TkStemming,
  type TkSyncRecord,
  type TkToezegging,
  type TkToezeggingStatus,
  type TkZaak,
  type TkZaakRecord,
} from './tk/index.ts';
export { parseXml, xmlParser } from './xml/index.ts';
