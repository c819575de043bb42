/**
 * A paper's metadata over what its parser read: the metadata is the publisher's record
 * of the paper, so its values win, and every value that differs from what the paper's
 * own text gave becomes a warning (`metadata.xml gives number "94", the text "93"`).
 *
 * @module
 */
import {
  type Document,
  type Dossier,
  dossierKey,
  PAPER_TYPES,
  type PaperType,
  parseOfficialId,
} from '../../model/index.ts';
import { ParseError } from '../errors.ts';
import type { Companions } from '../types.ts';
import { MEMBERS_PAPER } from '../xml/kamerstuk.ts';
import { ZAAK_NUMBER } from '../xml/kamervragen.ts';
import { readMetadata } from './read.ts';
import type { OfficialMetadata } from './types.ts';

/** An identifier that is an official id (not a URL or a free text). */
const OFFICIAL_ID = /^[a-z]+(?:-[0-9A-Za-z]+)+$/;

type TextField = 'id' | 'number' | 'date' | 'parliamentaryYear' | 'subject';

/**
 * Let the metadata's values win over the document's, in place: id, kind, chamber,
 * dossiers (numbers, suffixes, titles), number, date, parliamentary year, subject
 * (`documenttitel`), a Kamerstuk's type where the metadata names one of the vocabulary
 * ("Motie"); addressee and signatories where the paper gave none; the zaak number of
 * written questions. Never throws.
 *
 * The date is the one that means the paper's date for its kind: a letter's date
 * (`datumBrief`), an answer's receipt (`datumOntvangst`), questions' submission
 * (`datumIndiening`), a sitting's day (`datumVergadering`), else `DCTERMS.issued`.
 *
 * @example
 * applyMetadata(doc, readMetadata(metadataXml));
 * doc.warnings; // ['metadata.xml gives number "94", the text "93"'] where they differ
 */
export function applyMetadata(doc: Document, meta: OfficialMetadata): void {
  const set = (field: TextField, value: string | null): void => {
    if (value === null) return;
    const read = doc[field];
    if (read !== null && !same(read, value)) disagree(doc, field, value, read);
    doc[field] = value;
  };
  if (meta.identifier && OFFICIAL_ID.test(meta.identifier)) set('id', meta.identifier);
  if (meta.kind && meta.kind !== doc.kind) {
    if (doc.kind !== 'other') disagree(doc, 'kind', meta.kind, doc.kind);
    doc.kind = meta.kind;
  }
  if (meta.chamber && meta.chamber !== doc.chamber) {
    if (doc.chamber !== null) disagree(doc, 'chamber', meta.chamber, doc.chamber);
    doc.chamber = meta.chamber;
  }
  if (meta.dossiers.length > 0) doc.dossiers = mergeDossiers(doc, meta.dossiers);
  // Only Kamerstukken and Aanhangsel are numbered (a sitting's number is in its id).
  if (doc.kind === 'kamerstuk' || doc.kind === 'aanhangsel') set('number', numberOf(meta));
  const type = doc.kind === 'kamerstuk' ? kamerstukType(meta.type) : null;
  if (type) doc.type = type;
  set('date', dateOf(meta, doc.kind));
  set('parliamentaryYear', meta.parliamentaryYear);
  const subject = meta.documentTitle;
  if (subject && !(doc.typeLine && same(subject.toLowerCase(), doc.typeLine.toLowerCase()))) set('subject', subject);
  if (doc.addressee === null && meta.recipient) doc.addressee = meta.recipient.replace(/^Aan\s+(?:de|het)\s+/, '');
  if (doc.signatories.length === 0 && meta.submitters.length > 0) {
    const role = doc.typeLine && MEMBERS_PAPER.test(doc.typeLine) ? 'lid' : null;
    doc.signatories = meta.submitters.map((name) => ({ name, role }));
  }
  if (meta.questionNumber && ZAAK_NUMBER.test(meta.questionNumber)) {
    const zaken = doc.external?.tkZaken ?? [];
    if (!zaken.includes(meta.questionNumber))
      doc.external = { ...doc.external, tkZaken: [...zaken, meta.questionNumber] };
  }
}

/**
 * Read the metadata that came with a paper and apply it; metadata that cannot be read
 * becomes a warning on the paper, never a failure of it.
 */
export function applyCompanionMetadata(doc: Document, companions: Companions): void {
  if (!companions.metadata) return;
  try {
    applyMetadata(doc, readMetadata(companions.metadata));
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
    doc.warnings.push(`the metadata.xml that came with the paper was not read: ${error.message}`);
  }
}

function disagree(doc: Document, field: string, given: string, read: string): void {
  doc.warnings.push(`metadata.xml gives ${field} "${given}", the text "${read}"`);
}

function same(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
}

/** The metadata's dossiers, titled where it gives no title by the document's title of the same dossier. */
function mergeDossiers(doc: Document, dossiers: Dossier[]): Dossier[] {
  const printed = (list: Dossier[]) => list.map(dossierKey).join(', ');
  if (doc.dossiers.length > 0 && printed(doc.dossiers) !== printed(dossiers)) {
    disagree(doc, 'dossiers', printed(dossiers), printed(doc.dossiers));
  }
  return dossiers.map((dossier) => {
    const key = dossierKey(dossier);
    const read = doc.dossiers.find((d) => dossierKey(d) === key)?.title ?? null;
    if (dossier.title !== null && read !== null && !same(dossier.title, read)) {
      disagree(doc, `the title of dossier ${key}`, dossier.title, read);
    }
    return { ...dossier, title: dossier.title ?? read };
  });
}

/** The kinds of Kamerstuk metadata names as the type vocabulary does: "Voorstel van wet" → `voorstel-van-wet`. */
function kamerstukType(type: string | null): PaperType | null {
  const slug = type?.toLowerCase().replace(/\s+/g, '-');
  const known = PAPER_TYPES.find((t) => t === slug);
  return known && known !== 'other' && known !== 'handelingen' && !known.includes('kamervragen') ? known : null;
}

function numberOf(meta: OfficialMetadata): string | null {
  if (meta.number) return meta.number;
  const official = meta.kind === 'aanhangsel' && meta.identifier ? parseOfficialId(meta.identifier) : null;
  return official?.number ?? null;
}

function dateOf(meta: OfficialMetadata, kind: Document['kind']): string | null {
  switch (kind) {
    case 'kamerstuk':
      return meta.letterDate ?? meta.issued;
    case 'aanhangsel':
      return meta.receivedDate ?? meta.issued;
    case 'kamervragen':
      return meta.submittedDate ?? meta.issued;
    case 'handelingen':
      return meta.meetingDate ?? meta.issued;
    default:
      return meta.issued ?? meta.available;
  }
}
