/**
 * The rules of the Agendapunt and Activiteit records both readers share: each field by
 * its XSD type (text; `xs:unsignedInt` within its range; `xs:boolean`; the parliamentary
 * year; the eight digits of `vrsNummer`; `xs:dateTime`, kept as given for a time and as
 * the Dutch calendar date for a date), and a warning for a live record without the
 * fields it is about. The readers hand in the entity's fields (`EntityFields`) and the
 * relations they read; these make the records.
 *
 * @module
 */
import type { TkActiviteitRecord, TkAgendapuntRecord } from './agenda-records.ts';
import { flagOf, quoted, stringOf, vergaderjaarOf } from './values.ts';
import type { EntityFields } from './vote-entities.ts';

const UNSIGNED_INT_MAX = 2 ** 32 - 1;

/** `xs:dateTime` (`2024-12-03T15:00:00+01:00`; fraction and zone optional), or the `xs:date` alone. */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?)?(Z|[+-](\d{2}):(\d{2}))?$/;

/** The calendar date in the Netherlands of an instant. */
const DUTCH_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The parts of a date and time the XSD allows, or `null`. */
function dateTimeParts(text: string): { date: string; instant: Date | null; hasTime: boolean } | null {
  const match = DATE_TIME.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = [1, 2, 3, 4, 5, 6, 8, 9].map((i) =>
    Number(match[i] ?? 0),
  ) as [number, number, number, number, number, number, number, number];
  const zone = match[7];
  const hasTime = match[4] !== undefined;
  const midnight = hour === 24 && minute === 0 && second === 0;
  if (year === 0 || (hour > 23 && !midnight) || minute > 59 || second > 59 || offsetHours > 14 || offsetMinutes > 59)
    return null;
  const calendar = new Date(0);
  calendar.setUTCFullYear(year, month - 1, day);
  if (calendar.getUTCFullYear() !== year || calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day) {
    return null;
  }
  const date = text.slice(0, 10);
  if (zone === undefined || !hasTime) return { date, instant: null, hasTime };
  calendar.setUTCHours(hour, minute, second, 0);
  const sign = zone.startsWith('-') ? -1 : 1;
  const offset = zone === 'Z' ? 0 : sign * (offsetHours * 60 + offsetMinutes);
  return { date, instant: new Date(calendar.getTime() - offset * 60_000), hasTime };
}

/** `yyyy-mm-dd` of an instant in the Netherlands. */
function dutchDate(instant: Date): string {
  const part = (type: string) => DUTCH_DATE.formatToParts(instant).find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** Whether a value is given at all (not `null`, not blank). */
function given(value: unknown): boolean {
  return value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '');
}

/** The text of a field, the record's warnings and labels applied. */
function textField(fields: EntityFields, name: string): string | null {
  return stringOf(fields.value(name), fields.label(name), fields.warnings);
}

/** An `xs:unsignedInt` field. */
function countField(fields: EntityFields, name: string): number | null {
  const value = fields.value(name);
  if (value === null || value === undefined) return null;
  const number = typeof value === 'string' && /^\s*\+?\d+\s*$/.test(value) ? Number(value) : value;
  if (typeof number === 'number' && Number.isInteger(number) && number >= 0 && number <= UNSIGNED_INT_MAX) {
    return number;
  }
  fields.warnings.push(`the record's ${fields.label(name)} ${quoted(value)} is not a whole number of 0 or more`);
  return null;
}

/** An `xs:dateTime` field that is a time: the text as given. */
function timeField(fields: EntityFields, name: string): string | null {
  const text = textField(fields, name);
  if (text === null) return null;
  if (dateTimeParts(text)?.hasTime) return text;
  fields.warnings.push(`the record's ${fields.label(name)} "${text}" is not a date and time`);
  return null;
}

/**
 * An `xs:dateTime` field that is a day: `yyyy-mm-dd` in the Netherlands
 * (`2024-12-02T23:00:00Z` → `2024-12-03`); as written when it gives no zone.
 */
