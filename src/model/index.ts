/**
 * The document model: types and constructors every layer of Griffie speaks.
 * Imports nothing.
 *
 * @module
 */

export { COALITIONS, type CoalitionPeriod, coalitionOn, coalitionsBetween } from './cabinets.ts';
export { titleCaseName, titleCasePortfolio } from './casing.ts';
export type {
  Block,
  BlockKind,
  Chamber,
  Commitment,
  Document,
  DocumentKind,
  Dossier,
  Entities,
  ExternalIds,
  Footnote,
  Person,
  Reference,
  ReferenceKind,
  Request,
  RequestKind,
  Sender,
  Signatory,
  Source,
  SourceFormat,
} from './document.ts';
export { DUTCH_MONTH_ABBREVIATIONS, DUTCH_MONTHS } from './dutch-months.ts';
export { emptyDocument } from './empty.ts';
export { Interner } from './interner.ts';
export {
  aanhangselId,
  dossierKey,
  dossierPrinted,
  handelingenId,
  kamerstukId,
  type OfficialId,
  parseDossierNumber,
  parseOfficialId,
} from './official-id.ts';
export { PAPER_TYPES, type PaperType } from './paper-types.ts';
export { ownString, type SpanInts, SpanIntTable } from './span-int-table.ts';
export {
  decisionOf,
  NAMED_OUTCOMES,
  outcomeOf,
  type TkBesluitFacts,
  type TkDecision,
  type TkMemberVote,
  type TkOutcome,
  type TkPartyVote,
  type TkStemmingFacts,
  type TkVoteCount,
  type TkVoteKind,
  type TkVoteSide,
} from './tk-decision.ts';
