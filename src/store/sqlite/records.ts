/**
 * Reading the linked record on SQLite: commitments with their status (fulfilled when a
 * link exists, overdue when the deadline is before `today`, else open: decided in SQL,
 * so a filter by status pages in SQL too) and requests with theirs (a motion's request
 * is answered when a later paper's own motion request refers to the motion). Lists run
 * newest promising (or asking) paper first, undated last, then by key (byte-wise), then
 * by position, as on PostgreSQL. The rules shared with it are in `record-rows.ts`,
 * `record-items.ts` and `record-sql.ts` (the status conditions).
 *
 * @module
 */
import type Database from 'better-sqlite3';
import { type LinkRow, listPage, SUMMARY_COLUMNS, type SummaryRow } from '../browse-rows.ts';
import {
  type ByRow,
  type CommitmentItemRow,
  type RequestItemRow,
  summaryMap,
  toCommitmentRecords,
  toRequestRecords,
} from '../record-items.ts';
import {
  type CommitmentGroup,
  commitmentArgs,
  commitmentCounts,
  parseRecordId,
  requestArgs,
  todayUtc,
} from '../record-rows.ts';
import { commitmentStatusSql, MOTION, REQUEST_STATUS, statusCondition } from '../record-sql.ts';
import type {
  CommitmentFilter,
  CommitmentPage,
  CommitmentRecord,
  DocumentSummary,
  Page,
  PageRequest,
  RequestFilter,
  RequestRecord,
} from '../types.ts';
import { OLDEST_FIRST } from './browse.ts';

const COMMITMENT_STATUS = commitmentStatusSql('@today');

/** A commitment with its paper's key, date and ministry, and its status on `@today`. */
const COMMITMENT = `c.doc, c.position, c.text, c.by, c.due, c.deadline, d.key, d.date, d.sender_portfolio AS portfolio,
  ${COMMITMENT_STATUS.status} AS status FROM commitments c JOIN documents d ON d.doc = c.doc`;

/** The commitments that match the filter's dates and dossier (not yet its status and ministry). */
const MATCHES = `SELECT ${COMMITMENT} WHERE (@from IS NULL OR d.date >= @from) AND (@to IS NULL OR d.date <= @to)
  AND (@dossier IS NULL OR c.doc IN (SELECT doc FROM document_dossiers WHERE dossier = @dossier))`;

/** A request with its paper's key and date, whether it is a motion's own, and its status. */
const REQUEST = `r.doc, r.position, r.kind, r.date, r.by, r.asks, r.reference, d.key, d.date AS paper_date,
  ${MOTION} AS motion, ${REQUEST_STATUS.status} AS status FROM requests r JOIN documents d ON d.doc = r.doc`;
/** The requests that match the filter's kind, dates and dossier (not yet its status). */
const REQUESTS = `WHERE (@kind IS NULL OR r.kind = @kind)
  AND (@from IS NULL OR d.date >= @from) AND (@to IS NULL OR d.date <= @to)
  AND (@dossier IS NULL OR r.doc IN (SELECT doc FROM document_dossiers WHERE dossier = @dossier))`;

/** The papers of a JSON array of engine ids. */
const DOCS = 'SELECT value FROM json_each(?)';

