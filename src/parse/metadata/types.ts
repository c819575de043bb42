/**
 * The metadata officielebekendmakingen publishes beside every publication, typed: the
 * same fields whether they were read from `metadata.xml`, `metadata_owms.xml` or an SRU
 * search record.
 *
 * @module
 */
import type { Chamber, DocumentKind, Dossier } from '../../model/index.ts';

/** One metadata value as the file gives it. */
export interface MetadataProperty {
  /** `DC.identifier`, `OVERHEIDop.dossiernummer`; element names (owms, SRU) lower-cased: `dcterms:identifier`. */
  name: string;
  /** The `scheme` (or an SRU `itemUrl`'s `manifestation`), when given. */
  scheme: string | null;
  value: string;
}

/** Links to a publication's manifestations (from an SRU record's `enrichedData`). */
export interface PublicationUrls {
  /** The page on zoek.officielebekendmakingen.nl. */
  preferred: string | null;
  /** By manifestation: `xml`, `html`, `pdf`, `odt`, `metadata`, `metadataowms`. */
  items: Record<string, string>;
}

/** A publication's metadata. A field the file does not give is `null` (or empty). */
export interface OfficialMetadata {
  /** `DC.identifier`: `kst-32824-93`, `h-tk-20172018-70-6`, `gmb-2024-216934`. */
  identifier: string | null;
  /** What kind of publication, from the identifier (else the publication name). */
  kind: DocumentKind | null;
  /** The chamber that published it, from `DC.creator` or the identifier. */
  chamber: Chamber | null;
  /** `DC.title`. */
  title: string | null;
  /** `DC.type`: the most specific one given (a rubric, a kind of Kamerstuk), not the information type. */
  type: string | null;
  /** `DC.creator`. */
  creator: string | null;
  /** `DCTERMS.publisher`. */
  publisher: string | null;
  /** `DCTERMS.language`. */
  language: string | null;
  /** `DCTERMS.issued`, ISO date. */
  issued: string | null;
  /** `DCTERMS.available`, ISO date. */
  available: string | null;
  /** `DCTERMS.modified`, ISO date. */
  modified: string | null;
  /** `OVERHEIDop.publicationName` (SRU `publicatienaam`): `Kamerstuk`, `Handelingen`, `Gemeenteblad`. */
  publicationName: string | null;
  /** `OVERHEIDop.publicationIssue` (SRU `publicatienummer`). */
  publicationIssue: string | null;
  /** `OVERHEIDop.jaargang`. */
  volume: string | null;
  /** `OVERHEID.organisationType`: `gemeente`, `provincie`, … */
  organisationType: string | null;
  /** `OVERHEID.authority`. */
  authority: string | null;
  /** `OVERHEID.category` (owms and SRU: `subject`). */
  category: string | null;
  /** `OVERHEIDop.dossiernummer` (several separated by ";", with their toevoeging), titled by `dossiertitel`. */
  dossiers: Dossier[];
  /** `OVERHEIDop.ondernummer`: the number in the (first) dossier. */
  number: string | null;
  /** `OVERHEIDop.documenttitel`: what the paper is about. */
  documentTitle: string | null;
  /** `OVERHEIDop.indiener`, every one. */
  submitters: string[];
  /** `OVERHEIDop.ontvanger`. */
  recipient: string | null;
  /** `OVERHEIDop.vergaderjaar` as `2014-2015`. */
  parliamentaryYear: string | null;
  /** `OVERHEIDop.vraagnummer`: the Tweede Kamer's zaak number of written questions. */
  questionNumber: string | null;
  /** `OVERHEIDop.aanhangsel`: the Aanhangsel that answers written questions. */
  aanhangsel: string[];
  /** `OVERHEIDop.datumBrief`, ISO date. */
  letterDate: string | null;
  /** `OVERHEIDop.datumIndiening`, ISO date. */
  submittedDate: string | null;
  /** `OVERHEIDop.datumOntvangst`, ISO date. */
  receivedDate: string | null;
  /** `OVERHEIDop.datumVergadering`, ISO date. */
  meetingDate: string | null;
  /** `OVERHEIDop.behandeldDossier` verbatim: a dossier (`35925-VII`) or a Kamerstuk (`35899;7`). */
  handledDossiers: string[];
  urls: PublicationUrls;
  /** Every value read, for what has no field here. */
  properties: MetadataProperty[];
}
