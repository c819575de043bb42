/**
 * SyncFeed `agendapunt` and `activiteit` entities (XSD `tkData-v1-0-agendapunt.xsd`,
 * `-activiteit.xsd`) → their records. Relations are references (GUIDs): an Agendapunt
 * names its Activiteit; an Activiteit its leading committee and the Activiteiten it
 * continues or replaces. An Activiteit's agenda comes as Agendapunt entities of their
 * own that name it.
 *
 * @module
 */
import { activiteitOf, agendapuntOf } from './agenda-entities.ts';
import type { TkActiviteitRecord, TkAgendapuntRecord } from './agenda-records.ts';
import { refs } from './syncfeed-fields.ts';
import { syncFeedFields } from './syncfeed-votes.ts';
import type { XmlElement } from './xml-tree.ts';

/** Read an `agendapunt` entity whose GUID is `id`. */
export function readAgendapuntEntity(entity: XmlElement, id: string): TkAgendapuntRecord {
  return agendapuntOf(syncFeedFields(entity, id), {
    activiteitId: refs(entity, 'activiteit')[0] ?? null,
    activiteit: null,
    activiteitLabel: 'activiteit',
  });
}

/** Read an `activiteit` entity whose GUID is `id`. */
export function readActiviteitEntity(entity: XmlElement, id: string): TkActiviteitRecord {
  return activiteitOf(syncFeedFields(entity, id), {
    voortouwcommissieId: refs(entity, 'voortouwcommissie')[0] ?? null,
    voortgezetVanuitId: refs(entity, 'voortgezetVanuit')[0] ?? null,
    vervangenVanuitId: refs(entity, 'vervangenVanuit')[0] ?? null,
    agendapunten: [],
  });
}
