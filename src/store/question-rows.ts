/**
 * What both engines do the same way when they pair written questions (`questions.ts` in
 * each): which stored papers belong to which Zaak and in what role, and the one row per
 * Zaak that the lists read, made of those papers. The SQL is the engines' own.
 *
 * A paper belongs to the Zaken its record names (`external.tkZaken`), to the Zaak its id
 * names (`kv-tk-2024Z12345`), and an answer also to the questions its request of kind
 * `question` refers to. Its role comes from its type: the questions (`kamervragen`), an
 * answer (`antwoord-kamervragen`) or a notice of delay (`uitstel-antwoord-kamervragen`).
 * A withdrawn paper counts for nothing.
 *
 * @module
 */
import { type Document, titleCasePortfolio } from '../model/index.ts';
import { ANSWER_TERM_DAYS, type QuestionAsker } from './question-types.ts';

/** What a paper is to its Zaak. */
export type QuestionRole = 'question' | 'answer' | 'notice';

/** The paper types that belong to written questions, and what each is to them. */
export const QUESTION_ROLES: Readonly<Record<string, QuestionRole>> = {
  kamervragen: 'question',
  'antwoord-kamervragen': 'answer',
  'uitstel-antwoord-kamervragen': 'notice',
};

/** The paper types of `QUESTION_ROLES`, as an SQL list. */
export const QUESTION_TYPES_SQL = Object.keys(QUESTION_ROLES)
  .map((t) => `'${t}'`)
  .join(', ');

/** A Tweede Kamer zaak number: `2024Z12345`. */
export const ZAAK_NUMBER = /^\d{4}Z\d{5,}$/;
const QUESTIONS_ID = /^kv-(?:tk|ek)-(\d{4}Z\d{5,})$/;

/** A paper's row in `question_papers` (one per Zaak it belongs to), as written and read. */
export interface QuestionPaperRow {
  doc: number | string;
  zaak: string;
  role: QuestionRole;
  /** The paper's own date: asked (questions), received (answer, notice). */
  date: string | null;
  /** 1 for an official paper (`kv-`, `ah-`), which wins over another of the same Zaak and role. */
  official: number;
  /** The portfolio of the minister the paper addresses. */
  ministry: string | null;
  /** The portfolio of the minister who sends it (an answer, a notice). */
  sender: string | null;
  /** The askers, as JSON (`QuestionAsker[]`). */
  askers: string;
  withdrawn: number | boolean;
}

/** The row per Zaak in `questions`: what the lists filter, order and show. */
export interface QuestionRow {
  zaak: string;
  /** The paper the question is shown by: its questions, else its first answer or notice. */
  doc: number | string;
  question_doc: number | string | null;
  ministry: string | null;
  asked: string | null;
  answered: string | null;
  answer_doc: number | string | null;
  /** Days from asked to answered, when both are known. */
  days: number | null;
  noticed: string | null;
  askers: string;
}

