/**
 * SyncFeed `besluit`, `stemming`, `fractie` and `persoon` entities (XSD
 * `tkData-v1-0-besluit.xsd`, `-stemming.xsd`, `-fractie.xsd`, `-persoon.xsd`) → their
 * records. Relations are references (GUIDs): a Besluit names its Agendapunt and Zaken, a
 * Stemming its Besluit, Persoon and Fractie; a Besluit's votes come as Stemming entities
 * of their own that name it.
 *
 * @module
 */
import { field, refs, tkAttribute } from './syncfeed-fields.ts';
import { booleanOf, textOf } from './values.ts';
import { besluitOf, type EntityFields, fractieOf, persoonOf, stemmingOf } from './vote-entities.ts';
import type { TkBesluit, TkFractieRecord, TkPersoonRecord, TkStemming } from './vote-records.ts';
import type { XmlElement } from './xml-tree.ts';

/** The fields of a SyncFeed entity whose GUID is `id`, as the shared readers take them. */
export function syncFeedFields(entity: XmlElement, id: string): EntityFields {
  return {
    origin: 'syncfeed',
    id,
    verwijderd: booleanOf(tkAttribute(entity, 'verwijderd')),
    bijgewerkt: textOf(tkAttribute(entity, 'bijgewerkt')),
    warnings: [],
    value: (name) => field(entity, name),
    label: (name) => name,
  };
}

/** Read a `besluit` entity whose GUID is `id`. */
export function readBesluitEntity(entity: XmlElement, id: string): TkBesluit {
  return besluitOf(syncFeedFields(entity, id), {
    agendapuntId: refs(entity, 'agendapunt')[0] ?? null,
    zaken: refs(entity, 'zaak').map((ref) => ({ id: ref, nummer: null, soort: null, onderwerp: null })),
    stemmingen: [],
  });
}

/** Read a `stemming` entity whose GUID is `id`. */
export function readStemmingEntity(entity: XmlElement, id: string): TkStemming {
  return stemmingOf(syncFeedFields(entity, id), {
    besluitId: refs(entity, 'besluit')[0] ?? null,
    persoonId: refs(entity, 'persoon')[0] ?? null,
    fractieId: refs(entity, 'fractie')[0] ?? null,
    besluitLabel: 'besluit',
  });
}

/** Read a `fractie` entity whose GUID is `id`. */
export function readFractieEntity(entity: XmlElement, id: string): TkFractieRecord {
  return fractieOf(syncFeedFields(entity, id));
}

/** Read a `persoon` entity whose GUID is `id`. */
export function readPersoonEntity(entity: XmlElement, id: string): TkPersoonRecord {
  return persoonOf(syncFeedFields(entity, id));
}
