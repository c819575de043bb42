/**
 * The rules `due.ts` reads time phrases with: each a pattern and how to turn its match
 * into a due and deadline, in the order they are tried, and the vague phrases kept as
 * written.
 *
 * @module
 */
import { addDays, dateParts, findDates, isoDate, MONTH_NUMBER, MONTH_PATTERN } from './dutch-dates.ts';

/** The time of a promise. */
export interface Due {
  due: string;
  deadline?: string;
}

const YEAR = '(\\d{4})(?!\\d)';
const ORDINAL: Record<string, number> = {
  eerste: 1,
  '1e': 1,
  tweede: 2,
  '2e': 2,
  derde: 3,
  '3e': 3,
  vierde: 4,
  '4e': 4,
  laatste: 4,
};

function lastDayOfMonth(year: number, month: number): string {
  return isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate()) as string;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The third Tuesday of September: Prinsjesdag. */
export function prinsjesdag(year: number): string {
  const first = new Date(Date.UTC(year, 8, 1)).getUTCDay();
  const firstTuesday = 1 + ((2 - first + 7) % 7);
  return `${year}-09-${pad(firstTuesday + 14)}`;
}

/** Relative year words → the year, given the paper's year (null when there is none). */
function relativeYear(word: string | undefined, refYear: number | null): number | null {
  if (refYear === null) return null;
  const w = (word ?? '').toLowerCase();
  if (w.startsWith('volgend') || w.startsWith('komend')) return refYear + 1;
  return refYear;
}

/** Pick the year for a yearless period: the first whose deadline is not before the paper's date. */
function upcoming(ref: string | null, deadlineFor: (year: number) => string): number | null {
  const parts = dateParts(ref);
  if (!parts) return null;
  const year = parts[0];
  return deadlineFor(year) >= (ref as string) ? year : year + 1;
}

/** What a rule read: a due, `year` for a time phrase whose year only the paper's date could give, or nothing. */
export type Reading = Due | 'year' | null;

export type Rule = { pattern: RegExp; read: (m: RegExpExecArray, ref: string | null) => Reading };

const quarterEnd = (y: number, q: number): string => lastDayOfMonth(y, q * 3);
const seasonYear = (
  qualifier: string | undefined,
  explicit: string | undefined,
  ref: string | null,
  deadline: (y: number) => string,
): number | null => {
  if (explicit) return Number(explicit);
  const q = (qualifier ?? '').toLowerCase().trim();
  const parts = dateParts(ref);
  if (q === 'dit' || q === 'deze') return parts ? parts[0] : null;
  if (q.startsWith('volgend')) return parts ? parts[0] + 1 : null;
  return upcoming(ref, deadline);
};

/** Season words → [due for year, deadline for year]. */
function season(word: string, prep: string): [(y: number) => string, (y: number) => string] | null {
  const w = word.toLowerCase();
  const p = prep.toLowerCase();
  const before = p === 'voor' || p === 'vóór';
  if (w === 'zomer' || w === 'zomerreces' || w === 'zomervakantie') {
    if (before) return [(y) => `${y}-07-01`, (y) => `${y}-06-30`];
    if (p === 'na') return [(y) => `${y}-H2`, (y) => `${y}-12-31`];
    return [(y) => `${y}-Q3`, (y) => `${y}-09-30`];
  }
  if (w === 'najaar') {
    if (before) return [(y) => `${y}-09-01`, (y) => `${y}-08-31`];
    if (p === 'na') return null;
    return [(y) => `${y}-Q4`, (y) => `${y}-12-31`];
  }
  if (w === 'voorjaar') {
    if (before || p === 'na') return null;
    return [(y) => `${y}-Q2`, (y) => `${y}-06-30`];
  }
  if (w === 'kerstreces' || w === 'kerst') {
    if (!before) return null;
    return [(y) => `${y}-12`, (y) => `${y}-12-20`];
  }
  return null;
}