/** An ISO day (`2025-02-03`) from a date or timestamp, or null. */
export function isoDay(value: unknown): string | null {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

const DAY_MS = 86_400_000;

/** The day `days` after the ISO day `iso`. */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from one ISO day to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** The last day to answer questions asked on `asked`. */
export const deadlineOf = (asked: string | null): string | null =>
  asked === null ? null : addDays(asked, ANSWER_TERM_DAYS);

const ADDRESSED =
  /^(?:(?:de|het|aan\s+de)\s+)?(?:Ministers?|Staatssecretaris(?:sen)?|Minister-President,\s+Minister)\s+(?:van|voor)\s+(.+)$/iu;
/** Where a second minister starts: "… en van Financiën", "…, de Minister van …", "… en de Staatssecretaris …". */
const NEXT_MINISTER =
  /\s+en\s+(?:van|voor)\s+|,?\s+en\s+(?:aan\s+)?(?:de|het)\s+|,\s*(?:(?:de|het)\s+)?(?:Minister|Staatssecretaris)/iu;

/**
 * The ministry a paper addresses: "Minister van Binnenlandse Zaken en
 * Koninkrijksrelaties" → `Binnenlandse Zaken en Koninkrijksrelaties`; of several
 * ministers the first; the Minister-President's is `Algemene Zaken`.
 *
 * @example
 * addressedMinistry('Ministers van Financiën en van Economische Zaken'); // 'Financiën'
 */
export function addressedMinistry(addressee: unknown): string | null {
  if (typeof addressee !== 'string') return null;
  const text = addressee.replace(/\s+/g, ' ').trim();
  if (/^(?:de\s+)?minister-president\b(?!,\s+minister\s+van)/iu.test(text)) return 'Algemene Zaken';
  const match = ADDRESSED.exec(text);
  if (!match) return null;
  const portfolio = (match[1] as string).split(NEXT_MINISTER)[0]!.replace(/[.,;:\s]+$/u, '');
  if (portfolio === '') return null;
  return /\p{Lu}/u.test(portfolio) ? portfolio : titleCasePortfolio(portfolio);
}

const GOVERNMENT = new Set(['minister', 'staatssecretaris', 'minister-president']);

/** The portfolio of a paper's sender when a member of the government sends it. */
function senderMinistry(doc: Document): string | null {
  const sender = doc.sender;
  if (!sender || !GOVERNMENT.has(sender.role)) return null;
  if (typeof sender.portfolio === 'string' && sender.portfolio !== '') return sender.portfolio;
  return sender.role === 'minister-president' ? 'Algemene Zaken' : null;
}

/** The members who ask: the signatories that are members (or say no role), with their party. */
export function askersOf(doc: Document): QuestionAsker[] {
  const askers: QuestionAsker[] = [];
  for (const s of doc.signatories ?? []) {
    if (typeof s?.name !== 'string' || s.name === '') continue;
    const role = typeof s.role === 'string' ? s.role : '';
    if (role !== '' && (!/\blid\b|kamerlid/iu.test(role) || /minister|staatssecretaris/iu.test(role))) continue;
    askers.push({ name: s.name, party: typeof s.party === 'string' && s.party !== '' ? s.party : null });
  }
  return askers;
}

/** The Zaken a paper of written questions belongs to, each once. */
export function zakenOf(doc: Document, role: QuestionRole): string[] {
  const zaken = new Set<string>();
  for (const zaak of doc.external?.tkZaken ?? [])
    if (typeof zaak === 'string' && ZAAK_NUMBER.test(zaak)) zaken.add(zaak);
  const own = typeof doc.id === 'string' ? QUESTIONS_ID.exec(doc.id) : null;
  if (own) zaken.add(own[1] as string);
  if (role !== 'question') {
    for (const request of doc.requests ?? []) {
      const cited = request?.kind === 'question' && typeof request.reference === 'string';
      const match = cited ? QUESTIONS_ID.exec(request.reference as string) : null;
      if (match) zaken.add(match[1] as string);
    }
  }
  return [...zaken];
}

/** The rows of a stored paper in `question_papers` (none when it is no paper of written questions). */
export function questionPaperRows(doc: Document, stored: number | string, withdrawn: boolean): QuestionPaperRow[] {
  const role = QUESTION_ROLES[doc.type];
  if (role === undefined) return [];
  const common = {
    doc: stored,
    role,
    date: isoDay(doc.date),
    official: typeof doc.id === 'string' && /^(?:kv|ah)-/.test(doc.id) ? 1 : 0,
    ministry: addressedMinistry(doc.addressee),
    sender: senderMinistry(doc),
    askers: JSON.stringify(askersOf(doc)),
    withdrawn: withdrawn ? 1 : 0,
  };
  return zakenOf(doc, role).map((zaak) => ({ ...common, zaak }));
}

/** Oldest first, undated last, then in the order stored. */
function byDate(a: QuestionPaperRow, b: QuestionPaperRow): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;
  return Number(a.doc) - Number(b.doc);
}

/**
 * The row of a Zaak made of its papers' rows, or null when none counts: its questions
 * (an official paper first), the first answer and the latest notice; the ministry the
 * questions address, else the one that answers; the askers the questions name, else
 * those the answer or notice repeats.
 */
export function questionRowOf(zaak: string, papers: readonly QuestionPaperRow[]): QuestionRow | null {
  const live = papers.filter((p) => !(p.withdrawn === true || p.withdrawn === 1)).sort(byDate);
  const questions = live.filter((p) => p.role === 'question').sort((a, b) => b.official - a.official);
  const answers = live.filter((p) => p.role === 'answer');
  const notices = live.filter((p) => p.role === 'notice');
  const main = questions[0] ?? answers[0] ?? notices[0];
  if (main === undefined) return null;
  const all = [...questions, ...answers, ...notices];
  const asked = questions[0]?.date ?? null;
  const answer = answers[0] ?? null;
  const answered = answer?.date ?? null;
  const days = asked !== null && answered !== null ? daysBetween(asked, answered) : null;
  return {
    zaak,
    doc: main.doc,
    question_doc: questions[0]?.doc ?? null,
    ministry: all.find((p) => p.ministry !== null)?.ministry ?? all.find((p) => p.sender !== null)?.sender ?? null,
    asked,
    answered,
    answer_doc: answer?.doc ?? null,
    days: days !== null && days >= 0 ? days : null,
    noticed: notices.filter((p) => p.date !== null).at(-1)?.date ?? null,
    askers: all.find((p) => p.askers !== '[]')?.askers ?? '[]',
  };
}

/** A row's askers, read back from their JSON (an unreadable list is none). */
export function parseAskers(json: string): QuestionAsker[] {
  try {
    const list = JSON.parse(json) as unknown;
    return Array.isArray(list) ? list.filter((a): a is QuestionAsker => typeof a?.name === 'string') : [];
  } catch {
    return [];
  }
}
