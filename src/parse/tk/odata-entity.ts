/**
 * Finding the one entity in an OData v4 response of the Tweede Kamer
 * (gegevensmagazijn `OData/v4/2.0/{Set}`) and telling which entity set it is of: by its
 * `@odata.context` or `@odata.type`, else by the properties only that set has (a set
 * told by its properties goes before one told only by the form of its `Nummer`). Shared
 * by the readers of Document, Zaak, Kamerstukdossier, Toezegging, Besluit, Stemming,
 * Fractie, Persoon, Agendapunt and Activiteit records.
 *
 * @module
 */
import { ParseError } from '../errors.ts';
import { booleanOf, guidOf, quoted } from './values.ts';

/** A JSON object. */
export type JsonObject = Record<string, unknown>;

/** The entity sets Griffie reads. */
export type ODataEntitySet =
  | 'Document'
  | 'Zaak'
  | 'Kamerstukdossier'
  | 'Toezegging'
  | 'Besluit'
  | 'Stemming'
  | 'Fractie'
  | 'Persoon'
  | 'Agendapunt'
  | 'Activiteit';

/** The one entity of a response, its set and the response's context URL. */
export interface LocatedEntity {
  entity: JsonObject;
  set: ODataEntitySet;
  context: string | null;
}

/** How an entity is recognised without annotations: properties only its set has, and the form of its `Nummer`. */
const SIGNATURES: Record<ODataEntitySet, { keys: readonly string[]; nummer: (value: unknown) => boolean }> = {
  Document: {
    keys: [
      'DocumentNummer',
      'Aanhangselnummer',
      'DatumRegistratie',
      'KenmerkAfzender',
      'HuidigeDocumentVersie_Id',
      'DocumentVersie',
      'DocumentActor',
    ],
    nummer: () => false,
  },
  Zaak: {
    keys: [
      'GestartOp',
      'Termijn',
      'Afgedaan',
      'Kabinetsappreciatie',
      'HuidigeBehandelstatus',
      'GrootProject',
      'Grondslagvoorhang',
      'ZaakActor',
      'GerelateerdVanuit',
      'GerelateerdNaar',
      'VervangenVanuit',
      'VervangenDoor',
    ],
    nummer: (value) => typeof value === 'string' && /^\d{4}Z\d+$/.test(value),
  },
  Kamerstukdossier: {
    keys: ['HoogsteVolgnummer', 'Afgesloten', 'Toevoeging'],
    nummer: (value) => typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value)),
  },
  Toezegging: {
    keys: [
      'Tekst',
      'Aanmaakdatum',
      'DatumNakoming',
      'KamerbriefNakoming',
      'Ministerie',
      'ActiviteitNummer',
      'Titulatuur',
      'ToegezegdAanPersoon',
      'ToegezegdAanFractie',
      'ToegezegdAan',
      'IsHerhalingVan',
      'IsAanvullingOp',
      'IsWijzigingVan',
    ],
    nummer: (value) => typeof value === 'string' && /^TZ\d/.test(value),
  },
  Besluit: {
    keys: ['StemmingsSoort', 'BesluitSoort', 'BesluitTekst', 'AgendapuntZaakBesluitVolgorde', 'Stemming'],
    nummer: () => false,
  },
  Stemming: {
    keys: ['Besluit_Id', 'FractieGrootte', 'Vergissing', 'SidActorLid', 'SidActorFractie'],
    nummer: () => false,
  },
  Fractie: {
    keys: ['Afkorting', 'NaamNL', 'NaamEN', 'AantalZetels', 'AantalStemmen', 'DatumActief', 'DatumInactief'],
    nummer: () => false,
  },
  Persoon: {
    keys: [
      'Roepnaam',
      'Voornamen',
      'Titels',
      'Geslacht',
      'Geboortedatum',
      'Geboorteplaats',
      'Geboorteland',
      'Overlijdensdatum',
      'Overlijdensplaats',
      'Woonplaats',
      'Fractielabel',
    ],
    nummer: () => false,
  },
  Agendapunt: {
    keys: ['Rubriek', 'Volgorde'],
    nummer: () => false,
  },
  Activiteit: {
    keys: [
      'DatumSoort',
      'Locatie',
      'Besloten',
      'VRSNummer',
      'SidVoortouw',
      'Voortouwnaam',
      'Voortouwafkorting',
      'Voortouwkortenaam',
      'Voortouwcommissie_Id',
      'Aanvraagdatum',
      'Vervaldatum',
    ],
    nummer: (value) => typeof value === 'string' && /^\d{4}A\d+$/.test(value),
  },
};

