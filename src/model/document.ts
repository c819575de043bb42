/**
 * The parsed document: the one shape every part of Griffie speaks.
 *
 * Mirrors `shared/spec/document.md`. Field names are English camelCase, values keep
 * the Dutch of the source. A field that cannot be determined is `null` (or `[]`),
 * never guessed; the reason goes into `warnings`.
 *
 * @module
 */

/** What kind of publication a document is. */
export type DocumentKind =
  | 'kamerstuk'
  | 'handelingen'
  | 'aanhangsel'
  | 'kamervragen'
  | 'staatsblad'
  | 'staatscourant'
  | 'other';

/** Which chamber published the paper. */
export type Chamber = 'tweede-kamer' | 'eerste-kamer' | 'verenigde-vergadering';

/** A numbered dossier (Kamerstukdossier) as listed in a paper's header. */
export interface Dossier {
  /** Digits without spaces, with a dash-joined sub-number where printed: `32824`, `21501-32`. */
  number: string;
  /** Roman numeral or letter suffix: `VII` for `36 200 VII`, `R2067`. Absent when none. */
  suffix?: string;
  /** The dossier title as printed, or `null` when the header does not give it. */
  title: string | null;
}

/** Who sent a paper. */
export interface Sender {
  /** `minister`, `staatssecretaris`, `minister-president`, `commissie`, `lid`, `leden`, `kamer`, `raad-van-state`, `koning`, ... */
  role: string;
  /** The ministry or committee, e.g. `Sociale Zaken en Werkgelegenheid`. */
  portfolio: string | null;
  /** The name from the signature, when present. */
  name: string | null;
}

/** A name and role from a signature block (or a motion's list of submitters). */
export interface Signatory {
  name: string;
  role: string | null;
  /** A member's parliamentary party, where the paper prints it: "Omtzigt (CDA)" → `CDA`. */
  party?: string;
}

/** The kinds of body block. */
export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote' | 'table' | 'question' | 'answer' | 'text';

/** One unit of the body in reading order. */
export interface Block {
  kind: BlockKind;
  text: string;
  /** Markers of the footnotes this block cites, in order of appearance. */
  footnoteRefs?: string[];
}

/** A footnote, linked from blocks by its marker. */
export interface Footnote {
  marker: string;
  text: string;
}

/** The kinds of publication a reference can point at. */
export type ReferenceKind =
  | 'kamerstuk'
  | 'dossier'
  | 'handelingen'
  | 'aanhangsel'
  | 'kamervragen'
  | 'staatsblad'
  | 'staatscourant'
  | 'ecli'
  | 'bwb'
  | 'motie'
  | 'eu'
  | 'tk-document'
  | 'tk-zaak';

/** A citation of another publication. */
export interface Reference {
  kind: ReferenceKind;
  /** Canonical id: `kst-34052-7`, `dossier-34052`, `h-tk-20192020-97-12`, `stb-2015-123`, ... */
  target: string;
  /** The citation verbatim, as it stands in the text. */
  text: string;
  /** Where the citation stands when not in the body, e.g. `footnote 1`. */
  in?: string;
}

/** A request made to the author that this document answers or mentions. */
export interface Request {
  date: string | null;
  by: string | null;
  asks: string;
  /** The canonical id of the asking paper (a motion, the questions) or the promise's paper, when the text cites it. */
  reference?: string;
  /**
   * What kind of request: a committee's (`committee`), a motion's (`motion`), written
   * questions answered (`question`), an earlier promise this paper fulfils (`commitment`),
   * or `other` (a member's question in a debate, a letter's request).
   */
  kind?: RequestKind;
}

/** The kinds of request. */
export type RequestKind = 'committee' | 'motion' | 'question' | 'commitment' | 'other';

/** A promise of future action made by the author (toezegging). */
export interface Commitment {
  text: string;
  by: string | null;
  /** When, as normalised where the text allows (`2016-07-01`, `2022-Q3`, `2016-H2`, `2016`), else verbatim ("komende maanden"). */
  due: string | null;
  /** The last day the promise can be kept on time (ISO date), when `due` gives one: `voor de zomer van 2016` → `2016-06-30`. */
  deadline?: string;
}

/** A person named in the document. */
export interface Person {
  name: string;
  role: string | null;
}

/** Named entities found in the document. */
export interface Entities {
  persons: Person[];
  places: string[];
  organisations: string[];
}

/** The input formats Griffie reads. */
export type SourceFormat = 'text' | 'pdf' | 'xml' | 'html' | 'odata' | 'syncfeed';

/** Where a document came from. */
export interface Source {
  format: SourceFormat;
  path?: string;
  url?: string;
  /** SHA-256 of the input bytes, hex. */
  sha256: string;
}

/**
 * The paper's identifiers in the Tweede Kamer's own records (OData, SyncFeed), where a
 * source gives them: what links a paper to its Zaak, votes and questions.
 */
export interface ExternalIds {
  /** The Document entity's GUID. */
  tkId?: string;
  /** Its document number, e.g. `2024D12345`. */
  tkDocumentNumber?: string;
  /** The numbers of the Zaken it belongs to, e.g. `2024Z12345`. */
  tkZaken?: string[];
  /** The GUIDs of the Zaak entities it belongs to, where the record names them (a SyncFeed Document does). */
  tkZaakIds?: string[];
}

/** A parsed parliamentary paper. */
export interface Document {
  id: string | null;
  kind: DocumentKind;
  chamber: Chamber | null;
  dossiers: Dossier[];
  number: string | null;
  type: string;
  typeLine: string | null;
  title: string;
  subject: string | null;
  sender: Sender | null;
  addressee: string | null;
  place: string | null;
  date: string | null;
  parliamentaryYear: string | null;
  citation: string | null;
  signatories: Signatory[];
  blocks: Block[];
  footnotes: Footnote[];
  references: Reference[];
  requests: Request[];
  commitments: Commitment[];
  entities: Entities;
  source: Source;
  warnings: string[];
  /** Identifiers in other official records, when a source gives them. */
  external?: ExternalIds;
  /** Set when the source withdrew the paper (SyncFeed `verwijderd`): kept, marked, not dropped. */
  withdrawn?: boolean;
  /** The themes the paper is about (lower case Dutch words, e.g. `integratie`, `marokko`), most central first. */
  topics?: string[];
}
