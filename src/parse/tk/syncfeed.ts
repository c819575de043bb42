/**
 * SyncFeed entity XML (namespace `http://www.tweedekamer.nl/xsd/tkData/v1-0`, the
 * OpenDataPortaal XSDs) → typed records: a `document` entity becomes a `TkDocumentMeta`;
 * `kamerstukdossier`, `zaak`, `documentVersie` and `documentActor` entities are read so a
 * sync can resolve what a document names only by reference (`joinSyncFeedRecords`); a
 * `toezegging` becomes a `TkToezegging`; `besluit`, `stemming`, `fractie` and `persoon`
 * entities become the records of decisions and votes (`syncfeed-votes.ts`).
 *
 * Accepted: the entity element itself (the `<content>` of a feed entry), an Atom
 * `<entry>` holding one, or a feed page with exactly one entry; `readSyncFeedRecords`
 * reads every entry of a page.
 *
 * @module
 */
import { decodeText } from '../decode.ts';
import { ParseError } from '../errors.ts';
import { readActiviteitEntity, readAgendapuntEntity } from './syncfeed-agenda.ts';
import { field, refs, TK_NAMESPACE, tkAttribute } from './syncfeed-fields.ts';
import { readToezeggingEntity } from './syncfeed-toezegging.ts';
import { readBesluitEntity, readFractieEntity, readPersoonEntity, readStemmingEntity } from './syncfeed-votes.ts';
import type {
  TkDocumentActor,
  TkDocumentMeta,
  TkDocumentVersie,
  TkKamerstukdossier,
  TkSyncRecord,
  TkZaak,
} from './types.ts';
import {
  booleanOf,
  dateOf,
  dossierNummerOf,
  guidOf,
  integerOf,
  textOf,
  toevoegingOf,
  vergaderjaarOf,
  volgnummerOf,
} from './values.ts';
import { attributeOf, parseXml, type XmlElement } from './xml-tree.ts';

const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';
/** Files of SyncFeed entities are served at `Resources/{id}` under this root. */
const SYNCFEED_ROOT = 'https://gegevensmagazijn.tweedekamer.nl/SyncFeed/2.0/';
const WHAT = 'the SyncFeed entity';

/** The entity element and the entry's enclosure link, when the input is an entry. */
interface Located {
  entity: XmlElement;
  enclosure: string | null;
}

function isAtom(element: XmlElement, name: string): boolean {
  return element.name === name && (element.namespace === ATOM_NAMESPACE || element.namespace === null);
}

/** The tkData entity in an entry's `<content>`: an element, or XML written as (CDATA) text. */
function contentEntity(content: XmlElement | undefined): XmlElement | undefined {
  if (!content) return undefined;
  const element = content.children.find((child) => child.namespace === TK_NAMESPACE);
  if (element || !content.text.trim().startsWith('<')) return element;
  const written = parseXml(content.text.trim(), "the SyncFeed entry's content");
  return written.namespace === TK_NAMESPACE ? written : undefined;
}