/** What names a set's entities in a message when nothing else does. */
const HINTS: Record<ODataEntitySet, string> = {
  Document: 'DocumentNummer',
  Zaak: 'Nummer like 2024Z12345',
  Kamerstukdossier: 'HoogsteVolgnummer',
  Toezegging: 'Tekst',
  Besluit: 'BesluitSoort',
  Stemming: 'FractieGrootte',
  Fractie: 'NaamNL',
  Persoon: 'Roepnaam',
  Agendapunt: 'Volgorde',
  Activiteit: 'DatumSoort',
};

const SETS = Object.keys(SIGNATURES) as ODataEntitySet[];

/** Whether `value` is a JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSet(name: string | null): name is ODataEntitySet {
  return name !== null && (SETS as string[]).includes(name);
}

/** `Document`, `Document, Zaak or Toezegging`. */
function listed(sets: readonly string[], conjunction = 'or'): string {
  return sets.length < 2 ? (sets[0] ?? '') : `${sets.slice(0, -1).join(', ')} ${conjunction} ${sets.at(-1)}`;
}

/**
 * The entity set an `@odata.context` names.
 *
 * @example
 * entitySetOfContext('https://…/OData/v4/2.0/$metadata#Document(Zaak(),DocumentActor())/$entity'); // 'Document'
 * entitySetOfContext('https://…/$metadata#Zaak'); // 'Zaak'
 */
export function entitySetOfContext(context: string): string | null {
  const hash = context.indexOf('#');
  if (hash < 0) return null;
  let fragment = context.slice(hash + 1, hash + 2001).replace(/\/\$entity$/, '');
  let previous: string;
  do {
    previous = fragment;
    fragment = fragment.replace(/\([^()]*\)/g, '');
  } while (fragment !== previous);
  const set = fragment.split('/').filter(Boolean).at(-1);
  return set && /^[A-Za-z][\w.]*$/.test(set) ? set : null;
}

/** The sets whose properties the entity has, and the others whose form of `Nummer` it has, in the order of `SETS`. */
function setsByKeys(entity: JsonObject): { byKeys: ODataEntitySet[]; byNummer: ODataEntitySet[] } {
  const byKeys = SETS.filter((set) => SIGNATURES[set].keys.some((key) => key in entity));
  const byNummer = SETS.filter((set) => !byKeys.includes(set) && SIGNATURES[set].nummer(entity.Nummer));
  return { byKeys, byNummer };
}

/** The one element of a response's `value`, or the object itself. */
function singleEntity(json: JsonObject, named: string): JsonObject {
  if (!Array.isArray(json.value)) return json;
  const [first] = json.value;
  if (json.value.length === 0) throw new ParseError('unsupported-format', `the OData response holds no ${named}`);
  if (json.value.length > 1) {
    throw new ParseError(
      'unsupported-format',
      `the OData response holds ${json.value.length} entries; give one ${named} entity at a time`,
    );
  }
  if (!isObject(first))
    throw new ParseError('unsupported-format', `the OData response's value holds no ${named} entity`);
  return first;
}

/** The set an entity without annotations is of, by its properties. */
function setByKeys(entity: JsonObject, accepted: readonly ODataEntitySet[]): ODataEntitySet {
  const { byKeys, byNummer } = setsByKeys(entity);
  const keyed = byKeys.filter((set) => accepted.includes(set));
  const matching = keyed.length > 0 ? keyed : byNummer.filter((set) => accepted.includes(set));
  const found = [...byKeys, ...byNummer];
  const [only] = matching;
  if (only && matching.length === 1) return only;
  const what = listed(accepted);
  if (matching.length > 1) {
    throw new ParseError(
      'unsupported-format',
      `the JSON object has fields of ${listed(matching, 'and')} entities; give its @odata.context to say which it is`,
    );
  }
  const [other] = found;
  if (other) {
    const nummer = SIGNATURES[other].nummer(entity.Nummer) ? ` (${String(entity.Nummer)})` : '';
    throw new ParseError('unsupported-format', `the JSON object is a ${other}${nummer}, not a ${what}`);
  }
  const fields = accepted.length === 1 ? `${HINTS[accepted[0] as ODataEntitySet]} or other ${what} field` : 'fields';
  throw new ParseError(
    'unsupported-format',
    `the JSON object is not a Tweede Kamer ${what} entity (no @odata.context, ${fields})`,
  );
}

