/**
 * Any OData record Griffie reads (Document, Zaak, Kamerstukdossier, Toezegging, Besluit,
 * Stemming, Fractie, Persoon, Agendapunt, Activiteit), told apart by its
 * `@odata.context` or `@odata.type`, else by the properties only its set has, and read
 * into a tagged union.
 *
 * @module
 */
import type { TkActiviteitRecord, TkAgendapuntRecord } from './agenda-records.ts';
import { documentMetaOf } from './odata.ts';
import { activiteitRecordOf, agendapuntRecordOf } from './odata-agenda.ts';
import { kamerstukdossierRecordOf } from './odata-dossier.ts';
import { isObject, locateODataEntity } from './odata-entity.ts';
import { toezeggingRecordOf } from './odata-toezegging.ts';
import { besluitRecordOf, fractieRecordOf, persoonRecordOf, stemmingRecordOf } from './odata-votes.ts';
import { zaakRecordOf } from './odata-zaak.ts';
import type { TkKamerstukdossierRecord, TkToezegging, TkZaakRecord } from './records.ts';
import type { TkDocumentMeta } from './types.ts';
import type { TkBesluit, TkFractieRecord, TkPersoonRecord, TkStemming } from './vote-records.ts';

/** One OData record, tagged with its entity (the names `TkSyncRecord` uses). */
export type TkODataRecord =
  | { entity: 'document'; meta: TkDocumentMeta }
  | { entity: 'zaak'; zaak: TkZaakRecord }
  | { entity: 'kamerstukdossier'; kamerstukdossier: TkKamerstukdossierRecord }
  | { entity: 'toezegging'; toezegging: TkToezegging }
  | { entity: 'besluit'; besluit: TkBesluit }
  | { entity: 'stemming'; stemming: TkStemming }
  | { entity: 'fractie'; fractie: TkFractieRecord }
  | { entity: 'persoon'; persoon: TkPersoonRecord }
  | { entity: 'agendapunt'; agendapunt: TkAgendapuntRecord }
  | { entity: 'activiteit'; activiteit: TkActiviteitRecord };

/**
 * Read an OData Document, Zaak, Kamerstukdossier, Toezegging, Besluit, Stemming, Fractie,
 * Persoon, Agendapunt or Activiteit entity (one entity, or a response whose `value` holds one).
 *
 * @throws {ParseError} `unsupported-format` for what is not one entity of those sets
 *   (another set, a collection of several, a JSON object whose set cannot be told),
 *   `unreadable` for an entity without a GUID `Id`.
 * @example
 * const record = readODataRecord(parseODataJson(body));
 * if (record.entity === 'toezegging') record.toezegging.normalisedStatus; // 'open'
 */
export function readODataRecord(json: unknown): TkODataRecord {
  const located = locateODataEntity(json, [
    'Document',
    'Zaak',
    'Kamerstukdossier',
    'Toezegging',
    'Besluit',
    'Stemming',
    'Fractie',
    'Persoon',
    'Agendapunt',
    'Activiteit',
  ]);
  switch (located.set) {
    case 'Document':
      return { entity: 'document', meta: documentMetaOf(located) };
    case 'Zaak':
      return { entity: 'zaak', zaak: zaakRecordOf(located) };
    case 'Kamerstukdossier':
      return { entity: 'kamerstukdossier', kamerstukdossier: kamerstukdossierRecordOf(located) };
    case 'Toezegging':
      return { entity: 'toezegging', toezegging: toezeggingRecordOf(located) };
    case 'Besluit':
      return { entity: 'besluit', besluit: besluitRecordOf(located) };
    case 'Stemming':
      return { entity: 'stemming', stemming: stemmingRecordOf(located) };
    case 'Fractie':
      return { entity: 'fractie', fractie: fractieRecordOf(located) };
    case 'Persoon':
      return { entity: 'persoon', persoon: persoonRecordOf(located) };
    case 'Agendapunt':
      return { entity: 'agendapunt', agendapunt: agendapuntRecordOf(located) };
    case 'Activiteit':
      return { entity: 'activiteit', activiteit: activiteitRecordOf(located) };
  }
}

/**
 * Read every entity of an OData response (each of its `value`), or the one entity given,
 * in order: what `readODataRecord` reads of each.
 *
 * @throws {ParseError} as `readODataRecord`, for the input or for any of its entities
 *   (`unsupported-format` for a response whose `value` is empty).
 * @example
 * readODataRecords(parseODataJson(body)).map((record) => record.entity); // ['besluit', 'besluit']
 */
export function readODataRecords(json: unknown): TkODataRecord[] {
  if (!isObject(json) || !Array.isArray(json.value) || json.value.length < 2) return [readODataRecord(json)];
  // Each element with the response's context, so that its set is told as the response's.
  return json.value.map((entity) => readODataRecord({ ...json, value: [entity] }));
}
