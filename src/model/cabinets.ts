/**
 * The Dutch cabinets since 2010 and the parties that formed them, as periods of one
 * coalition: a party leaving a cabinet starts a new period of the same cabinet. The
 * parties are labelled as the Tweede Kamer labels them in its votes (`VVD`,
 * `ChristenUnie`). A period runs from the day its cabinet was sworn in (or a party
 * left) up to the day the next began, so each date has at most one coalition.
 *
 * @module
 */

/** One cabinet with one coalition, for a period. */
export interface CoalitionPeriod {
  /** The cabinet as Dutch readers name it: `Rutte IV`, `Schoof`. */
  cabinet: string;
  /** The first day (`yyyy-mm-dd`). */
  start: string;
  /** The day the next period began; `null` for the current one. */
  end: string | null;
  /** The coalition parties, their labels in the Kamer's votes. */
  parties: readonly string[];
  /** What changed at `start` within the cabinet (`PVV vertrokken`); null for its first period. */
  change: string | null;
}

/** The coalition periods, oldest first. */
export const COALITIONS: readonly CoalitionPeriod[] = [
  { cabinet: 'Rutte I', start: '2010-10-14', end: '2012-11-05', parties: ['VVD', 'CDA'], change: null },
  { cabinet: 'Rutte II', start: '2012-11-05', end: '2017-10-26', parties: ['VVD', 'PvdA'], change: null },
  {
    cabinet: 'Rutte III',
    start: '2017-10-26',
    end: '2022-01-10',
    parties: ['VVD', 'CDA', 'D66', 'ChristenUnie'],
    change: null,
  },
  {
    cabinet: 'Rutte IV',
    start: '2022-01-10',
    end: '2024-07-02',
    parties: ['VVD', 'D66', 'CDA', 'ChristenUnie'],
    change: null,
  },
  { cabinet: 'Schoof', start: '2024-07-02', end: '2025-06-03', parties: ['PVV', 'VVD', 'NSC', 'BBB'], change: null },
  {
    cabinet: 'Schoof',
    start: '2025-06-03',
    end: '2025-08-22',
    parties: ['VVD', 'NSC', 'BBB'],
    change: 'PVV vertrokken',
  },
  { cabinet: 'Schoof', start: '2025-08-22', end: null, parties: ['VVD', 'BBB'], change: 'NSC vertrokken' },
];

/**
 * The coalition period a day falls in; null before the first one Griffie knows.
 *
 * @example
 * coalitionOn('2025-07-01')?.parties // ['VVD', 'NSC', 'BBB']
 * coalitionOn('2022-01-10')?.cabinet // 'Rutte IV' (sworn in that day)
 */
export function coalitionOn(day: string): CoalitionPeriod | null {
  const date = day.slice(0, 10);
  return COALITIONS.find((p) => p.start <= date && (p.end === null || date < p.end)) ?? null;
}

/**
 * The periods that overlap the days `from` to `to` (inclusive), oldest first.
 *
 * @example
 * coalitionsBetween('2025-01-01', '2025-12-31').map((p) => p.parties.length) // [4, 3, 2]
 */
export function coalitionsBetween(from: string, to: string): CoalitionPeriod[] {
  return COALITIONS.filter((p) => p.start <= to && (p.end === null || from < p.end));
}
