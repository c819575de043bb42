/**
 * The Tweede Kamer's records of its meetings (schema `tkData` v1-0; OData v4 and
 * SyncFeed alike): an Activiteit (a plenary sitting, a committee debate, a vote…, with
 * its date) and its Agendapunten (the items on its agenda). A Besluit names only the
 * Agendapunt it was taken on; the Agendapunt names its Activiteit, whose `datum` is the
 * day of the decision. The schema's own (camelCase) names, values as given; values that
 * break the schema's rules are `null`, with the reason in `warnings`.
 *
 * @module
 */
import type { TkEntityRecord } from './records.ts';

/** An item on the agenda of an Activiteit (XSD `agendapunt`, OData `Agendapunt`). */
export interface TkAgendapuntRecord extends TkEntityRecord {
  /** The GUID of the Activiteit whose agenda it is on. */
  activiteitId: string | null;
  /** The Activiteit itself, when OData gives it (`$expand=Activiteit`); `null` from a SyncFeed. */
  activiteit: TkActiviteitRecord | null;
  /** Its number in the Kamer's registry, as given. */
  nummer: string | null;
  /** `Stemmingen over moties ingediend bij …`. */
  onderwerp: string | null;
  /** When it starts, as given (`xs:dateTime`, `2024-12-03T15:00:00+01:00`). */
  aanvangstijd: string | null;
  /** When it ends, as given. */
  eindtijd: string | null;
  /** Its place on the agenda. */
  volgorde: number | null;
  /** The heading it stands under, as given. */
  rubriek: string | null;
  noot: string | null;
  /** `Vrijgegeven`, … as given. */
  status: string | null;
}

/** A meeting or other activity of the Kamer (XSD `activiteit`, OData `Activiteit`). */
export interface TkActiviteitRecord extends TkEntityRecord {
  /** The GUID of the committee that leads it. */
  voortouwcommissieId: string | null;
  /** The GUID of the Activiteit it continues. */
  voortgezetVanuitId: string | null;
  /** The GUID of the Activiteit it replaces. */
  vervangenVanuitId: string | null;
  /** `Stemmingen`, `Plenair debat`, `Commissiedebat`, … as given. */
  soort: string | null;
  /** `2024A99050`, as given. */
  nummer: string | null;
  onderwerp: string | null;
  /** How precise its date is: `Dag`, `Week`, `Nog te plannen`, … as given. */
  datumSoort: string | null;
  /** Its day, `yyyy-mm-dd`: the Dutch (Europe/Amsterdam) date of the record's `xs:dateTime`. */
  datum: string | null;
  /** When it starts, as given (`xs:dateTime`). */
  aanvangstijd: string | null;
  /** When it ends, as given. */
  eindtijd: string | null;
  /** `Plenaire zaal`, … */
  locatie: string | null;
  /** Whether it is held behind closed doors; `null` when the record does not say. */
  besloten: boolean | null;
  /** `Gepland`, `Uitgevoerd`, `Verplaatst`, `Geannuleerd`, … as given. */
  status: string | null;
  /** `2024-2025`. */
  vergaderjaar: string | null;
  /** `Tweede Kamer`, as given. */
  kamer: string | null;
  noot: string | null;
  /** Its number in the Kamer's meeting registry: eight digits (`20240123`). */
  vrsNummer: string | null;
  sidVoortouw: string | null;
  /** The leading committee's name (`commissie voor Infrastructuur en Waterstaat`), or `Tweede Kamer`. */
  voortouwnaam: string | null;
  /** `IenW`. */
  voortouwafkorting: string | null;
  voortouwkortenaam: string | null;
  /** `yyyy-mm-dd`, as `datum`. */
  aanvraagdatum: string | null;
  /** `yyyy-mm-dd`. */
  datumVerzoekEersteVerlenging: string | null;
  /** `yyyy-mm-dd`. */
  datumMededelingEersteVerlenging: string | null;
  /** `yyyy-mm-dd`. */
  datumVerzoekTweedeVerlenging: string | null;
  /** `yyyy-mm-dd`. */
  datumMededelingTweedeVerlenging: string | null;
  /** `yyyy-mm-dd`. */
  vervaldatum: string | null;
  /**
   * Its agenda, as OData `$expand=Agendapunt` gives it (withdrawn ones left out). A
   * SyncFeed Activiteit has none here: its Agendapunten name it (`TkAgendapuntRecord.activiteitId`).
   */
  agendapunten: TkAgendapuntRecord[];
}
