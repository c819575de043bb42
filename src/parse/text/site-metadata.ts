/**
 * Metadata that web pages print around a paper (officielebekendmakingen's table,
 * openkamer, parlementairemonitor, rijksbegroting, tweedekamer.nl): harvested from the
 * lines before the printed header, and used where the printed header is silent.
 *
 * @module
 */
import { type Chamber, type Dossier, type OfficialId, parseDossierNumber, parseOfficialId } from '../../model/index.ts';
import { findDate } from './dates.ts';

/** What the site lines told. Every field is optional. */
export interface SiteMetadata {
  officialId?: OfficialId;
  dossier?: Dossier;
  number?: string;
  chamber?: Chamber;
  parliamentaryYear?: string;
  /** A date the site prints (publication or document date): a last resort. */
  date?: string;
  /** Handelingen item number from the site table. */
  item?: string;
  /** Subject line of a web page ("Brief regering : <subject>"). */
  subject?: string;
}

const OB_TABLE = /^\|?\s*(Tweede|Eerste) Kamer der Staten-Generaal\s*\|?\s*(\d{4})-(\d{4})\s*\|?\s*(.*?)[\s|]*$/;
const OB_URL = /officielebekendmakingen\.nl\/((?:kst|ah|h|kv|stb|stcrt)-[\w-]+?)(?:\.html|\.pdf|\.xml|\/|\s|$)/;
const OFFICIAL_HTML = /\(((?:kst|ah|h)-[\w-]+?)\)?(?:\s|,|$)/;
const KAMERSTUK_TITLE = /^(?:Kamerstuk|ID:)\s+(\d{4,5}(?:-[\w]+)+)$/;
const DOSSIER_TITLE = /^Dossier:\s+(.+)$/;
const TK_DOSSIER = /^Onderdeel van kamerstukdossier (\d{4,5})(?:\s(\d{1,3}|[A-Z]{1,5}))?\s?-\s?(\w+)\s+(.+?)\.?$/;
const MONITOR_DOSSIER = /onder nr\. (\w+) toegevoegd aan dossier (\d{4,5}(?:-\w+)?) - (.+?)\.?$/;
const REFERENCE_LINE = /^(?:Kenmerk|Reference)\s+(\d{4,5}(?:-\w+)?), nr\. (\w+)$/;
const SITE_DATE = /^(?:Documentdatum|Document date|Gepubliceerd:|Nummer: \d{4}D\d+, datum:)\s*(.+)$/;
const WEB_SUBJECT =
  /^(?:Brief regering|Motie|Amendement|Antwoord schriftelijke vragen|Lijst van vragen en antwoorden|Verslag van een (?:schriftelijk overleg|commissiedebat)|Memorie van toelichting)\s:\s(.+)$/;
const SEMICOLON_SUBJECT = /^[^;]{2,200}; Brief regering; (.+)$/;

const SITE_FIRST = /^[|TEKIDORGNBMAL]/;
const SITE_ANYWHERE = /officielebekendmakingen|toegevoegd aan dossier| : |; Brief regering; /;

function chamberOf(word: string): Chamber {
  return word === 'Eerste' ? 'eerste-kamer' : 'tweede-kamer';
}

/**
 * Harvest site metadata from one line; returns false when the line holds none.
 * Mutates `into`.
 */
export function harvestSiteLine(line: string, into: SiteMetadata): boolean {
  // Every pattern below starts with one of these characters or holds one of these
  // words: a cheap test first, as most lines are none of them.
  if (!SITE_FIRST.test(line) && !SITE_ANYWHERE.test(line)) return false;
  let match = OB_TABLE.exec(line);
  if (match) {
    into.chamber = chamberOf(match[1] as string);
    into.parliamentaryYear = `${match[2]}-${match[3]}`;
    const rest = (match[4] as string).trim();
    const kst = /^(\d{4,5}(?:-[A-Z0-9]+)?)\s*nr\.\s*(\w+)/.exec(rest);
    const handelingen = /^nr\.\s*(\d+),\s*item\s*(\d+)/.exec(rest);
    if (kst) {
      const dossier = parseDossierNumber((kst[1] as string).replace(/-([A-Z]\w*)$/, ' $1'));
      if (dossier) into.dossier = dossier;
      into.number = kst[2] as string;
    } else if (handelingen) {
      into.number = handelingen[1] as string;
      into.item = handelingen[2] as string;
    } else if (/^\d{1,5}$/.test(rest)) {
      into.number = rest;
    }
    return true;
  }
  match = OB_URL.exec(line) ?? (/^Directe link/.test(line) ? OFFICIAL_HTML.exec(line) : null);
  if (match) {
    const id = parseOfficialId(match[1] as string);
    if (id) into.officialId = id;
    return true;
  }
  match = KAMERSTUK_TITLE.exec(line);
  if (match) {
    const id = parseOfficialId(`kst-${match[1]}`);
    if (id) into.officialId = id;
    return true;
  }
  match = DOSSIER_TITLE.exec(line);
  if (match) {
    into.dossier = { ...(into.dossier ?? { number: '' }), title: (match[1] as string).trim() };
    return true;
  }
  match = TK_DOSSIER.exec(line);
  if (match) {
    const dossier = parseDossierNumber(`${match[1]}${match[2] ? (/^\d/.test(match[2]) ? '-' : ' ') + match[2] : ''}`);
    if (dossier) into.dossier = { ...dossier, title: (match[4] as string).trim() };
    into.number = match[3] as string;
    return true;
  }
  match = MONITOR_DOSSIER.exec(line);
  if (match) {
    const dossier = parseDossierNumber(match[2] as string);
    if (dossier) into.dossier = { ...dossier, title: (match[3] as string).trim() };
    into.number = match[1] as string;
    return true;
  }
  match = REFERENCE_LINE.exec(line);
  if (match) {
    const dossier = parseDossierNumber(match[1] as string);
    if (dossier && !into.dossier?.number) into.dossier = { ...dossier, title: into.dossier?.title ?? null };
    into.number ??= match[2] as string;
    return true;
  }
  match = SITE_DATE.exec(line);
  if (match) {
    const found = findDate(match[1] as string);
    if (found) into.date ??= found.iso;
    return true;
  }
  match = WEB_SUBJECT.exec(line) ?? SEMICOLON_SUBJECT.exec(line);
  if (match) {
    into.subject ??= (match[1] as string).trim();
    return true;
  }
  return false;
}

/** Lines of web pages that carry nothing for the paper (menus, labels, links). */
export const WEB_CRUFT =
  /^(?:\[overzicht\]|\[toezeggingen\]|Direct naar\b|•?\s*Download PDF$|Kamerstuk$|Handeling$|Aanhangsel van de Handelingen$|Datum publicatie|\|?\s*-{3}|Zoals vergunningen|Adressen en contactpersonen|U bent hier|Indiener\(s\):|Onderwerpen:|Directe link|Gerelateerde personen|Onderdeel van (?:zaak|activiteiten)|Preview document|Kerngegevens$|Officiële titel|Officiele titel|Publicatiedatum|Publication date|Nummer\s+KST|Nummer:|\d+\.$|Status:|Aanvang:|Naar boven$)/;
