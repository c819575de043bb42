/**
 * Official identifiers of officielebekendmakingen (`kst-32824-93`, `kst-36200-VII-5`,
 * `kst-21501-32-1703`, `ah-tk-20142015-1234`, `h-tk-20192020-97-12`): the canonical
 * `Document.id` and reference targets. Parsing and formatting live together so they
 * cannot drift apart.
 *
 * @module
 */
import type { Chamber, Dossier } from './document.ts';

/** What an official id says. */
export interface OfficialId {
  kind: 'kamerstuk' | 'handelingen' | 'aanhangsel' | 'kamervragen' | 'staatsblad' | 'staatscourant';
  /** Kamerstukken: the dossier, with sub-number or suffix. */
  dossier?: Dossier;
  /** Kamerstukken: number in the dossier; Aanhangsel: its number; Handelingen: vergadernummer. */
  number?: string;
  /** Handelingen: item number. */
  item?: string;
  /** `2014-2015` where the id carries it. */
  parliamentaryYear?: string;
  chamber?: Chamber;
  /** Reprint marker (`n1`), Kamerstukken only. */
  reprint?: string;
}

const ROMAN_OR_LETTER = /^(?:[IVXL]{1,6}|[A-Z]|R\d{3,4})$/;

/** Split a dossier designation ("21 501-32", "36 200 VII", "36410-XVII") into number and suffix. */
export function parseDossierNumber(text: string): Dossier | null {
  const match = /^(\d{1,2}\s?\d{3})(?:\s?-\s?(\d{1,3})\b)?(?:\s?[-\s]\s?([IVXL]{1,6}|[A-Z]|R\d{3,4}))?$/.exec(
    text.trim(),
  );
  if (!match) return null;
  const number = (match[1] as string).replace(/\s/g, '') + (match[2] ? `-${match[2]}` : '');
  return match[3] ? { number, suffix: match[3], title: null } : { number, title: null };
}

/** The dossier as it appears in ids: `32824`, `21501-32`, `36200-VII`. */
export function dossierKey(dossier: Pick<Dossier, 'number' | 'suffix'>): string {
  return dossier.suffix ? `${dossier.number}-${dossier.suffix}` : dossier.number;
}

/** The dossier as printed in a citation: `32 824`, `21 501-32`, `36 200 VII`. */
export function dossierPrinted(dossier: Pick<Dossier, 'number' | 'suffix'>): string {
  const spaced = dossier.number.replace(/^(\d{2})(\d{3})/, '$1 $2');
  return dossier.suffix ? `${spaced} ${dossier.suffix}` : spaced;
}

/** `2014-2015` → `20142015`. */
function yearKey(year: string): string {
  return year.replace('-', '');
}

/**
 * Format the official id of a Kamerstuk: `kst-{dossier}-{nr}`.
 *
 * @example
 * kamerstukId({ number: '36200', suffix: 'VII', title: null }, '5'); // 'kst-36200-VII-5'
 */
export function kamerstukId(dossier: Pick<Dossier, 'number' | 'suffix'>, number: string): string {
  return `kst-${dossierKey(dossier)}-${number}`;
}

/** `ah-tk-20142015-1234` for an Aanhangsel. */
export function aanhangselId(chamber: 'tk' | 'ek', parliamentaryYear: string, number: string): string {
  return `ah-${chamber}-${yearKey(parliamentaryYear)}-${number}`;
}

/** `h-tk-20192020-97-12` for Handelingen (item optional). */
export function handelingenId(chamber: 'tk' | 'ek', parliamentaryYear: string, number: string, item?: string): string {
  return `h-${chamber}-${yearKey(parliamentaryYear)}-${number}${item ? `-${item}` : ''}`;
}

function chamberOf(code: string): Chamber {
  return code === 'ek' ? 'eerste-kamer' : code === 'vv' ? 'verenigde-vergadering' : 'tweede-kamer';
}

function yearOf(key: string): string | undefined {
  return /^\d{8}$/.test(key) ? `${key.slice(0, 4)}-${key.slice(4)}` : undefined;
}

/**
 * Read an official id (also as a file name: `kst-32824-93.txt`, `…/kst-32824-93.html`).
 *
 * @example
 * parseOfficialId('kst-21501-32-1703'); // { kind: 'kamerstuk', dossier: { number: '21501-32', title: null }, number: '1703' }
 */
export function parseOfficialId(text: string): OfficialId | null {
  const base = (text.split(/[\\/]/).pop() ?? '').replace(/\.(txt|html?|xml|pdf|json|odt|docx?)$/i, '');
  const parts = base.split('-');
  const head = parts.shift();
  if (head === 'kst') return parseKamerstukParts(parts);
  if (head === 'ah' && parts.length === 3 && /^\d+$/.test(parts[2] as string)) {
    const year = yearOf(parts[1] as string);
    if (!year) return null;
    return {
      kind: 'aanhangsel',
      chamber: chamberOf(parts[0] as string),
      parliamentaryYear: year,
      number: parts[2] as string,
    };
  }
  if (head === 'h' && parts.length >= 3) {
    const year = yearOf(parts[1] as string);
    if (!year || !/^\d+$/.test(parts[2] as string)) return null;
    const id: OfficialId = {
      kind: 'handelingen',
      chamber: chamberOf(parts[0] as string),
      parliamentaryYear: year,
      number: parts[2] as string,
    };
    if (parts[3] && /^\d+$/.test(parts[3])) id.item = parts[3];
    return id;
  }
  if (head === 'kv' && parts.length >= 2)
    return { kind: 'kamervragen', chamber: chamberOf(parts[0] as string), number: parts.slice(1).join('-') };
  if ((head === 'stb' || head === 'stcrt') && parts.length === 2 && /^\d{4}$/.test(parts[0] as string)) {
    return {
      kind: head === 'stb' ? 'staatsblad' : 'staatscourant',
      number: parts[1] as string,
      parliamentaryYear: parts[0] as string,
    };
  }
  return null;
}

function parseKamerstukParts(parts: string[]): OfficialId | null {
  const id: OfficialId = { kind: 'kamerstuk', chamber: 'tweede-kamer' };
  if (/^\d{8}$/.test(parts[0] ?? '')) id.parliamentaryYear = yearOf(parts.shift() as string);
  if (/^n\d+$/.test(parts[parts.length - 1] ?? '')) id.reprint = parts.pop();
  if (parts.length < 2 || parts.length > 3) return null;
  const [main, middle] = parts;
  const number = parts[parts.length - 1] as string;
  if (!/^\d{4,5}$/.test(main as string) || !/^(?:\d+[a-z]?|[A-Z]{1,2})$/.test(number)) return null;
  let dossier: Dossier = { number: main as string, title: null };
  if (parts.length === 3) {
    if (/^\d{1,3}$/.test(middle as string)) dossier = { number: `${main}-${middle}`, title: null };
    else if (ROMAN_OR_LETTER.test(middle as string))
      dossier = { number: main as string, suffix: middle as string, title: null };
    else return null;
  }
  id.dossier = dossier;
  id.number = number;
  return id;
}
