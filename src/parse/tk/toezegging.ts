/**
 * The rules of a Toezegging record both readers share: its number (`TZ202504-057`),
 * dates, the status kept as given and normalised (the XSD's `Openstaand`, `Voldaan`,
 * `Deels Voldaan`, `Vervallen`, and the `Afgedaan` / `Deels Afgedaan` the data uses
 * instead: OpenDataPortaal issue #179), the fulfilling letter named in text, and the
 * member of government who made it. The readers hand in the fields; `toezeggingOf`
 * makes the record.
 *
 * @module
 */
import { parseOfficialId } from '../../model/index.ts';
import type {
  TkActiviteit,
  TkBewindspersoon,
  TkFractie,
  TkKamerbriefNakoming,
  TkPersoon,
  TkToezegging,
  TkToezeggingStatus,
} from './records.ts';
import type { TkOrigin } from './types.ts';
import { composedName, dateOf, numberOf } from './values.ts';

/** The statuses Griffie knows, lower case, spaces collapsed. */
const STATUSES: ReadonlyMap<string, TkToezeggingStatus> = new Map([
  ['openstaand', 'open'],
  ['open', 'open'],
  ['voldaan', 'fulfilled'],
  ['afgedaan', 'fulfilled'],
  ['nagekomen', 'fulfilled'],
  ['deels voldaan', 'partly-fulfilled'],
  ['deels afgedaan', 'partly-fulfilled'],
  ['deels nagekomen', 'partly-fulfilled'],
  ['vervallen', 'lapsed'],
]);

/** A document number or an officielebekendmakingen id inside a text. */
const LETTER_NUMBERS = /\b\d{4}D\d{5,}\b|\b(?:kst|ah|h|kv|stb|stcrt)-[0-9A-Za-z-]*[0-9A-Za-z]/g;

/** What a reader gives `toezeggingOf`: the scalar fields by their XSD name, and the relations it read. */
export interface ToezeggingSource {
  origin: TkOrigin;
  id: string;
  verwijderd: boolean;
  bijgewerkt: string | null;
  /** Warnings so far (the record keeps adding to this list). */
  warnings: string[];
  /** The text of a scalar field by its XSD name (`datumNakoming`). */
  text: (name: string) => string | null;
  /** Whether the record gives the field at all (a value that breaks its rule counts). */
  gives: (name: string) => boolean;
  /** The field's name as the record spells it, for messages (`DatumNakoming`). */
  label: (name: string) => string;
  activiteit: TkActiviteit | null;
  kamerbriefNakoming: TkKamerbriefNakoming[];
  toegezegdAanPersoon: TkPersoon[];
  toegezegdAanFractie: TkFractie[];
  isHerhalingVan: string[];
  isAanvullingOp: string[];
  isWijzigingVan: string[];
}

/** The normalised status; `null` (with a warning) for a value Griffie does not know. */
function normalisedStatusOf(status: string | null, label: string, warnings: string[]): TkToezeggingStatus | null {
  if (status === null) return null;
  const known = STATUSES.get(status.toLowerCase().replace(/\s+/g, ' '));
  if (known) return known;
  warnings.push(`the record's ${label} "${status}" is not a Toezegging status Griffie knows; it is kept as given`);
  return null;
}

/**
 * The letters a `KamerbriefNakoming` text names: one per document number (`2024D12345`)
 * or officielebekendmakingen id (`kst-99123-5`) in it; the text alone, with a warning,
 * when it names neither.
 */
export function kamerbrievenOfText(text: string, label: string, warnings: string[]): TkKamerbriefNakoming[] {
  const letter = {
    given: text,
    id: null,
    documentNummer: null,
    officialId: null,
    soort: null,
    titel: null,
    datum: null,
  };
  const found = [...new Set(text.match(LETTER_NUMBERS) ?? [])]
    .filter((token) => /^\d/.test(token) || parseOfficialId(token) !== null)
    .map((token) => (/^\d/.test(token) ? { ...letter, documentNummer: token } : { ...letter, officialId: token }));
  if (found.length > 0) return found;
  warnings.push(`the record's ${label} "${text}" names no document number or officielebekendmakingen id`);
  return [letter];
}

function bewindspersoonOf(text: (name: string) => string | null): TkBewindspersoon | null {
  const person: TkBewindspersoon = {
    naam: text('naam'),
    functie: text('functie'),
    titulatuur: text('titulatuur'),
    initialen: text('initialen'),
    voornaam: text('voornaam'),
    tussenvoegsel: text('tussenvoegsel'),
    achternaam: text('achternaam'),
    achtervoegsel: text('achtervoegsel'),
  };
  if (Object.values(person).every((value) => value === null)) return null;
  person.naam ??= composedName(person.initialen ?? person.voornaam, person.tussenvoegsel, person.achternaam);
  return person;
}

/** The Activiteit as expanded or referenced, with the record's `ActiviteitNummer` where it has none. */
function activiteitOf(source: ToezeggingSource, given: string | null): TkActiviteit | null {
  const label = source.label('activiteitNummer');
  const nummer = numberOf(given, 'activiteit', label, source.warnings);
  const { activiteit } = source;
  if (!activiteit) {
    if (nummer === null) return null;
    return { id: null, nummer, soort: null, onderwerp: null, datum: null, voortouwnaam: null, voortouwafkorting: null };
  }
  if (nummer !== null && activiteit.nummer !== null && nummer !== activiteit.nummer) {
    source.warnings.push(`the record's ${label} ${nummer} differs from its Activiteit's Nummer ${activiteit.nummer}`);
  }
  return { ...activiteit, nummer: activiteit.nummer ?? nummer };
}

/** The Toezegging record of the fields a reader found. */
export function toezeggingOf(source: ToezeggingSource): TkToezegging {
  const { label, warnings } = source;
  const texts = new Map<string, string | null>();
  const text = (name: string): string | null => {
    if (!texts.has(name)) texts.set(name, source.text(name));
    return texts.get(name) ?? null;
  };
  const status = text('status');
  const record: TkToezegging = {
    origin: source.origin,
    id: source.id,
    nummer: numberOf(text('nummer'), 'toezegging', label('nummer'), warnings),
    tekst: text('tekst'),
    aanmaakdatum: dateOf(text('aanmaakdatum'), label('aanmaakdatum'), warnings),
    status,
    normalisedStatus: normalisedStatusOf(status, label('status'), warnings),
    datumNakoming: dateOf(text('datumNakoming'), label('datumNakoming'), warnings),
    kamerbriefNakoming: source.kamerbriefNakoming,
    ministerie: text('ministerie'),
    bewindspersoon: bewindspersoonOf(text),
    activiteit: activiteitOf(source, text('activiteitNummer')),
    toegezegdAanPersoon: source.toegezegdAanPersoon,
    toegezegdAanFractie: source.toegezegdAanFractie,
    isHerhalingVan: source.isHerhalingVan,
    isAanvullingOp: source.isAanvullingOp,
    isWijzigingVan: source.isWijzigingVan,
    verwijderd: source.verwijderd,
    bijgewerkt: source.bijgewerkt,
    warnings,
  };
  if (!source.verwijderd) {
    for (const name of ['nummer', 'tekst', 'status']) {
      if (!source.gives(name)) warnings.push(`the record gives no ${label(name)}`);
    }
  }
  return record;
}
