/**
 * The schema of watches (migration 10), apart from `schema.ts` for its size.
 *
 * @module
 */

/**
 * Watches (`watches.ts`): saved searches with their cursor (the highest docid looked
 * at) and the lease a run holds (`lease_owner` until `lease_until`, ISO times), the
 * papers each found (`watch_papers`: once per watch and key, with the paper as
 * delivered), and the webhook deliveries (`watch_deliveries`: one POST of some found
 * papers, pending until delivered or given up; `seq` is its first paper's docid, which
 * orders them, and `papers` how many it carries, which `watch list` adds up). Times are ISO 8601 strings written by
 * Griffie (UTC, milliseconds), so they compare as text.
 */
export const WATCH_SCHEMA = `
CREATE TABLE watches (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  query TEXT NOT NULL,
  webhook TEXT,
  secret TEXT,
  feed_token TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  cursor INTEGER NOT NULL,
  last_run_at TEXT,
  last_error TEXT,
  lease_owner TEXT,
  lease_until TEXT
);
CREATE TABLE watch_deliveries (
  id TEXT PRIMARY KEY,
  watch INTEGER NOT NULL REFERENCES watches (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  papers INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'failed')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_attempt_at TEXT,
  last_error TEXT,
  delivered_at TEXT
);
CREATE INDEX watch_deliveries_due ON watch_deliveries (watch, next_attempt_at) WHERE state = 'pending';
CREATE INDEX watch_deliveries_watch ON watch_deliveries (watch, state);
CREATE TABLE watch_papers (
  watch INTEGER NOT NULL REFERENCES watches (id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  docid INTEGER NOT NULL,
  found_at TEXT NOT NULL,
  paper TEXT NOT NULL,
  delivery TEXT,
  PRIMARY KEY (watch, key)
) WITHOUT ROWID;
CREATE INDEX watch_papers_found ON watch_papers (watch, docid);
CREATE INDEX watch_papers_delivery ON watch_papers (delivery) WHERE delivery IS NOT NULL;
`;
