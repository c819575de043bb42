/**
 * What both engines do the same way with the linked record (commitments, requests, named
 * entities; `records.ts` and `record-writer.ts` in each): the rows a paper's record is
 * stored as, the ids of its items, the arguments of the lists, and the counts of a
 * commitment page. The SQL is the engines' own; the rules are here.
 *
 * A commitment or request is `<paper key>#<position>`, its place (from 0) in the paper's
 * `commitments` or `requests`; an item that cannot be stored (no text) keeps its place
 * empty. A request without a known `kind` is stored as `other`. Entities are stored per
 * paper as given (a name that is no text or empty is left out, an empty role is none).
 *
 * @module
 */
import type { Document, RequestKind } from '../model/index.ts';
import { referenceOf } from './linking.ts';
import type { CommitmentFilter, CommitmentStatus, EntityKind, FacetCount, RequestFilter } from './types.ts';

/** A commitment's row: position, text, by, due, deadline. */
export type CommitmentValues = [number, string, string | null, string | null, string | null];
/** A request's row: position, kind, date, by, asks, reference. */
export type RequestValues = [number, RequestKind, string | null, string | null, string, string | null];
/** A named entity's row: kind, position (among the paper's entities of that kind), name, role. */
export type EntityValues = [EntityKind, number, string, string | null];

const KINDS: ReadonlySet<string> = new Set(['committee', 'motion', 'question', 'commitment', 'other']);

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const filled = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** The rows of a paper's commitments. */
export function commitmentValues(doc: Document): CommitmentValues[] {
  const rows: CommitmentValues[] = [];
  (doc.commitments ?? []).forEach((c, position) => {
    if (typeof c?.text !== 'string') return;
    rows.push([position, c.text, text(c.by), text(c.due), filled(c.deadline)]);
  });
  return rows;
}

/** The rows of a paper's requests. */
export function requestValues(doc: Document): RequestValues[] {
  const rows: RequestValues[] = [];
  (doc.requests ?? []).forEach((r, position) => {
    if (typeof r?.asks !== 'string') return;
    const kind = typeof r.kind === 'string' && KINDS.has(r.kind) ? r.kind : 'other';
    rows.push([position, kind, text(r.date), text(r.by), r.asks, referenceOf(r.reference)]);
  });
  return rows;
}

/** The rows of a paper's named entities: persons, organisations, places. */
export function entityValues(doc: Document): EntityValues[] {
  const rows: EntityValues[] = [];
  const entities = doc.entities ?? { persons: [], organisations: [], places: [] };
  (entities.persons ?? []).forEach((p, i) => {
    const name = filled(p?.name);
    if (name !== null) rows.push(['person', i, name, filled(p.role)]);
  });
  (entities.organisations ?? []).forEach((o, i) => {
    if (filled(o) !== null) rows.push(['organisation', i, o, null]);
  });
  (entities.places ?? []).forEach((p, i) => {
    if (filled(p) !== null) rows.push(['place', i, p, null]);
  });
  return rows;
}

/** A name folded for prefix search: lower case, accents dropped, one space between words. */
export function foldName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The range of folded names a prefix covers, `[from, to)` byte-wise (the highest code
 * point closes it), or null when the prefix folds to nothing (every name).
 */
export function prefixRange(prefix: string | undefined): { from: string; to: string } | null {
  const from = prefix === undefined ? '' : foldName(prefix);
  return from === '' ? null : { from, to: `${from}\u{10FFFF}` };
}

/** Change in the aggregate counts of entity names and roles, by paper count. */
export interface EntityDelta {
  names: Map<string, { kind: EntityKind; name: string; folded: string; documents: number }>;
  roles: Map<string, { kind: EntityKind; name: string; role: string; documents: number }>;
}

/** The names and roles a batch of papers adds (each paper counted once per name and per role). */
export function entityDelta(papers: readonly EntityValues[][]): EntityDelta {
  const delta: EntityDelta = { names: new Map(), roles: new Map() };
  for (const rows of papers) {
    const names = new Set<string>();
    const roles = new Set<string>();
    for (const [kind, , name, role] of rows) {
      const key = `${kind}\u0000${name}`;
      if (!names.has(key)) {
        names.add(key);
        const entry = delta.names.get(key) ?? { kind, name, folded: foldName(name), documents: 0 };
        entry.documents += 1;
        delta.names.set(key, entry);
      }
      const roleKey = `${key}\u0000${role}`;
      if (role === null || roles.has(roleKey)) continue;
      roles.add(roleKey);
      const entry = delta.roles.get(roleKey) ?? { kind, name, role, documents: 0 };
      entry.documents += 1;
      delta.roles.set(roleKey, entry);
    }
  }
  return delta;
}

/** A record id split into the paper's key and the position, or null when it is none. */
export function parseRecordId(id: string): { key: string; position: number } | null {
  const at = typeof id === 'string' ? id.lastIndexOf('#') : -1;
  if (at <= 0) return null;
  const position = id.slice(at + 1);
  if (!/^(0|[1-9][0-9]{0,8})$/.test(position)) return null;
  return { key: id.slice(0, at), position: Number(position) };
}

/** Today's date (UTC), as `overdue` is decided by default. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A filter's optional text, null when not given. */
const given = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The commitment filter as the queries take it (every field present, null when not given). */
export function commitmentArgs(filter: CommitmentFilter = {}) {
  return {
    status: given(filter.status) as CommitmentStatus | null,
    portfolio: given(filter.portfolio),
    dossier: given(filter.dossier),
    from: given(filter.from),
    to: given(filter.to),
    today: given(filter.today) ?? todayUtc(),
  };
}

/** The request filter as the queries take it. */
export function requestArgs(filter: RequestFilter = {}) {
  return {
    kind: given(filter.kind),
    status: given(filter.status),
    dossier: given(filter.dossier),
    from: given(filter.from),
    to: given(filter.to),
  };
}

/** Byte-wise order of UTF-8 texts (as `COLLATE "C"` and SQLite compare). */
export function bytewise(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** Counts as facets list them: most first, then by value byte-wise; zeros left out. */
export function facetsOf(counts: Map<string, number>): FacetCount[] {
  return [...counts]
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1] || bytewise(a[0], b[0]))
    .map(([value, count]) => ({ value, count }));
}

/** One group of the commitments that match a filter's dates and dossier: their ministry and status. */
export interface CommitmentGroup {
  portfolio: string | null;
  status: string;
  n: number | string;
}

/**
 * A commitment page's total and counts from the groups of its matches: the total with
 * both filters, the ministries (papers without one left out) without the `portfolio`
 * filter, the statuses without the `status` filter.
 */
export function commitmentCounts(
  groups: readonly CommitmentGroup[],
  args: { status: string | null; portfolio: string | null },
) {
  let total = 0;
  const portfolios = new Map<string, number>();
  const statuses = new Map<string, number>();
  for (const g of groups) {
    const n = Number(g.n);
    const status = args.status === null || g.status === args.status;
    const portfolio = args.portfolio === null || g.portfolio === args.portfolio;
    if (status && portfolio) total += n;
    if (status && g.portfolio !== null) portfolios.set(g.portfolio, (portfolios.get(g.portfolio) ?? 0) + n);
    if (portfolio) statuses.set(g.status, (statuses.get(g.status) ?? 0) + n);
  }
  return { total, portfolios: facetsOf(portfolios), statuses: facetsOf(statuses) };
}

/** The entity kinds, as stored. */
export const ENTITY_KINDS: ReadonlySet<string> = new Set(['person', 'organisation', 'place']);
