/**
 * The Tweede Kamer's OData v4 Document entity (gegevensmagazijn `OData/v4/2.0/Document`)
 * → `TkDocumentMeta`: one entity, or a response whose `value` holds one, with or without
 * `$expand`ed `Zaak`, `Kamerstukdossier`, `DocumentVersie` and `DocumentActor`.
 *
 * @module
 */
import { ParseError } from '../errors.ts';
import type { TkDocumentActor, TkDocumentMeta, TkDocumentVersie, TkKamerstukdossier, TkZaak } from './types.ts';
import {
  booleanOf,
  currentVersion,
  dateOf,
  dossierNummerOf,
  guidOf,
  integerOf,
  quoted,
  textOf,
  toevoegingOf,
  vergaderjaarOf,
  volgnummerOf,
} from './values.ts';

type JsonObject = Record<string, unknown>;

/** The service root of the Tweede Kamer's OData API, for records that do not state it. */
const DEFAULT_SERVICE_ROOT = 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/';

/** Properties only a Document entity has: how a `value` element without annotations is recognised. */
const DOCUMENT_ONLY = [
  'DocumentNummer',
  'Aanhangselnummer',
  'DatumRegistratie',
  'KenmerkAfzender',
  'HuidigeDocumentVersie_Id',
  'DocumentVersie',
  'DocumentActor',
];

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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

/** Where the API's URLs start, from the context URL (`…/OData/v4/2.0/$metadata#…`). */
function serviceRootOf(context: string | null): string {
  const at = context ? context.indexOf('$metadata') : -1;
  if (!context || at < 0) return DEFAULT_SERVICE_ROOT;
  const root = context.slice(0, at);
  return /^https?:\/\//.test(root) ? root : DEFAULT_SERVICE_ROOT;
}