function dayField(fields: EntityFields, name: string): string | null {
  const text = textField(fields, name);
  if (text === null) return null;
  const parts = dateTimeParts(text);
  const day = parts && (parts.instant ? dutchDate(parts.instant) : parts.date);
  if (day && /^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  fields.warnings.push(`the record's ${fields.label(name)} "${text}" is not a date`);
  return null;
}

/** `vrsNummer`: eight digits (a number in some records). */
function vrsNummerField(fields: EntityFields): string | null {
  const value = fields.value('vrsNummer');
  const text =
    typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : textField(fields, 'vrsNummer');
  if (text === null || /^\d{8}$/.test(text)) return text;
  fields.warnings.push(`the record's ${fields.label('vrsNummer')} "${text}" is not eight digits`);
  return null;
}

/** A warning for a live record that gives none of `names`. */
function warnWithout(fields: EntityFields, names: readonly string[]): void {
  if (fields.verwijderd || names.some((name) => given(fields.value(name)))) return;
  fields.warnings.push(`the record gives no ${names.map(fields.label).join(' or ')}`);
}

/** The relations of an Agendapunt its reader found, and how the record names its Activiteit (for a message). */
export interface AgendapuntRelations {
  activiteitId: string | null;
  activiteit: TkActiviteitRecord | null;
  activiteitLabel: string;
}

/** An Agendapunt record. */
export function agendapuntOf(fields: EntityFields, relations: AgendapuntRelations): TkAgendapuntRecord {
  const record: TkAgendapuntRecord = {
    origin: fields.origin,
    id: fields.id,
    activiteitId: relations.activiteitId,
    activiteit: relations.activiteit,
    nummer: textField(fields, 'nummer'),
    onderwerp: textField(fields, 'onderwerp'),
    aanvangstijd: timeField(fields, 'aanvangstijd'),
    eindtijd: timeField(fields, 'eindtijd'),
    volgorde: countField(fields, 'volgorde'),
    rubriek: textField(fields, 'rubriek'),
    noot: textField(fields, 'noot'),
    status: textField(fields, 'status'),
    verwijderd: fields.verwijderd,
    bijgewerkt: fields.bijgewerkt,
    warnings: fields.warnings,
  };
  if (!fields.verwijderd && relations.activiteitId === null) {
    fields.warnings.push(`the record names no ${relations.activiteitLabel}`);
  }
  warnWithout(fields, ['onderwerp']);
  return record;
}

/** The relations of an Activiteit its reader found. */
export interface ActiviteitRelations {
  voortouwcommissieId: string | null;
  voortgezetVanuitId: string | null;
  vervangenVanuitId: string | null;
  agendapunten: TkAgendapuntRecord[];
}

/** An Activiteit record. */
export function activiteitOf(fields: EntityFields, relations: ActiviteitRelations): TkActiviteitRecord {
  const record: TkActiviteitRecord = {
    origin: fields.origin,
    id: fields.id,
    voortouwcommissieId: relations.voortouwcommissieId,
    voortgezetVanuitId: relations.voortgezetVanuitId,
    vervangenVanuitId: relations.vervangenVanuitId,
    soort: textField(fields, 'soort'),
    nummer: textField(fields, 'nummer'),
    onderwerp: textField(fields, 'onderwerp'),
    datumSoort: textField(fields, 'datumSoort'),
    datum: dayField(fields, 'datum'),
    aanvangstijd: timeField(fields, 'aanvangstijd'),
    eindtijd: timeField(fields, 'eindtijd'),
    locatie: textField(fields, 'locatie'),
    besloten: flagOf(fields.value('besloten'), fields.label('besloten'), fields.warnings),
    status: textField(fields, 'status'),
    vergaderjaar: vergaderjaarOf(fields.value('vergaderjaar'), fields.label('vergaderjaar'), fields.warnings),
    kamer: textField(fields, 'kamer'),
    noot: textField(fields, 'noot'),
    vrsNummer: vrsNummerField(fields),
    sidVoortouw: textField(fields, 'sidVoortouw'),
    voortouwnaam: textField(fields, 'voortouwnaam'),
    voortouwafkorting: textField(fields, 'voortouwafkorting'),
    voortouwkortenaam: textField(fields, 'voortouwkortenaam'),
    aanvraagdatum: dayField(fields, 'aanvraagdatum'),
    datumVerzoekEersteVerlenging: dayField(fields, 'datumVerzoekEersteVerlenging'),
    datumMededelingEersteVerlenging: dayField(fields, 'datumMededelingEersteVerlenging'),
    datumVerzoekTweedeVerlenging: dayField(fields, 'datumVerzoekTweedeVerlenging'),
    datumMededelingTweedeVerlenging: dayField(fields, 'datumMededelingTweedeVerlenging'),
    vervaldatum: dayField(fields, 'vervaldatum'),
    agendapunten: relations.agendapunten,
    verwijderd: fields.verwijderd,
    bijgewerkt: fields.bijgewerkt,
    warnings: fields.warnings,
  };
  warnWithout(fields, ['soort']);
  warnWithout(fields, ['datum', 'datumSoort']);
  return record;
}
