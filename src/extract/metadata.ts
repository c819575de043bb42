/**
 * Header metadata derived from what the parser read, the same for every format: type
 * slug, title, sender, chamber, parliamentary year, official citation and id, with the
 * file name (`kst-32824-93.txt`) as a last resort for dossier and number.
 *
 * @module
 */
import {
  aanhangselId,
  type Document,
  dossierPrinted,
  handelingenId,
  kamerstukId,
  parseOfficialId,
} from '../model/index.ts';
import { sentenceCaseTypeLine } from './casing.ts';
import { paperType } from './paper-type.ts';
import { parliamentaryYearOf } from './parliamentary-year.ts';
import { deriveSender } from './sender.ts';

/** A Tweede Kamer zaak number: `2025Z16880`. */
const ZAAK_NUMBER = /^\d{4}Z\d{5,}$/;

/** Derive type, title, sender, chamber, parliamentary year, citation and id, in place. */
export function deriveMetadata(doc: Document): void {
  applyFileName(doc);
  // A type the parser read from the source's own record (OData Soort, metadata) stays
  // when the type line tells nothing more.
  const derived = paperType(doc);
  if (derived !== 'other' || doc.type === '' || doc.type === undefined) doc.type = derived;
  if (doc.kind === 'other' && doc.type !== 'other') doc.kind = 'kamerstuk';
  doc.sender = deriveSender(doc);
  doc.chamber ??= chamberOf(doc);
  // The gazettes are not papers of the States General: no parliamentary year.
  const gazette = doc.kind === 'staatsblad' || doc.kind === 'staatscourant';
  if (!gazette) doc.parliamentaryYear ??= doc.date ? parliamentaryYearOf(doc.date) : null;
  doc.title = titleOf(doc);
  doc.id ??= idOf(doc);
  doc.citation = citationOf(doc);
}

/** Use an official id in the file name where the header was silent; warn where they differ. */
function applyFileName(doc: Document): void {
  const name = doc.source.path ?? doc.source.url;
  const official = name ? parseOfficialId(name) : null;
  if (!official) return;
  if (official.kind === 'kamerstuk' && official.dossier && official.number) {
    const first = doc.dossiers[0];
    if (!first) {
      doc.dossiers.push(official.dossier);
      doc.warnings.push('dossier taken from the file name');
    } else if (
      first.number !== official.dossier.number &&
      doc.dossiers.every((d) => d.number !== official.dossier?.number)
    ) {
      doc.warnings.push(`the file name names dossier ${official.dossier.number}, the header ${first.number}`);
    } else if (!first.suffix && official.dossier.suffix && first.number === official.dossier.number) {
      first.suffix = official.dossier.suffix;
    }
    if (doc.number === null) {
      doc.number = official.number;
      doc.warnings.push('document number taken from the file name');
    }
    if (doc.kind === 'other') doc.kind = 'kamerstuk';
    return;
  }
  if (official.kind === 'kamervragen') {
    if (doc.kind === 'other') doc.kind = 'kamervragen';
    doc.chamber ??= official.chamber ?? null;
    if (doc.kind === 'kamervragen' && official.number && ZAAK_NUMBER.test(official.number)) {
      doc.id ??= kamervragenId(doc.chamber, official.number);
    }
    return;
  }
  if (official.kind === 'aanhangsel' || official.kind === 'handelingen') {
    if (doc.kind === 'other' || doc.kind === 'kamervragen') doc.kind = official.kind;
    doc.chamber ??= official.chamber ?? null;
    doc.parliamentaryYear ??= official.parliamentaryYear ?? null;
    if (official.kind === 'aanhangsel') doc.number ??= official.number ?? null;
    const year = official.parliamentaryYear;
    const chamber = official.chamber === 'eerste-kamer' ? 'ek' : 'tk';
    if (year && official.number) {
      doc.id ??=
        official.kind === 'aanhangsel'
          ? aanhangselId(chamber, year, official.number)
          : handelingenId(chamber, year, official.number, official.item);
    }
  }
}

