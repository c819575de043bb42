/**
 * Dutch dates as parliamentary papers print them: "28 mei 2015", "1 juli 2021",
 * "dinsdag 15 januari 2013", "19-10-2001", "2011-02-01". Month names are a closed set,
 * so a table beats a general date library here (and keeps the parser fast).
 *
 * @module
 */

const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  maart: 3,
  mrt: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** A written Dutch date: day, month name, four-digit year. */
export const DUTCH_DATE =
  /(?<![\d.,])(\d{1,2})\s*(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+(\d{4})\b/i;
const NUMERIC_DMY = /\b(\d{1,2})-(\d{1,2})-(\d{4})\b/;
const NUMERIC_ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** ISO `yyyy-mm-dd` for a valid calendar date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date found in text: ISO value, where it starts and how long the match is. */
export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/**
 * Find the first written Dutch date ("28 mei 2015") in a string.
 *
 * @example
 * findDutchDate('Den Haag, 28 mei 2015'); // { iso: '2015-05-28', index: 10, length: 11 }
 */
export function findDutchDate(text: string): FoundDate | null {
  const match = DUTCH_DATE.exec(text);
  if (!match) return null;
  const iso = isoDate(Number(match[3]), MONTHS[(match[2] as string).toLowerCase()] as number, Number(match[1]));
  return iso ? { iso, index: match.index, length: match[0].length } : null;
}

/**
 * Find the first date in any form papers use: written Dutch, `dd-mm-yyyy` or ISO.
 *
 * @example
 * findDate('datum 19-10-2001')?.iso; // '2001-10-19'
 */
export function findDate(text: string): FoundDate | null {
  const written = findDutchDate(text);
  if (written) return written;
  const dmy = NUMERIC_DMY.exec(text);
  if (dmy) {
    const iso = isoDate(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
    if (iso) return { iso, index: dmy.index, length: dmy[0].length };
  }
  const ymd = NUMERIC_ISO.exec(text);
  if (ymd) {
    const iso = isoDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
    if (iso) return { iso, index: ymd.index, length: ymd[0].length };
  }
  return null;
}
