/**
 * Field filters of the query language (`dossier:32824`, `type:brief`, `from:2015-01`,
 * ...): their names, Dutch aliases, and the normalisation of their values into the
 * `FieldFilter`s engines compile. A bad value is a `SearchQueryError`.
 *
 * @module
 */
import { PAPER_TYPES } from '../../model/index.ts';
import { SearchQueryError } from '../errors.ts';
import type { FieldFilter, QueryField } from '../types.ts';

/** Field names as users type them (lower case), English and Dutch. */
const FIELD_NAMES: Readonly<Record<string, QueryField>> = {
  dossier: 'dossier',
  type: 'type',
  soort: 'type',
  from: 'from',
  van: 'from',
  vanaf: 'from',
  to: 'to',
  tot: 'to',
  totenmet: 'to',
  year: 'year',
  jaar: 'year',
  sender: 'sender',
  afzender: 'sender',
  portfolio: 'portfolio',
  ministerie: 'portfolio',
  topic: 'topic',
  onderwerp: 'topic',
  thema: 'topic',
  chamber: 'chamber',
  kamer: 'chamber',
  id: 'id',
  outcome: 'outcome',
  uitkomst: 'outcome',
  uitslag: 'outcome',
  'party-voted-for': 'votedFor',
  'fractie-voor': 'votedFor',
  'partij-voor': 'votedFor',
};

/** The field a name stands for, or undefined. */
export function fieldOf(name: string): QueryField | undefined {
  return Object.hasOwn(FIELD_NAMES, name.toLowerCase()) ? FIELD_NAMES[name.toLowerCase()] : undefined;
}

/** The field names, for error messages. */
export const FIELD_LIST =
  'dossier, type, from, to, year, sender, portfolio, topic, chamber, id, outcome, party-voted-for';

/** Dutch words users type for a paper type, to its slug. */
const TYPE_ALIASES: Readonly<Record<string, string>> = {
  kamerbrief: 'brief',
  brieven: 'brief',
  moties: 'motie',
  amendementen: 'amendement',
  wetsvoorstel: 'voorstel-van-wet',
  wetsvoorstellen: 'voorstel-van-wet',
  wet: 'voorstel-van-wet',
  mvt: 'memorie-van-toelichting',
  toelichting: 'memorie-van-toelichting',
  nvw: 'nota-van-wijziging',
  boodschap: 'koninklijke-boodschap',
  advies: 'advies-raad-van-state',
  rvs: 'advies-raad-van-state',
  'raad-van-state': 'advies-raad-van-state',
  verslagen: 'verslag',
  nota: 'nota-naar-aanleiding-van-het-verslag',
  nnav: 'nota-naar-aanleiding-van-het-verslag',
  mva: 'memorie-van-antwoord',
  vso: 'verslag-schriftelijk-overleg',
  'schriftelijk-overleg': 'verslag-schriftelijk-overleg',
  commissiedebat: 'verslag-commissiedebat',
  vragen: 'kamervragen',
  kamervraag: 'kamervragen',
  antwoord: 'antwoord-kamervragen',
  antwoorden: 'antwoord-kamervragen',
  uitstel: 'uitstel-antwoord-kamervragen',
  uitstelbericht: 'uitstel-antwoord-kamervragen',
  'lijst-van-vragen': 'lijst-van-vragen-en-antwoorden',
  handeling: 'handelingen',
  overig: 'other',
  anders: 'other',
};

/** Outcomes as users type them, to the decision's outcome. */
const OUTCOMES: Readonly<Record<string, string>> = {
  aangenomen: 'aangenomen',
  adopted: 'aangenomen',
  carried: 'aangenomen',
  verworpen: 'verworpen',
  rejected: 'verworpen',
  aangehouden: 'aangehouden',
  'held-over': 'aangehouden',
  ingetrokken: 'ingetrokken',
  withdrawn: 'ingetrokken',
  vervallen: 'vervallen',
  lapsed: 'vervallen',
};

const CHAMBERS: Readonly<Record<string, 'tweede-kamer' | 'eerste-kamer' | 'verenigde-vergadering'>> = {
  tk: 'tweede-kamer',
  'tweede-kamer': 'tweede-kamer',
  tweede: 'tweede-kamer',
  ek: 'eerste-kamer',
  'eerste-kamer': 'eerste-kamer',
  eerste: 'eerste-kamer',
  vv: 'verenigde-vergadering',
  'verenigde-vergadering': 'verenigde-vergadering',
};