function chamberOf(doc: Document): Document['chamber'] {
  if (doc.addressee && /Eerste Kamer/.test(doc.addressee)) return 'eerste-kamer';
  if (doc.kind === 'kamerstuk' && doc.number !== null)
    return /^[A-Z]{1,2}$/.test(doc.number) ? 'eerste-kamer' : 'tweede-kamer';
  if (doc.addressee && /Tweede Kamer/.test(doc.addressee)) return 'tweede-kamer';
  if (doc.kind === 'aanhangsel' || doc.kind === 'kamervragen') return 'tweede-kamer';
  return null;
}

function titleOf(doc: Document): string {
  if (doc.subject) return doc.subject;
  if (doc.typeLine) return sentenceCaseTypeLine(doc.typeLine);
  const fallback: Partial<Record<Document['type'], string>> = {
    handelingen: 'Handelingen',
    kamervragen: 'Schriftelijke vragen',
    'antwoord-kamervragen': 'Antwoord op schriftelijke vragen',
    'uitstel-antwoord-kamervragen': 'Uitstel van het antwoord op schriftelijke vragen',
    motie: 'Motie',
    amendement: 'Amendement',
    'koninklijke-boodschap': 'Koninklijke boodschap',
    'voorstel-van-wet': 'Voorstel van wet',
    'advies-raad-van-state': 'Advies Raad van State en nader rapport',
    brief: 'Brief',
  };
  return fallback[doc.type] ?? doc.dossiers[0]?.title ?? '';
}

function idOf(doc: Document): string | null {
  const dossier = doc.dossiers[0];
  if (doc.kind === 'kamerstuk' && dossier && doc.number) return kamerstukId(dossier, doc.number);
  if (doc.kind === 'aanhangsel' && doc.parliamentaryYear && doc.number) {
    return aanhangselId(doc.chamber === 'eerste-kamer' ? 'ek' : 'tk', doc.parliamentaryYear, doc.number);
  }
  const zaak = doc.external?.tkZaken?.[0];
  if (doc.kind === 'kamervragen' && zaak && ZAAK_NUMBER.test(zaak)) return kamervragenId(doc.chamber, zaak);
  return null;
}

/** `kv-tk-2025Z16880`: written questions are known by the number of their zaak. */
function kamervragenId(chamber: Document['chamber'], zaak: string): string {
  return `kv-${chamber === 'eerste-kamer' ? 'ek' : 'tk'}-${zaak}`;
}

/** `2014-2015` → `2014/15`. */
function shortYear(year: string): string {
  return `${year.slice(0, 4)}/${year.slice(7, 9)}`;
}

function citationOf(doc: Document): string | null {
  const year = doc.parliamentaryYear;
  if (!year) return null;
  const roman = doc.chamber === 'eerste-kamer' ? 'I' : 'II';
  const dossier = doc.dossiers[0];
  if (doc.kind === 'kamerstuk' && dossier && doc.number) {
    const number = /^[A-Z]{1,2}$/.test(doc.number) ? doc.number : `nr. ${doc.number}`;
    return `Kamerstukken ${roman} ${shortYear(year)}, ${dossierPrinted(dossier)}, ${number}`;
  }
  if (doc.kind === 'aanhangsel' && doc.number)
    return `Aanhangsel Handelingen ${roman} ${shortYear(year)}, nr. ${doc.number}`;
  const handelingen = doc.kind === 'handelingen' && doc.id ? /^h-(?:tk|ek)-\d{8}-(\d+)(?:-(\d+))?$/.exec(doc.id) : null;
  if (handelingen) {
    return `Handelingen ${roman} ${shortYear(year)}, nr. ${handelingen[1]}${handelingen[2] ? `, item ${handelingen[2]}` : ''}`;
  }
  return null;
}
