/**
 * Contracts between the stages of the plain-text parser (internal to `parse/text`).
 *
 * @module
 */
import type { Block, Chamber, DocumentKind, Dossier, Footnote, Sender, Signatory } from '../../model/index.ts';

/** What the header reader found, and where the body starts. */
export interface HeaderResult {
  kind: DocumentKind;
  chamber: Chamber | null;
  dossiers: Dossier[];
  number: string | null;
  typeLine: string | null;
  subject: string | null;
  /** The sender as far as the header tells it (letterhead ministry, "Vragen van het lid ..."). */
  sender: Sender | null;
  addressee: string | null;
  place: string | null;
  /** ISO date. */
  date: string | null;
  /** `2014-2015`, when the header prints it ("Vergaderjaar 2014–2015"). */
  parliamentaryYear: string | null;
  /** The zaak number printed above written questions ("2025Z16880"). */
  zaak: string | null;
  /** Index into the lines where the body starts. */
  bodyStart: number;
  /** The body lines: what the header did not consume, in order (split lines included). */
  body: string[];
  /** Submitters named in the header (motions, amendments, Kamervragen). */
  signatories: Signatory[];
  warnings: string[];
}

/** The shapes of plain text Griffie meets. */
export type TextLayout =
  /** `pdftotext` output: lines wrapped at the page width, hyphenated line ends. */
  | 'pdf'
  /** Copied from an HTML rendering: one paragraph per line. */
  | 'html';

/** What the body reader produced. */
export interface BodyResult {
  blocks: Block[];
  footnotes: Footnote[];
  /** Names and roles from signature blocks, in order. */
  signatories: Signatory[];
  warnings: string[];
}
