/**
 * Metadata values → the typed fields of {@link OfficialMetadata}.
 *
 * The three shapes name a value differently (`DC.identifier`, `dcterms:identifier`,
 * `identifier`; `OVERHEIDop.publicationName`, SRU's `publicatienaam`): every name is
 * reduced to its last part, lower-cased, and the SRU's Dutch names to the English ones.
 *
 * @module
 */
import { type Chamber, type DocumentKind, type Dossier, parseDossierNumber } from '../../model/index.ts';
import { isoDate } from '../text/dates.ts';
import type { MetadataProperty, OfficialMetadata } from './types.ts';

/** SRU `tpmeta` names for what `metadata.xml` calls otherwise. */
const ALIASES: Record<string, string> = {
  publicatienaam: 'publicationname',
  publicatienummer: 'publicationissue',
  organisatietype: 'organisationtype',
  subject: 'category',
};

/** The publication an identifier's prefix names. */
const KIND_BY_PREFIX: Record<string, DocumentKind> = {
  kst: 'kamerstuk',
  h: 'handelingen',
  ah: 'aanhangsel',
  kv: 'kamervragen',
  stb: 'staatsblad',
  stcrt: 'staatscourant',
};

/** The publication a publication name names, where the identifier did not say. */
const KIND_BY_NAME: Array<[RegExp, DocumentKind]> = [
  [/^Kamerstuk/i, 'kamerstuk'],
  [/^Aanhangsel/i, 'aanhangsel'],
  [/^Kamervragen/i, 'kamervragen'],
  [/^Handelingen/i, 'handelingen'],
  [/^Staatsblad/i, 'staatsblad'],
  [/^Staatscourant/i, 'staatscourant'],
];

/** `DC.type` schemes that say more than "officiële publicatie", the most specific first. */
const SPECIFIC_TYPES = [/KamerstukTypen|HandelingTypen|Rubriek/i, /Parlementair/i];

/** The key a property is known by: `OVERHEIDop.publicationName` → `publicationname`. */
function keyOf(name: string): string {
  const key = name.toLowerCase().replace(/^.*[:.]/, '');
  return ALIASES[key] ?? key;
}

/**
 * Type the values of a publication's metadata.
 *
 * @example
 * metadataFromProperties([{ name: 'OVERHEIDop.dossiernummer', scheme: null, value: '32824;27925' }]).dossiers;
 * // [{ number: '32824', title: null }, { number: '27925', title: null }]
 */
export function metadataFromProperties(properties: MetadataProperty[]): OfficialMetadata {
  const byKey = new Map<string, MetadataProperty[]>();
  for (const property of properties) {
    const key = keyOf(property.name);
    byKey.set(key, [...(byKey.get(key) ?? []), property]);
  }
  const all = (key: string): string[] => (byKey.get(key) ?? []).map((p) => p.value);
  const one = (key: string): string | null => all(key)[0] ?? null;
  const date = (key: string): string | null => isoOf(one(key));
  const identifier = one('identifier');
  const creator = one('creator');
  const publicationName = one('publicationname');
  return {
    identifier,
    kind: kindOf(identifier, publicationName),
    chamber: chamberOf(identifier, creator),
    title: one('title'),
    type: typeOf(byKey),
    creator,
    publisher: one('publisher'),
    language: one('language'),
    issued: date('issued'),
    available: date('available'),
    modified: date('modified'),
    publicationName,
    publicationIssue: one('publicationissue'),
    volume: one('jaargang'),
    organisationType: one('organisationtype'),
    authority: one('authority'),
    category: one('category'),
    dossiers: dossiersOf(all('dossiernummer'), all('dossiertitel')),
    number: one('ondernummer'),
    documentTitle: one('documenttitel'),
    submitters: all('indiener'),
    recipient: one('ontvanger'),
    parliamentaryYear: yearOf(one('vergaderjaar')),
    questionNumber: one('vraagnummer'),
    aanhangsel: all('aanhangsel'),
    letterDate: date('datumbrief'),
    submittedDate: date('datumindiening'),
    receivedDate: date('datumontvangst'),
    meetingDate: date('datumvergadering'),
    handledDossiers: all('behandelddossier'),
    urls: {
      preferred: one('preferredurl'),
      items: Object.fromEntries((byKey.get('itemurl') ?? []).map((p) => [p.scheme ?? '', p.value])),
    },
    properties,
  };
}

/** `2015-05-28` or `2023-04-20T09:21:22+02:00` → `2015-05-28`, when it is a date. */
function isoOf(value: string | null): string | null {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** `2014-2015`, `20142015`, `2014–2015` → `2014-2015`, when the years follow each other. */
function yearOf(value: string | null): string | null {
  const match = value ? /^(\d{4})\D?(\d{4})$/.exec(value.trim()) : null;
  return match && Number(match[2]) === Number(match[1]) + 1 ? `${match[1]}-${match[2]}` : null;
}

function kindOf(identifier: string | null, publicationName: string | null): DocumentKind | null {
  const prefix = identifier ? /^([a-z]+)-/.exec(identifier)?.[1] : undefined;
  if (prefix) return KIND_BY_PREFIX[prefix] ?? 'other';
  for (const [pattern, kind] of KIND_BY_NAME) if (publicationName && pattern.test(publicationName)) return kind;
  return publicationName ? 'other' : null;
}

function chamberOf(identifier: string | null, creator: string | null): Chamber | null {
  if (creator && /^Tweede Kamer\b/.test(creator)) return 'tweede-kamer';
  if (creator && /^Eerste Kamer\b/.test(creator)) return 'eerste-kamer';
  if (creator && /^Verenigde Vergadering\b/.test(creator)) return 'verenigde-vergadering';
  const code = identifier ? /^(?:kst|h|ah|kv)-(tk|ek|vv)-/.exec(identifier)?.[1] : undefined;
  if (code === 'tk') return 'tweede-kamer';
  if (code === 'ek') return 'eerste-kamer';
  return code === 'vv' ? 'verenigde-vergadering' : null;
}

function typeOf(byKey: ReadonlyMap<string, MetadataProperty[]>): string | null {
  const types = [...(byKey.get('subrubriek') ?? []), ...(byKey.get('type') ?? [])];
  for (const scheme of SPECIFIC_TYPES) {
    const specific = types.find((p) => p.scheme !== null && scheme.test(p.scheme));
    if (specific) return specific.value;
  }
  return (
    types.find((p) => !/Informatietype/i.test(p.scheme ?? '') && p.value !== 'officiële publicatie')?.value ?? null
  );
}

/** The dossiers of `dossiernummer` values ("33037;34532", "36200-VII"), titled in order by `dossiertitel`. */
function dossiersOf(numbers: string[], titles: string[]): Dossier[] {
  const dossiers: Dossier[] = [];
  for (const printed of numbers.flatMap((value) => value.split(';'))) {
    const dossier = parseDossierNumber(printed);
    if (dossier && !dossiers.some((d) => d.number === dossier.number && d.suffix === dossier.suffix)) {
      dossiers.push(dossier);
    }
  }
  const split = titles.length === 1 ? (titles[0] as string).split(';').map((t) => t.trim()) : titles;
  const named = split.length === dossiers.length ? split : titles.slice(0, 1);
  named.forEach((title, i) => {
    const dossier = dossiers[i];
    if (dossier && title !== '') dossier.title = title;
  });
  return dossiers;
}
