/**
 * The rules of the Besluit, Stemming, Fractie and Persoon records both readers share:
 * each field by its XSD type (text; `xs:int` and `xs:unsignedInt` within their range;
 * `xs:boolean`; `xs:date`), the Kamer's registry numbers as text, and a warning for a
 * live record without the fields it is about. The readers hand in the entity's fields
 * (`EntityFields`) and the relations they read; these make the records.
 *
 * @module
 */
import type { TkOrigin, TkZaak } from './types.ts';
import { composedName, dateOf, flagOf, quoted, stringOf } from './values.ts';
import type { TkBesluit, TkFractieRecord, TkPersoonRecord, TkStemming } from './vote-records.ts';

/** The ranges of the XSD's `xs:int` and `xs:unsignedInt`. */
const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;
const UNSIGNED_INT_MAX = 2 ** 32 - 1;

/** What a reader gives the builders: the entity's identity and its scalar fields by XSD name. */
export interface EntityFields {
  origin: TkOrigin;
  id: string;
  verwijderd: boolean;
  bijgewerkt: string | null;
  /** Warnings so far (the record keeps adding to this list). */
  warnings: string[];
  /** A field by its XSD name (`fractieGrootte`): text from XML, the JSON value from OData; `null` or `undefined` for none. */
  value: (name: string) => unknown;
  /** The field's name as the record spells it, for messages (`FractieGrootte`). */
  label: (name: string) => string;
}

/** Whether a value is given at all (not `null`, not blank). */
function given(value: unknown): boolean {
  return value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '');
}

/** A whole number within `min`…`max`; anything else is `null` with a warning. */
function wholeOf(value: unknown, field: string, warnings: string[], min: number, what: string): number | null {
  if (value === null || value === undefined) return null;
  const number = typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value) ? Number(value) : value;
  const max = min < 0 ? INT_MAX : UNSIGNED_INT_MAX;
  if (typeof number === 'number' && Number.isInteger(number) && number >= min && number <= max) return number;
  warnings.push(`the record's ${field} ${quoted(value)} is not ${what}`);
  return null;
}

/** The text of a field, the record's warnings and labels applied. */
function textField(fields: EntityFields, name: string): string | null {
  return stringOf(fields.value(name), fields.label(name), fields.warnings);
}

/** An `xs:int` field. */
function intField(fields: EntityFields, name: string): number | null {
  return wholeOf(fields.value(name), fields.label(name), fields.warnings, INT_MIN, 'a whole number');
}

/** An `xs:unsignedInt` field. */
function countField(fields: EntityFields, name: string): number | null {
  return wholeOf(fields.value(name), fields.label(name), fields.warnings, 0, 'a whole number of 0 or more');
}

/** An `xs:date` field, `yyyy-mm-dd`. */
function dateField(fields: EntityFields, name: string): string | null {
  return dateOf(fields.value(name), fields.label(name), fields.warnings);
}

/** A registry number: text in the XSD, a number in OData (`9987`). */
function nummerField(fields: EntityFields): string | null {
  const value = fields.value('nummer');
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  return textField(fields, 'nummer');
}

/** A warning for a live record that gives none of `names`. */
function warnWithout(fields: EntityFields, names: readonly string[]): void {
  if (fields.verwijderd || names.some((name) => given(fields.value(name)))) return;
  fields.warnings.push(`the record gives no ${names.map(fields.label).join(' or ')}`);
}

/** The relations of a Besluit its reader found. */
export interface BesluitRelations {
  agendapuntId: string | null;
  zaken: TkZaak[];
  stemmingen: TkStemming[];
}

/** A Besluit record. */
export function besluitOf(fields: EntityFields, relations: BesluitRelations): TkBesluit {
  const record: TkBesluit = {
    origin: fields.origin,
    id: fields.id,
    agendapuntId: relations.agendapuntId,
    zaken: relations.zaken,
    stemmingsSoort: textField(fields, 'stemmingsSoort'),
    besluitSoort: textField(fields, 'besluitSoort'),
    besluitTekst: textField(fields, 'besluitTekst'),
    opmerking: textField(fields, 'opmerking'),
    status: textField(fields, 'status'),
    agendapuntZaakBesluitVolgorde: intField(fields, 'agendapuntZaakBesluitVolgorde'),
    stemmingen: relations.stemmingen,
    verwijderd: fields.verwijderd,
    bijgewerkt: fields.bijgewerkt,
    warnings: fields.warnings,
  };
  warnWithout(fields, ['besluitSoort', 'besluitTekst']);
  return record;
}

