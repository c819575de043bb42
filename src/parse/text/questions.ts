/**
 * The header of written questions (Kamervragen) and their answers (Aanhangsel):
 * "Vragen van het lid X (Partij) aan de Minister van … over … (ingezonden 19 mei 2021)."
 * and "Antwoord van Staatssecretaris Y (Portefeuille) … (ontvangen 17 juni 2021)."
 *
 * @module
 */
import type { Sender, Signatory } from '../../model/index.ts';
import { findDutchDate } from './dates.ts';

/** What the question line says. */
export interface QuestionsLine {
  askers: Signatory[];
  addressee: string | null;
  date: string | null;
  /** What the questions are about: the text after "over". */
  subject: string | null;
}

/** What the answer line says. */
export interface AnswerLine {
  sender: Sender | null;
  date: string | null;
}

/** Start of a question line. */
export const QUESTIONS_START = /^Vragen van (?:het lid|de leden)\s/;
/** Start of an answer line (or a notice of delay). */
export const ANSWER_START = /^(?:Antwoord|Mededeling) van\s/;
/** A question or answer line is complete when its dated parenthesis closed. */
export const DATED_CLOSE = /\((?:ingezonden|ontvangen)\s[^)]*\d{4}\)\.?/;

/** Split "Omtzigt (CDA), Gesthuizen (SP) en Schouw (D66)" into members. */
export function splitMembers(text: string): Signatory[] {
  return text
    .split(/,\s*|\s+en\s+/)
    .map((part) => part.replace(/\([^)]*\)/g, '').trim())
    .filter((name) => name !== '' && /^[\p{Lu}'’]/u.test(name))
    .map((name) => ({ name, role: 'lid' }));
}

/** Read a (joined) question line. */
export function readQuestionsLine(line: string): QuestionsLine {
  const match =
    /^Vragen van (?:het lid|de leden)\s+(.+?)\s+aan\s+(?:de\s+|het\s+)?(.+?)(?:\s+over\s+|\s*\(ingezonden|$)/.exec(
      line,
    );
  const dated = /\(ingezonden\s+([^)]*)\)/.exec(line);
  const about = /\s+over\s+(.+?)\s*\((?:ingezonden|ontvangen)\b/.exec(line) ?? /\s+over\s+(.+?)\.?$/.exec(line);
  return {
    subject: about ? (about[1] as string).trim() : null,
    askers: match ? splitMembers(match[1] as string) : [],
    addressee: match ? (match[2] as string).trim() : null,
    date: dated ? (findDutchDate(dated[1] as string)?.iso ?? null) : null,
  };
}

const ROLES: Array<[RegExp, string]> = [
  [/^minister-president$/i, 'minister-president'],
  [/^minister$/i, 'minister'],
  [/^staatssecretaris$/i, 'staatssecretaris'],
];

/** Read a (joined) answer line. */
export function readAnswerLine(line: string): AnswerLine {
  const dated = /\(ontvangen\s+([^)]*)\)/.exec(line);
  const date = dated ? (findDutchDate(dated[1] as string)?.iso ?? null) : null;
  const match =
    /^(?:Antwoord|Mededeling) van (?:de\s+)?(Minister-President|Minister|Staatssecretaris)\s+(?:van\s+|voor\s+)?([^(]+?)\s*\(([^)]+)\)/i.exec(
      line,
    );
  if (!match) return { sender: null, date };
  const role = ROLES.find(([pattern]) => pattern.test(match[1] as string))?.[1] ?? (match[1] as string).toLowerCase();
  return { sender: { role, portfolio: (match[3] as string).trim(), name: (match[2] as string).trim() }, date };
}
