/**
 * The Tweede Kamer's OData v4 Toezegging entity (gegevensmagazijn
 * `OData/v4/2.0/Toezegging`) → `TkToezegging`: one entity, or a response whose `value`
 * holds one, with or without `$expand`ed `Activiteit`, `ToegezegdAanPersoon`,
 * `ToegezegdAanFractie` (or v5's `ToegezegdAan` with its `Persoon` and `Fractie`),
 * `KamerbriefNakoming` (the letter, when it is expanded rather than named in text) and
 * the Toezeggingen it repeats, adds to or changes.
 *
 * @module
 */
import {
  changedAt,
  entityIdOf,
  expanded,
  isObject,
  type JsonObject,
  type LocatedEntity,
  linkedIds,
  locateODataEntity,
} from './odata-entity.ts';
import { linkedActiviteit, linkedDocument, linkedFractie, linkedPersoon } from './odata-linked.ts';
import type { TkActiviteit, TkFractie, TkKamerbriefNakoming, TkPersoon, TkToezegging } from './records.ts';
import { kamerbrievenOfText, toezeggingOf } from './toezegging.ts';
import { booleanOf, stringOf } from './values.ts';

/** Whether a property has a value (not `null`, not blank). */
const given = (value: unknown): boolean =>
  value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '');

/** `datumNakoming` → `DatumNakoming`. */
const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** The entities of a navigation property: `$expand`ed ones read in full, the others (a foreign key) by their id. */
function related<T extends { id: string | null }>(
  holder: JsonObject,
  key: string,
  read: (item: JsonObject) => T,
  byId: (id: string) => T,
): T[] {
  const full = expanded(holder, key).map(read);
  const known = new Set(full.map((item) => item.id));
  return [
    ...full,
    ...linkedIds(holder, key)
      .filter((id) => !known.has(id))
      .map(byId),
  ];
}

/** Each entity once: the first of those with the same id. */
function unique<T extends { id: string | null }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    if (item.id === null) return true;
    if (seen.has(item.id)) return false;
    seen.add(item.id);
    return true;
  });
}

const personById = (id: string): TkPersoon => ({ id, naam: null, fractie: null });
const fractieById = (id: string): TkFractie => ({ id, afkorting: null, naam: null });

/** v4's `ToegezegdAanPersoon` / `ToegezegdAanFractie` and v5's `ToegezegdAan` rows. */
function toegezegdAan(entity: JsonObject): { persons: TkPersoon[]; fracties: TkFractie[] } {
  const rows = expanded(entity, 'ToegezegdAan');
  return {
    persons: unique([
      ...related(entity, 'ToegezegdAanPersoon', linkedPersoon, personById),
      ...rows.flatMap((row) => related(row, 'Persoon', linkedPersoon, personById)),
    ]),
    fracties: unique([
      ...related(entity, 'ToegezegdAanFractie', linkedFractie, fractieById),
      ...rows.flatMap((row) => related(row, 'Fractie', linkedFractie, fractieById)),
    ]),
  };
}

function activiteitOf(entity: JsonObject, warnings: string[]): TkActiviteit | null {
  const activiteiten = related(
    entity,
    'Activiteit',
    (item) => linkedActiviteit(item, warnings),
    (id) => ({
      id,
      nummer: null,
      soort: null,
      onderwerp: null,
      datum: null,
      voortouwnaam: null,
      voortouwafkorting: null,
    }),
  );
  if (activiteiten.length > 1) warnings.push(`the record links ${activiteiten.length} Activiteiten; the first is kept`);
  return activiteiten[0] ?? null;
}

/** The letters `KamerbriefNakoming` names in text, or gives as expanded Documents. */
function kamerbrievenOf(entity: JsonObject, warnings: string[]): TkKamerbriefNakoming[] {
  const value = entity.KamerbriefNakoming;
  const items: unknown[] = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
  return items.flatMap((item) => {
    if (isObject(item)) return booleanOf(item.Verwijderd) ? [] : [{ ...linkedDocument(item, warnings), given: null }];
    const text = stringOf(item, 'KamerbriefNakoming', warnings);
    return text === null ? [] : kamerbrievenOfText(text, 'KamerbriefNakoming', warnings);
  });
}

/** Read the Toezegging entity `locateODataEntity` found. */
export function toezeggingRecordOf({ entity }: LocatedEntity): TkToezegging {
  const id = entityIdOf(entity, 'Toezegging');
  const warnings: string[] = [];
  const { persons, fracties } = toegezegdAan(entity);
  return toezeggingOf({
    origin: 'odata',
    id,
    verwijderd: booleanOf(entity.Verwijderd),
    bijgewerkt: changedAt(entity),
    warnings,
    text: (name) => stringOf(entity[pascal(name)], pascal(name), warnings),
    gives: (name) => given(entity[pascal(name)]),
    label: pascal,
    activiteit: activiteitOf(entity, warnings),
    kamerbriefNakoming: kamerbrievenOf(entity, warnings),
    toegezegdAanPersoon: persons,
    toegezegdAanFractie: fracties,
    isHerhalingVan: linkedIds(entity, 'IsHerhalingVan'),
    isAanvullingOp: linkedIds(entity, 'IsAanvullingOp'),
    isWijzigingVan: linkedIds(entity, 'IsWijzigingVan'),
  });
}

/**
 * Read an OData Toezegging entity.
 *
 * @throws {ParseError} `unsupported-format` when `json` is not one Toezegging entity
 *   (another entity set, a collection of several), `unreadable` when it has no GUID `Id`.
 * @example
 * const toezegging = readODataToezegging(parseODataJson(body));
 * [toezegging.nummer, toezegging.normalisedStatus]; // ['TZ202411-012', 'open']
 * toezegging.kamerbriefNakoming[0]?.documentNummer; // '2025D99045', once fulfilled
 */
export function readODataToezegging(json: unknown): TkToezegging {
  return toezeggingRecordOf(locateODataEntity(json, ['Toezegging']));
}
