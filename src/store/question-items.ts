/**
 * Written questions as both engines answer them (`questions.ts` in each): the arguments
 * of a list, the SQL of a status (decided against a day, so a filter by status pages in
 * SQL), the counts per ministry and status of a page, and the records made of the rows.
 *
 * @module
 */
import { listPage } from './browse-rows.ts';
import { addDays, daysBetween, deadlineOf, parseAskers, type QuestionRow } from './question-rows.ts';
import {
  ANSWER_TERM_DAYS,
  type QuestionFilter,
  type QuestionMinistry,
  type QuestionRecord,
  type QuestionStatus,
} from './question-types.ts';
import { bytewise, facetsOf, todayUtc } from './record-rows.ts';
import type { DocumentSummary, FacetCount, PageRequest } from './types.ts';

/** The statuses a filter may ask for. */
const STATUSES: ReadonlySet<string> = new Set(['open', 'overdue', 'answered', 'unanswered']);

const given = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const day = (value: unknown): string | null =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;

/** The filter as the queries take it: every field present (null when not given), and the day's cutoff. */
export function questionArgs(filter: QuestionFilter = {}) {
  const today = day(filter.today) ?? todayUtc();
  const status = given(filter.status);
  return {
    status: status === null ? null : STATUSES.has(status) ? status : 'none',
    ministry: given(filter.ministry),
    member: given(filter.member),
    party: given(filter.party),
    from: given(filter.from),
    to: given(filter.to),
    today,
    /** Unanswered questions asked before this day are overdue on `today`. */
    cutoff: addDays(today, -ANSWER_TERM_DAYS),
  };
}

/** The arguments of `questionArgs`. */
export type QuestionArgs = ReturnType<typeof questionArgs>;

/** The page asked for (20 a page by default). */
export const questionPage = (page?: PageRequest) => listPage(page);

/** The limit of a feed's list: 1–100, default 50. */
export function newsLimit(limit: number | undefined): number {
  return Number.isFinite(limit) ? Math.min(100, Math.max(1, Math.floor(limit as number))) : 50;
}

/**
 * The status of question `q` against the cutoff placeholder `cutoff`, and the condition
 * of each status a filter may ask for.
 */
export function questionStatusSql(cutoff: string): { status: string; is: Record<string, string> } {
  const overdue = `q.asked < ${cutoff}`;
  return {
    status: `CASE WHEN q.answer_doc IS NOT NULL THEN 'answered' WHEN ${overdue} THEN 'overdue' ELSE 'open' END`,
    is: {
      answered: 'q.answer_doc IS NOT NULL',
      unanswered: 'q.answer_doc IS NULL',
      overdue: `q.answer_doc IS NULL AND ${overdue}`,
      open: `q.answer_doc IS NULL AND (q.asked IS NULL OR q.asked >= ${cutoff})`,
      none: '1 = 0',
    },
  };
}

/** The arguments a condition may take, by name. */
export type QuestionParam = 'ministry' | 'member' | 'party' | 'from' | 'to' | 'cutoff';

/**
 * The SQL conditions of the filter's fields that are set, on question `q`; `param(name)`
 * is the engine's placeholder of that argument. The ministry and status conditions only
 * when asked for (the counts leave them aside). Built per filter, so that each query the
 * planner sees filters only on what it is given, by index.
 */
export function questionConditions(
  args: QuestionArgs,
  param: (name: QuestionParam) => string,
  include: { ministry: boolean; status: boolean },
): string[] {
  const where: string[] = [];
  if (args.from !== null) where.push(`q.asked >= ${param('from')}`);
  if (args.to !== null) where.push(`q.asked <= ${param('to')}`);
  if (args.member !== null)
    where.push(`q.zaak IN (SELECT a.zaak FROM question_askers a WHERE a.name = ${param('member')})`);
  if (args.party !== null)
    where.push(`q.zaak IN (SELECT a.zaak FROM question_askers a WHERE a.party = ${param('party')})`);
  if (include.ministry && args.ministry !== null) where.push(`q.ministry = ${param('ministry')}`);
  if (include.status && args.status !== null) where.push(questionStatusSql(param('cutoff')).is[args.status]!);
  return where;
}

/** `WHERE …` of conditions, or nothing. */
export const whereOf = (conditions: readonly string[]): string =>
  conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;

/** One group of the questions that match a filter (its ministry and status aside). */
export interface QuestionGroup {
  ministry: string | null;
  status: QuestionStatus;
  days: number | string | null;
  n: number | string;
}

/** The median of counted values (`value → count`), or null without any. */
function median(counts: Map<number, number>): number | null {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return null;
  const sorted = [...counts].sort((a, b) => a[0] - b[0]);
  const at = (rank: number): number => {
    let seen = 0;
    for (const [value, count] of sorted) {
      seen += count;
      if (seen > rank) return value;
    }
    return sorted.at(-1)![0];
  };
  return total % 2 === 1 ? at((total - 1) / 2) : (at(total / 2 - 1) + at(total / 2)) / 2;
}

/** Whether a group has the status a filter asks for. */
function hasStatus(status: QuestionStatus, wanted: string | null): boolean {
  if (wanted === null) return true;
  return wanted === 'unanswered' ? status !== 'answered' : status === wanted;
}

