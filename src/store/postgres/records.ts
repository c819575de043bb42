/**
 * Reading the linked record on PostgreSQL, as on SQLite (`sqlite/records.ts`): the
 * status of a commitment or request decided in SQL, lists newest promising (or asking)
 * paper first, undated last, then by key (`COLLATE "C"`, byte-wise), then by position.
 * The rules shared with SQLite are in `record-rows.ts`, `record-items.ts` and
 * `record-sql.ts` (the status conditions).
 *
 * @module
 */
import type { Sql } from 'postgres';
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

const COMMITMENT_STATUS = commitmentStatusSql('$1::text');

/** A commitment with its paper's key, date and ministry, and its status on $1. */
const COMMITMENT = `c.doc, c.position, c.text, c.by, c.due, c.deadline, d.key, d.date, d.sender_portfolio AS portfolio,
  ${COMMITMENT_STATUS.status} AS status FROM commitments c JOIN documents d ON d.doc = c.doc`;

/** The commitments that match the filter's dates ($2, $3) and dossier ($4). */
const MATCHES = `SELECT ${COMMITMENT} WHERE ($2::text IS NULL OR d.date >= $2::text) AND ($3::text IS NULL OR d.date <= $3::text)
  AND ($4::text IS NULL OR c.doc IN (SELECT doc FROM document_dossiers WHERE dossier = $4::text))`;

/** A request with its paper's key and date, whether it is a motion's own, and its status. */
const REQUEST = `r.doc, r.position, r.kind, r.date, r.by, r.asks, r.reference, d.key, d.date AS paper_date,
  ${MOTION} AS motion, ${REQUEST_STATUS.status} AS status FROM requests r JOIN documents d ON d.doc = r.doc`;
/** The requests of kind $1, of papers dated $2 to $3, in dossier $4 (not yet the status). */
const REQUESTS = `WHERE ($1::text IS NULL OR r.kind = $1::text)
  AND ($2::text IS NULL OR d.date >= $2::text) AND ($3::text IS NULL OR d.date <= $3::text)
  AND ($4::text IS NULL OR r.doc IN (SELECT doc FROM document_dossiers WHERE dossier = $4::text))`;

/** The summaries of these papers (by engine id), with their dossiers. */
export async function summariesOf(sql: Sql, docs: Iterable<number | string>): Promise<Map<string, DocumentSummary>> {
  const list = [...new Set([...docs].map(String))];
  if (list.length === 0) return new Map();
  const [rows, links] = await Promise.all([
    sql.unsafe<SummaryRow[]>(`SELECT ${SUMMARY_COLUMNS} FROM documents d WHERE d.doc = ANY($1::bigint[])`, [
      list,
    ] as never[]),
    sql.unsafe<LinkRow[]>(
      `SELECT dd.doc, coalesce(k.number, dd.number) AS number, k.suffix, k.title FROM document_dossiers dd
       LEFT JOIN dossiers k ON k.key = dd.dossier WHERE dd.doc = ANY($1::bigint[]) ORDER BY dd.doc, dd.position`,
      [list] as never[],
    ),
  ]);
  return summaryMap([...rows], [...links]);
}

/** The records of these commitments, in order. */
async function commitmentRecords(sql: Sql, rows: readonly CommitmentItemRow[]): Promise<CommitmentRecord[]> {
  if (rows.length === 0) return [];
  const fulfilments = await sql.unsafe<ByRow[]>(
    `SELECT f.commitment_doc AS item, f.commitment_position AS position, f.by_doc AS by
     FROM fulfilments f JOIN documents d ON d.doc = f.by_doc WHERE f.commitment_doc = ANY($1::bigint[])
     ORDER BY ${OLDEST_FIRST}`,
    [rows.map((r) => r.doc)] as never[],
  );
  const summaries = await summariesOf(sql, [...rows.map((r) => r.doc), ...fulfilments.map((f) => f.by)]);
  return toCommitmentRecords(rows, fulfilments, summaries);
}

