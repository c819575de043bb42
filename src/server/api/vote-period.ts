/**
 * The period and coalition of the votes' statistics, for the API and the pages alike:
 * dates checked as calendar days, the default period (the twelve months up to today,
 * in Amsterdam), and the coalition of the period's last day (`model.coalitionOn`)
 * unless one is given.
 *
 * @module
 */
import { type CoalitionPeriod, coalitionOn } from '../../model/index.ts';

/** Whether `text` is a day of the calendar as `yyyy-mm-dd` (`2026-02-30` is not). */
export function isDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** Today in the Netherlands, `yyyy-mm-dd`. */
export function todayInAmsterdam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/**
 * The first day of the twelve months that end on `day`.
 *
 * @example
 * yearUpTo('2026-03-10') // '2025-03-11'
 */
export function yearUpTo(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y - 1, m - 1, d + 1));
  // 29 February has no day a year before: the year starts on 1 March.
  if (m === 2 && d === 29) return `${y - 1}-03-01`;
  return date.toISOString().slice(0, 10);
}

/** Why a period cannot be read (in English, for the API), or null when it can. */
export function periodProblem(from: string | undefined, to: string | undefined): string | null {
  if (from !== undefined && !isDay(from)) return `from: "${from}" is not a date (yyyy-mm-dd)`;
  if (to !== undefined && !isDay(to)) return `to: "${to}" is not a date (yyyy-mm-dd)`;
  if (from !== undefined && to !== undefined && from > to)
    return `from: the period starts (${from}) after it ends (${to})`;
  return null;
}

/** A party label as the votes give them: letters, digits and a few signs, at most 60. */
const PARTY = /^[\p{L}\p{N}][\p{L}\p{N} .&'+/-]{0,59}$/u;

/** At most this many parties in a coalition given. */
export const MAX_COALITION = 20;

/**
 * A coalition given as labels separated by commas (`VVD, BBB`): the labels, or why they
 * cannot be read (in English).
 */
export function parseCoalition(text: string): { parties: string[] } | { problem: string } {
  const labels = [...new Set(text.split(',').map((p) => p.trim()))].filter((p) => p !== '');
  if (labels.length === 0) return { problem: 'no party given' };
  if (labels.length > MAX_COALITION) return { problem: `at most ${MAX_COALITION} parties` };
  const bad = labels.find((p) => !PARTY.test(p));
  return bad === undefined ? { parties: labels } : { problem: `"${bad.slice(0, 60)}" is no party label` };
}

/** The period and coalition the statistics are of. */
export interface StatsPeriod {
  from: string;
  to: string;
  /** The coalition parties the shares are against. */
  coalition: string[];
  /** The coalition period of `to`, when the coalition was not given; null when given or unknown. */
  cabinet: CoalitionPeriod | null;
  /** Whether the coalition was given (`coalitie=`, `coalition=`). */
  given: boolean;
}

/**
 * The period of the statistics, defaults filled in: without dates the twelve months up
 * to `today`; with only an end, the twelve months up to it; with only a start, from it
 * up to `today` (or that day, when it is later). The coalition is the one given, else
 * the one of the last day.
 */
export function statsPeriod(given: { from?: string; to?: string; coalition?: string[] }, today: string): StatsPeriod {
  const to = given.to ?? (given.from !== undefined && given.from > today ? given.from : today);
  const from = given.from ?? yearUpTo(to);
  if (given.coalition && given.coalition.length > 0)
    return { from, to, coalition: given.coalition, cabinet: null, given: true };
  const cabinet = coalitionOn(to);
  return { from, to, coalition: cabinet ? [...cabinet.parties] : [], cabinet, given: false };
}