/** The one Document entity in `json`, and the service root its links are relative to. */
function documentEntityOf(json: unknown): { entity: JsonObject; serviceRoot: string } {
  if (!isObject(json)) throw new ParseError('unsupported-format', 'the input is not an OData entity (a JSON object)');
  const context = typeof json['@odata.context'] === 'string' ? json['@odata.context'] : null;
  const set = context ? entitySetOfContext(context) : null;
  if (set !== null && set !== 'Document') {
    throw new ParseError('unsupported-format', `the input is an OData ${set} record, not a Document`);
  }
  let entity: JsonObject = json;
  if (Array.isArray(json.value)) {
    const [first] = json.value;
    if (json.value.length !== 1 || !isObject(first)) {
      throw new ParseError(
        'unsupported-format',
        json.value.length === 0
          ? 'the OData response holds no Document'
          : `the OData response holds ${json.value.length} entries; give one Document entity at a time`,
      );
    }
    entity = first;
  }
  const type = entity['@odata.type'];
  if (typeof type === 'string' && !/(?:^|[.#])Document$/.test(type)) {
    throw new ParseError(
      'unsupported-format',
      `the input is an OData ${type.replace(/^.*[.#]/, '')} entity, not a Document`,
    );
  }
  if (set === null && typeof type !== 'string' && !DOCUMENT_ONLY.some((key) => key in entity)) {
    const zaak = typeof entity.Nummer === 'string' && /^\d{4}Z\d+$/.test(entity.Nummer);
    throw new ParseError(
      'unsupported-format',
      zaak
        ? `the JSON object is a Zaak (${entity.Nummer}), not a Document`
        : 'the JSON object is not a Tweede Kamer Document entity (no @odata.context, DocumentNummer or other Document field)',
    );
  }
  return { entity, serviceRoot: serviceRootOf(context) };
}

/** The `$expand`ed entities of a navigation property, without the withdrawn ones. */
function expanded(entity: JsonObject, key: string): JsonObject[] {
  const value = entity[key];
  const items = Array.isArray(value) ? value : isObject(value) ? [value] : [];
  return items.filter(isObject).filter((item) => !booleanOf(item.Verwijderd));
}

function readDossier(item: JsonObject, warnings: string[]): TkKamerstukdossier {
  const nummer = dossierNummerOf(item.Nummer);
  if (nummer === null) warnings.push(`a linked Kamerstukdossier has no usable Nummer (${quoted(item.Nummer)})`);
  return { id: guidOf(item.Id), nummer, toevoeging: toevoegingOf(item.Toevoeging), titel: textOf(item.Titel) };
}

function readZaak(item: JsonObject): TkZaak {
  return {
    id: guidOf(item.Id),
    nummer: textOf(item.Nummer),
    soort: textOf(item.Soort),
    onderwerp: textOf(item.Onderwerp),
  };
}

function readVersie(item: JsonObject): TkDocumentVersie {
  return {
    id: guidOf(item.Id),
    versienummer: integerOf(item.Versienummer),
    externeIdentifier: textOf(item.ExterneIdentifier),
    extensie: textOf(item.Extensie),
  };
}

function readActor(item: JsonObject): TkDocumentActor {
  return {
    id: guidOf(item.Id),
    naam: textOf(item.ActorNaam),
    functie: textOf(item.Functie),
    fractie: textOf(item.ActorFractie),
    relatie: textOf(item.Relatie),
  };
}

/** An http(s) URL, resolved against the service root; `null` for anything else. */
function httpUrl(link: unknown, base: string): string | null {
  if (typeof link !== 'string') return null;
  try {
    const url = new URL(link, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The file's URL: the Resource action's target (`odata.metadata=full`), the media link,
 * or, when the record says it has a file (`ContentType`), the documented
 * `Document({Id})/resource`.
 */
function resourceUrlOf(entity: JsonObject, id: string, serviceRoot: string, contentType: string | null): string | null {
  const action = entity['#TK.DA.GGM.OData.Resource'];
  const given = httpUrl(isObject(action) ? action.target : undefined, serviceRoot);
  if (given) return given;
  const media = httpUrl(entity['@odata.mediaReadLink'], serviceRoot);
  if (media) return media;
  return contentType ? `${serviceRoot}Document(${id})/resource` : null;
}

/**
 * Read an OData Document entity.
 *
 * @throws {ParseError} `unsupported-format` when `json` is not one Document entity (another
 *   entity set, a collection of several), `unreadable` when it has no GUID `Id`.
 * @example
 * const meta = readODataDocument(JSON.parse(body));
 * meta.documentNummer; // '2024D45001'
 * meta.kamerstukdossiers[0]?.nummer; // '99123' (with $expand=Kamerstukdossier)
 */
export function readODataDocument(json: unknown): TkDocumentMeta {
  const { entity, serviceRoot } = documentEntityOf(json);
  const id = guidOf(entity.Id);
  if (!id) {
    throw new ParseError(
      'unreadable',
      entity.Id === undefined
        ? 'the Document entity has no Id'
        : `the Document entity's Id ${quoted(entity.Id)} is not a GUID`,
    );
  }
  const warnings: string[] = [];
  const verwijderd = booleanOf(entity.Verwijderd);
  const contentType = textOf(entity.ContentType);
  const versions = expanded(entity, 'DocumentVersie').map(readVersie);
  const meta: TkDocumentMeta = {
    origin: 'odata',
    id,
    soort: textOf(entity.Soort),
    documentNummer: textOf(entity.DocumentNummer),
    titel: textOf(entity.Titel),
    onderwerp: textOf(entity.Onderwerp),
    datum: dateOf(entity.Datum, 'Datum', warnings),
    volgnummer: volgnummerOf(entity.Volgnummer, 'Volgnummer', warnings),
    vergaderjaar: vergaderjaarOf(entity.Vergaderjaar, 'Vergaderjaar', warnings),
    aanhangselnummer: textOf(
      typeof entity.Aanhangselnummer === 'number' ? String(entity.Aanhangselnummer) : entity.Aanhangselnummer,
    ),
    kamerstukdossiers: expanded(entity, 'Kamerstukdossier').map((item) => readDossier(item, warnings)),
    zaken: expanded(entity, 'Zaak').map(readZaak),
    documentVersie: currentVersion(versions, guidOf(entity.HuidigeDocumentVersie_Id)),
    actors: expanded(entity, 'DocumentActor')
      .map(readActor)
      .filter((actor) => actor.naam !== null || actor.functie !== null),
    verwijderd,
    bijgewerkt: textOf(entity.GewijzigdOp) ?? textOf(entity.ApiGewijzigdOp),
    resourceUrl: resourceUrlOf(entity, id, serviceRoot, contentType),
    contentType,
    warnings,
  };
  if (!verwijderd) {
    for (const [field, value] of [
      ['Soort', meta.soort],
      ['DocumentNummer', meta.documentNummer],
      ['Datum', entity.Datum],
    ] as const) {
      if (value === null || value === undefined) warnings.push(`the record gives no ${field}`);
    }
  }
  return meta;
}
