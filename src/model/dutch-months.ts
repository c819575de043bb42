/**
 * The Dutch month names, January first, as papers print dates ("28 mei 2015") and as
 * Griffie writes them.
 *
 * @module
 */

/** Full month names, index 0 = januari. */
export const DUTCH_MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** The usual abbreviations, index 0 = jan. */
export const DUTCH_MONTH_ABBREVIATIONS = [
  'jan',
  'feb',
  'mrt',
  'apr',
  'mei',
  'jun',
  'jul',
  'aug',
  'sep',
  'okt',
  'nov',
  'dec',
] as const;
