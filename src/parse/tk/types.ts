/**
 * The Tweede Kamer's record of a paper, as its open data states it (OData v4 JSON and
 * SyncFeed entity XML, schema `tkData` v1-0): typed, with the schema's own (camelCase)
 * names, values as given. Both readers yield these shapes; `applyTkMetadata` maps a
 * Document's onto the document model. The records of the other entities (Zaak,
 * Kamerstukdossier, Toezegging) are in `records.ts`; of decisions and votes (Besluit,
 * Stemming, Fractie, Persoon) in `vote-records.ts`.
 *
 * @module
 */

import type { TkActiviteitRecord, TkAgendapuntRecord } from './agenda-records.ts';
import type { TkToezegging } from './records.ts';
import type { TkBesluit, TkFractieRecord, TkPersoonRecord, TkStemming } from './vote-records.ts';

/** A Kamerstukdossier (XSD `kamerstukdossier`, OData `Kamerstukdossier`). */
export interface TkKamerstukdossier {
  /** The entity's GUID, when known. */
  id: string | null;
  /** The dossier number (`99123`); `null` when only a reference (GUID) is known. */
  nummer: string | null;
  /** `VII`, `02`, `R2067` as given (parentheses removed); `null` when none. */
  toevoeging: string | null;
  titel: string | null;
}

/** A Zaak the paper belongs to (XSD `zaak`, OData `Zaak`). */
export interface TkZaak {
  id: string | null;
  /** `2024Z12345`; `null` when only a reference (GUID) is known. */
  nummer: string | null;
  soort: string | null;
  onderwerp: string | null;
}

/** A version of the paper's file (XSD `documentVersie`, OData `DocumentVersie`). */
export interface TkDocumentVersie {
  id: string | null;
  versienummer: number | null;
  /** The officielebekendmakingen id of the publication, e.g. `kst-36600-1`. */
  externeIdentifier: string | null;
  /** The file's extension, e.g. `.pdf`. */
  extensie: string | null;
}

/** Who sent, submitted or signed the paper (XSD `documentActor`, OData `DocumentActor`). */
export interface TkDocumentActor {
  id: string | null;
  /** `ActorNaam`: a person's name, or a committee's. */
  naam: string | null;
  /** `Functie`: `minister van Infrastructuur en Waterstaat`, `Tweede Kamerlid`, … */
  functie: string | null;
  /** `ActorFractie`: the parliamentary group, e.g. `VVD`. */
  fractie: string | null;
  /** `Relatie`: `Eerste ondertekenaar`, `Mede ondertekenaar`, `Indiener`, … */
  relatie: string | null;
}

/** Where a record was read from. */
export type TkOrigin = 'odata' | 'syncfeed';

/** The Tweede Kamer's record of one paper (a Document entity). */
export interface TkDocumentMeta {
  origin: TkOrigin;
  /** The Document entity's GUID (lower case). */
  id: string;
  /** `Brief regering`, `Motie`, `Schriftelijke vragen`, … */
  soort: string | null;
  /** `2024D12345`, as given. */
  documentNummer: string | null;
  titel: string | null;
  onderwerp: string | null;
  /** The paper's date, `yyyy-mm-dd` (the calendar date as written, not converted to UTC). */
  datum: string | null;
  /** The paper's number in its dossier; `null` for none (the record's −1). */
  volgnummer: number | null;
  /** `2024-2025`. */
  vergaderjaar: string | null;
  /** The Aanhangsel number as given (`242501244`: year 2024-2025, nr. 1244). */
  aanhangselnummer: string | null;
  /** The dossiers the record links, in its order (`applyTkMetadata` puts the one the paper is numbered in first). */
  kamerstukdossiers: TkKamerstukdossier[];
  zaken: TkZaak[];
  /** The current version of the paper's file, when the record gives it. */
  documentVersie: TkDocumentVersie | null;
  actors: TkDocumentActor[];
  /** The record was withdrawn (OData `Verwijderd`, SyncFeed `tk:verwijderd`). */
  verwijderd: boolean;
  /** When the record last changed, as given (OData `GewijzigdOp`, SyncFeed `tk:bijgewerkt`). */
  bijgewerkt: string | null;
  /** Where the paper's file can be fetched, when the record says it has one. */
  resourceUrl: string | null;
  /** The file's media type (`ContentType`, `tk:contentType`). */
  contentType: string | null;
  /** What could not be read from the record, and why. */
  warnings: string[];
}

/** What every SyncFeed entity carries. */
interface TkSyncBase {
  /** The entity's GUID (lower case). */
  id: string;
  verwijderd: boolean;
  bijgewerkt: string | null;
}

/**
 * One SyncFeed entity Griffie reads. A SyncFeed Document names its dossier, Zaken and
 * current version only by reference; the other entities resolve them
 * (`joinSyncFeedRecords`).
 */
export type TkSyncRecord =
  | (TkSyncBase & { entity: 'document'; meta: TkDocumentMeta })
  | (TkSyncBase & { entity: 'kamerstukdossier'; kamerstukdossier: TkKamerstukdossier })
  | (TkSyncBase & { entity: 'zaak'; zaak: TkZaak; kamerstukdossierRef: string | null })
  | (TkSyncBase & { entity: 'documentVersie'; documentVersie: TkDocumentVersie; documentRef: string | null })
  | (TkSyncBase & { entity: 'documentActor'; actor: TkDocumentActor; documentRef: string | null })
  | (TkSyncBase & { entity: 'toezegging'; toezegging: TkToezegging })
  | (TkSyncBase & { entity: 'besluit'; besluit: TkBesluit })
  | (TkSyncBase & { entity: 'stemming'; stemming: TkStemming })
  | (TkSyncBase & { entity: 'fractie'; fractie: TkFractieRecord })
  | (TkSyncBase & { entity: 'persoon'; persoon: TkPersoonRecord })
  | (TkSyncBase & { entity: 'agendapunt'; agendapunt: TkAgendapuntRecord })
  | (TkSyncBase & { entity: 'activiteit'; activiteit: TkActiviteitRecord });
