/**
 * Line patterns of a paper's header: masthead, dossier lines, "Nr." lines, type lines,
 * addressee, place and date. Each recogniser looks at one trimmed line.
 *
 * @module
 */
import { type Dossier, parseDossierNumber } from '../../model/index.ts';
import { findDate, findDutchDate } from './dates.ts';

/** "Tweede Kamer der Staten-Generaal" (with the page digit pdftotext glues on). */
export const MASTHEAD = /^(Tweede|Eerste) Kamer der Staten[- ]Generaal(?:\s+\d{1,3})?$/;
/** "Vergaderjaar 2014–2015". */
export const SESSION_YEAR = /^Vergaderjaar\s+(\d{4})\s*[–-]\s*(\d{4})$/i;
/** The zaak number printed above written questions: "2025Z16880". */
export const ZAAK_LINE = /^\d{4}Z\d{5,}$/;
/** A page number or the masthead's chamber digit on a line of its own. */
export const BARE_NUMBER = /^\d{1,3}$/;

const DOSSIER_HEAD =
  /^(\d{2}\s?\d{3}(?:\s?-\s?\d{1,3}\b)?)(?:\s?[-\s]\s?([IVXL]{1,6}|[A-Z]|R\d{3,4})|\s\((R\d{3,4})\))?(?=\s|$)\s*(.*)$/;
/^(\d{2}\s?\d{3}(?:\s?-\s?\d{1,3}\b)?)(?:\s?[-\s]\s?([IVXL]{1,6}|[A-Z]|R\d{3,4}))?(?=\s|$)\s*(.*)$/;

/** A dossier line: number, optional suffix, optional title start. */
export interface DossierLine {
  dossier: Dossier;
  /** Title text on the same line ('' when the title follows on the next lines). */
  rest: string;
}

/**
 * "32 824 Integratiebeleid", "21 501-08", "36 200 VII Vaststelling …", "36 410-XVII …".
 * A bare five-digit number needs the space ("32 824") or a following title.
 */
