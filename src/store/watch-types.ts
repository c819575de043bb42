/**
 * The watch contract (`Store.watches`): saved searches and followed dossiers, what
 * each one has found, and its webhook deliveries, the same on every engine.
 *
 * A watch finds papers by the archive's *docid*, the sequence number a paper gets
 * each time it is stored new or changed (never reused, see `search/segments`): its
 * `cursor` is the highest docid it has looked at, so "new since the last run" is
 * exactly "docid above the cursor". Each paper is found once per watch (by key): a
 * paper changed after it was found is not found again.
 *
 * @module
 */
import type { Dossier } from '../model/index.ts';

/** A watch to add (`WatchStore.add`); checked by the pipeline before it gets here. */
export interface NewWatch {
  name: string;
  /** The query in the search language (`dossier:32824` follows a dossier). */
  query: string;
  /** Where found papers are POSTed (http or https), or null for the Atom feed only. */
  webhook: string | null;
  /** The HMAC key of the webhook's signatures (null without a webhook). */
  secret: string | null;
}

/** A watch as lists show it: never its secret. */
export interface Watch {
  /** A whole number, counting up from 1, never reused. */
  id: number;
  name: string;
  query: string;
  webhook: string | null;
  /** Whether deliveries are signed (always, when there is a webhook). */
  signed: boolean;
  /** The unguessable name of the watch's Atom feed (`/feeds/watch/{feedToken}.atom`). */
  feedToken: string;
  createdAt: string;
  /** The highest docid the watch has looked at: papers stored after it are new to it. */
  cursor: number;
  /** When a run last finished with this watch (ISO 8601), null before the first. */
  lastRunAt: string | null;
  /** What went wrong in that run (its query, its webhook), null when nothing did. */
  lastError: string | null;
  /** Papers found in all. */
  found: number;
  /** Found papers whose webhook delivery is still to be made or retried. */
  pending: number;
  /** Found papers whose delivery was given up after too many attempts. */
  failed: number;
  /** When the newest found paper was found, null before the first. */
  lastFoundAt: string | null;
}

/** A watch claimed for a run (`WatchStore.claim`): with its secret, to sign with. */
export interface ClaimedWatch extends Watch {
  secret: string | null;
}

/** A paper as a watch delivers it: what a receiver needs to show and link it. */
export interface WatchPaper {
  /** The paper's id, or its key (`sha256:…`) when it has none. */
  id: string;
  title: string;
  type: string;
  date: string | null;
  dossiers: Dossier[];
  citation: string | null;
  /** Where the paper came from (the official address), when known. */
  source: string | null;
}

/** A paper a query matches above a cursor. */
export interface FoundPaper {
  /** Its docid when it was matched. */
  docid: number;
  /** Its key in the archive (`documentKey`): a paper is found once per watch by it. */
  key: string;
  paper: WatchPaper;
}

/** What `WatchStore.matches` found. */
export interface WatchMatches {
  /**
   * The docid looked up to: the newest in the archive, or the last paper given when
   * `limit` cut the list (the rest are above it, for the next run).
   */
  through: number;
  /** The matching papers above the cursor, up to `through`, by docid. */
  papers: FoundPaper[];
}

/** A webhook delivery: one POST of some found papers, made again until it succeeds. */
export interface WatchDelivery {
  /** A UUID, the same in every attempt (receivers dedupe on it). */
  id: string;
  watch: number;
  createdAt: string;
  /** Attempts made so far. */
  attempts: number;
  papers: WatchPaper[];
}

/** How an attempt at a delivery went (`WatchStore.settle`). */
export type DeliveryOutcome =
  | { ok: true; at: string }
  /** `retryAt`: when the next attempt is due; null to give up (the delivery is `failed`). */
  | { ok: false; at: string; error: string; retryAt: string | null };

/** The watches of an archive. Every method may throw a `StoreError`. */
export interface WatchStore {
  /** Add a watch, its cursor at the archive's newest docid: only papers stored from now on are new to it. */
  add(watch: NewWatch): Promise<Watch>;
  /** Every watch, by id. */
  list(): Promise<Watch[]>;
  get(id: number): Promise<Watch | null>;
  /** The watch whose feed this is, or null. */
  byFeedToken(token: string): Promise<Watch | null>;
  /** Remove a watch with what it found and its deliveries; false when there was none. */
  remove(id: number): Promise<boolean>;
  /**
   * Claim a watch for a run until `until` (ISO): the watch when no other run holds it
   * (its lease is free, expired at `now`, or already `owner`'s: then it is extended),
   * else null. Concurrent claims of one watch: one wins.
   */
  claim(id: number, owner: string, now: string, until: string): Promise<ClaimedWatch | null>;
  /** End `owner`'s run of a watch: record when it ended and what went wrong (null: nothing), and free it. */
  release(id: number, owner: string, run: { at: string; error: string | null }): Promise<void>;
  /**
   * The live papers `query` matches whose docid is above `after`, at most `limit`
   * (default 1,000), by docid. A `SearchQueryError` from the query passes through.
   */
  matches(query: string, after: number, limit?: number): Promise<WatchMatches>;
  /**
   * In one transaction, if `owner` still holds the watch: move its cursor to `through`
   * and keep the papers it has not found before (each paper once per watch), grouped
   * into new deliveries of at most `batch` papers when the watch has a webhook. Returns
   * the papers kept, or null when the watch is gone or held by another run (nothing
   * written).
   */
  record(
    id: number,
    owner: string,
    found: { through: number; papers: FoundPaper[]; at: string; batch: number },
  ): Promise<WatchPaper[] | null>;
  /** A watch's deliveries due at `now` (pending, next attempt not later), oldest first. */
  due(id: number, now: string): Promise<WatchDelivery[]>;
  /** Record an attempt at a pending delivery (one already delivered or given up stays so). */
  settle(delivery: string, outcome: DeliveryOutcome): Promise<void>;
  /** The papers a watch found, the newest found first, at most `limit` (1–100, default 50), with when. */
  feed(id: number, limit?: number): Promise<{ key: string; foundAt: string; paper: WatchPaper }[]>;
}
