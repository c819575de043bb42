/**
 * Contracts of the search layer: the parsed query, the analyzed query plan that every
 * storage engine compiles, and what a search returns.
 *
 * @module
 */

/** Fields a query may filter on: `dossier:32824`, `type:motie`, `from:2015-01-01`, … */
export type QueryField =
  | 'dossier'
  | 'type'
  | 'from'
  | 'to'
  | 'year'
  | 'sender'
  | 'portfolio'
  | 'topic'
  | 'chamber'
  | 'id'
  | 'outcome'
  | 'votedFor';

/** A node of a parsed query (`parseQuery`). Offsets point into the query string. */
export type QueryNode =
  | { kind: 'word'; text: string; prefix: boolean; start: number; end: number }
  | { kind: 'phrase'; text: string; start: number; end: number }
  | { kind: 'field'; field: QueryField; value: string; start: number; end: number }
  | { kind: 'and'; children: QueryNode[] }
  | { kind: 'or'; children: QueryNode[] }
  | { kind: 'not'; child: QueryNode };

/**
 * What one query word matches, after analysis. A document matches when ANY of `terms`
 * occurs as a term in ANY stream (stems or expansions) of ANY text field, OR when ALL
 * terms of one of `groups` occur (each anywhere: any stream, any field; not
 * necessarily together). `groups` hold the parts of a hyphenated word or of a compound
 * that is not a dictionary word; a group never has fewer than one term.
 * When `prefix` is true, `terms` hold one folded prefix (not stemmed, may contain `-`)
 * and a term matches when it starts with it; `groups` are then empty.
 * Terms are index terms (see `IndexedText`), so an engine can quote them as they are.
 */
export interface TermMatch {
  terms: string[];
  groups: string[][];
  prefix: boolean;
}

/**
 * A filter on a stored field, with its value normalised by `planQuery`:
 * - `dossier`: a dossier key `number[-sub][-SUFFIX]` without spaces, suffix upper case
 *   (`32824`, `21501-32`, `36200-VII`). Matches a document having a dossier whose key
 *   (`number` + (`-suffix` when it has one)) equals the value or starts with value + `-`
 *   (`dossier:21501` finds `21501-32`; `dossier:36200` finds `36200-VII`).
 * - `type`: a slug of `PAPER_TYPES`; equality with `Document.type`.
 * - `from` / `to`: a full date `yyyy-mm-dd` (`from:2015` → `2015-01-01`, `to:2015-02` →
 *   `2015-02-28`); document date ≥ / ≤ value; documents without a date never match.
 * - `year`: `yyyy` = the calendar year of the date (no date: no match); or a
 *   parliamentary year `yyyy-yyyy` = equality with `Document.parliamentaryYear`.
 * - `sender`: lower case; sender role equals it (case-insensitively) OR sender name
 *   contains it (case-insensitively). No sender: no match.
 * - `portfolio`: lower case, single spaces; sender portfolio contains it
 *   (case-insensitively). No portfolio: no match.
 * - `topic`: lower case, single spaces; equality with one of `Document.topics` (lower
 *   case). No topics: no match.
 * - `chamber`: equality with `Document.chamber`.
 * - `id`: as typed; equality with the document's id or its key (`sha256:…`).
 * - `outcome`: what became of the paper's Zaak in the Kamer's last decision on it
 *   (`aangenomen`, `verworpen`, `aangehouden`, `ingetrokken`, `vervallen`).
 * - `votedFor`: a party (its label, lower case) voted for the paper's Zaak in that decision.
 * A `not` of a filter matches every document the filter does not match (also those
 * without the field). `matchesPlan` in `evaluate.ts` is the reference.
 */
export type FieldFilter =
  | { field: 'dossier'; value: string }
  | { field: 'type'; value: string }
  | { field: 'from' | 'to'; value: string }
  | { field: 'year'; value: string }
  | { field: 'sender' | 'portfolio' | 'topic'; value: string }
  | { field: 'chamber'; value: 'tweede-kamer' | 'eerste-kamer' | 'verenigde-vergadering' }
  | { field: 'id'; value: string }
  | { field: 'outcome'; value: string }
  | { field: 'votedFor'; value: string };

/**
 * The analyzed query: what storage engines compile (to an FTS5 MATCH expression and
 * SQL, or to a tsquery and SQL). `match` nodes hold analyzed words (see `TermMatch`);
 * `phrase` nodes the stems of a phrase, which match when they stand adjacent and in
 * order in ONE `stems` stream of one field (never in expansions; a one-stem phrase is a
 * term of a stems stream); `filter` nodes field filters (see `FieldFilter`); `and`,
 * `or`, `not` the usual logic (a top-level `not` means all documents except those);
 * `all` every document. `planQuery` drops stop words from queries that have other
 * words; a stop-word-only query keeps them as `match` terms. The reference semantics
 * is `matchesPlan` (`evaluate.ts`): an engine returns exactly the documents it matches.
 */
export type PlanNode =
  | { kind: 'match'; match: TermMatch }
  | { kind: 'phrase'; stems: string[] }
  | { kind: 'filter'; filter: FieldFilter }
  | { kind: 'and'; children: PlanNode[] }
  | { kind: 'or'; children: PlanNode[] }
  | { kind: 'not'; child: PlanNode }
  /** Matches every document (an empty or stop-word-only query). */
  | { kind: 'all' };

/**
 * The two term streams indexed for each text field (`analyzeText`), each a string of
 * terms separated by single spaces.
 *
 * A term holds only lower-case Unicode letters and digits (`\p{L}`, `\p{N}`), `-` and
 * `(` `)`: never a space, quote, apostrophe, colon, backslash or other punctuation. So
 * each term is ONE token for FTS5 `tokenize = "unicode61 remove_diacritics 0 tokenchars
 * '-()'"` and a valid PostgreSQL lexeme (build the tsvector from the terms, e.g. with
 * `array_to_tsvector` or `'term':pos` literals, not by re-parsing with `to_tsvector`).
 */
export interface IndexedText {
  /**
   * Exactly one term a word, in order, stop words kept (unstemmed): ranking and
   * phrases. A hyphenated word is one term of its part stems joined by `-`.
   */
  stems: string;
  /**
   * Extra terms for recall, each at most once per text: surface forms (folded) where they
   * differ from the stem, compound parts (stemmed), hyphen parts and joins, "(de)"
   * variants, the bare number of `21501-32`. No positions.
   */
  expansions: string;
}

/** The searchable text of a document, one string a field (`documentFields`). */
export interface DocumentFields {
  title: string;
  dossiers: string;
  body: string;
}

/** The analyzed text fields of a document: what an engine indexes (`analyzeDocument`). */
export interface IndexedFields {
  title: IndexedText;
  dossiers: IndexedText;
  body: IndexedText;
}
