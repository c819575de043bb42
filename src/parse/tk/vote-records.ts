/**
 * The Tweede Kamer's records of how a motion, amendment or bill was decided (schema
 * `tkData` v1-0; OData v4 and SyncFeed alike): a Besluit (the decision on an agenda
 * item, with its outcome in words), its Stemmingen (one vote each: a party's, or a
 * member's in a roll call), and the Fractie and Persoon a vote names. The schema's own
 * (camelCase) names, values as given; values that break the schema's rules are `null`,
 * with the reason in `warnings`. `decisionOf` makes a decision's outcome and count of
 * these.
 *
 * @module
 */
import type { TkEntityRecord } from './records.ts';
import type { TkZaak } from './types.ts';

/** A decision on an agenda item (XSD `besluit`, OData `Besluit`). */
export interface TkBesluit extends TkEntityRecord {
  /** The GUID of the Agendapunt it was taken on. */
  agendapuntId: string | null;
  /** The Zaken it decides (a SyncFeed Besluit names them by GUID only; OData with `$expand=Zaak` gives them). */
  zaken: TkZaak[];
  /** How it was voted on: `Met handopsteken`, `Hoofdelijk`, `Zonder stemming`, as given. */
  stemmingsSoort: string | null;
  /** `Stemmen - aangenomen`, `Stemmen - verworpen`, `Ingediend`, …, as given. */
  besluitSoort: string | null;
  /** `Aangenomen.`, `Verworpen.`, `Aangehouden (tijdens vergadering)`, …, as given. */
  besluitTekst: string | null;
  opmerking: string | null;
  /** `Besluit`, `Concept`, as given. */
  status: string | null;
  /** Its place among the decisions on the agenda item's Zaken. */
  agendapuntZaakBesluitVolgorde: number | null;
  /**
   * Its votes, as OData `$expand=Stemming` gives them (withdrawn ones left out). A
   * SyncFeed Besluit has none here: its Stemmingen name it (`TkStemming.besluitId`).
   */
  stemmingen: TkStemming[];
}

/** One vote on a decision: a party's (by show of hands) or a member's (XSD `stemming`, OData `Stemming`). */
export interface TkStemming extends TkEntityRecord {
  /** The GUID of the Besluit voted on. */
  besluitId: string | null;
  /** The GUID of the member who voted: in a roll call, or a member voting apart from the party. */
  persoonId: string | null;
  /** The GUID of the party. */
  fractieId: string | null;
  /** `Voor`, `Tegen`, `Niet deelgenomen`, as given. */
  soort: string | null;
  /** The party's seats when it voted. */
  fractieGrootte: number | null;
  /** Who voted: the party's name in a party's vote, the member's in a member's. */
  actorNaam: string | null;
  /** The party as the record labels it (`VBP`). */
  actorFractie: string | null;
  /** The party or member said afterwards it voted by mistake; `null` when the record does not say. */
  vergissing: boolean | null;
  sidActorLid: string | null;
  sidActorFractie: string | null;
}

/** A parliamentary group (XSD `fractie`, OData `Fractie`). */
export interface TkFractieRecord extends TkEntityRecord {
  /** Its number in the Kamer's registry, as text (`9987`). */
  nummer: string | null;
  /** `VBP`. */
  afkorting: string | null;
  naamNl: string | null;
  naamEn: string | null;
  aantalZetels: number | null;
  /** Its votes at the election. */
  aantalStemmen: number | null;
  /** `yyyy-mm-dd`. */
  datumActief: string | null;
  /** `yyyy-mm-dd`; `null` while it is active. */
  datumInactief: string | null;
}

/** A person: a member of the Kamer, of government, or a former one (XSD `persoon`, OData `Persoon`). */
export interface TkPersoonRecord extends TkEntityRecord {
  /** Initials (else the name they go by), prefix and surname: `C. Voorbeeldlid`. */
  naam: string | null;
  /** Their number in the Kamer's registry, as text (`99871`). */
  nummer: string | null;
  titels: string | null;
  initialen: string | null;
  tussenvoegsel: string | null;
  achternaam: string | null;
  voornamen: string | null;
  /** The name they go by (`Cor`). */
  roepnaam: string | null;
  /** `vrouw`, `man`, as given. */
  geslacht: string | null;
  /** `Tweede Kamerlid`, … */
  functie: string | null;
  /** `yyyy-mm-dd`. */
  geboortedatum: string | null;
  geboorteplaats: string | null;
  geboorteland: string | null;
  /** `yyyy-mm-dd`. */
  overlijdensdatum: string | null;
  overlijdensplaats: string | null;
  woonplaats: string | null;
  land: string | null;
  /** The party as the Kamer labels the member (`Voorbeeldpartij`). */
  fractielabel: string | null;
}