/** The relations of a Stemming its reader found, and how the record names its Besluit (for a message). */
export interface StemmingRelations {
  besluitId: string | null;
  persoonId: string | null;
  fractieId: string | null;
  besluitLabel: string;
}

/** A Stemming record. */
export function stemmingOf(fields: EntityFields, relations: StemmingRelations): TkStemming {
  const record: TkStemming = {
    origin: fields.origin,
    id: fields.id,
    besluitId: relations.besluitId,
    persoonId: relations.persoonId,
    fractieId: relations.fractieId,
    soort: textField(fields, 'soort'),
    fractieGrootte: countField(fields, 'fractieGrootte'),
    actorNaam: textField(fields, 'actorNaam'),
    actorFractie: textField(fields, 'actorFractie'),
    vergissing: flagOf(fields.value('vergissing'), fields.label('vergissing'), fields.warnings),
    sidActorLid: textField(fields, 'sidActorLid'),
    sidActorFractie: textField(fields, 'sidActorFractie'),
    verwijderd: fields.verwijderd,
    bijgewerkt: fields.bijgewerkt,
    warnings: fields.warnings,
  };
  if (!fields.verwijderd && relations.besluitId === null) {
    fields.warnings.push(`the record names no ${relations.besluitLabel}`);
  }
  warnWithout(fields, ['soort']);
  return record;
}

/** A Fractie record. */
export function fractieOf(fields: EntityFields): TkFractieRecord {
  const record: TkFractieRecord = {
    origin: fields.origin,
    id: fields.id,
    nummer: nummerField(fields),
    afkorting: textField(fields, 'afkorting'),
    naamNl: textField(fields, 'naamNl'),
    naamEn: textField(fields, 'naamEn'),
    aantalZetels: countField(fields, 'aantalZetels'),
    aantalStemmen: countField(fields, 'aantalStemmen'),
    datumActief: dateField(fields, 'datumActief'),
    datumInactief: dateField(fields, 'datumInactief'),
    verwijderd: fields.verwijderd,
    bijgewerkt: fields.bijgewerkt,
    warnings: fields.warnings,
  };
  warnWithout(fields, ['naamNl', 'afkorting']);
  return record;
}

/** A Persoon record. */
export function persoonOf(fields: EntityFields): TkPersoonRecord {
  const initialen = textField(fields, 'initialen');
  const tussenvoegsel = textField(fields, 'tussenvoegsel');
  const achternaam = textField(fields, 'achternaam');
  const roepnaam = textField(fields, 'roepnaam');
  const record: TkPersoonRecord = {
    origin: fields.origin,
    id: fields.id,
    naam: achternaam === null ? null : composedName(initialen ?? roepnaam, tussenvoegsel, achternaam),
    nummer: nummerField(fields),
    titels: textField(fields, 'titels'),
    initialen,
    tussenvoegsel,
    achternaam,
    voornamen: textField(fields, 'voornamen'),
    roepnaam,
    geslacht: textField(fields, 'geslacht'),
    functie: textField(fields, 'functie'),
    geboortedatum: dateField(fields, 'geboortedatum'),
    geboorteplaats: textField(fields, 'geboorteplaats'),
    geboorteland: textField(fields, 'geboorteland'),
    overlijdensdatum: dateField(fields, 'overlijdensdatum'),
    overlijdensplaats: textField(fields, 'overlijdensplaats'),
    woonplaats: textField(fields, 'woonplaats'),
    land: textField(fields, 'land'),
    fractielabel: textField(fields, 'fractielabel'),
    verwijderd: fields.verwijderd,
    bijgewerkt: fields.bijgewerkt,
    warnings: fields.warnings,
  };
  warnWithout(fields, ['achternaam']);
  return record;
}
