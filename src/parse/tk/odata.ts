/**
 * The Tweede Kamer's OData v4 Document entity (gegevensmagazijn `OData/v4/2.0/Document`)
 * → `TkDocumentMeta`: one entity, or a response whose `value` holds one, with or without
 * `$expand`ed `Zaak`, `Kamerstukdossier`, `DocumentVersie` and `DocumentActor`.
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
  locateODataEntity,
} from './odata-entity.ts';
import { linkedActors, linkedDossier, linkedVersie, linkedZaak } from './odata-linked.ts';
import type { TkDocumentMeta } from './types.ts';
import { booleanOf, currentVersion, dateOf, guidOf, textOf, vergaderjaarOf, volgnummerOf } from './values.ts';

/** The service root of the Tweede Kamer's OData API, for records that do not state it. */
const DEFAULT_SERVICE_ROOT = 'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/';

/** Where the API's URLs start, from the context URL (`…/OData/v4/2.0/$metadata#…`). */
function serviceRootOf(context: string | null): string {
  const at = context ? context.indexOf('$metadata') : -1;
  if (!context || at < 0) return DEFAULT_SERVICE_ROOT;
  const root = context.slice(0, at);
  return /^https?:\/\//.test(root) ? root : DEFAULT_SERVICE_ROOT;
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

/** Read the Document entity `locateODataEntity` found; its links resolve against the context's service root. */
export function documentMetaOf({ entity, context }: LocatedEntity): TkDocumentMeta {
  const id = entityIdOf(entity, 'Document');
  const serviceRoot = serviceRootOf(context);
  const warnings: string[] = [];
  const verwijderd = booleanOf(entity.Verwijderd);
  const contentType = textOf(entity.ContentType);
  const versions = expanded(entity, 'DocumentVersie').map(linkedVersie);
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
    kamerstukdossiers: expanded(entity, 'Kamerstukdossier').map((item) => linkedDossier(item, warnings)),
    zaken: expanded(entity, 'Zaak').map(linkedZaak),
    documentVersie: currentVersion(versions, guidOf(entity.HuidigeDocumentVersie_Id)),
    actors: linkedActors(entity, 'DocumentActor'),
    verwijderd,
    bijgewerkt: changedAt(entity),
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
  return documentMetaOf(locateODataEntity(json, ['Document']));
}
