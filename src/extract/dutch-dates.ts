/**
 * Written Dutch dates inside running text, for the extract stage: "9 april 2015",
 * "dinsdag 22 februari jl.", "17 juni jongstleden", "14 februari a.s.", "1 december".
 * A date without a year takes it from the paper's own date: the last such day on or
 * before it for "jl." (and for a bare date in a past context), the next one on or after
 * it for "a.s." (and for a bare date in a future context). Without a paper date a
 * yearless date is not read.
 *
 * @module
 */
import { DUTCH_MONTH_ABBREVIATIONS, DUTCH_MONTHS } from '../model/index.ts';

/** A date found in text: ISO value and where it stands. */
export interface FoundDate {
  iso: string;
  index: number;
  end: number;
}

/** Month number (1–12) by full name or abbreviation, lower case. */
export const MONTH_NUMBER: ReadonlyMap<string, number> = new Map<string, number>([
  ...DUTCH_MONTHS.map((name, i): [string, number] => [name, i + 1]),
  ...DUTCH_MONTH_ABBREVIATIONS.map((name, i): [string, number] => [name, i + 1]),
  ['sept', 9],
]);

/** Alternation of the month names, longest first. */
export const MONTH_PATTERN = [...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|');

const DATE = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\\s+)?(\\d{1,2})\\s+(${MONTH_PATTERN})\\.?(?![\\p{L}])(?:\\s+(\\d{4})(?!\\d)|\\s+(jl\\.?|j\\.l\\.|jongstleden|a\\.s\\.?|aanstaande))?`,
  'giu',
);

/** ISO `yyyy-mm-dd` for a valid calendar date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The year, month and day of an ISO date, or null. */
export function dateParts(iso: string | null): [number, number, number] | null {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/** The ISO date `days` after (or before, when negative) `iso`. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = dateParts(iso) ?? [1970, 1, 1];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The year a yearless day takes from the paper's date: the last before or the next after it. */
function resolveYear(month: number, day: number, ref: string, direction: 'past' | 'future'): number {
  const [y, m, d] = dateParts(ref) as [number, number, number];
  const before = month < m || (month === m && day <= d);
  if (direction === 'past') return before ? y : y - 1;
  return month > m || (month === m && day >= d) ? y : y + 1;
}

/**
 * Every written date in `text`, in order. `ref` is the paper's ISO date; `direction`
 * says which way a yearless date without "jl." or "a.s." looks from it.
 *
 * @example
 * findDates('Op 9 april 2015 en 24 maart jl.', '2015-05-28').map((d) => d.iso);
 * // ['2015-04-09', '2015-03-24']
 */
export function findDates(text: string, ref: string | null, direction: 'past' | 'future' = 'past'): FoundDate[] {
  const out: FoundDate[] = [];
  if (!/\d/.test(text)) return out;
  const refOk = dateParts(ref) !== null;
  for (const match of text.matchAll(DATE)) {
    const day = Number(match[1]);
    const month = MONTH_NUMBER.get((match[2] as string).toLowerCase()) as number;
    let year: number | null = match[3] ? Number(match[3]) : null;
    let end = (match.index as number) + match[0].length;
    if (year === null) {
      if (!refOk) continue;
      const mark = (match[4] ?? '').toLowerCase();
      const dir = mark.startsWith('a') ? 'future' : mark.startsWith('j') ? 'past' : direction;
      year = resolveYear(month, day, ref as string, dir);
      if (!mark) end = (match.index as number) + match[0].replace(/\s+$/, '').length;
    }
    const iso = isoDate(year, month, day);
    if (iso) out.push({ iso, index: match.index as number, end });
  }
  return out;
}

/** The first date of `dates` that lies inside [from, to) and outside [skipFrom, skipTo). */
export function firstDateIn(
  dates: FoundDate[],
  from: number,
  to: number,
  skipFrom = -1,
  skipTo = -1,
): FoundDate | null {
  for (const date of dates) {
    if (date.index < from || date.end > to) continue;
    if (date.index < skipTo && date.end > skipFrom) continue;
    return date;
  }
  return null;
}
