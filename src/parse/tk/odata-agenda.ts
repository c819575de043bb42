/**
 * The Tweede Kamer's OData v4 Agendapunt and Activiteit entities (gegevensmagazijn
 * `OData/v4/2.0/Agendapunt`, `…/Activiteit`) → their records: one entity, or a response
 * whose `value` holds one. An Agendapunt names its Activiteit by foreign key
 * (`Activiteit_Id`) or carries it with `$expand=Activiteit`; an Activiteit with
 * `$expand=Agendapunt` carries its agenda (withdrawn items left out, as every `$expand`).
 *
 * @module
 */
import { activiteitOf, agendapuntOf } from './agenda-entities.ts';
import type { TkActiviteitRecord, TkAgendapuntRecord } from './agenda-records.ts';
import { entityIdOf, type JsonObject, type LocatedEntity, linkedIds, locateODataEntity } from './odata-entity.ts';
import { nested, odataFields } from './odata-votes.ts';
import type { EntityFields } from './vote-entities.ts';

/** The OData names that are not the XSD name with a capital. */
const LABELS: Readonly<Record<string, string>> = { vrsNummer: 'VRSNummer' };

const fieldsOf = (entity: JsonObject, id: string): EntityFields => odataFields(entity, id, LABELS);

/** An Agendapunt entity; `activiteitId` is the Activiteit it is `$expand`ed under, if any. */
function agendapuntOfEntity(entity: JsonObject, id: string, activiteitId: string | null): TkAgendapuntRecord {
  const fields = fieldsOf(entity, id);
  const [activiteit, ...others] = nested(entity, 'Activiteit', fields.warnings, activiteitOfEntity);
  if (others.length > 0) fields.warnings.push(`the record links ${others.length + 1} Activiteiten; the first is kept`);
  return agendapuntOf(fields, {
    activiteitId: linkedIds(entity, 'Activiteit')[0] ?? activiteitId,
    activiteit: activiteit ?? null,
    activiteitLabel: 'Activiteit_Id',
  });
}

function activiteitOfEntity(entity: JsonObject, id: string): TkActiviteitRecord {
  const fields = fieldsOf(entity, id);
  const agendapunten = nested(entity, 'Agendapunt', fields.warnings, (item, itemId) =>
    agendapuntOfEntity(item, itemId, id),
  );
  return activiteitOf(fields, {
    voortouwcommissieId: linkedIds(entity, 'Voortouwcommissie')[0] ?? null,
    voortgezetVanuitId: linkedIds(entity, 'VoortgezetVanuit')[0] ?? null,
    vervangenVanuitId: linkedIds(entity, 'VervangenVanuit')[0] ?? null,
    agendapunten,
  });
}

/** Read the Agendapunt entity `locateODataEntity` found. */
export function agendapuntRecordOf({ entity }: LocatedEntity): TkAgendapuntRecord {
  return agendapuntOfEntity(entity, entityIdOf(entity, 'Agendapunt'), null);
}

/** Read the Activiteit entity `locateODataEntity` found. */
export function activiteitRecordOf({ entity }: LocatedEntity): TkActiviteitRecord {
  return activiteitOfEntity(entity, entityIdOf(entity, 'Activiteit'));
}

/**
 * Read an OData Agendapunt entity.
 *
 * @throws {ParseError} `unsupported-format` when `json` is not one Agendapunt entity
 *   (another entity set, a collection of several), `unreadable` when it has no GUID `Id`.
 * @example
 * const punt = readODataAgendapunt(parseODataJson(body)); // Agendapunt(…)?$expand=Activiteit
 * [punt.activiteitId, punt.activiteit?.datum]; // ['…', '2024-12-03']
 */
export function readODataAgendapunt(json: unknown): TkAgendapuntRecord {
  return agendapuntRecordOf(locateODataEntity(json, ['Agendapunt']));
}

/**
 * Read an OData Activiteit entity.
 *
 * @throws {ParseError} as `readODataAgendapunt`, for an Activiteit.
 * @example
 * const activiteit = readODataActiviteit(parseODataJson(body)); // Activiteit(…)?$expand=Agendapunt
 * [activiteit.soort, activiteit.datum]; // ['Stemmingen', '2024-12-03']
 */
export function readODataActiviteit(json: unknown): TkActiviteitRecord {
  return activiteitRecordOf(locateODataEntity(json, ['Activiteit']));
}