export const RULES: Rule[] = [
  // "voor 1 januari 2026", "uiterlijk 1 juli", "op 3 november 2025".
  {
    pattern: new RegExp(
      `\\b(uiterlijk(?:\\s+op)?|v[oó]{2}r|op|per|vanaf|met ingang van|rond|omstreeks)\\s+(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\s+)?(\\d{1,2}\\s+(?:${MONTH_PATTERN})\\.?(?:\\s+\\d{4}|\\s+a\\.s\\.?|\\s+aanstaande)?)(?!\\s*\\d)`,
      'giu',
    ),
    read: (m, ref) => {
      const date = findDates(m[2] as string, ref, 'future')[0];
      if (!date) return null;
      const prep = (m[1] as string).toLowerCase();
      const before = prep === 'voor' || prep === 'vóór';
      return { due: date.iso, deadline: before ? addDays(date.iso, -1) : date.iso };
    },
  },
  // "in het derde kwartaal van 2022", "voor het eerste kwartaal", "Q3 2022".
  {
    pattern: new RegExp(
      `\\b(?:(in|v[oó]{2}r|uiterlijk in|na)\\s+)?(?:het\\s+)?(eerste|1e|tweede|2e|derde|3e|vierde|4e|laatste)\\s+kwartaal(?:\\s+van)?(?:\\s+${YEAR}|\\s+(dit|volgend)\\s+jaar)?`,
      'giu',
    ),
    read: (m, ref) => {
      const q = ORDINAL[(m[2] as string).toLowerCase()] as number;
      const prep = (m[1] ?? '').toLowerCase();
      if (prep === 'na') return null;
      const year = m[3]
        ? Number(m[3])
        : m[4]
          ? relativeYear(m[4], dateParts(ref)?.[0] ?? null)
          : upcoming(ref, (y) => quarterEnd(y, q));
      if (year === null) return 'year';
      const before = prep === 'voor' || prep === 'vóór';
      const deadline = before ? (q === 1 ? `${year - 1}-12-31` : quarterEnd(year, q - 1)) : quarterEnd(year, q);
      return { due: `${year}-Q${q}`, deadline };
    },
  },
  {
    pattern: new RegExp(`\\bQ([1-4])(?:\\s+|-|\\s*/\\s*)${YEAR}`, 'gu'),
    read: (m) => {
      const q = Number(m[1]);
      const year = Number(m[2]);
      return { due: `${year}-Q${q}`, deadline: quarterEnd(year, q) };
    },
  },
  // "in de tweede helft van 2026".
  {
    pattern: new RegExp(
      `\\b(?:(in|na)\\s+)?de\\s+(eerste|tweede)\\s+(?:jaar)?helft(?:\\s+van)?(?:\\s+${YEAR}|\\s+(dit|volgend)\\s+jaar)?`,
      'giu',
    ),
    read: (m, ref) => {
      if ((m[1] ?? '').toLowerCase() === 'na') return null;
      const h = (m[2] as string).toLowerCase() === 'eerste' ? 1 : 2;
      const end = (y: number): string => (h === 1 ? `${y}-06-30` : `${y}-12-31`);
      const year = m[3] ? Number(m[3]) : m[4] ? relativeYear(m[4], dateParts(ref)?.[0] ?? null) : upcoming(ref, end);
      return year === null ? 'year' : { due: `${year}-H${h}`, deadline: end(year) };
    },
  },
  // "voor Prinsjesdag", "met Prinsjesdag 2026".
  {
    pattern: new RegExp(`\\b(v[oó]{2}r|op|met|bij|rond)\\s+prinsjesdag(?:\\s+(?:van\\s+)?${YEAR})?`, 'giu'),
    read: (m, ref) => {
      const year = m[2] ? Number(m[2]) : upcoming(ref, prinsjesdag);
      if (year === null) return 'year';
      const day = prinsjesdag(year);
      const before = /^v/i.test(m[1] as string);
      return { due: day, deadline: before ? addDays(day, -1) : day };
    },
  },
  // Seasons and recesses: "voor de zomer van 2016", "in het najaar", "dit voorjaar", "na het zomerreces".
  {
    pattern: new RegExp(
      `\\b(?:(v[oó]{2}r|in|na|tijdens|gedurende|rond)\\s+)?(?:(?:de|het)\\s+)?(komende?\\s+|aankomende?\\s+|dit\\s+|deze\\s+|volgende?\\s+)?(zomerreces|zomervakantie|zomer|najaar|voorjaar|kerstreces|kerst)(?![\\p{L}])(?:\\s+(?:van\\s+)?${YEAR})?`,
      'giu',
    ),
    read: (m, ref) => {
      const prep = m[1] ?? (m[2] ? 'in' : '');
      if (!prep) return null;
      const periods = season(m[3] as string, prep);
      if (!periods) return null;
      const [due, deadline] = periods;
      const year = seasonYear(m[2], m[4], ref, deadline);
      return year === null ? 'year' : { due: due(year), deadline: deadline(year) };
    },
  },
  // Months: "in januari 2000", "eind april", "voor september 2025", "in de loop van oktober".
  {
    pattern: new RegExp(
      `\\b(in\\s+de\\s+loop\\s+van|in|v[oó]{2}r|eind|einde|begin|medio|half|halverwege|uiterlijk(?:\\s+in|\\s+eind)?|voor\\s+eind|rond|omstreeks|vanaf|per)\\s+(?:de\\s+maand\\s+)?(${MONTH_PATTERN})(?![\\p{L}])(?:\\s+(?:van\\s+)?${YEAR})?`,
      'giu',
    ),
    read: (m, ref) => {
      const month = MONTH_NUMBER.get((m[2] as string).toLowerCase()) as number;
      const prep = (m[1] as string).toLowerCase().replace(/\s+/g, ' ');
      const before = prep === 'voor' || prep === 'vóór';
      const deadlineFor = (y: number): string => {
        if (before) return addDays(`${y}-${pad(month)}-01`, -1);
        if (prep === 'begin') return `${y}-${pad(month)}-15`;
        if (prep === 'medio' || prep === 'half' || prep === 'halverwege') return `${y}-${pad(month)}-20`;
        return lastDayOfMonth(y, month);
      };
      const year = m[3] ? Number(m[3]) : upcoming(ref, deadlineFor);
      return year === null ? 'year' : { due: `${year}-${pad(month)}`, deadline: deadlineFor(year) };
    },
  },
  // Years: "eind 2025", "begin 2026", "medio 2026", "in 2026", "voor het einde van het jaar".
  {
    pattern: new RegExp(
      `\\b(?:(voor\\s+(?:het\\s+)?eind(?:e)?\\s+(?:van\\s+)?|uiterlijk\\s+eind\\s+|eind(?:e)?\\s+(?:van\\s+)?|aan\\s+het\\s+begin\\s+van\\s+|begin\\s+(?:van\\s+)?|medio\\s+|half\\s+|halverwege\\s+|midden\\s+|in\\s+de\\s+loop\\s+van\\s+|gedurende\\s+|in\\s+(?:het\\s+jaar\\s+)?|vanaf\\s+|nog\\s+in\\s+|later\\s+in\\s+))(?:${YEAR}|(?:(?:het|dit)\\s+jaar)|(volgend|komend)\\s+jaar)`,
      'giu',
    ),
    read: (m, ref) => {
      const refYear = dateParts(ref)?.[0] ?? null;
      const prep = (m[1] as string).toLowerCase().replace(/\s+/g, ' ').trim();
      // "in het jaar", "vanaf het jaar" name no year.
      if (!m[2] && !m[3] && /^(in|vanaf|gedurende|nog in|later in)\b/.test(prep) && !/dit\s+jaar/i.test(m[0]))
        return null;
      const year = m[2] ? Number(m[2]) : m[3] ? relativeYear(m[3], refYear) : refYear;
      if (year === null) return 'year';
      if (/^(uiterlijk )?eind/.test(prep)) return { due: `${year}-12`, deadline: `${year}-12-31` };
      if (/begin/.test(prep)) return { due: `${year}-Q1`, deadline: `${year}-03-31` };
      if (/^(medio|half|halverwege|midden)/.test(prep)) return { due: `${year}-07`, deadline: `${year}-07-31` };
      return { due: String(year), deadline: `${year}-12-31` };
    },
  },
  {
    pattern:
      /\b(?:(?:nog|later|in de loop van)\s+)?dit\s+jaar\b|\bv[oó]{2}r\s+(?:de\s+jaarwisseling|het\s+jaareinde)\b|\b(volgend)\s+jaar\b/giu,
    read: (m, ref) => {
      const refYear = dateParts(ref)?.[0] ?? null;
      const year = relativeYear(m[1], refYear);
      return year === null ? 'year' : { due: String(year), deadline: `${year}-12-31` };
    },
  },
  // "binnen vier weken", "binnen een maand".
  {
    pattern:
      /\bbinnen\s+(\d{1,2}|een|één|twee|drie|vier|vijf|zes|acht|tien|twaalf)\s+(dag|dagen|week|weken|maand|maanden)\b/giu,
    read: (m, ref) => {
      const words: Record<string, number> = { een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, acht: 8 };
      const n = Number.isNaN(Number(m[1]))
        ? (words[(m[1] as string).toLowerCase()] ?? (m[1] === 'tien' ? 10 : 12))
        : Number(m[1]);
      const unit = (m[2] as string).toLowerCase();
      if (!dateParts(ref)) return { due: m[0].toLowerCase() };
      let iso: string;
      if (unit.startsWith('dag')) iso = addDays(ref as string, n);
      else if (unit.startsWith('we')) iso = addDays(ref as string, 7 * n);
      else {
        const [y, mo, d] = dateParts(ref) as [number, number, number];
        const total = mo - 1 + n;
        const year = y + Math.floor(total / 12);
        const month = (total % 12) + 1;
        iso = isoDate(year, month, Math.min(d, new Date(Date.UTC(year, month, 0)).getUTCDate())) as string;
      }
      return { due: iso, deadline: iso };
    },
  },
];

