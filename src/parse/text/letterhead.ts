/**
 * Ministry letters as sent, on letterhead: "Ministerie van …", an address block,
 * labelled fields ("Datum", "Betreft"/"Onderwerp", "Ons kenmerk", "Uw kenmerk", …, with
 * the value on the same line or the next), then the salutation and the letter.
 *
 * @module
 */
import { findDate } from './dates.ts';
import { isBlank } from './lines.ts';

/** "Ministerie van Buitenlandse Zaken": the first line of a letterhead. */
export const MINISTRY_LINE = /^Ministerie van ([\p{L} ,&-]+)$/u;

/** What a letterhead told. */
export interface Letterhead {
  ministry: string;
  date: string | null;
  subject: string | null;
  addressee: string | null;
  references: string[];
  /** Index of the first line of the letter itself. */
  bodyStart: number;
}

const SALUTATION = /^(?:Zeer\s+)?(?:Geachte|Hooggeachte)\b.*,?$/i;
const LABEL =
  /^(Datum|Betreft|Onderwerp|Ons kenmerk|Uw kenmerk|Kenmerk|Uw brief(?: van)?|Bijlage\(n\)|Bijlagen|Blad|Doorkiesnummer|Inlichtingen|Contactpersoon|Telefoon|Referentie)\b[:\s]*(.*)$/i;
const ADDRESS =
  /^(?:Postbus\s+\d+|\d{4}\s?[A-Z]{2}\s+\S+|Binnenhof\s+\d+|[\p{L} .'-]+\s\d+[a-z]?,?$|Directie\b|en Communicatie$|www\.|T\s|F\s|E\s)/u;
const LONG_LINE = 140;
const MAX_LINES = 40;

/**
 * Read a letterhead starting at `start` (the "Ministerie van …" line).
 */
export function readLetterhead(lines: string[], start: number): Letterhead {
  const ministry = (MINISTRY_LINE.exec((lines[start] as string).trim())?.[1] ?? '').trim();
  const head: Letterhead = {
    ministry,
    date: null,
    subject: null,
    addressee: null,
    references: [],
    bodyStart: start + 1,
  };
  let pendingLabel: string | null = null;
  let seen = 0;
  let i = start + 1;
  for (; i < lines.length && seen < MAX_LINES; i++) {
    const line = (lines[i] as string).trim();
    if (isBlank(line)) continue;
    seen++;
    if (SALUTATION.test(line) && line.length < 80) return { ...head, bodyStart: i };
    if (line.length > LONG_LINE) break;
    if (pendingLabel && !LABEL.test(line)) {
      takeValue(head, pendingLabel, line);
      pendingLabel = null;
      continue;
    }
    const label = LABEL.exec(line);
    if (label) {
      const name = (label[1] as string).toLowerCase();
      const value = (label[2] as string).trim();
      if (name === 'datum' && /\b(?:uw\s+)?kenmerk\b/i.test(value)) {
        // "Datum 28 oktober 2009 Uw kenmerk … Onderwerp …" or a row of labels only.
        readInlineFields(head, line);
        continue;
      }
      if (value === '') pendingLabel = name;
      else takeValue(head, name, value);
      continue;
    }
    if (/^(?:Aan\s+)?(?:de\s+)?Voorzitter van\b/i.test(line)) {
      head.addressee = joinAddressee(line, lines[i + 1]);
      if (head.addressee !== line.replace(/^Aan\s+(?:de\s+)?/i, '')) i++;
      continue;
    }
    const bareDate = findDate(line);
    if (bareDate && bareDate.index === 0 && bareDate.length === line.length) {
      head.date ??= bareDate.iso;
      continue;
    }
    if (ADDRESS.test(line) || line.length < 60) continue;
    break;
  }
  return { ...head, bodyStart: i };
}

function takeValue(head: Letterhead, label: string, value: string): void {
  if (label === 'datum') head.date ??= findDate(value)?.iso ?? null;
  else if (label === 'betreft' || label === 'onderwerp') head.subject ??= value;
  else if (label.includes('kenmerk')) head.references.push(value);
}

function readInlineFields(head: Letterhead, line: string): void {
  const date = /Datum\s+(.+?)(?=\s+(?:Uw|Ons)\s+kenmerk|\s+Onderwerp|$)/i.exec(line);
  if (date) head.date ??= findDate(date[1] as string)?.iso ?? null;
  const subject = /Onderwerp\s+(.+)$/i.exec(line);
  if (subject) head.subject ??= (subject[1] as string).trim();
}

function joinAddressee(line: string, next: string | undefined): string {
  const text = line.replace(/^Aan\s+(?:de\s+)?/i, '');
  const following = (next ?? '').trim();
  if (!/Generaal$/.test(text) && /^(?:Tweede|Eerste)?\s*Kamer\b/.test(following)) return `${text} ${following}`;
  return text;
}
