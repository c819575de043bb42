/**
 * The Tweede Kamer's OData v4 Zaak entity (gegevensmagazijn `OData/v4/2.0/Zaak`) →
 * `TkZaakRecord`: one entity, or a response whose `value` holds one, with or without
 * `$expand`ed `Kamerstukdossier`, `ZaakActor`, `Document`, `GerelateerdVanuit`,
 * `VervangenVanuit` and `Besluit` (its decisions, with `Besluit($expand=Stemming)` their
 * votes).
 *
 * @module
 */
import {
  changedAt,
  entityIdOf,
  expanded,
  type LocatedEntity,
  linkedIds,
  locateODataEntity,
  warnMissing,
} from './odata-entity.ts';
import { linkedActors, linkedDocument, linkedDossier } from './odata-linked.ts';
import { linkedBesluiten } from './odata-votes.ts';
import type { TkZaakRecord } from './records.ts';
import { booleanOf, dateOf, flagOf, numberOf, stringOf, vergaderjaarOf, volgnummerOf } from './values.ts';

/** Read the Zaak entity `locateODataEntity` found. */
export function zaakRecordOf({ entity }: LocatedEntity): TkZaakRecord {
  const id = entityIdOf(entity, 'Zaak');
  const warnings: string[] = [];
  const verwijderd = booleanOf(entity.Verwijderd);
  const record: TkZaakRecord = {
    origin: 'odata',
    id,
    nummer: numberOf(entity.Nummer, 'zaak', 'Nummer', warnings),
    soort: stringOf(entity.Soort, 'Soort', warnings),
    onderwerp: stringOf(entity.Onderwerp, 'Onderwerp', warnings),
    titel: stringOf(entity.Titel, 'Titel', warnings),
    gestartOp: dateOf(entity.GestartOp, 'GestartOp', warnings),
    termijn: dateOf(entity.Termijn, 'Termijn', warnings),
    vergaderjaar: vergaderjaarOf(entity.Vergaderjaar, 'Vergaderjaar', warnings),
    volgnummer: volgnummerOf(entity.Volgnummer, 'Volgnummer', warnings),
    status: stringOf(entity.Status, 'Status', warnings),
    afgedaan: flagOf(entity.Afgedaan, 'Afgedaan', warnings),
    kabinetsappreciatie: stringOf(entity.Kabinetsappreciatie, 'Kabinetsappreciatie', warnings),
    kamerstukdossiers: expanded(entity, 'Kamerstukdossier').map((item) => linkedDossier(item, warnings)),
    actors: linkedActors(entity, 'ZaakActor'),
    documents: expanded(entity, 'Document').map((item) => linkedDocument(item, warnings)),
    gerelateerdVanuit: linkedIds(entity, 'GerelateerdVanuit'),
    vervangenVanuit: linkedIds(entity, 'VervangenVanuit'),
    besluiten: linkedBesluiten(entity, warnings),
    verwijderd,
    bijgewerkt: changedAt(entity),
    warnings,
  };
  if (!verwijderd) warnMissing(entity, ['Nummer', 'Soort'], warnings);
  return record;
}

/**
 * Read an OData Zaak entity.
 *
 * @throws {ParseError} `unsupported-format` when `json` is not one Zaak entity (another
 *   entity set, a collection of several), `unreadable` when it has no GUID `Id`.
 * @example
 * const zaak = readODataZaak(parseODataJson(body));
 * zaak.nummer; // '2024Z98765'
 * zaak.kamerstukdossiers[0]?.nummer; // '99123' (with $expand=Kamerstukdossier)
 */
export function readODataZaak(json: unknown): TkZaakRecord {
  return zaakRecordOf(locateODataEntity(json, ['Zaak']));
}