/** The records of these requests, in order. */
async function requestRecords(sql: Sql, rows: readonly RequestItemRow[]): Promise<RequestRecord[]> {
  if (rows.length === 0) return [];
  const motions = rows.filter((r) => r.motion === true).map((r) => r.doc);
  const answers =
    motions.length === 0
      ? []
      : await sql.unsafe<ByRow[]>(
          `SELECT r.doc AS item, r.position, d.doc AS by FROM requests r JOIN documents m ON m.doc = r.doc
           JOIN requests q ON q.reference = m.id AND q.kind = 'motion' AND q.doc <> m.doc JOIN documents d ON d.doc = q.doc
           WHERE r.doc = ANY($1::bigint[]) AND r.kind = 'motion' AND m.type = 'motie'
             AND (d.date IS NULL OR m.date IS NULL OR d.date >= m.date)
           ORDER BY ${OLDEST_FIRST}`,
          [motions] as never[],
        );
  const summaries = await summariesOf(sql, [...rows.map((r) => r.doc), ...answers.map((a) => a.by)]);
  return toRequestRecords(rows, answers, summaries);
}

/** `Store.commitments`. */
export async function commitments(sql: Sql, filter?: CommitmentFilter, request?: PageRequest): Promise<CommitmentPage> {
  const args = commitmentArgs(filter);
  const dates = [args.today, args.from, args.to, args.dossier];
  const groups = await sql.unsafe<CommitmentGroup[]>(
    `SELECT portfolio, status, count(*)::integer AS n FROM (${MATCHES}) m GROUP BY portfolio, status`,
    dates as never[],
  );
  const counts = commitmentCounts(groups, args);
  if (counts.total === 0) return { ...counts, items: [] };
  const { limit, offset } = listPage(request);
  const status = statusCondition(COMMITMENT_STATUS.is, args.status);
  const rows = await sql.unsafe<CommitmentItemRow[]>(
    `${MATCHES} AND ${status} AND ($5::text IS NULL OR d.sender_portfolio = $5::text)
     ORDER BY d.date DESC NULLS LAST, d.key COLLATE "C", c.position LIMIT $6 OFFSET $7`,
    [...dates, args.portfolio, limit, offset] as never[],
  );
  return { ...counts, items: await commitmentRecords(sql, rows) };
}

/** `Store.commitment`. */
export async function commitment(sql: Sql, id: string, today?: string): Promise<CommitmentRecord | null> {
  const at = parseRecordId(id);
  if (at === null) return null;
  const rows = await sql.unsafe<CommitmentItemRow[]>(`SELECT ${COMMITMENT} WHERE d.key = $2 AND c.position = $3`, [
    today ?? todayUtc(),
    at.key,
    at.position,
  ] as never[]);
  return rows.length === 0 ? null : (await commitmentRecords(sql, rows))[0]!;
}

/** `Store.requests`. */
export async function requests(sql: Sql, filter?: RequestFilter, request?: PageRequest): Promise<Page<RequestRecord>> {
  const args = requestArgs(filter);
  const params = [args.kind, args.from, args.to, args.dossier];
  const where = `${REQUESTS} AND ${statusCondition(REQUEST_STATUS.is, args.status)}`;
  const [count] = await sql.unsafe<{ n: number }[]>(
    `SELECT count(*)::integer AS n FROM requests r JOIN documents d ON d.doc = r.doc ${where}`,
    params as never[],
  );
  const total = count?.n ?? 0;
  if (total === 0) return { total, items: [] };
  const { limit, offset } = listPage(request);
  const rows = await sql.unsafe<RequestItemRow[]>(
    `SELECT ${REQUEST} ${where} ORDER BY d.date DESC NULLS LAST, d.key COLLATE "C", r.position LIMIT $5 OFFSET $6`,
    [...params, limit, offset] as never[],
  );
  return { total, items: await requestRecords(sql, rows) };
}

/** `Store.request`. */
export async function request(sql: Sql, id: string): Promise<RequestRecord | null> {
  const at = parseRecordId(id);
  if (at === null) return null;
  const rows = await sql.unsafe<RequestItemRow[]>(`SELECT ${REQUEST} WHERE d.key = $1 AND r.position = $2`, [
    at.key,
    at.position,
  ] as never[]);
  return rows.length === 0 ? null : (await requestRecords(sql, rows))[0]!;
}
