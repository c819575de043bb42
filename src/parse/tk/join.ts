/**
 * A SyncFeed Document names its Kamerstukdossier, Zaken and current DocumentVersie only
 * by GUID, and its DocumentActors point at it, not it at them. A sync that has read
 * those entities (`readSyncFeedRecord`) resolves the references here, which gives the
 * same record an OData `$expand` gives.
 *
 * @module
 */
import type { TkDocumentActor, TkDocumentMeta, TkDocumentVersie, TkSyncRecord } from './types.ts';
import { currentVersion } from './values.ts';

/**
 * Resolve a SyncFeed Document's references with the entities given; withdrawn entities
 * are left out, references nothing resolves stay as they were (`applyTkMetadata` says
 * so in a warning). Returns a new record.
 *
 * @example
 * const meta = joinSyncFeedRecords(readSyncFeedEntity(documentXml), [dossier, zaak, versie, actor]);
 * meta.kamerstukdossiers[0]?.nummer; // '99123'
 */
export function joinSyncFeedRecords(meta: TkDocumentMeta, records: Iterable<TkSyncRecord>): TkDocumentMeta {
  const byId = new Map<string, TkSyncRecord>();
  const versions: TkDocumentVersie[] = [];
  const actors: TkDocumentActor[] = [];
  for (const record of records) {
    if (record.verwijderd) continue;
    byId.set(record.id, record);
    if (record.entity === 'documentVersie' && record.documentRef === meta.id) versions.push(record.documentVersie);
    if (record.entity === 'documentActor' && record.documentRef === meta.id) actors.push(record.actor);
  }
  const kamerstukdossiers = meta.kamerstukdossiers.map((dossier) => {
    const record = dossier.id ? byId.get(dossier.id) : undefined;
    return record?.entity === 'kamerstukdossier' ? record.kamerstukdossier : dossier;
  });
  const zaken = meta.zaken.map((zaak) => {
    const record = zaak.id ? byId.get(zaak.id) : undefined;
    return record?.entity === 'zaak' ? record.zaak : zaak;
  });
  const named = meta.documentVersie?.id ? byId.get(meta.documentVersie.id) : undefined;
  const documentVersie =
    named?.entity === 'documentVersie' ? named.documentVersie : (currentVersion(versions, null) ?? meta.documentVersie);
  const known = new Set(meta.actors.map((actor) => actor.id));
  return {
    ...meta,
    kamerstukdossiers,
    zaken,
    documentVersie,
    actors: [...meta.actors, ...actors.filter((actor) => !known.has(actor.id))],
    warnings: [...meta.warnings],
  };
}
