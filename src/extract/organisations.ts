/**
 * The organisations of a paper (`Entities.organisations`), each under one name, in
 * reading order:
 *
 * - committees as named ("de vaste commissie voor SZW" → "vaste commissie voor Sociale
 *   Zaken en Werkgelegenheid"; "De vaste commissies voor A en B" are two);
 * - ministries ("het ministerie van SZW", "Ministerie van Sociale Zaken en
 *   Werkgelegenheid", a standalone "SZW" → "Ministerie van Sociale Zaken en
 *   Werkgelegenheid"); a minister's portfolio ("de Minister van SZW") names none;
 * - the chambers ("Tweede Kamer" → "Tweede Kamer der Staten-Generaal") and the
 *   institutions, agencies and international bodies of the gazetteer;
 * - parties where the text speaks of them ("de CDA-fractie", "namens de SP"), not the
 *   "(CDA)" after a member's name;
 * - municipalities, provinces and water boards as authorities ("de gemeente Utrecht");
 * - foundations, associations, inspectorates, courts by their head word ("Stichting …").
 *
 * @module
 */
import {
  CueScanner,
  capitalisedWords,
  capsOf,
  lowerOf,
  PhraseIndex,
  type Segment,
  take,
  taken,
} from './entity-text.ts';
import { MINISTRY_ABBREVIATIONS, ministryOf, readPortfolio } from './ministries.ts';
import { ORGANISATION_BY_FORM } from './organisations-gazetteer.ts';
import { partyOf } from './parties.ts';
import { isNotName } from './person-names.ts';
import { isPlace, PLACE_INDEX } from './places.ts';
import { PROVINCE_NAMES } from './places-gazetteer.ts';

const GAZETTEER = new PhraseIndex(ORGANISATION_BY_FORM.entries());

/** Whether a word or phrase names an organisation of the gazetteer or a party. */
export function isOrganisation(word: string): boolean {
  return ORGANISATION_BY_FORM.has(word) || partyOf(word) !== null;
}

type Found = Array<[number, string]>;
type Hits = Map<string, number[]>;

const CUES = new CueScanner([
  'commissie',
  'kamercommissie',
  'ministerie',
  'departement',
  'gemeente',
  'provincie',
  'waterschap',
  'rechtbank',
]);
const NONE: number[] = [];

function add(segment: Segment, found: Found, start: number, end: number, name: string): void {
  found.push([segment.base + start, name]);
  take(segment, start, end);
}

const COMMITTEE_AT = /(?:[Kk]amer)?[Cc]ommissies? voor (?=(?:de |het )?\p{Lu})/uy;
const COMMITTEE_KIND = /(?:^|[^\p{L}])(vaste|algemene|bijzondere|tijdelijke|parlementaire) $/u;
const LIST_GLUE = /^(?:, | en |, en )(?:voor |van )?(?=\p{Lu})/u;

/** "de vaste commissie voor Sociale Zaken en Werkgelegenheid", "commissies voor A en B". */
function committees(segment: Segment, hits: Hits, found: Found): void {
  const text = segment.text;
  for (const hit of [...(hits.get('commissie') ?? NONE), ...(hits.get('kamercommissie') ?? NONE)]) {
    COMMITTEE_AT.lastIndex = hit;
    const m = COMMITTEE_AT.exec(text);
    if (!m) continue;
    const kind = COMMITTEE_KIND.exec(text.slice(Math.max(0, hit - 16), hit));
    const start = kind ? hit - (kind[1] as string).length - 1 : hit;
    const prefix = `${kind ? `${kind[1]} ` : ''}commissie voor `;
    let at = hit + m[0].length;
    for (let n = 0; n < 6; n++) {
      const strict = readPortfolio(text, at);
      const loose = readPortfolio(text, at, true);
      let portfolio = strict;
      if (!strict || (loose && loose.end > strict.end && !LIST_GLUE.test(text.slice(strict.end, strict.end + 12)))) {
        portfolio = loose;
      }
      if (!portfolio || /^(?:de |het )?(?:Kamer|Tweede Kamer|Eerste Kamer)$/.test(portfolio.portfolio)) break;
      add(segment, found, n === 0 ? start : at, portfolio.end, prefix + portfolio.portfolio);
      const glue = LIST_GLUE.exec(text.slice(portfolio.end, portfolio.end + 12));
      if (!glue || !/commissies/.test(m[0])) break;
      at = portfolio.end + glue[0].length;
    }
  }
}

