/**
 * The PostgreSQL schema as versioned migrations, with the same tables and column names
 * as the SQLite engine (`documents`, `dossiers`, `document_dossiers`, `"references"`,
 * `reference_status`, `footnotes`, `blocks`, `failures`). Migration 1 creates everything;
 * later versions append to `MIGRATIONS` and never change an earlier entry.
 *
 * Version 1 kept full text in a `tsvector`; version 2 replaced it by Griffie's segment
 * index, the same on both engines.
 *
 * @module
 */
import { INDEX_REBUILD_SCHEMA } from '../index-rebuild-schema.ts';
import { QUESTION_SCHEMA } from './schema-questions.ts';
import { RECORD_SCHEMA } from './schema-record.ts';
import { TK_SCHEMA } from './schema-tk.ts';
import { WATCH_SCHEMA } from './schema-watch.ts';

/** One schema step: `version` counts up from 1; `up` is SQL run in the migration's transaction. */
export interface Migration {
  version: number;
  name: string;
  up: string;
}

const V1 = `
CREATE TABLE documents (
  doc bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  key text NOT NULL UNIQUE,
  id text UNIQUE,
  kind text NOT NULL,
  type text NOT NULL,
  chamber text,
  number text,
  title text NOT NULL,
  subject text,
  date text COLLATE "C",
  year integer,
  parliamentary_year text,
  sender_role text,
  sender_portfolio text,
  sender_name text,
  citation text,
  source_path text,
  source_url text,
  sha256 text NOT NULL,
  exact_positions boolean NOT NULL,
  fts tsvector NOT NULL,
  json text NOT NULL,
  ingested_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_fts ON documents USING gin (fts);
CREATE INDEX documents_date ON documents (date);
CREATE INDEX documents_type ON documents (type);
CREATE INDEX documents_year ON documents (year);
CREATE INDEX documents_sender ON documents (sender_role);

CREATE TABLE document_stems (
  doc bigint PRIMARY KEY REFERENCES documents (doc) ON DELETE CASCADE,
  title_s text NOT NULL,
  dossiers_s text NOT NULL,
  body_s text NOT NULL
);

CREATE TABLE dossiers (
  key text PRIMARY KEY,
  number text NOT NULL,
  suffix text,
  title text
);
CREATE INDEX dossiers_number ON dossiers (number);

CREATE TABLE document_dossiers (
  doc bigint NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
  position integer NOT NULL,
  dossier text NOT NULL REFERENCES dossiers (key),
  number text NOT NULL,
  PRIMARY KEY (doc, position)
);
CREATE INDEX document_dossiers_dossier ON document_dossiers (dossier, doc);
CREATE INDEX document_dossiers_number ON document_dossiers (number, doc);

CREATE TABLE "references" (
  doc bigint NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
  position integer NOT NULL,
  kind text NOT NULL,
  target text NOT NULL,
  text text NOT NULL,
  location text,
  PRIMARY KEY (doc, position)
);
CREATE INDEX references_target ON "references" (target, doc);

CREATE VIEW reference_status AS
SELECT r.doc, r.position, r.kind, r.target, r.text, r.location,
  (EXISTS (SELECT 1 FROM documents t WHERE t.id = r.target)
   OR (r.target LIKE 'dossier-%' AND EXISTS (SELECT 1 FROM dossiers k WHERE k.key = substr(r.target, 9)))) AS resolved
FROM "references" r;

CREATE TABLE footnotes (
  doc bigint NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
  position integer NOT NULL,
  marker text NOT NULL,
  text text NOT NULL,
  PRIMARY KEY (doc, position)
);

CREATE TABLE blocks (
  doc bigint NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
  position integer NOT NULL,
  kind text NOT NULL,
  text text NOT NULL,
  PRIMARY KEY (doc, position)
);

CREATE TABLE failures (
  source text PRIMARY KEY,
  error text NOT NULL,
  at text NOT NULL
);
`;

/**
 * Griffie's own segment index replaces the `tsvector` (as SQLite's migration 6 replaces
 * FTS5; see `search/segments`): the same tables as on SQLite. Terms sort byte-wise
 * (`COLLATE "C"`, the order merges and prefix ranges rely on); blobs are stored
 * uncompressed (`STORAGE EXTERNAL`: varints do not compress, and a search reads them
 * whole). Papers stored before have no docid and are indexed when the archive opens.
 */
