/**
 * The header of written questions (Kamervragen) and their answers (Aanhangsel):
 * "Vragen van het lid X (Partij) aan de Minister van … over … (ingezonden 19 mei 2021)."
 * and "Antwoord van Staatssecretaris Y (Portefeuille) … (ontvangen 17 juni 2021)."; a
 * notice of delay opens "Mededeling van …" where an answer opens "Antwoord van …".
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
  /** A notice of delay ("Mededeling van …"), not the answer itself. */
  notice: boolean;
}

/** Start of a question line. */
export const QUESTIONS_START = /^Vragen van (?:het lid|de leden)\s/;
/** Start of an answer line (or a notice of delay). */
export const ANSWER_START = /^(?:Antwoord|Mededeling) van\s/;
/** Start of a notice of delay: "Mededeling van de Minister … (ontvangen …)": the answer will be late. */
export const NOTICE_START = /^Mededeling van\s/;
/** The type line a notice of delay is given, so that `paperType` tells it from an answer. */
export const NOTICE_TYPE_LINE = 'Mededeling';
/** A question or answer line is complete when its dated parenthesis closed. */
export const DATED_CLOSE = /\((?:ingezonden|ontvangen)\s[^)]*\d{4}\)\.?/;

/** A party as printed after a member's name: "CDA", "GL-PvdA", "Unie 55+", "Groep Kuzu/Öztürk". */
const PARTY = /^[\p{L}\d][\p{L}\d+/&.'’ -]{0,39}$/u;

/** Split "Omtzigt (CDA), Gesthuizen (SP) en Schouw (D66)" into members, each with the party printed after them. */
export function splitMembers(text: string): Signatory[] {
  return text
    .split(/,\s*|\s+en\s+/)
    .map((part) => ({ name: part.replace(/\([^)]*\)/g, '').trim(), party: /\(([^)]*)\)/.exec(part)?.[1]?.trim() }))
    .filter(({ name }) => name !== '' && /^[\p{Lu}'’]/u.test(name))
    .map(({ name, party }) => (party && PARTY.test(party) ? { name, role: 'lid', party } : { name, role: 'lid' }));
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
  const notice = NOTICE_START.test(line);
  const match =
    /^(?:Antwoord|Mededeling) van (?:de\s+)?(Minister-President|Minister|Staatssecretaris)\s+(?:van\s+|voor\s+)?([^(]+?)\s*\(([^)]+)\)/i.exec(
      line,
    );
  if (!match) return { sender: null, date, notice };
  const role = ROLES.find(([pattern]) => pattern.test(match[1] as string))?.[1] ?? (match[1] as string).toLowerCase();
  return { sender: { role, portfolio: (match[3] as string).trim(), name: (match[2] as string).trim() }, date, notice };
}
