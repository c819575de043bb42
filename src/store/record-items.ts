/**
 * The linked record's items made of the engines' rows, the same on both: a commitment
 * or request with its paper's summary and the papers that fulfil or answer it, an entity
 * with the role most papers give it. The engines read the rows (`records.ts` in each).
 *
 * @module
 */
import type { RequestKind } from '../model/index.ts';
import { type LinkRow, type SummaryRow, toSummaries } from './browse-rows.ts';
import type {
  CommitmentRecord,
  CommitmentStatus,
  DocumentSummary,
  EntityKind,
  EntitySummary,
  RequestRecord,
  RequestStatus,
} from './types.ts';

/** A commitment of a page, with its paper's key and its status. */
export interface CommitmentItemRow {
  doc: number | string;
  key: string;
  position: number;
  text: string;
  by: string | null;
  due: string | null;
  deadline: string | null;
  status: CommitmentStatus;
}

/** A request of a page, with its paper's key, its status and whether others answer it (a motion's). */
export interface RequestItemRow {
  doc: number | string;
  key: string;
  position: number;
  kind: RequestKind;
  date: string | null;
  by: string | null;
  asks: string;
  reference: string | null;
  status: RequestStatus;
  motion: number | boolean;
}

/** A paper that fulfils (or answers) the item at `position` of paper `item`, in the order they are listed. */
export interface ByRow {
  item: number | string;
  position: number;
  by: number | string;
}

/** The summaries of papers by engine id. */
export function summaryMap(rows: SummaryRow[], links: LinkRow[]): Map<string, DocumentSummary> {
  const summaries = toSummaries(rows, links);
  return new Map(rows.map((r, i) => [String(r.doc), summaries[i]!]));
}

/** The papers `by` lists for each item (`<doc>:<position>`), each once, in order. */
function byItem(by: readonly ByRow[], summaries: Map<string, DocumentSummary>): Map<string, DocumentSummary[]> {
  const lists = new Map<string, DocumentSummary[]>();
  const seen = new Set<string>();
  for (const row of by) {
    const key = `${row.item}:${row.position}`;
    if (seen.has(`${key}:${row.by}`)) continue;
    seen.add(`${key}:${row.by}`);
    const summary = summaries.get(String(row.by));
    if (summary !== undefined) lists.set(key, [...(lists.get(key) ?? []), summary]);
  }
  return lists;
}

/** The commitments of `rows`, in order, with the papers that fulfil them (`fulfilments`, oldest first). */
export function toCommitmentRecords(
  rows: readonly CommitmentItemRow[],
  fulfilments: readonly ByRow[],
  summaries: Map<string, DocumentSummary>,
): CommitmentRecord[] {
  const by = byItem(fulfilments, summaries);
  return rows.map((r) => ({
    id: `${r.key}#${r.position}`,
    text: r.text,
    by: r.by,
    due: r.due,
    deadline: r.deadline,
    status: r.status,
    paper: summaries.get(String(r.doc))!,
    fulfilledBy: by.get(`${r.doc}:${r.position}`) ?? [],
  }));
}

/**
 * The requests of `rows`, in order: a motion's request with the later papers that carry
 * it out (`answers`, oldest first), any other with its own paper.
 */
export function toRequestRecords(
  rows: readonly RequestItemRow[],
  answers: readonly ByRow[],
  summaries: Map<string, DocumentSummary>,
): RequestRecord[] {
  const by = byItem(answers, summaries);
  return rows.map((r) => {
    const paper = summaries.get(String(r.doc))!;
    const motion = r.motion === true || r.motion === 1;
    return {
      id: `${r.key}#${r.position}`,
      kind: r.kind,
      date: r.date,
      by: r.by,
      asks: r.asks,
      reference: r.reference,
      status: r.status,
      paper,
      answeredBy: motion ? (by.get(`${r.doc}:${r.position}`) ?? []) : [paper],
    };
  });
}

/** An entity's row: its name and papers, and for persons the role most papers give it. */
export interface EntityRow {
  name: string;
  documents: number | string;
}

/** A person's role and how many papers give it. */
export interface RoleRow {
  name: string;
  role: string;
  documents: number | string;
}

/** The entities of `rows`, in order, each person with its most frequent role (ties: the first byte-wise). */
export function toEntities(kind: EntityKind, rows: readonly EntityRow[], roles: readonly RoleRow[]): EntitySummary[] {
  const best = new Map<string, { role: string; n: number }>();
  for (const r of roles) {
    const n = Number(r.documents);
    const now = best.get(r.name);
    if (
      now === undefined ||
      n > now.n ||
      (n === now.n && Buffer.compare(Buffer.from(r.role), Buffer.from(now.role)) < 0)
    )
      best.set(r.name, { role: r.role, n });
  }
  return rows.map((r) => ({
    kind,
    name: r.name,
    role: kind === 'person' ? (best.get(r.name)?.role ?? null) : null,
    documents: Number(r.documents),
  }));
}