const V2 = `
DROP TABLE document_stems;
ALTER TABLE documents DROP COLUMN fts, DROP COLUMN exact_positions;
ALTER TABLE documents ADD COLUMN docid integer UNIQUE;
CREATE INDEX documents_unindexed ON documents (doc) WHERE docid IS NULL;
CREATE TABLE index_state (
  id integer PRIMARY KEY CHECK (id = 1),
  generation bigint NOT NULL
);
INSERT INTO index_state (id, generation) VALUES (1, 0);
CREATE TABLE index_values (
  code integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind text NOT NULL,
  value text NOT NULL,
  UNIQUE (kind, value)
);
CREATE TABLE index_segments (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  first integer NOT NULL,
  count integer NOT NULL,
  live integer NOT NULL,
  title_length bigint NOT NULL,
  dossiers_length bigint NOT NULL,
  body_length bigint NOT NULL,
  columns bytea NOT NULL
);
ALTER TABLE index_segments ALTER COLUMN columns SET STORAGE EXTERNAL;
CREATE INDEX index_segments_first ON index_segments (first);
CREATE TABLE index_blocks (
  segment integer NOT NULL,
  term text COLLATE "C" NOT NULL,
  data bytea NOT NULL,
  positions bytea,
  PRIMARY KEY (segment, term)
);
ALTER TABLE index_blocks ALTER COLUMN data SET STORAGE EXTERNAL, ALTER COLUMN positions SET STORAGE EXTERNAL;
CREATE TABLE index_deleted (
  docid integer PRIMARY KEY
);
`;

/**
 * A paper's rows in `document_dossiers`, `"references"`, `footnotes` and `blocks` are
 * written and replaced only with the paper, in its batch's transaction, so their foreign
 * keys checked nothing the writer does not already guarantee, at a high price: a trigger
 * a row (about 40 ms a batch of 1,000 papers for the blocks alone), and a share lock on
 * the dossier's row for every paper in a dossier, which dirtied the dossiers' pages on
 * every batch. The contract tests check the children of every paper on both engines.
 */
const V3 = `
ALTER TABLE document_dossiers DROP CONSTRAINT document_dossiers_doc_fkey;
ALTER TABLE document_dossiers DROP CONSTRAINT document_dossiers_dossier_fkey;
ALTER TABLE "references" DROP CONSTRAINT references_doc_fkey;
ALTER TABLE footnotes DROP CONSTRAINT footnotes_doc_fkey;
ALTER TABLE blocks DROP CONSTRAINT blocks_doc_fkey;
`;

/**
 * Live sync: each paper's Tweede Kamer GUID (so a deleted entity finds its paper) and its
 * withdrawn mark; a checkpoint per source and stream.
 */
const V4 = `
ALTER TABLE documents ADD COLUMN tk_id text, ADD COLUMN withdrawn boolean NOT NULL DEFAULT false;
CREATE INDEX documents_tk_id ON documents (tk_id) WHERE tk_id IS NOT NULL;
CREATE TABLE checkpoints (
  source text NOT NULL,
  stream text NOT NULL,
  value text NOT NULL,
  latest text,
  synced_at text NOT NULL,
  PRIMARY KEY (source, stream)
);
`;

/**
 * Browsing (`browse.ts`): the time of the last change and the withdrawn papers, so that
 * `freshness` reads both from an index (the newest paper date has `documents_date`).
 */
const V5 = `
CREATE INDEX documents_updated ON documents (updated_at);
CREATE INDEX documents_withdrawn ON documents (doc) WHERE withdrawn;
`;

/** The SQL of a paper's blocks' texts as a JSON array, in order, for the paper `d` (`restoreDocument`). */
export const BLOCK_TEXTS =
  "(SELECT coalesce(json_agg(b.text ORDER BY b.position), '[]'::json)::text FROM blocks b WHERE b.doc = d.doc)";

/** The migrations of this version of Griffie, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'create archive', up: V1 },
  { version: 2, name: 'segment index instead of tsvector', up: V2 },
  { version: 3, name: 'children without foreign-key triggers', up: V3 },
  { version: 4, name: 'sync checkpoints and withdrawn papers', up: V4 },
  { version: 5, name: 'indexes for browsing', up: V5 },
  { version: 6, name: 'commitments, requests and named entities', up: RECORD_SCHEMA },
  { version: 7, name: 'watches, what they found and their deliveries', up: WATCH_SCHEMA },
  { version: 8, name: 'Tweede Kamer decisions and votes', up: TK_SCHEMA },
  { version: 9, name: 'written questions paired with their answers', up: QUESTION_SCHEMA },
  { version: 10, name: 'topics in the index', up: INDEX_REBUILD_SCHEMA },
];
