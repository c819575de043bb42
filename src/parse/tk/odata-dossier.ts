/**
 * The Tweede Kamer's OData v4 Kamerstukdossier entity (gegevensmagazijn
 * `OData/v4/2.0/Kamerstukdossier`) → `TkKamerstukdossierRecord`: one entity, or a
 * response whose `value` holds one, with or without `$expand`ed `Zaak` and `Document`.
 *
 * @module
 */
import { changedAt, entityIdOf, expanded, type LocatedEntity, locateODataEntity, warnMissing } from './odata-entity.ts';
import { linkedDocument, linkedZaak } from './odata-linked.ts';
import type { TkKamerstukdossierRecord } from './records.ts';
import { booleanOf, countOf, dossierNummerOf, flagOf, quoted, stringOf, toevoegingOf } from './values.ts';

/** Read the Kamerstukdossier entity `locateODataEntity` found. */
export function kamerstukdossierRecordOf({ entity }: LocatedEntity): TkKamerstukdossierRecord {
  const id = entityIdOf(entity, 'Kamerstukdossier');
  const warnings: string[] = [];
  const verwijderd = booleanOf(entity.Verwijderd);
  const nummer = dossierNummerOf(entity.Nummer);
  if (nummer === null && entity.Nummer !== null && entity.Nummer !== undefined) {
    warnings.push(`the record's Nummer ${quoted(entity.Nummer)} is not a dossier number`);
  }
  const record: TkKamerstukdossierRecord = {
    origin: 'odata',
    id,
    nummer,
    toevoeging: toevoegingOf(stringOf(entity.Toevoeging, 'Toevoeging', warnings)),
    titel: stringOf(entity.Titel, 'Titel', warnings),
    citeertitel: stringOf(entity.Citeertitel, 'Citeertitel', warnings),
    hoogsteVolgnummer: countOf(entity.HoogsteVolgnummer, 'HoogsteVolgnummer', warnings),
    afgesloten: flagOf(entity.Afgesloten, 'Afgesloten', warnings),
    kamer: typeof entity.Kamer === 'number' ? String(entity.Kamer) : stringOf(entity.Kamer, 'Kamer', warnings),
    zaken: expanded(entity, 'Zaak').map(linkedZaak),
    documents: expanded(entity, 'Document').map((item) => linkedDocument(item, warnings)),
    verwijderd,
    bijgewerkt: changedAt(entity),
    warnings,
  };
  if (!verwijderd) warnMissing(entity, ['Nummer', 'Titel'], warnings);
  return record;
}

/**
 * Read an OData Kamerstukdossier entity.
 *
 * @throws {ParseError} `unsupported-format` when `json` is not one Kamerstukdossier
 *   entity (another entity set, a collection of several), `unreadable` when it has no GUID `Id`.
 * @example
 * const dossier = readODataKamerstukdossier(parseODataJson(body));
 * [dossier.nummer, dossier.toevoeging]; // ['99200', 'VII']
 */
export function readODataKamerstukdossier(json: unknown): TkKamerstukdossierRecord {
  return kamerstukdossierRecordOf(locateODataEntity(json, ['Kamerstukdossier']));
}