const MINISTRY_AT = /(?:[Mm]inisteries?|[Dd]epartement(?:en)?) van (?=\p{Lu})/uy;

/** "het ministerie van SZW", "de ministeries van Buitenlandse Zaken en Defensie". */
function ministries(segment: Segment, hits: Hits, found: Found): void {
  const text = segment.text;
  for (const hit of [...(hits.get('ministerie') ?? NONE), ...(hits.get('departement') ?? NONE)]) {
    MINISTRY_AT.lastIndex = hit;
    const m = MINISTRY_AT.exec(text);
    if (!m) continue;
    let at = hit + m[0].length;
    for (let n = 0; n < 6; n++) {
      const portfolio = readPortfolio(text, at);
      if (!portfolio) break;
      const name = `Ministerie van ${ministryOf(portfolio.portfolio) ?? portfolio.portfolio}`;
      add(segment, found, n === 0 ? hit : at, portfolio.end, name);
      const glue = LIST_GLUE.exec(text.slice(portfolio.end, portfolio.end + 12));
      if (!glue) break;
      at = portfolio.end + glue[0].length;
    }
  }
}

/** A portfolio of a role, not a ministry: "de Minister van SZW", "commissie voor VWS". */
const ROLE_BEFORE =
  /(?:[Mm]inisters?|[Ss]taatssecretaris(?:sen)?|[Cc]ommissies?|[Bb]ewindspersonen)(?: [\p{L}-]+)?,? (?:van|voor) (?:de |het )?(?:[\p{L}&]+(?:, | en ))?$/u;
const PARTY_BEFORE = /(?:^|[^\p{L}])(?:[Dd]e|[Hh]et|namens|fracties? van(?: de| het)?) $/u;
const PARTY_LIST_GAP = /^(?:, | en |, en )(?:de |het )?$/;
const HEADS: ReadonlySet<string> = new Set(
  'Stichting Vereniging Inspectie Autoriteit Adviesraad Rechtbank Gerechtshof Universiteit Hogeschool Federatie Rijksdienst Raad'.split(
    ' ',
  ),
);
const HEAD_AT =
  /(?:Stichting|Vereniging|Inspectie|Autoriteit|Adviesraad|[Rr]echtbank|Gerechtshof|Universiteit|Hogeschool|Federatie|Rijksdienst|Raad voor) (?=\p{Lu}|de |het |van |voor )((?:(?:van|voor|de|het|der|op|en|in|'t|&|\p{Lu}[\p{L}'’-]*) ?){1,8})/uy;

/** What the capitalised words say: ministries by abbreviation, parties, named bodies. */
function byWords(segment: Segment, hits: Hits, found: Found): void {
  const text = segment.text;
  const caps = capsOf(segment);
  const heads: number[] = [];
  let partyEnd = -1;
  for (let k = 0; k < caps.length; k += 2) {
    const start = caps[k] as number;
    const end = caps[k + 1] as number;
    if (taken(segment, start, end)) continue;
    const word = text.slice(start, end);
    if (MINISTRY_ABBREVIATIONS.has(word)) {
      if (!ROLE_BEFORE.test(text.slice(Math.max(0, start - 60), start))) {
        add(segment, found, start, end, `Ministerie van ${ministryOf(word)}`);
      }
    } else if (word.endsWith('-fractie')) {
      const party = word.slice(0, -'-fractie'.length);
      if (partyOf(party) || /^\p{Lu}[\p{Lu}\d]{1,5}$/u.test(party))
        add(segment, found, start, start + party.length, partyOf(party) ?? party);
    } else if (
      partyOf(word) &&
      (PARTY_BEFORE.test(text.slice(Math.max(0, start - 24), start)) ||
        (partyEnd >= 0 && PARTY_LIST_GAP.test(text.slice(partyEnd, start))))
    ) {
      add(segment, found, start, end, partyOf(word) as string);
      partyEnd = end;
    } else if (HEADS.has(word)) heads.push(start);
  }
  for (const hit of hits.get('rechtbank') ?? NONE) if (text.charCodeAt(hit) === 114) heads.push(hit);
  for (const start of heads) {
    HEAD_AT.lastIndex = start;
    const m = HEAD_AT.exec(text);
    if (!m) continue;
    const words = (m[1] as string).trim().split(' ');
    while (words.length > 0 && !/^\p{Lu}/u.test(words[words.length - 1] as string)) words.pop();
    if (words.length === 0 || taken(segment, start, start + m[0].length)) continue;
    const headWord = m[0].slice(0, m[0].length - (m[1] as string).length - 1);
    const name = `${headWord.charAt(0).toUpperCase()}${headWord.slice(1)} ${words.join(' ')}`;
    add(segment, found, start, start + name.length, name);
  }
}

