/**
 * The Tweede Kamer's OData v4 Besluit, Stemming, Fractie and Persoon entities
 * (gegevensmagazijn `OData/v4/2.0/Besluit`, `…/Stemming`, `…/Fractie`, `…/Persoon`) →
 * their records: one entity, or a response whose `value` holds one. A Besluit with
 * `$expand=Stemming` carries its votes and with `$expand=Zaak` its Zaken (withdrawn
 * ones left out, as every `$expand`); a Stemming names its Besluit, Persoon and Fractie
 * by foreign key (`Besluit_Id`, …) or `$expand`. A Zaak's `$expand=Besluit` is read with
 * `linkedBesluiten`.
 *
 * @module
 */
import {
  changedAt,
  entityIdOf,
  expanded,
  type JsonObject,
  type LocatedEntity,
  linkedIds,
  locateODataEntity,
} from './odata-entity.ts';
import { linkedZaak } from './odata-linked.ts';
import type { TkZaak } from './types.ts';
import { booleanOf, guidOf } from './values.ts';
import { besluitOf, type EntityFields, fractieOf, persoonOf, stemmingOf } from './vote-entities.ts';
import type { TkBesluit, TkFractieRecord, TkPersoonRecord, TkStemming } from './vote-records.ts';

/** The OData names that are not the XSD name with a capital. */
const LABELS: Readonly<Record<string, string>> = { naamNl: 'NaamNL', naamEn: 'NaamEN' };

/**
 * The fields of an OData entity whose GUID is `id`, as the shared readers take them:
 * each XSD name with a capital (`fractieGrootte` → `FractieGrootte`), or as `labels` gives it.
 */
export function odataFields(
  entity: JsonObject,
  id: string,
  labels: Readonly<Record<string, string>> = LABELS,
): EntityFields {
  const pascal = (name: string): string => labels[name] ?? name.charAt(0).toUpperCase() + name.slice(1);
  return {
    origin: 'odata',
    id,
    verwijderd: booleanOf(entity.Verwijderd),
    bijgewerkt: changedAt(entity),
    warnings: [],
    value: (name) => entity[pascal(name)],
    label: pascal,
  };
}

const fieldsOf = (entity: JsonObject, id: string): EntityFields => odataFields(entity, id);

/** The `$expand`ed entities of `key`, read; those without a GUID `Id` are left out with a warning. */
export function nested<T>(
  holder: JsonObject,
  key: string,
  warnings: string[],
  read: (item: JsonObject, id: string) => T,
): T[] {
  return expanded(holder, key).flatMap((item) => {
    const id = guidOf(item.Id);
    if (id !== null) return [read(item, id)];
    warnings.push(`a linked ${key} has no Id (a GUID); it is left out`);
    return [];
  });
}

/** The Zaken a Besluit links: `$expand`ed ones in full, the others by their GUID. */
function zakenOf(entity: JsonObject): TkZaak[] {
  const full = expanded(entity, 'Zaak')
    .map(linkedZaak)
    .filter((zaak) => zaak.id !== null);
  const known = new Set(full.map((zaak) => zaak.id));
  const byId = linkedIds(entity, 'Zaak')
    .filter((id) => !known.has(id))
    .map((id) => ({ id, nummer: null, soort: null, onderwerp: null }));
  return [...full, ...byId];
}

/** A Stemming entity; `besluitId` is the Besluit it is `$expand`ed under, if any. */
function stemmingOfEntity(entity: JsonObject, id: string, besluitId: string | null): TkStemming {
  return stemmingOf(fieldsOf(entity, id), {
    besluitId: linkedIds(entity, 'Besluit')[0] ?? besluitId,
    persoonId: linkedIds(entity, 'Persoon')[0] ?? null,
    fractieId: linkedIds(entity, 'Fractie')[0] ?? null,
    besluitLabel: 'Besluit_Id',
  });
}

function besluitOfEntity(entity: JsonObject, id: string): TkBesluit {
  const fields = fieldsOf(entity, id);
  const stemmingen = nested(entity, 'Stemming', fields.warnings, (item, itemId) => stemmingOfEntity(item, itemId, id));
  return besluitOf(fields, {
    agendapuntId: linkedIds(entity, 'Agendapunt')[0] ?? null,
    zaken: zakenOf(entity),
    stemmingen,
  });
}

/** The decisions of a Zaak's `$expand=Besluit`, with their votes when those are expanded too. */
export function linkedBesluiten(zaak: JsonObject, warnings: string[]): TkBesluit[] {
  return nested(zaak, 'Besluit', warnings, besluitOfEntity);
}

/** Read the Besluit entity `locateODataEntity` found. */
export function besluitRecordOf({ entity }: LocatedEntity): TkBesluit {
  return besluitOfEntity(entity, entityIdOf(entity, 'Besluit'));
}

/** Read the Stemming entity `locateODataEntity` found. */
export function stemmingRecordOf({ entity }: LocatedEntity): TkStemming {
  return stemmingOfEntity(entity, entityIdOf(entity, 'Stemming'), null);
}

/** Read the Fractie entity `locateODataEntity` found. */
export function fractieRecordOf({ entity }: LocatedEntity): TkFractieRecord {
  return fractieOf(fieldsOf(entity, entityIdOf(entity, 'Fractie')));
}

/** Read the Persoon entity `locateODataEntity` found. */
export function persoonRecordOf({ entity }: LocatedEntity): TkPersoonRecord {
  return persoonOf(fieldsOf(entity, entityIdOf(entity, 'Persoon')));
}

/**
 * Read an OData Besluit entity.
 *
 * @throws {ParseError} `unsupported-format` when `json` is not one Besluit entity
 *   (another entity set, a collection of several), `unreadable` when it has no GUID `Id`.
 * @example
 * const besluit = readODataBesluit(parseODataJson(body)); // Besluit(…)?$expand=Stemming
 * decisionOf(besluit).outcome; // 'aangenomen'
 */
export function readODataBesluit(json: unknown): TkBesluit {
  return besluitRecordOf(locateODataEntity(json, ['Besluit']));
}

/**
 * Read an OData Stemming entity.
 *
 * @throws {ParseError} as `readODataBesluit`, for a Stemming.
 * @example
 * const stemming = readODataStemming(parseODataJson(body));
 * [stemming.actorFractie, stemming.soort, stemming.fractieGrootte]; // ['VBP', 'Voor', 9]
 */
export function readODataStemming(json: unknown): TkStemming {
  return stemmingRecordOf(locateODataEntity(json, ['Stemming']));
}

/**
 * Read an OData Fractie entity.
 *
 * @throws {ParseError} as `readODataBesluit`, for a Fractie.
 * @example
 * readODataFractie(parseODataJson(body)).afkorting; // 'VBP'
 */
export function readODataFractie(json: unknown): TkFractieRecord {
  return fractieRecordOf(locateODataEntity(json, ['Fractie']));
}

/**
 * Read an OData Persoon entity.
 *
 * @throws {ParseError} as `readODataBesluit`, for a Persoon.
 * @example
 * readODataPersoon(parseODataJson(body)).naam; // 'C. Voorbeeldlid'
 */
export function readODataPersoon(json: unknown): TkPersoonRecord {
  return persoonRecordOf(locateODataEntity(json, ['Persoon']));
}