/**
 * A page's total and counts from the groups of its matches: the total with every
 * filter, the ministries (questions without one left out) with their counts and median
 * days to answer, most questions first, the statuses without the `status` filter.
 */
export function questionCounts(groups: readonly QuestionGroup[], args: Pick<QuestionArgs, 'status' | 'ministry'>) {
  let total = 0;
  const ministries = new Map<string, QuestionMinistry & { days: Map<number, number> }>();
  const statuses = new Map<string, number>();
  for (const g of groups) {
    const n = Number(g.n);
    const ministry = args.ministry === null || g.ministry === args.ministry;
    if (ministry && hasStatus(g.status, args.status)) total += n;
    if (ministry) statuses.set(g.status, (statuses.get(g.status) ?? 0) + n);
    if (g.ministry === null) continue;
    const entry = ministries.get(g.ministry) ?? {
      ministry: g.ministry,
      open: 0,
      overdue: 0,
      answered: 0,
      medianDays: null,
      days: new Map<number, number>(),
    };
    entry[g.status] += n;
    if (g.status === 'answered' && g.days !== null) {
      const days = Number(g.days);
      entry.days.set(days, (entry.days.get(days) ?? 0) + n);
    }
    ministries.set(g.ministry, entry);
  }
  const list: QuestionMinistry[] = [...ministries.values()]
    .map(({ days, ...counts }) => ({ ...counts, medianDays: median(days) }))
    .sort(
      (a, b) => b.open + b.overdue + b.answered - (a.open + a.overdue + a.answered) || bytewise(a.ministry, b.ministry),
    );
  const order: readonly string[] = ['open', 'overdue', 'answered'];
  const counted: FacetCount[] = facetsOf(statuses).sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
  return { total, ministries: list, statuses: counted };
}

/**
 * The groups of recent lists by their query, for one version of the derived tables
 * (`<cursor>:<withdrawn>`: they change only when a catch-up writes, which moves it), so
 * that paging through a list counts its matches once. At most `max` kept.
 */
export class GroupCache<T> {
  private version = '';
  private readonly entries = new Map<string, T>();

  constructor(private readonly max = 200) {}

  /** The groups of `key` in `version`: kept ones, or `compute()`'s. */
  get(version: string, key: string, compute: () => T): T {
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    const kept = this.entries.get(key);
    if (kept !== undefined) return kept;
    const groups = compute();
    this.entries.set(key, groups);
    if (groups instanceof Promise) groups.catch(() => this.entries.delete(key));
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return groups;
  }
}

/** A row of a list, with its status on the day asked about. */
export type QuestionItemRow = QuestionRow & { status: QuestionStatus };

/** An answer or notice of a listed question (`question_papers`), oldest first. */
export interface QuestionLinkRow {
  zaak: string;
  doc: number | string;
  role: 'answer' | 'notice';
}

/** The records of `rows`, in order, with their papers from `links` and the summaries by engine id. */
export function toQuestionRecords(
  rows: readonly QuestionItemRow[],
  links: readonly QuestionLinkRow[],
  summaries: ReadonlyMap<string, DocumentSummary>,
  today: string,
): QuestionRecord[] {
  const papers = new Map<string, { answers: DocumentSummary[]; notices: DocumentSummary[] }>();
  for (const link of links) {
    const summary = summaries.get(String(link.doc));
    if (summary === undefined) continue;
    const entry = papers.get(link.zaak) ?? { answers: [], notices: [] };
    (link.role === 'answer' ? entry.answers : entry.notices).push(summary);
    papers.set(link.zaak, entry);
  }
  return rows.map((row) => {
    const main = summaries.get(String(row.doc));
    const until = row.answer_doc !== null ? row.answered : today;
    const days = row.asked !== null && until !== null ? daysBetween(row.asked, until) : null;
    return {
      zaak: row.zaak,
      title: main?.title ?? '',
      askers: parseAskers(row.askers),
      ministry: row.ministry,
      asked: row.asked,
      deadline: deadlineOf(row.asked),
      status: row.status,
      days: days !== null && days >= 0 ? days : null,
      answered: row.answered,
      delayNoticed: row.noticed,
      question: row.question_doc === null ? null : (summaries.get(String(row.question_doc)) ?? null),
      answers: papers.get(row.zaak)?.answers ?? [],
      notices: papers.get(row.zaak)?.notices ?? [],
    };
  });
}

/** The engine ids whose summaries the records of `rows` and `links` need. */
export function summaryDocs(rows: readonly QuestionRow[], links: readonly QuestionLinkRow[]): (number | string)[] {
  return [
    ...rows.flatMap((r) => (r.question_doc === null ? [r.doc] : [r.doc, r.question_doc])),
    ...links.map((l) => l.doc),
  ];
}

/** The day a question became news: the first answer's date, or the day after its deadline. */
export function newsDate(record: QuestionRecord, kind: 'answered' | 'overdue'): string | null {
  if (kind === 'answered') return record.answered;
  return record.deadline === null ? null : addDays(record.deadline, 1);
}