/** Vague phrases, kept as the text says them (article and "in" dropped for "komende …"). */
export const VAGUE: Array<{ pattern: RegExp; text: (m: RegExpExecArray) => string }> = [
  {
    pattern:
      /(?<!\b(?:voor|van|over|op)\s(?:de\s)?)\b(?:(?:in|gedurende|binnen)\s+)?(?:de\s+)?(?:komende|aankomende|eerstkomende)\s+(periode|maanden|weken|jaren|tijd|dagen)\b/iu,
    text: (m) => `komende ${(m[1] as string).toLowerCase()}`,
  },
  {
    pattern:
      /\b(binnenkort|op\s+(?:zeer\s+)?korte\s+termijn|zo\s+spoedig\s+mogelijk|zo\s+snel\s+mogelijk|z\.s\.m\.|te\s+zijner\s+tijd|op\s+termijn|(?:half)?jaarlijks|(?:twee|drie|vier)\s+(?:keer|maal)\s+per\s+jaar|elk\s+(?:half\s+)?jaar)\b/iu,
    text: (m) => (m[1] as string).toLowerCase().replace(/\s+/g, ' '),
  },
  {
    pattern: /\b(zodra\b[^,.;:()]{1,60})/iu,
    text: (m) => (m[1] as string).replace(/\s+/g, ' ').trim(),
  },
  {
    pattern:
      /\b((?:na\s+afloop\s+van|na\s+afronding\s+van|voorafgaand\s+aan|v[oó]{2}r\s+de\s+inwerkingtreding(?:\s+van)?)(?:\s+(?:de|het|deze|dit|die|dat|mijn|zijn|haar))?(?:\s+(?!(?:aan|bij|naar|te|in|met|op|over|voor|u|uw|en|of|is|zijn|wordt|worden)\b)[\p{L}-]+){0,3})/iu,
    text: (m) => (m[1] as string).replace(/\s+/g, ' ').trim(),
  },
];
