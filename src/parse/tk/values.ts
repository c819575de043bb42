/**
 * The value rules both readers share: GUIDs, dates, Volgnummer, Vergaderjaar, text,
 * flags, the Kamer's numbers (`2024Z12345`, `TZ202504-057`) and the choice of a paper's
 * current file version. A value that breaks its rule becomes `null` with a warning,
 * never an exception.
 *
 * @module
 */
import type { TkDocumentVersie } from './types.ts';

/** The largest values of the XSD's `xs:int` and `xs:unsignedInt`. */
const INT_MAX = 2 ** 31 - 1;
const UNSIGNED_INT_MAX = 2 ** 32 - 1;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A GUID in lower case, or `null` when `value` is none. */
export function guidOf(value: unknown): string | null {
  return typeof value === 'string' && GUID.test(value.trim()) ? value.trim().toLowerCase() : null;
}

/** Trimmed text, `null` for none or only whitespace. */
export function textOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text === '' ? null : text;
}

/** Whether `yyyy-mm-dd` is a real calendar date. */
function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The calendar date of an `xs:dateTime` / `Edm.DateTimeOffset` as written
 * (`2024-11-14T00:00:00+01:00` → `2024-11-14`: converting to UTC would give the 13th).
 */
export function dateOf(value: unknown, field: string, warnings: string[]): string | null {
  const text = textOf(value);
  if (text === null) {
    if (value !== null && value !== undefined && typeof value !== 'string') {
      warnings.push(`the record's ${field} ${quoted(value)} is not a date`);
    }
    return null;
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(text);
  if (match && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) return text.slice(0, 10);
  warnings.push(`the record's ${field} "${text}" is not a date`);
  return null;
}

/** The paper's number in its dossier: a positive whole number, `null` for the record's −1 (none). */
export function volgnummerOf(value: unknown, field: string, warnings: string[]): number | null {
  if (value === null || value === undefined) return null;
  const number = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
  if (number === -1) return null;
  if (typeof number === 'number' && Number.isInteger(number) && number > 0 && number <= INT_MAX) return number;
  warnings.push(`the record's ${field} ${quoted(value)} is not a document number`);
  return null;
}

/** `2024-2025`: two consecutive years. */
export function vergaderjaarOf(value: unknown, field: string, warnings: string[]): string | null {
  const text = stringOf(value, field, warnings);
  if (text === null) return null;
  const match = /^(\d{4})-(\d{4})$/.exec(text);
  if (match && Number(match[2]) === Number(match[1]) + 1) return text;
  warnings.push(`the record's ${field} "${text}" is not a parliamentary year like 2024-2025`);
  return null;
}

/** A whole number (one JavaScript holds exactly), or `null`. */
export function integerOf(value: unknown): number | null {
  const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) ? number : null;
}

/** A dossier number (`99123`; the XSD's unsigned int), as text. */
export function dossierNummerOf(value: unknown): string | null {
  const number = integerOf(value);
  return number !== null && number > 0 && number <= UNSIGNED_INT_MAX ? String(number) : null;
}

/** A Kamerstukdossier's Toevoeging without the parentheses some records print (`(R2067)`). */
export function toevoegingOf(value: unknown): string | null {
  const text = textOf(value);
  return text === null ? null : textOf(text.replace(/[()\s]/g, ''));
}

/** Text of a field that must be text: anything else is `null` with a warning. */
export function stringOf(value: unknown, field: string, warnings: string[]): string | null {
  if (value !== null && value !== undefined && typeof value !== 'string') {
    warnings.push(`the record's ${field} ${quoted(value)} is not text`);
  }
  return textOf(value);
}

/** A whole number of a field that must be one: anything else is `null` with a warning. */
export function countOf(value: unknown, field: string, warnings: string[]): number | null {
  if (value === null || value === undefined) return null;
  const number = integerOf(value);
  if (number === null) warnings.push(`the record's ${field} ${quoted(value)} is not a whole number`);
  return number;
}

/** `true`/`false` (also as text, or `1`/`0`); `null` when absent, with a warning for anything else. */
export function flagOf(value: unknown, field: string, warnings: string[]): boolean | null {
  if (value === null || value === undefined) return null;
  const text = typeof value === 'string' ? value.trim() : value;
  if (text === true || text === 'true' || text === '1') return true;
  if (text === false || text === 'false' || text === '0') return false;
  warnings.push(`the record's ${field} ${quoted(value)} is not true or false`);
  return null;
}

/** The forms of the Kamer's numbers, with an example for messages. */
const NUMBER_FORMS = {
  document: { pattern: /^\d{4}D\d{5,}$/, example: '2024D12345' },
  zaak: { pattern: /^\d{4}Z\d{5,}$/, example: '2024Z12345' },
  activiteit: { pattern: /^\d{4}A\d{5,}$/, example: '2024A01234' },
  toezegging: { pattern: /^TZ\d{4}(?:0[1-9]|1[0-2])-\d{3,}$/, example: 'TZ202504-057' },
} as const;

/** A number of the Kamer's in its form (`2024Z12345`); anything else is `null` with a warning. */
export function numberOf(
  value: unknown,
  form: keyof typeof NUMBER_FORMS,
  field: string,
  warnings: string[],
): string | null {
  const text = stringOf(value, field, warnings);
  if (text === null) return null;
  const { pattern, example } = NUMBER_FORMS[form];
  if (pattern.test(text)) return text;
  warnings.push(`the record's ${field} "${text}" is not of the form ${example}`);
  return null;
}

/** `true` only for the boolean true or the text `true` (XSD `xs:boolean` also allows `1`). */
export function booleanOf(value: unknown): boolean {
  return value === true || value === 'true' || value === '1';
}

/**
 * The paper's current version: the one the record names as current, else the highest
 * version number.
 */
export function currentVersion(versions: TkDocumentVersie[], currentId: string | null): TkDocumentVersie | null {
  const named = currentId ? versions.find((v) => v.id === currentId) : undefined;
  if (named) return named;
  let best: TkDocumentVersie | null = null;
  for (const version of versions) {
    if (best === null || (version.versienummer ?? 0) > (best.versienummer ?? 0)) best = version;
  }
  return best;
}

/** `C. Voorbeeldlid`, `D.E. van Proefpersoon`: the parts of a name given, in order. */
export function composedName(...parts: Array<string | null>): string | null {
  const name = parts.filter((part): part is string => part !== null).join(' ');
  return name === '' ? null : name;
}

/** A value as it may stand in a message: JSON, cut off after 60 characters. */
export function quoted(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 60)}…` : json;
}