/** "Tweede Kamer", "Eerste Kamer der Staten-Generaal", then the gazetteer's bodies. */
function named(segment: Segment, found: Found): void {
  const text = segment.text;
  for (let i = text.indexOf('Kamer'); i !== -1; i = text.indexOf('Kamer', i + 1)) {
    const which = text.slice(Math.max(0, i - 7), i);
    if (which !== 'Tweede ' && which !== 'Eerste ') continue;
    let end = i + 5;
    if (text.startsWith(' der Staten-Generaal', end)) end += ' der Staten-Generaal'.length;
    const next = text.charCodeAt(end);
    if (!Number.isNaN(next) && (isLetter(next) || next === 45)) continue;
    add(segment, found, i - 7, end, `${which}Kamer der Staten-Generaal`);
  }
  for (const m of GAZETTEER.find(text, capsOf(segment))) {
    if (!taken(segment, m.start, m.end)) add(segment, found, m.start, m.end, m.value);
  }
}

function isLetter(c: number): boolean {
  return /\p{L}/u.test(String.fromCharCode(c));
}

const AUTHORITY_AT = /(gemeente|gemeenten|provincie|provincies|waterschap|waterschappen) (?=\p{Lu})/uy;

/** "de gemeente Utrecht", "de provincies Gelderland, Overijssel en Limburg". */
function authorities(segment: Segment, hits: Hits, found: Found): void {
  const text = segment.text;
  for (const word of ['gemeente', 'provincie', 'waterschap']) {
    for (const hit of hits.get(word) ?? NONE) {
      AUTHORITY_AT.lastIndex = hit;
      const m = AUTHORITY_AT.exec(text);
      if (m) authorityList(segment, found, hit, m);
    }
  }
}

function authorityList(segment: Segment, found: Found, hit: number, m: RegExpExecArray): void {
  const text = segment.text;
  const kind = (m[1] as string)
    .replace(/^gemeenten$/, 'gemeente')
    .replace(/s$/, '')
    .replace(/pen$/, '');
  let at = hit + m[0].length;
  for (let n = 0; n < 12; n++) {
    const rest = text.slice(at, at + 60);
    const place = PLACE_INDEX.find(rest, capitalisedWords(rest))[0];
    let name: string | null = null;
    let printed = 0;
    if (place && place.start === 0) {
      name = place.value;
      printed = place.end;
    } else if (kind !== 'provincie') {
      const word = /^\p{Lu}\p{Ll}[\p{L}'’-]*/u.exec(rest)?.[0];
      if (word && !isNotName(word) && !isOrganisation(word)) {
        name = word;
        printed = word.length;
      }
    }
    if (!name || (kind === 'provincie' && !PROVINCE_NAMES.has(name) && !isPlace(name))) break;
    add(segment, found, n === 0 ? hit : at, at + printed, `${kind} ${name}`);
    const glue = /^(?:, | en )(?=\p{Lu})/u.exec(text.slice(at + printed, at + printed + 5));
    if (!glue) break;
    at += printed + glue[0].length;
  }
}

/** The organisations named in the segments, each once, in reading order. */
export function findOrganisations(segments: Segment[]): string[] {
  const found: Found = [];
  for (const segment of segments) {
    const hits = CUES.scan(lowerOf(segment));
    committees(segment, hits, found);
    ministries(segment, hits, found);
    named(segment, found);
    authorities(segment, hits, found);
    byWords(segment, hits, found);
  }
  found.sort((a, b) => a[0] - b[0]);
  return [...new Set(found.map(([, name]) => name))];
}