export function matchDossierLine(line: string): DossierLine | null {
  const match = DOSSIER_HEAD.exec(line);
  if (!match) return null;
  const rest = (match[4] as string).trim();
  const suffix = match[2] ?? match[3];
  // "2015 is een belangrijk jaar" is no dossier line: titles start with a capital.
  if (rest !== '' && !/^[A-ZÀ-Þ'’‘«“"(]/.test(rest)) return null;
  if (rest === '' && !/\d\s\d/.test(match[1] as string) && !suffix) {
    if (!/^\d{5}$/.test(match[1] as string)) return null;
  }
  const dossier = parseDossierNumber(`${match[1]}${suffix ? ` ${suffix}` : ''}`);
  if (!dossier) return null;
  return { dossier, rest };
}

/** "Nr. 93 BRIEF VAN …", "nr. 153", "Nr. 1223". */
export const NUMBER_LINE = /^Nr\.?\s*(\d{1,5}[a-z]?)\b\.?\s*(.*)$/i;

/** Eerste Kamer letter numbers: "A", "K VERSLAG VAN EEN SCHRIFTELIJK OVERLEG", "B HERDRUK1 …". */
export const LETTER_NUMBER_LINE = /^([A-Z]{1,2})(?:\s+(.*))?$/;

/** Cheap first test: an upper-case run starts with two upper-case characters. */
const STARTS_UPPER = /^[A-ZÀ-ÖØ-Þ«“'’(][A-ZÀ-ÖØ-Þ0-9&.,:;’'()«»“”/–-]/;
const UPPER_TOKEN = /^[A-ZÀ-ÖØ-Þ0-9&.,:;’'()«»“”/–-]+$/;
const HAS_LETTER = /[A-ZÀ-ÖØ-Þ]/;

/**
 * Split a line into its leading upper-case run (a type line such as "VERSLAG VAN EEN
 * ALGEMEEN OVERLEG") and the rest ("Vastgesteld 7 april 2000 …"). Needs two upper-case
 * words; returns null otherwise.
 */
export function splitUpperRun(line: string, minWords = 2): { upper: string; rest: string } | null {
  if (!STARTS_UPPER.test(line)) return null;
  const tokens = line.split(' ');
  let count = 0;
  let words = 0;
  for (const token of tokens) {
    if (token === '') {
      count++;
      continue;
    }
    if (!UPPER_TOKEN.test(token)) break;
    if (HAS_LETTER.test(token)) words++;
    count++;
  }
  if (words < minWords) return null;
  // A single-letter or glued upper-case token at the end may be the start of the body
  // ("… OVERLEG A. Inleiding"): keep it with the rest.
  return { upper: tokens.slice(0, count).join(' ').trim(), rest: tokens.slice(count).join(' ').trim() };
}

const TYPE_START =
  /^(?:HERDRUK\s+)?(?:(?:TWEEDE|DERDE|VIERDE|VIJFDE|ZESDE|ZEVENDE|ACHTSTE|NEGENDE|TIENDE)\s+)?(?:NADER\s+)?(?:GEWIJZIGDE?\s+)?(?:BRIEF|MOTIE|AMENDEMENT|SUBAMENDEMENT|VOORSTEL|MEMORIE|NOTA|KONINKLIJKE|ADVIES|VERSLAG|VOORLOPIG|EINDVERSLAG|LIJST|JAARVERSLAG|BESLUIT|VERVOLG|ERRATUM|RAPPORT|NADER|BIJLAGE|OVERZICHT|VERSLAG|VERZOEKSCHRIFT|PROCES-VERBAAL|UITNODIGING|AANBIEDING|VERKLARING|WIJZIGING|BERICHT|MEDEDELING|INHOUDSOPGAVE|OPMERKINGEN|INBRENG|REACTIE|VRAGEN|ANTWOORD|TEKST|INITIATIEFNOTA|KABINETSREACTIE|RAMING|GOEDKEURING|AMENDEMENTEN|MOTIES|STAATSBLAD)\b/;

/** True when an upper-case run reads like a type line. */
export function looksLikeTypeLine(upper: string): boolean {
  return TYPE_START.test(upper);
}

/** Strip footnote markers glued to upper-case words ("RAPPORT1", "JUSTITIE2"). */
export function cleanTypeLine(text: string): string {
  return text
    .replace(/([A-ZÀ-Þ]{2,}[.,]?)\d{1,2}\b/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal", "Aan de Minister van …";
 * not the opening of a Handelingen item, "Aan de orde is/zijn …".
 */
export const ADDRESSEE = /^Aan\s+(?:de|het)\s+(?!orde\s+(?:is|zijn)\b)(.+)$/;

/** A place and date opening the letter: "Den Haag, 28 mei 2015", "'s-Gravenhage, 7 september 1999". */
export function matchPlaceDate(line: string): { place: string; date: string; rest: string } | null {
  const match =
    /^((?:['’]s-)?[A-Z][\p{L}'’.-]*(?: [A-Z][\p{L}'’.-]*){0,2}),?\s+(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?(?=\d)/iu.exec(
      line,
    );
  if (!match) return null;
  const place = (match[1] as string).trim();
  if (!/^(?:['’]s-)?[A-Z]/.test(place) || /^(?:Vastgesteld|Voorgesteld|Ontvangen|Datum|Ingezonden)$/i.test(place))
    return null;
  const found = findDutchDate(line.slice(match[0].length));
  if (!found || found.index !== 0) return null;
  const end = match[0].length + found.length;
  return { place, date: found.iso, rest: line.slice(end).replace(/^[\s.,]+/, '') };
}

/** "Vastgesteld 12 maart 2015", "Voorgesteld tijdens het Wetgevingsoverleg van 28 juni 2004", "Ontvangen 20 februari 1995". */
export const DATED_EVENT =
  /^(Vastgesteld|Voorgesteld|Ontvangen|Ingezonden|Ingekomen|Verzonden)(?:\b|(?=\d))(?!\s+ter\s+Griffie)/i;

/** Read a dated-event line: the date and whatever text follows it on the line. */
export function matchDatedEvent(line: string): { event: string; date: string | null; rest: string } | null {
  const match = DATED_EVENT.exec(line);
  if (!match) return null;
  const found = findDate(line.slice(0, 160));
  if (!found) return { event: (match[1] as string).toLowerCase(), date: null, rest: '' };
  const rest = line.slice(found.index + found.length).replace(/^[\s.,)]+/, '');
  return { event: (match[1] as string).toLowerCase(), date: found.iso, rest };
}

/** "Dinsdag 15 januari 2013": the date line of a sitting (Handelingen). */
export const SITTING_DATE =
  /^(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+\d{1,2}\s+\p{L}+\s+\d{4}$/iu;

/** Lines that show a text is Handelingen (the record of a sitting). */
export const HANDELINGEN_CUE =
  /^(?:Aan de orde (?:is|zijn)\b|De (?:voorzitter|Voorzitter):$|Aanvang\s+\d|Tegenwoordig zijn\s+\d+\s+leden|Voorzitter:\s|Regeling van werkzaamheden$|De (?:algemene )?beraadslaging wordt (?:geopend|gesloten))/;
