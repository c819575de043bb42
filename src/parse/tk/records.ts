/**
 * The Tweede Kamer's records of the entities around a paper, as its open data states
 * them (OData v4 JSON and SyncFeed entity XML, schema `tkData` v1-0): a Zaak, a
 * Kamerstukdossier and a Toezegging (a commitment a minister made to the Kamer), with
 * the schema's own (camelCase) names. Values that break the schema's rules are `null`,
 * with the reason in the record's `warnings`. The records of decisions, votes, parties
 * and members are in `vote-records.ts`.
 *
 * @module
 */
import type { TkDocumentActor, TkKamerstukdossier, TkOrigin, TkZaak } from './types.ts';
import type { TkBesluit } from './vote-records.ts';

/** What every record of an entity of its own carries. */
export interface TkEntityRecord {
  origin: TkOrigin;
  /** The entity's GUID (lower case). */
  id: string;
  /** The record was withdrawn (OData `Verwijderd`, SyncFeed `tk:verwijderd`). */
  verwijderd: boolean;
  /** When the record last changed, as given (OData `GewijzigdOp`, SyncFeed `tk:bijgewerkt`). */
  bijgewerkt: string | null;
  /** What could not be read from the record, and why. */
  warnings: string[];
}

/** A paper a record links to: an `$expand`ed Document, or one a record names by its number. */
export interface TkDocumentRef {
  /** The Document entity's GUID, when known. */
  id: string | null;
  /** `2024D12345`. */
  documentNummer: string | null;
  /** The officielebekendmakingen id (`kst-99123-5`), from the record or its current DocumentVersie. */
  officialId: string | null;
  soort: string | null;
  titel: string | null;
  /** `yyyy-mm-dd`. */
  datum: string | null;
}

/** A Zaak read as a record of its own (OData `Zaak`): the summary a Document links, and the rest. */
export interface TkZaakRecord extends TkZaak, TkEntityRecord {
  id: string;
  titel: string | null;
  /** When the Zaak was opened, `yyyy-mm-dd`. */
  gestartOp: string | null;
  /** Its deadline, `yyyy-mm-dd`. */
  termijn: string | null;
  /** `2024-2025`. */
  vergaderjaar: string | null;
  /** Its number in its dossier; `null` for none (the record's −1). */
  volgnummer: number | null;
  /** `Vrijgegeven`, … as given. */
  status: string | null;
  /** Whether the Zaak is disposed of; `null` when the record does not say. */
  afgedaan: boolean | null;
  /** The government's view of a motion or amendment (`Ontraden`, `Oordeel Kamer`, …), as given. */
  kabinetsappreciatie: string | null;
  /** The dossier it belongs to (with `$expand=Kamerstukdossier`). */
  kamerstukdossiers: TkKamerstukdossier[];
  /** Who submitted it, or leads it (with `$expand=ZaakActor`). */
  actors: TkDocumentActor[];
  /** Its papers (with `$expand=Document`). */
  documents: TkDocumentRef[];
  /** The GUIDs of the Zaken it is related from (`GerelateerdVanuit`). */
  gerelateerdVanuit: string[];
  /** The GUIDs of the Zaken it replaces (`VervangenVanuit`). */
  vervangenVanuit: string[];
  /** The decisions taken on it (with `$expand=Besluit`, and their votes with `Besluit($expand=Stemming)`). */
  besluiten: TkBesluit[];
}

/** A Kamerstukdossier read as a record of its own (OData `Kamerstukdossier`). */
export interface TkKamerstukdossierRecord extends TkKamerstukdossier, TkEntityRecord {
  id: string;
  citeertitel: string | null;
  /** The highest number of a paper in the dossier so far. */
  hoogsteVolgnummer: number | null;
  /** Whether the dossier is closed; `null` when the record does not say. */
  afgesloten: boolean | null;
  /** `Tweede Kamer`, as given. */
  kamer: string | null;
  /** Its Zaken (with `$expand=Zaak`). */
  zaken: TkZaak[];
  /** Its papers (with `$expand=Document`). */
  documents: TkDocumentRef[];
}

