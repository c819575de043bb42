/**
 * What the archive keeps of the Tweede Kamer's decisions (`VoteStore`, `store.votes`):
 * the synced records of Zaken, Besluiten, Stemmingen, Fracties, Personen, Agendapunten,
 * Activiteiten and DocumentVersies (which tie a Kamer Document to its publication's id),
 * and what is computed from them: each Besluit's decision with its
 * votes, each Zaak's outcome, and the papers they belong to.
 *
 * @module
 */
import type { TkDecision, TkOutcome, TkVoteSide } from '../model/index.ts';
import type { Page, PageRequest } from './types.ts';

/** The kinds of record the votes keep. */
export type TkRecordKind =
  | 'zaak'
  | 'besluit'
  | 'stemming'
  | 'fractie'
  | 'persoon'
  | 'agendapunt'
  | 'activiteit'
  | 'documentversie';

/** The kinds in the order a page of records is written. */
export const TK_RECORD_KINDS: readonly TkRecordKind[] = [
  'zaak',
  'besluit',
  'stemming',
  'fractie',
  'persoon',
  'agendapunt',
  'activiteit',
  'documentversie',
];

/**
 * One synced record. `record` is the parse layer's record of its kind (`TkZaakRecord`
 * or a SyncFeed `TkZaak`, `TkBesluit`, `TkStemming`, ...); the votes read the fields
 * they need by name and keep the whole record as JSON.
 */
export interface TkRecordInput {
  kind: TkRecordKind;
  id: string;
  verwijderd: boolean;
  bijgewerkt: string | null;
  record: Readonly<Record<string, unknown>>;
  /**
   * For a Zaak: the papers its record names (the officielebekendmakingen ids of its
   * Documents, from OData `$expand=Document`), each linked to the Zaak.
   */
  papers?: readonly string[];
}

/** What a write of records did to each: a record older than the stored one is `unchanged`. */
export type TkPutOutcome = 'added' | 'updated' | 'unchanged';

/** A Zaak as the votes show it. */
export interface ZaakSummary {
  id: string;
  nummer: string | null;
  soort: string | null;
  titel: string | null;
  onderwerp: string | null;
  /** The government's view of a motion or amendment (`Ontraden`, `Oordeel Kamer`), as given. */
  kabinetsappreciatie: string | null;
}

/** A decision with what the archive knows around it. */
export interface StoredDecision extends TkDecision {
  /** The day it was taken (the Activiteit of its Agendapunt), `yyyy-mm-dd`; null when not synced. */
  date: string | null;
  /** Its place among the decisions on its agenda item. */
  volgorde: number | null;
  /** The Besluit's last change, as given. */
  bijgewerkt: string | null;
}

/** The decisions on a paper's Zaken, oldest first, and its outcome: the last one with one. */
export interface PaperVotes {
  zaken: ZaakSummary[];
  decisions: StoredDecision[];
  /** The outcome of the last decision that has one (not `overig`); null for none yet. */
  outcome: TkOutcome | null;
  /** That decision's Besluit GUID. */
  final: string | null;
}

/** A paper with a decision, as lists show it. */
export interface DecidedPaper {
  /** The paper's id (`kst-36600-12`), else its key. */
  id: string;
  title: string;
  type: string;
  date: string | null;
  zaak: ZaakSummary;
  besluit: string;
  outcome: TkOutcome;
  decidedOn: string | null;
}

/** A party's vote on a paper. */
export interface PartyVoteRow extends DecidedPaper {
  side: TkVoteSide;
  seats: number | null;
}

/** A party that voted, with its count of decisions. */
export interface PartySummary {
  party: string;
  /** The party's name from its Fractie record, when synced. */
  name: string | null;
  votes: number;
}

/** A period of decisions (`yyyy-mm-dd`, inclusive; either open). */
export interface VotePeriod {
  from?: string;
  to?: string;
}

/** How often parties voted alike over the decisions of a period. */
export interface VoteAgreement {
  /** The parties, most decisions first. */
  parties: string[];
  /** The decisions with a vote by party in the period. */
  decisions: number;
  /**
   * `agree[i][j]`: the share (0–1) of the decisions both `parties[i]` and `parties[j]`
   * voted on (for or against) where they voted alike; null when they never both voted.
   */
  agree: Array<Array<number | null>>;
  /** `together[i][j]`: the decisions both voted on. */
  together: number[][];
  /** With the coalition given: each party's share of decisions where it voted as the coalition's majority did. */
  withCoalition: Array<number | null> | null;
}

/** The Tweede Kamer's decisions and votes of one archive. */
export interface VoteStore {
  /**
   * Write a page of records in one transaction, each replacing an older version of
   * itself (a record not newer than the stored one is left), and recompute the decisions
   * they touch. One outcome per record, in order.
   */
  putRecords(records: TkRecordInput[]): Promise<TkPutOutcome[]>;
  /** The decisions on a paper (by id or key); null when the archive has no such paper. */
  ofPaper(id: string): Promise<PaperVotes | null>;
  /** The decided papers of a dossier, newest decision first. */
  ofDossier(key: string, page?: PageRequest): Promise<Page<DecidedPaper>>;
  /** How a party (its label as the votes give it: `VVD`, any case) voted, newest first. */
  ofParty(party: string, period?: VotePeriod, page?: PageRequest): Promise<Page<PartyVoteRow>>;
  /** The parties that voted in a period, most decisions first. */
  parties(period?: VotePeriod): Promise<PartySummary[]>;
  /** How often the parties voted alike in a period; `coalition`: the parties of the government. */
  agreement(period?: VotePeriod, coalition?: readonly string[]): Promise<VoteAgreement>;
  /** How many records of each kind are kept (withdrawn ones left out), and decisions. */
  counts(): Promise<Record<TkRecordKind | 'decisions', number>>;
}