/** A reader of papers' summaries by engine id (their columns and dossiers, no JSON). */
export function summaryReader(
  db: Database.Database,
): (docs: Iterable<number | string>) => Map<string, DocumentSummary> {
  const rows = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.doc IN (${DOCS})`);
  const links = db.prepare(
    `SELECT dd.doc, coalesce(k.number, dd.number) AS number, k.suffix, k.title FROM document_dossiers dd
     LEFT JOIN dossiers k ON k.key = dd.dossier WHERE dd.doc IN (${DOCS}) ORDER BY dd.doc, dd.position`,
  );
  return (docs) => {
    const list = JSON.stringify([...new Set([...docs].map(Number))]);
    return summaryMap(rows.all(list) as SummaryRow[], links.all(list) as LinkRow[]);
  };
}

/** Reads the record of one database. */
export class RecordReader {
  private readonly stmt;
  private readonly summaries;
  /** The list statements by status filter. */
  private readonly lists = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {
    const docs = DOCS;
    this.summaries = summaryReader(db);
    this.stmt = {
      groups: db.prepare(`SELECT portfolio, status, count(*) AS n FROM (${MATCHES}) GROUP BY portfolio, status`),
      commitment: db.prepare(`SELECT ${COMMITMENT} WHERE d.key = @key AND c.position = @position`),
      fulfilments: db.prepare(
        `SELECT f.commitment_doc AS item, f.commitment_position AS position, f.by_doc AS by
         FROM fulfilments f JOIN documents d ON d.doc = f.by_doc WHERE f.commitment_doc IN (${docs})
         ORDER BY ${OLDEST_FIRST}`,
      ),
      request: db.prepare(`SELECT ${REQUEST} WHERE d.key = @key AND r.position = @position`),
      answers: db.prepare(
        `SELECT r.doc AS item, r.position, d.doc AS by FROM requests r JOIN documents m ON m.doc = r.doc
         JOIN requests q ON q.reference = m.id AND q.kind = 'motion' AND q.doc <> m.doc JOIN documents d ON d.doc = q.doc
         WHERE r.doc IN (${docs}) AND r.kind = 'motion' AND m.type = 'motie'
           AND (d.date IS NULL OR m.date IS NULL OR d.date >= m.date)
         ORDER BY ${OLDEST_FIRST}`,
      ),
    };
  }

  /** The statement `make` gives for a list's status `condition`, prepared once. */
  private byStatus(list: string, condition: string, make: (condition: string) => string): Database.Statement {
    const key = `${list}:${condition}`;
    let statement = this.lists.get(key);
    if (statement === undefined) {
      statement = this.db.prepare(make(condition));
      this.lists.set(key, statement);
    }
    return statement;
  }

  /** The records of these commitments, in order. */
  private commitmentRecords(rows: CommitmentItemRow[]): CommitmentRecord[] {
    if (rows.length === 0) return [];
    const fulfilments = this.stmt.fulfilments.all(JSON.stringify(rows.map((r) => r.doc))) as ByRow[];
    const summaries = this.summaries([...rows.map((r) => r.doc), ...fulfilments.map((f) => f.by)]);
    return toCommitmentRecords(rows, fulfilments, summaries);
  }

  /** The records of these requests, in order. */
  private requestRecords(rows: RequestItemRow[]): RequestRecord[] {
    if (rows.length === 0) return [];
    const motions = rows.filter((r) => r.motion === 1).map((r) => r.doc);
    const answers = motions.length === 0 ? [] : (this.stmt.answers.all(JSON.stringify(motions)) as ByRow[]);
    const summaries = this.summaries([...rows.map((r) => r.doc), ...answers.map((a) => a.by)]);
    return toRequestRecords(rows, answers, summaries);
  }

  /** `Store.commitments`. */
  commitments(filter?: CommitmentFilter, request?: PageRequest): CommitmentPage {
    const args = commitmentArgs(filter);
    const groups = this.stmt.groups.all(args) as CommitmentGroup[];
    const counts = commitmentCounts(groups, args);
    if (counts.total === 0) return { ...counts, items: [] };
    const status = statusCondition(COMMITMENT_STATUS.is, args.status);
    const list = this.byStatus(
      'commitments',
      status,
      (condition) => `${MATCHES} AND ${condition} AND (@portfolio IS NULL OR d.sender_portfolio = @portfolio)
        ORDER BY d.date DESC, d.key, c.position LIMIT @limit OFFSET @offset`,
    );
    const rows = list.all({ ...args, ...listPage(request) }) as CommitmentItemRow[];
    return { ...counts, items: this.commitmentRecords(rows) };
  }

  /** `Store.commitment`. */
  commitment(id: string, today?: string): CommitmentRecord | null {
    const at = parseRecordId(id);
    if (at === null) return null;
    const row = this.stmt.commitment.get({ ...at, today: today ?? todayUtc() }) as CommitmentItemRow | undefined;
    return row === undefined ? null : this.commitmentRecords([row])[0]!;
  }

  /** `Store.requests`. */
  requests(filter?: RequestFilter, request?: PageRequest): Page<RequestRecord> {
    const args = requestArgs(filter);
    const status = statusCondition(REQUEST_STATUS.is, args.status);
    const count = this.byStatus(
      'request count',
      status,
      (condition) =>
        `SELECT count(*) AS n FROM requests r JOIN documents d ON d.doc = r.doc ${REQUESTS} AND ${condition}`,
    );
    const total = (count.get(args) as { n: number }).n;
    if (total === 0) return { total, items: [] };
    const list = this.byStatus(
      'requests',
      status,
      (condition) => `SELECT ${REQUEST} ${REQUESTS} AND ${condition}
        ORDER BY d.date DESC, d.key, r.position LIMIT @limit OFFSET @offset`,
    );
    const rows = list.all({ ...args, ...listPage(request) }) as RequestItemRow[];
    return { total, items: this.requestRecords(rows) };
  }

  /** `Store.request`. */
  request(id: string): RequestRecord | null {
    const at = parseRecordId(id);
    const row = at === null ? undefined : (this.stmt.request.get(at) as RequestItemRow | undefined);
    return row === undefined ? null : this.requestRecords([row])[0]!;
  }
}