/**
 * Where a Toezegging stands, normalised from the source's `Status`: `Openstaand` is
 * `open`; `Voldaan` and `Afgedaan` (the value the data uses, not in the XSD) are
 * `fulfilled`; `Deels Voldaan` / `Deels Afgedaan` are `partly-fulfilled`; `Vervallen`
 * is `lapsed`. Whether an open one is overdue is not the record's to say.
 */
export type TkToezeggingStatus = 'open' | 'fulfilled' | 'partly-fulfilled' | 'lapsed';

/** The member of government who made the commitment, as the Toezegging names them. */
export interface TkBewindspersoon {
  /** `Naam` as given, else composed from the initials, prefix and surname. */
  naam: string | null;
  /** `minister van Infrastructuur en Waterstaat`, … */
  functie: string | null;
  titulatuur: string | null;
  initialen: string | null;
  voornaam: string | null;
  tussenvoegsel: string | null;
  achternaam: string | null;
  achtervoegsel: string | null;
}

/** The meeting a commitment was made in (OData `Activiteit`; usually a `Commissiedebat`). */
export interface TkActiviteit {
  id: string | null;
  /** `2024A01234`. */
  nummer: string | null;
  soort: string | null;
  onderwerp: string | null;
  /** `yyyy-mm-dd`. */
  datum: string | null;
  /** The committee that leads it, e.g. `Infrastructuur en Waterstaat`. */
  voortouwnaam: string | null;
  voortouwafkorting: string | null;
}

/** A Member the commitment was made to (`ToegezegdAanPersoon`). */
export interface TkPersoon {
  id: string | null;
  /** Initials (else the name they go by), prefix and surname: `C. Voorbeeldlid`. */
  naam: string | null;
  /** The Member's parliamentary group as the record labels it. */
  fractie: string | null;
}

/** A parliamentary group the commitment was made to (`ToegezegdAanFractie`). */
export interface TkFractie {
  id: string | null;
  /** `VVD`, … */
  afkorting: string | null;
  naam: string | null;
}

/** The letter that fulfils a commitment (`KamerbriefNakoming`). */
export interface TkKamerbriefNakoming extends TkDocumentRef {
  /** The record's text, when it names the letter in words or numbers rather than by `$expand`. */
  given: string | null;
}

/** A commitment a member of government made to the Kamer (XSD `toezegging`, OData `Toezegging`). */
export interface TkToezegging extends TkEntityRecord {
  /** `TZ202504-057`. */
  nummer: string | null;
  /** What was promised. */
  tekst: string | null;
  /** When it was recorded, `yyyy-mm-dd`. */
  aanmaakdatum: string | null;
  /** The source's `Status`, as given. */
  status: string | null;
  /** The status normalised; `null` for none or a value Griffie does not know (with a warning). */
  normalisedStatus: TkToezeggingStatus | null;
  /** When it is due, `yyyy-mm-dd`. */
  datumNakoming: string | null;
  /** The letters that fulfil it, as the record names or `$expand`s them (usually none or one). */
  kamerbriefNakoming: TkKamerbriefNakoming[];
  /** `Infrastructuur en Waterstaat`, as given. */
  ministerie: string | null;
  bewindspersoon: TkBewindspersoon | null;
  /** The meeting it was made in: `$expand`ed, or its reference and `ActiviteitNummer`. */
  activiteit: TkActiviteit | null;
  toegezegdAanPersoon: TkPersoon[];
  toegezegdAanFractie: TkFractie[];
  /** The GUIDs of the Toezeggingen it repeats. */
  isHerhalingVan: string[];
  /** The GUIDs of the Toezeggingen it adds to. */
  isAanvullingOp: string[];
  /** The GUIDs of the Toezeggingen it changes. */
  isWijzigingVan: string[];
}
