/**
 * Calendar dates (`YYYY-MM-DD`) as the connectors take and compare them.
 *
 * @module
 */
import { SourceOptionError } from './errors.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Check an option that must be a date, for users.
 *
 * @throws {SourceOptionError} naming the option when it is not a `YYYY-MM-DD` date.
 */
export function checkDate(name: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!isIsoDate(value)) throw new SourceOptionError(`${name} must be a date written YYYY-MM-DD, not "${value}"`);
  return value;
}

/** The UTC calendar date of a moment. */
export function utcDate(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** The date `days` days after (or, negative, before) a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const moment = new Date(`${date}T00:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return utcDate(moment);
}

/** The `YYYY-MM-DD` a date or date-time value starts with, or null. */
export function datePart(value: string | null): string | null {
  if (value === null) return null;
  const date = value.trim().slice(0, 10);
  return isIsoDate(date) ? date : null;
}