function slug(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .trim()
    .replace(/[\s_]+/g, '-');
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `yyyy`, `yyyy-mm`, `yyyy-mm-dd` or `dd-mm-yyyy` → the first (from) or last (to) day. */
function dateValue(value: string, end: boolean, position: number): string {
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value);
  let y: number;
  let mo: number | undefined;
  let d: number | undefined;
  if (m !== null) {
    y = Number(m[1]);
    mo = m[2] === undefined ? undefined : Number(m[2]);
    d = m[3] === undefined ? undefined : Number(m[3]);
  } else {
    m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(value);
    if (m === null) {
      throw new SearchQueryError(`bad date "${value}": use yyyy, yyyy-mm or yyyy-mm-dd`, position);
    }
    y = Number(m[3]);
    mo = Number(m[2]);
    d = Number(m[1]);
  }
  if (mo !== undefined && (mo < 1 || mo > 12))
    throw new SearchQueryError(`bad date "${value}": no month ${mo}`, position);
  if (d !== undefined && (d < 1 || d > daysIn(y, mo!))) {
    throw new SearchQueryError(`bad date "${value}": no day ${d} in that month`, position);
  }
  const month = mo ?? (end ? 12 : 1);
  const day = d ?? (end ? daysIn(y, month) : 1);
  return `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Normalise a field's value into a filter; `position` (of the value in the query) is
 * reported in errors.
 *
 * @example
 * fieldFilter('dossier', '21 501-32', 0); // { field: 'dossier', value: '21501-32' }
 * fieldFilter('to', '2015-02', 0); // { field: 'to', value: '2015-02-28' }
 */
export function fieldFilter(field: QueryField, raw: string, position: number): FieldFilter {
  const value = raw.trim();
  if (value === '') {
    throw new SearchQueryError(`empty value for ${field === 'votedFor' ? 'party-voted-for' : field}:`, position);
  }
  switch (field) {
    case 'dossier': {
      // "21 501-32", "36200-VII", "36 200 VII" → 21501-32, 36200-VII
      const m = /^(\d{1,3}(?:[ .]?\d{3})*)(?:[-\s]+(\d+))?(?:[-\s]+([A-Za-z][A-Za-z0-9]*))?$/.exec(value);
      if (m === null)
        throw new SearchQueryError(`bad dossier number "${value}": use e.g. 32824, 21501-32 or 36200-VII`, position);
      const number = m[1]!.replace(/[ .]/g, '') + (m[2] === undefined ? '' : `-${m[2]}`);
      return { field, value: m[3] === undefined ? number : `${number}-${m[3].toUpperCase()}` };
    }
    case 'type': {
      const typed = slug(value);
      const s = TYPE_ALIASES[typed] ?? typed;
      if (!(PAPER_TYPES as readonly string[]).includes(s)) {
        throw new SearchQueryError(`unknown paper type "${value}": use one of ${PAPER_TYPES.join(', ')}`, position);
      }
      return { field, value: s };
    }
    case 'from':
    case 'to':
      return { field, value: dateValue(value, field === 'to', position) };
    case 'year': {
      // a calendar year, or a parliamentary year 2014-2015
      const m = /^(\d{4})(?:[-/–](\d{4}))?$/.exec(value);
      if (m === null || (m[2] !== undefined && Number(m[2]) !== Number(m[1]) + 1)) {
        throw new SearchQueryError(`bad year "${value}": use yyyy or a parliamentary year like 2014-2015`, position);
      }
      return { field, value: m[2] === undefined ? m[1]! : `${m[1]}-${m[2]}` };
    }
    case 'sender':
    case 'portfolio':
    case 'topic':
      return { field, value: value.toLowerCase().replace(/\s+/g, ' ') };
    case 'chamber': {
      const c = CHAMBERS[slug(value)];
      if (c === undefined) throw new SearchQueryError(`unknown chamber "${value}": use tk, ek or vv`, position);
      return { field, value: c };
    }
    case 'id':
      return { field, value };
    case 'outcome': {
      const outcome = OUTCOMES[slug(value)];
      if (outcome === undefined) {
        throw new SearchQueryError(
          `unknown outcome "${value}": use aangenomen, verworpen, aangehouden, ingetrokken or vervallen`,
          position,
        );
      }
      return { field, value: outcome };
    }
    case 'votedFor':
      return { field, value: value.toLowerCase() };
  }
}