/** The entity type an `@odata.type` names (`#TK.DA.GGM.OData.Zaak` → `Zaak`). */
function typeOf(annotation: unknown): string | null {
  if (typeof annotation !== 'string') return null;
  const type = annotation.replace(/^.*[.#]/, '');
  if (/^[A-Za-z]\w{0,80}$/.test(type)) return type;
  throw new ParseError('unsupported-format', `the input's @odata.type ${quoted(annotation)} names no entity type`);
}

/**
 * The one entity of `json`, of one of the `accepted` sets: an entity, or a response
 * whose `value` holds one.
 *
 * @throws {ParseError} `unsupported-format` for what is not a JSON object, an entity of
 *   another set, a response with no entity or several, or an object whose set cannot be told.
 */
export function locateODataEntity(json: unknown, accepted: readonly ODataEntitySet[]): LocatedEntity {
  if (!isObject(json)) throw new ParseError('unsupported-format', 'the input is not an OData entity (a JSON object)');
  const what = listed(accepted);
  const context = typeof json['@odata.context'] === 'string' ? json['@odata.context'] : null;
  const named = context ? entitySetOfContext(context) : null;
  if (named !== null && !(accepted as string[]).includes(named)) {
    throw new ParseError('unsupported-format', `the input is an OData ${named} record, not a ${what}`);
  }
  const entity = singleEntity(json, named ?? what);
  const type = typeOf(entity['@odata.type']);
  if (type !== null && !(accepted as string[]).includes(type)) {
    throw new ParseError('unsupported-format', `the input is an OData ${type} entity, not a ${what}`);
  }
  const stated = type ?? named;
  const set = isSet(stated) ? stated : setByKeys(entity, accepted);
  return { entity, set, context };
}

/** The entity's GUID `Id`, lower case. @throws {ParseError} `unreadable` when it has none. */
export function entityIdOf(entity: JsonObject, set: ODataEntitySet): string {
  const id = guidOf(entity.Id);
  if (id) return id;
  throw new ParseError(
    'unreadable',
    entity.Id === undefined
      ? `the ${set} entity has no Id`
      : `the ${set} entity's Id ${quoted(entity.Id)} is not a GUID`,
  );
}

/** The `$expand`ed entities of a navigation property (one or many), without the withdrawn ones. */
export function expanded(entity: JsonObject, key: string): JsonObject[] {
  const value = entity[key];
  const items = Array.isArray(value) ? value : isObject(value) ? [value] : [];
  return items.filter(isObject).filter((item) => !booleanOf(item.Verwijderd));
}

/**
 * The GUIDs a navigation property points at: its `$expand`ed entities' `Id`s, GUIDs
 * given as text, and the foreign key `{key}_Id`; without duplicates.
 */
export function linkedIds(entity: JsonObject, key: string): string[] {
  const value = entity[key];
  const items: unknown[] = [...(Array.isArray(value) ? value : [value]), entity[`${key}_Id`]];
  const ids = items.map((item) =>
    isObject(item) ? (booleanOf(item.Verwijderd) ? null : guidOf(item.Id)) : guidOf(item),
  );
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

/** When the record last changed: `GewijzigdOp`, else `ApiGewijzigdOp`, as given. */
export function changedAt(entity: JsonObject): string | null {
  for (const key of ['GewijzigdOp', 'ApiGewijzigdOp']) {
    const value = entity[key];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return null;
}

/** A warning for each of `keys` the entity gives no value for. */
export function warnMissing(entity: JsonObject, keys: readonly string[], warnings: string[]): void {
  for (const key of keys) {
    const value = entity[key];
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
      warnings.push(`the record gives no ${key}`);
    }
  }
}