function locateInEntry(entry: XmlElement): Located {
  const entity = contentEntity(entry.children.find((child) => isAtom(child, 'content')));
  if (!entity) throw new ParseError('unsupported-format', 'the SyncFeed entry holds no tkData entity in its <content>');
  const link = entry.children.find((child) => isAtom(child, 'link') && attributeOf(child, null, 'rel') === 'enclosure');
  const href = link ? attributeOf(link, null, 'href') : null;
  return { entity, enclosure: href && /^https?:\/\//.test(href) ? href : null };
}

function locateEntity(root: XmlElement): Located {
  if (root.namespace === TK_NAMESPACE) return { entity: root, enclosure: null };
  if (isAtom(root, 'entry')) return locateInEntry(root);
  if (isAtom(root, 'feed')) {
    const entries = root.children.filter((child) => isAtom(child, 'entry'));
    const [entry] = entries;
    if (entries.length !== 1 || !entry) {
      throw new ParseError(
        'unsupported-format',
        entries.length === 0
          ? 'the SyncFeed page holds no entry'
          : `the SyncFeed page holds ${entries.length} entries; give one entry (or entity) at a time`,
      );
    }
    return locateInEntry(entry);
  }
  throw new ParseError(
    'unsupported-format',
    `the XML is not a Tweede Kamer SyncFeed entity: its root element <${root.name}> is not in the namespace ${TK_NAMESPACE}`,
  );
}

function readDocument(entity: XmlElement, id: string, enclosure: string | null): TkDocumentMeta {
  const warnings: string[] = [];
  const verwijderd = booleanOf(tkAttribute(entity, 'verwijderd'));
  const contentType = textOf(tkAttribute(entity, 'contentType'));
  const versie = refs(entity, 'huidigeDocumentVersie')[0];
  const meta: TkDocumentMeta = {
    origin: 'syncfeed',
    id,
    soort: field(entity, 'soort'),
    documentNummer: field(entity, 'documentNummer'),
    titel: field(entity, 'titel'),
    onderwerp: field(entity, 'onderwerp'),
    datum: dateOf(field(entity, 'datum'), 'datum', warnings),
    volgnummer: volgnummerOf(field(entity, 'volgnummer'), 'volgnummer', warnings),
    vergaderjaar: vergaderjaarOf(field(entity, 'vergaderjaar'), 'vergaderjaar', warnings),
    aanhangselnummer: field(entity, 'aanhangselnummer'),
    kamerstukdossiers: refs(entity, 'kamerstukdossier').map((ref) => ({
      id: ref,
      nummer: null,
      toevoeging: null,
      titel: null,
    })),
    zaken: refs(entity, 'zaak').map((ref) => ({ id: ref, nummer: null, soort: null, onderwerp: null })),
    documentVersie: versie ? { id: versie, versienummer: null, externeIdentifier: null, extensie: null } : null,
    actors: [],
    verwijderd,
    bijgewerkt: textOf(tkAttribute(entity, 'bijgewerkt')),
    resourceUrl: enclosure ?? (contentType ? `${SYNCFEED_ROOT}Resources/${id}` : null),
    contentType,
    warnings,
  };
  if (!verwijderd) {
    for (const name of ['soort', 'documentNummer', 'datum']) {
      if (field(entity, name) === null) warnings.push(`the record gives no ${name}`);
    }
  }
  return meta;
}

function readDossier(entity: XmlElement, id: string): TkKamerstukdossier {
  return {
    id,
    nummer: dossierNummerOf(field(entity, 'nummer')),
    toevoeging: toevoegingOf(field(entity, 'toevoeging')),
    titel: field(entity, 'titel'),
  };
}

function readZaak(entity: XmlElement, id: string): TkZaak {
  return { id, nummer: field(entity, 'nummer'), soort: field(entity, 'soort'), onderwerp: field(entity, 'onderwerp') };
}

function readVersie(entity: XmlElement, id: string): TkDocumentVersie {
  return {
    id,
    versienummer: integerOf(field(entity, 'versienummer')),
    externeIdentifier: field(entity, 'externeidentifier'),
    extensie: field(entity, 'extensie'),
  };
}

function readActor(entity: XmlElement, id: string): TkDocumentActor {
  return {
    id,
    naam: field(entity, 'actorNaam'),
    functie: field(entity, 'functie'),
    fractie: field(entity, 'actorFractie'),
    relatie: field(entity, 'relatie'),
  };
}

function xmlText(xml: string | Uint8Array): string {
  if (typeof xml !== 'string') return decodeText(xml).text;
  if (xml.trim() === '') throw new ParseError('empty', 'the input is empty');
  return xml;
}

/**
 * Read one SyncFeed entity of the kinds Griffie uses.
 *
 * @throws {ParseError} `unreadable` for XML that is not well-formed or an entity without
 *   its GUID `id`; `unsupported-format` for XML that is not a tkData entity, or another
 *   entity type.
 * @example
 * const record = readSyncFeedRecord(entryXml);
 * if (record.entity === 'kamerstukdossier') record.kamerstukdossier.nummer; // '99123'
 * if (record.entity === 'stemming') record.stemming.soort; // 'Voor'
 */
export function readSyncFeedRecord(xml: string | Uint8Array): TkSyncRecord {
  const { entity, enclosure } = locateEntity(parseXml(xmlText(xml), WHAT));
  return recordOf(entity, enclosure);
}

/**
 * Read every entity of a SyncFeed page (each entry's), or the one entity of an entity
 * or an entry, in order.
 *
 * @throws {ParseError} as `readSyncFeedRecord`, for the input or for any of its entries
 *   (`unsupported-format` for a page with no entry).
 * @example
 * readSyncFeedRecords(pageXml).map((record) => record.entity); // ['stemming', 'stemming', …]
 */
export function readSyncFeedRecords(xml: string | Uint8Array): TkSyncRecord[] {
  const root = parseXml(xmlText(xml), WHAT);
  if (!isAtom(root, 'feed')) {
    const { entity, enclosure } = locateEntity(root);
    return [recordOf(entity, enclosure)];
  }
  const entries = root.children.filter((child) => isAtom(child, 'entry'));
  if (entries.length === 0) throw new ParseError('unsupported-format', 'the SyncFeed page holds no entry');
  return entries.map((entry) => {
    const { entity, enclosure } = locateInEntry(entry);
    return recordOf(entity, enclosure);
  });
}

/** The record of one located entity. */
function recordOf(entity: XmlElement, enclosure: string | null): TkSyncRecord {
  const id = guidOf(attributeOf(entity, null, 'id'));
  if (!id) throw new ParseError('unreadable', `the SyncFeed ${entity.name} entity has no id (a GUID)`);
  const base = {
    id,
    verwijderd: booleanOf(tkAttribute(entity, 'verwijderd')),
    bijgewerkt: textOf(tkAttribute(entity, 'bijgewerkt')),
  };
  switch (entity.name) {
    case 'document':
      return { ...base, entity: 'document', meta: readDocument(entity, id, enclosure) };
    case 'kamerstukdossier':
      return { ...base, entity: 'kamerstukdossier', kamerstukdossier: readDossier(entity, id) };
    case 'zaak':
      return {
        ...base,
        entity: 'zaak',
        zaak: readZaak(entity, id),
        kamerstukdossierRef: refs(entity, 'kamerstukdossier')[0] ?? null,
      };
    case 'documentVersie':
      return {
        ...base,
        entity: 'documentVersie',
        documentVersie: readVersie(entity, id),
        documentRef: refs(entity, 'document')[0] ?? null,
      };
    case 'documentActor':
      return {
        ...base,
        entity: 'documentActor',
        actor: readActor(entity, id),
        documentRef: refs(entity, 'document')[0] ?? null,
      };
    case 'toezegging':
      return { ...base, entity: 'toezegging', toezegging: readToezeggingEntity(entity, id) };
    case 'besluit':
      return { ...base, entity: 'besluit', besluit: readBesluitEntity(entity, id) };
    case 'stemming':
      return { ...base, entity: 'stemming', stemming: readStemmingEntity(entity, id) };
    case 'fractie':
      return { ...base, entity: 'fractie', fractie: readFractieEntity(entity, id) };
    case 'persoon':
      return { ...base, entity: 'persoon', persoon: readPersoonEntity(entity, id) };
    case 'agendapunt':
      return { ...base, entity: 'agendapunt', agendapunt: readAgendapuntEntity(entity, id) };
    case 'activiteit':
      return { ...base, entity: 'activiteit', activiteit: readActiviteitEntity(entity, id) };
    default:
      throw new ParseError(
        'unsupported-format',
        `the SyncFeed entity is a ${entity.name}; Griffie reads document, documentVersie, documentActor, zaak, kamerstukdossier, toezegging, besluit, stemming, fractie, persoon, agendapunt and activiteit entities`,
      );
  }
}

/**
 * Read a SyncFeed Document entity. Its dossier, Zaken and current version are references
 * (GUIDs) until `joinSyncFeedRecords` resolves them.
 *
 * @throws {ParseError} as `readSyncFeedRecord`, and `unsupported-format` for an entity
 *   that is not a document.
 */
export function readSyncFeedEntity(xml: string | Uint8Array): TkDocumentMeta {
  const record = readSyncFeedRecord(xml);
  if (record.entity !== 'document') {
    throw new ParseError('unsupported-format', `the SyncFeed entity is a ${record.entity}, not a document`);
  }
  return record.meta;
}
