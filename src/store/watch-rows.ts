/**
 * What both engines do the same way for watches (`sqlite/watches.ts`,
 * `postgres/watches.ts`): a query's matches above a cursor, read from the segment index
 * in one snapshot; found papers grouped into deliveries; rows turned into `Watch`es and
 * `WatchPaper`s. The SQL is the engines' own; the rules are here.
 *
 * @module
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Dossier } from '../model/index.ts';
import { type IndexReader, parseQuery, planQuery } from '../search/index.ts';
import { dossierOf } from './browse-rows.ts';
import type { Watch, WatchPaper } from './watch-types.ts';

/** Most papers one run of a watch takes (the rest wait for the next run). */
export const MATCH_LIMIT = 1000;
/** Papers of a feed unless asked otherwise, and the most it gives. */
export const FEED_DEFAULT = 50;
export const FEED_MAX = 100;

/** A new feed token: 24 random bytes, base64url (32 characters). */
export function newFeedToken(): string {
  return randomBytes(24).toString('base64url');
}

/** A feed token as `newFeedToken` writes them (anything else finds no watch, without a query). */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{32}$/;

/** A page size of `feed`: 1–100, default 50. */
export function feedLimit(limit: number | undefined): number {
  const n = Number.isFinite(limit) ? Math.floor(limit as number) : FEED_DEFAULT;
  return Math.min(FEED_MAX, Math.max(1, n));
}

/** The match limit of `matches`: 1–10,000, default `MATCH_LIMIT`. */
export function matchLimit(limit: number | undefined): number {
  const n = Number.isFinite(limit) ? Math.floor(limit as number) : MATCH_LIMIT;
  return Math.min(10_000, Math.max(1, n));
}

/** A match in the index: its docid and the engine's id of its row. */
export interface IndexMatch {
  docid: number;
  store: number;
}

/**
 * The live papers `query` matches with a docid above `after`, by docid, at most `limit`,
 * from one snapshot of the index; `through` is the snapshot's newest docid, or the last
 * match given when `limit` cut the list. Every docid up to the snapshot's newest is in
 * the snapshot (a batch's papers and its segment commit together, and docids are handed
 * out in commit order), so nothing at or below `through` can turn up later: a paper
 * changed since gets a docid above it. A `SearchQueryError` passes through.
 */
export async function indexMatches(
  reader: IndexReader,
  query: string,
  after: number,
  limit: number,
): Promise<{ through: number; matches: IndexMatch[] }> {
  const { prepared } = await reader.prepare(planQuery(parseQuery(query)));
  const queries = [...prepared.queries].sort((a, b) => a.view.meta.first - b.view.meta.first);
  let newest = after;
  for (const q of queries) newest = Math.max(newest, q.view.meta.first + q.view.meta.count - 1);
  const matches: IndexMatch[] = [];
  for (const q of queries) {
    const { first, count } = q.view.meta;
    if (first + count - 1 <= after || q.result === null) continue;
    const words = q.result.words;
    const store = q.view.columns.store;
    for (let w = 0; w < words.length; w++) {
      let bits = words[w] as number;
      while (bits !== 0) {
        const low = bits & -bits;
        bits ^= low;
        const local = (w << 5) + 31 - Math.clz32(low);
        const docid = first + local;
        if (docid <= after) continue;
        matches.push({ docid, store: store[local] as number });
        if (matches.length === limit) return { through: docid, matches };
      }
    }
  }
  return { through: newest, matches };
}

/** Found papers' keys grouped into deliveries of at most `batch` papers, in order, each with a new UUID. */
export function deliveryGroups(keys: string[], batch: number): { id: string; keys: string[] }[] {
  const size = Math.max(1, Math.floor(batch));
  const groups: { id: string; keys: string[] }[] = [];
  for (let i = 0; i < keys.length; i += size) groups.push({ id: randomUUID(), keys: keys.slice(i, i + size) });
  return groups;
}

/** A `watches` row with its counts, as both engines select it (`WATCH_SELECT` in each). */
export interface WatchRow {
  id: number | string;
  name: string;
  query: string;
  webhook: string | null;
  secret: string | null;
  feed_token: string;
  created_at: string;
  cursor: number | string;
  last_run_at: string | null;
  last_error: string | null;
  found: number | string;
  pending: number | string;
  failed: number | string;
  last_found_at: string | null;
}

/** A row as a `Watch` (the secret left out). */
export function toWatch(row: WatchRow): Watch {
  return {
    id: Number(row.id),
    name: row.name,
    query: row.query,
    webhook: row.webhook,
    signed: row.secret !== null,
    feedToken: row.feed_token,
    createdAt: row.created_at,
    cursor: Number(row.cursor),
    lastRunAt: row.last_run_at,
    lastError: row.last_error,
    found: Number(row.found),
    pending: Number(row.pending),
    failed: Number(row.failed),
    lastFoundAt: row.last_found_at,
  };
}

/** The `documents` columns a watched paper is made of, for the paper `d`. */
export const PAPER_COLUMNS = 'd.doc, d.key, d.id, d.docid, d.title, d.type, d.date, d.citation, d.source_url';

/** A row of `PAPER_COLUMNS`. */
export interface PaperRow {
  doc: number | string;
  key: string;
  id: string | null;
  docid: number;
  title: string;
  type: string;
  date: string | null;
  citation: string | null;
  source_url: string | null;
}

/** A paper row as a `WatchPaper`, with its dossiers (rows of `document_dossiers` and `dossiers`, in order). */
export function toWatchPaper(
  row: PaperRow,
  dossiers: { number: string; suffix: string | null; title: string | null }[],
): WatchPaper {
  const listed: Dossier[] = dossiers.map(dossierOf);
  return {
    id: row.id ?? row.key,
    title: row.title,
    type: row.type,
    date: row.date,
    dossiers: listed,
    citation: row.citation,
    source: row.source_url,
  };
}
