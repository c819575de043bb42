/**
 * A Tweede Kamer SyncFeed entity that is no paper (a Zaak, Besluit, Stemming, Fractie,
 * Persoon, Agendapunt, Activiteit or DocumentVersie) as the record the votes keep (`store.votes`).
 * Documents are papers (`sync.ts`); other entity types are not kept.
 *
 * @module
 */
import { ParseError, readSyncFeedRecord, type TkSyncRecord } from '../parse/index.ts';
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
  const base = { id: parsed.id, verwijderd: parsed.verwijderd || item.deleted, bijgewerkt: parsed.bijgewerkt };
  switch (parsed.entity) {
    case 'zaak':
      return {
        ...base,
        kind: 'zaak',
        record: { ...parsed.zaak, ...base, kamerstukdossierRef: parsed.kamerstukdossierRef },
      };
    case 'besluit':
      return { ...base, kind: 'besluit', record: { ...parsed.besluit, ...base } };
    case 'stemming':
      return { ...base, kind: 'stemming', record: { ...parsed.stemming, ...base } };
    case 'fractie':
      return { ...base, kind: 'fractie', record: { ...parsed.fractie, ...base } };
    case 'persoon':
      return { ...base, kind: 'persoon', record: { ...parsed.persoon, ...base } };
    case 'documentVersie':
      return {
        ...base,
        kind: 'documentversie',
        record: { ...parsed.documentVersie, ...base, documentRef: parsed.documentRef },
      };
    case 'agendapunt':
      return { ...base, kind: 'agendapunt', record: { ...parsed.agendapunt, ...base } };
    case 'activiteit':
      return { ...base, kind: 'activiteit', record: { ...parsed.activiteit, ...base } };
    default:
      return null;
  }
}
