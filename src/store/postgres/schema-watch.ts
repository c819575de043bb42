/**
 * The schema of watches (migration 7), apart from `schema.ts` for its size.
 *
 * @module
 */

/**
 * Watches, as SQLite's migration 10: saved searches with their cursor and lease, the
 * papers each found, and the webhook deliveries. Times are ISO 8601 strings written by
 * Griffie, `COLLATE "C"` so that they compare byte-wise as on SQLite; the feed token
 * too (it is looked up exactly).
 */
export const WATCH_SCHEMA = `
CREATE TABLE watches (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL,
  query text NOT NULL,
  webhook text,
  secret text,
  feed_token text COLLATE "C" NOT NULL UNIQUE,
  created_at text COLLATE "C" NOT NULL,
  cursor integer NOT NULL,
  last_run_at text COLLATE "C",
  last_error text,
  lease_owner text COLLATE "C",
  lease_until text COLLATE "C"
);
CREATE TABLE watch_deliveries (
  id text COLLATE "C" PRIMARY KEY,
  watch integer NOT NULL REFERENCES watches (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  papers integer NOT NULL,
  created_at text COLLATE "C" NOT NULL,
  state text NOT NULL CHECK (state IN ('pending', 'delivered', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at text COLLATE "C" NOT NULL,
  last_attempt_at text COLLATE "C",
  last_error text,
  delivered_at text COLLATE "C"
);
CREATE INDEX watch_deliveries_due ON watch_deliveries (watch, next_attempt_at) WHERE state = 'pending';
CREATE INDEX watch_deliveries_watch ON watch_deliveries (watch, state);
CREATE TABLE watch_papers (
  watch integer NOT NULL REFERENCES watches (id) ON DELETE CASCADE,
  key text COLLATE "C" NOT NULL,
  docid integer NOT NULL,
  found_at text COLLATE "C" NOT NULL,
  paper text NOT NULL,
  delivery text COLLATE "C",
  PRIMARY KEY (watch, key)
);
CREATE INDEX watch_papers_found ON watch_papers (watch, docid);
CREATE INDEX watch_papers_delivery ON watch_papers (delivery) WHERE delivery IS NOT NULL;
`;
