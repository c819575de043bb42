/**
 * Tweede Kamer entities that are no paper (a Zaak, Besluit, Stemming, Fractie, Persoon,
 * Agendapunt, Activiteit or DocumentVersie) as the records the votes keep
 * (`store.votes`): a SyncFeed item of a sync (`tkRecordOf`), or a file given to
 * `griffie ingest` that holds such entities (`tkRecordsOfFile`: an OData entity or
 * response, a SyncFeed entity, entry or page). Documents are papers (`sync.ts`); other
 * entity types (Kamerstukdossier, Toezegging, DocumentActor) are not kept.
 *
 * An OData Zaak keeps the papers its `$expand=Document` names; an OData Besluit's
 * `$expand=Stemming` votes become records of their own, as the SyncFeed gives them.
 *
 * @module
 */
import {
  decodeText,
  ParseError,
  parseODataJson,
  readODataRecords,
  readSyncFeedRecord,
  readSyncFeedRecords,
  type TkODataRecord,
  type TkSyncRecord,
} from '../parse/index.ts';
import type { SyncItem } from '../sources/index.ts';
import type { TkRecordInput } from '../store/index.ts';

/** The record of an item's entity: a record, the reason it cannot be read, or null for an entity not kept. */
export function tkRecordOf(item: SyncItem): TkRecordInput | string | null {
  if (item.source !== 'tk' || item.entity === null) return null;
  let parsed: TkSyncRecord;
  try {
    parsed = readSyncFeedRecord(item.entity);
  } catch (error) {
    if (error instanceof ParseError) {
      // A kind Griffie does not read is not a failure: it is not kept.
      return error.code === 'unsupported-format' ? null : `the Tweede Kamer entity could not be read: ${error.message}`;
    }
    throw error;
  }
  return recordOfSyncFeed(parsed, item.deleted);
}

/** The record the votes keep of a SyncFeed entity (`deleted`: its feed entry says it was withdrawn), or null for a kind not kept. */
function recordOfSyncFeed(parsed: TkSyncRecord, deleted: boolean): TkRecordInput | null {
  const base = { id: parsed.id, verwijderd: parsed.verwijderd || deleted, bijgewerkt: parsed.bijgewerkt };
  switch (parsed.entity) {
    case 'zaak':
      return {
        ...base,
        kind: 'zaak',
        record: { ...parsed.zaak, ...base, kamerstukdossierRef: parsed.kamerstukdossierRef },
      };
    case 'documentVersie':
      return {
        ...base,
        kind: 'documentversie',
        record: { ...parsed.documentVersie, ...base, documentRef: parsed.documentRef },
      };
    case 'besluit':
    case 'stemming':
    case 'fractie':
    case 'persoon':
    case 'agendapunt':
    case 'activiteit':
      return sharedRecord(parsed, base);
    default:
      return null;
  }
}

type RecordBase = Pick<TkRecordInput, 'id' | 'verwijderd' | 'bijgewerkt'>;
/** The kinds SyncFeed and OData read into the same record, kept under the kind's own name. */
type SharedKind = 'besluit' | 'stemming' | 'fractie' | 'persoon' | 'agendapunt' | 'activiteit';

/** The identity and state of a record, as the votes key and compare it. */
function baseOf(record: RecordBase): RecordBase {
  return { id: record.id, verwijderd: record.verwijderd, bijgewerkt: record.bijgewerkt };
}

/** The record of a kind read alike by both (`parsed[kind]`), with `base` (default the record's own) over it. */
function sharedRecord(parsed: { entity: SharedKind }, base?: RecordBase): TkRecordInput {
  const record = (parsed as unknown as Record<SharedKind, RecordBase>)[parsed.entity];
  const over = base ?? baseOf(record);
  return { ...over, kind: parsed.entity, record: { ...record, ...over } };
}

/** The records the votes keep of an OData entity: none for a kind not kept; a Besluit's expanded votes as records too. */
function recordsOfOData(parsed: TkODataRecord): TkRecordInput[] {
  switch (parsed.entity) {
    case 'zaak': {
      const { zaak } = parsed;
      const base = baseOf(zaak);
      const papers = [
        ...new Set(zaak.documents.flatMap((d) => (d.officialId ? [d.officialId.trim().toLowerCase()] : []))),
      ];
      const record = { ...zaak, ...base, kamerstukdossierRef: zaak.kamerstukdossiers[0]?.id ?? null };
      return [{ ...base, kind: 'zaak', record, ...(papers.length > 0 ? { papers } : {}) }];
    }
    case 'besluit': {
      const { besluit } = parsed;
      const base = baseOf(besluit);
      const votes = besluit.stemmingen.map(
        (stemming): TkRecordInput => ({
          ...baseOf(stemming),
          kind: 'stemming',
          record: { ...stemming, besluitId: stemming.besluitId ?? besluit.id },
        }),
      );
      return [{ ...base, kind: 'besluit', record: { ...besluit, ...base, stemmingen: [] } }, ...votes];
    }
    case 'stemming':
    case 'fractie':
    case 'persoon':
    case 'agendapunt':
    case 'activiteit':
      return [sharedRecord(parsed)];
    default:
      return [];
  }
}

/** What a file given to ingest holds of Tweede Kamer records. */
export type RecordFile = { records: TkRecordInput[] } | { error: string };

/**
 * The records the votes keep of a file of Tweede Kamer entities (OData JSON, SyncFeed
 * XML), or why they cannot be read; null when the file is no such file, or holds only
 * entities of kinds not kept (its paper parser's message then stands).
 */
export function tkRecordsOfFile(bytes: Uint8Array): RecordFile | null {
  const text = decodeText(bytes).text.trimStart();
  let records: TkRecordInput[];
  try {
    if (text.startsWith('{')) records = readODataRecords(parseODataJson(text)).flatMap(recordsOfOData);
    else if (text.startsWith('<'))
      records = readSyncFeedRecords(text).flatMap((parsed) => recordOfSyncFeed(parsed, false) ?? []);
    else return null;
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    if (error.code === 'unsupported-format') return null;
    return { error: `the Tweede Kamer records could not be read: ${error.message}` };
  }
  return records.length > 0 ? { records } : null;
}
