/**
 * The parliamentary year (vergaderjaar) of a date.
 *
 * @module
 */

/**
 * The parliamentary year a date falls in. A year runs from Prinsjesdag, the third
 * Tuesday of September, to the day before the next one.
 *
 * @example
 * parliamentaryYearOf('2015-05-28'); // '2014-2015'
 * parliamentaryYearOf('2015-09-15'); // '2015-2016' (Prinsjesdag 2015)
 */
export function parliamentaryYearOf(iso: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const year = Number(match[1]);
  const date = Date.UTC(year, Number(match[2]) - 1, Number(match[3]));
  const firstOfSeptember = new Date(Date.UTC(year, 8, 1)).getUTCDay();
  const firstTuesday = 1 + ((2 - firstOfSeptember + 7) % 7);
  const prinsjesdag = Date.UTC(year, 8, firstTuesday + 14);
  return date >= prinsjesdag ? `${year}-${year + 1}` : `${year - 1}-${year}`;
}
