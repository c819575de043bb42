/**
 * The written-questions contract (`Store.questions`): every set of Kamervragen paired,
 * by its Zaak number (`2024Z12345`), with its answer and any notice that the answer will
 * be late, the same on every engine.
 *
 * A question is `answered` once an answer (`antwoord-kamervragen`) of its Zaak is stored,
 * else `overdue` when more than 21 days (the term of the Reglement van Orde) have passed
 * since it was asked, else `open`. A notice of delay (`uitstel-antwoord-kamervragen`)
 * does not stop the clock: the answer is late, only announced, so an overdue question
 * with a notice stays `overdue` and carries the notice's date (`delayNoticed`).
 *
 * @module
 */
import type { DocumentSummary, FacetCount, Page, PageRequest } from './types.ts';

/** Where a question stands on a day. */
export type QuestionStatus = 'open' | 'overdue' | 'answered';

/** Days the government has to answer written questions (three weeks). */
export const ANSWER_TERM_DAYS = 21;

/** A member who asks, as the question paper prints them. */
export interface QuestionAsker {
  name: string;
  /** The party printed after the name, when the paper prints one. */
  party: string | null;
}

/** A set of written questions with what became of it. */
export interface QuestionRecord {
  /** The Tweede Kamer's Zaak number the questions are registered under: `2024Z12345`. */
  zaak: string;
  /** What the questions are about (their paper's title). */
  title: string;
  askers: QuestionAsker[];
  /** The ministry asked (the portfolio of the minister addressed, else of the one who answers). */
  ministry: string | null;
  /** When the questions were asked (ingezonden), when a stored paper says. */
  asked: string | null;
  /** The last day of the term to answer on time: `asked` plus 21 days. */
  deadline: string | null;
  status: QuestionStatus;
  /** Days from `asked` to the first answer, or (not answered) to today; null without `asked`. */
  days: number | null;
  /** The date of the first answer. */
  answered: string | null;
  /** The date of the latest notice of delay, when one is stored. */
  delayNoticed: string | null;
  /** The questions' own paper (`kv-…`), when the archive holds it. */
  question: DocumentSummary | null;
  /** The answers (`ah-…`), oldest first. */
  answers: DocumentSummary[];
  /** The notices of delay, oldest first. */
  notices: DocumentSummary[];
}

/** Which questions to list. */
export interface QuestionFilter {
  /** One status, or `unanswered` (open and overdue). */
  status?: QuestionStatus | 'unanswered';
  /** The ministry asked, exactly. */
  ministry?: string;
  /** A member who asks, by name exactly as the paper prints it. */
  member?: string;
  /** The party of a member who asks, exactly. */
  party?: string;
  /** When the questions were asked, from and to (ISO dates, inclusive). */
  from?: string;
  to?: string;
  /** The day that decides `overdue` and `days` (ISO date; default: today, UTC). */
  today?: string;
}

/** The counts of one ministry over the questions that match a filter (its ministry and status aside). */
export interface QuestionMinistry {
  ministry: string;
  open: number;
  overdue: number;
  answered: number;
  /** The median of the days to answer of its answered questions whose asking date is known. */
  medianDays: number | null;
}

/** A page of questions, newest asked first, with counts of all that match. */
export interface QuestionPage extends Page<QuestionRecord> {
  /** Per ministry (the `ministry` and `status` filters aside), most questions first. */
  ministries: QuestionMinistry[];
  /** Per status (the `status` filter aside). */
  statuses: FacetCount[];
}

/** A question that became news on a day: answered then, or overdue from then. */
export interface QuestionNews {
  /** The day: the first answer's date, or the day after the deadline. */
  date: string;
  record: QuestionRecord;
}

/** The written questions of an archive. Every method may throw a `StoreError`. */
export interface QuestionStore {
  /** Questions matching the filter: newest asked first (undated last), then by Zaak number. */
  list(filter?: QuestionFilter, page?: PageRequest): Promise<QuestionPage>;
  /** One question by its Zaak number, or null when no stored paper belongs to it. */
  get(zaak: string, today?: string): Promise<QuestionRecord | null>;
  /** The newest answered questions, latest answer date first, at most `limit` (1–100, default 50). */
  answered(filter?: Pick<QuestionFilter, 'ministry'>, limit?: number): Promise<QuestionNews[]>;
  /** The questions overdue on `today`, the most recently overdue first, at most `limit` (1–100, default 50). */
  overdue(filter?: Pick<QuestionFilter, 'ministry' | 'today'>, limit?: number): Promise<QuestionNews[]>;
  /** The distinct parties and members of the askers, byte-wise, for the filters to offer. */
  askers(): Promise<{ parties: string[]; members: string[] }>;
}
