/**
 * The SQLite schema as versioned migrations. Migration 1 creates everything; later
 * versions append to `MIGRATIONS` and never change an earlier entry, so an archive
 * written by an older Griffie opens (and is brought up to date) by a newer one.
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

/**
 * The FTS5 tokenizer of the full-text table. The analyzer (`analyzeText`) has already
 * folded, stemmed and expanded the text; unicode61 only splits the two streams on
 * spaces and keeps `-()` inside terms (`21501-32`, `com(2015)240`).
 */
export const FTS_TOKENIZE = `unicode61 remove_diacritics 0 tokenchars '-()'`;

/**
 * Columns of the FTS5 table, in order: per text field its `stems` stream (positions:
 * ranking and phrases) and its `expansions` stream (recall only).
 */
export const FTS_COLUMNS = ['title_s', 'title_x', 'dossiers_s', 'dossiers_x', 'body_s', 'body_x'] as const;

const V1 = `
-- doc is the rowid (stable across VACUUM) and the FTS rowid; key is the public key:
-- the document id, else sha256:<source.sha256>.
CREATE TABLE documents (
  doc INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  id TEXT UNIQUE,
  kind TEXT NOT NULL,
  type TEXT NOT NULL,
  chamber TEXT,
  number TEXT,
  title TEXT NOT NULL,
  subject TEXT,
  date TEXT,
  year INTEGER,
  parliamentary_year TEXT,
  sender_role TEXT,
  sender_portfolio TEXT,
  sender_name TEXT,
  citation TEXT,
  source_path TEXT,
  source_url TEXT,
  sha256 TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX documents_date ON documents (date);
CREATE INDEX documents_type ON documents (type);
CREATE INDEX documents_year ON documents (year);
CREATE INDEX documents_sender ON documents (sender_role);

-- The full document JSON, 1:1 with documents but apart from it, so that the rows
-- searches and facets read stay small (a few hundred bytes, many to a page).
CREATE TABLE document_json (
  doc INTEGER PRIMARY KEY REFERENCES documents (doc) ON DELETE CASCADE,
  json TEXT NOT NULL
);

CREATE TABLE dossiers (
  key TEXT PRIMARY KEY,
  number TEXT NOT NULL,
  suffix TEXT,
  title TEXT
);
CREATE INDEX dossiers_number ON dossiers (number);

CREATE TABLE document_dossiers (
  doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  dossier TEXT NOT NULL REFERENCES dossiers (key),
  number TEXT NOT NULL,
  PRIMARY KEY (doc, position)
) WITHOUT ROWID;
CREATE INDEX document_dossiers_dossier ON document_dossiers (dossier, doc);
CREATE INDEX document_dossiers_number ON document_dossiers (number, doc);

CREATE TABLE "references" (
  doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  target TEXT NOT NULL,
  text TEXT NOT NULL,
  location TEXT,
  PRIMARY KEY (doc, position)
) WITHOUT ROWID;
CREATE INDEX references_target ON "references" (target, doc);

-- A reference is resolved when its target is a stored document id, or (dossier-NNN)
-- a stored dossier key: computed by join, so it is always current.
CREATE VIEW reference_status AS
SELECT r.doc, r.position, r.kind, r.target, r.text, r.location,
  (EXISTS (SELECT 1 FROM documents t WHERE t.id = r.target)
   OR (r.target LIKE 'dossier-%' AND EXISTS (SELECT 1 FROM dossiers k WHERE k.key = substr(r.target, 9)))) AS resolved
FROM "references" r;

CREATE TABLE footnotes (
  doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  marker TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (doc, position)
) WITHOUT ROWID;

CREATE TABLE blocks (
  doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (doc, position)
) WITHOUT ROWID;

CREATE TABLE failures (
  source TEXT PRIMARY KEY,
  error TEXT NOT NULL,
  at TEXT NOT NULL
);

-- Contentless with delete support: the text lives in documents.json, the index holds
-- only terms and positions; rowid = documents.rowid.
CREATE VIRTUAL TABLE fts USING fts5 (
  ${FTS_COLUMNS.join(', ')},
  content = '',
  contentless_delete = 1,
  tokenize = "${FTS_TOKENIZE}"
);
CREATE VIRTUAL TABLE fts_vocab USING fts5vocab (fts, 'row');
`;

/** Facet codes: see `facets.ts`. Filled from the papers already stored. */
const V2 = `
CREATE TABLE facet_values (
  kind TEXT NOT NULL,
  value TEXT NOT NULL,
  code INTEGER NOT NULL,
  PRIMARY KEY (kind, value)
) WITHOUT ROWID;
CREATE UNIQUE INDEX facet_values_code ON facet_values (kind, code);
CREATE TABLE document_facets (
  doc INTEGER PRIMARY KEY REFERENCES documents (doc) ON DELETE CASCADE,
  code INTEGER NOT NULL
);
INSERT INTO facet_values SELECT 'type', v, row_number() OVER (ORDER BY v) FROM (SELECT DISTINCT type AS v FROM documents);
INSERT INTO facet_values SELECT 'sender', v, row_number() OVER (ORDER BY v)
  FROM (SELECT DISTINCT sender_role AS v FROM documents WHERE sender_role IS NOT NULL AND sender_role <> '');
INSERT INTO facet_values SELECT 'portfolio', v, row_number() OVER (ORDER BY v)
  FROM (SELECT DISTINCT sender_portfolio AS v FROM documents WHERE sender_portfolio IS NOT NULL AND sender_portfolio <> '');
INSERT INTO document_facets (doc, code)
SELECT d.doc,
  coalesce(t.code, 0) + 1024 * (
    CASE WHEN d.year > 1700 AND d.year < 3748 THEN d.year - 1700 ELSE 0 END
    + 2048 * (coalesce(r.code, 0) + 1024 * coalesce(p.code, 0)))
FROM documents d
LEFT JOIN facet_values t ON t.kind = 'type' AND t.value = d.type
LEFT JOIN facet_values r ON r.kind = 'sender' AND r.value = d.sender_role
LEFT JOIN facet_values p ON p.kind = 'portfolio' AND p.value = d.sender_portfolio;
`;

/**
 * The date (yyyymmdd) and the first two dossiers of each paper beside its facet code,
 * so that a search reads one narrow row per match (`collect.ts`); dossier keys are
 * numbered in `facet_values` like the other facets. Filled from the papers stored.
 */
const V3 = `
ALTER TABLE document_facets ADD COLUMN day INTEGER NOT NULL DEFAULT 0;
ALTER TABLE document_facets ADD COLUMN dossiers INTEGER NOT NULL DEFAULT 0;
INSERT INTO facet_values SELECT 'dossier', key, row_number() OVER (ORDER BY key) FROM dossiers;
UPDATE document_facets SET
  day = coalesce((
    SELECT CAST(substr(d.date, 1, 4) AS INTEGER) * 10000
      + coalesce(CAST(nullif(substr(d.date, 6, 2), '') AS INTEGER), 0) * 100
      + coalesce(CAST(nullif(substr(d.date, 9, 2), '') AS INTEGER), 0)
    FROM documents d WHERE d.doc = document_facets.doc AND d.date GLOB '[0-9][0-9][0-9][0-9]*'), 0),
  dossiers = coalesce((
    SELECT v.code FROM document_dossiers dd JOIN facet_values v ON v.kind = 'dossier' AND v.value = dd.dossier
    WHERE dd.doc = document_facets.doc AND dd.position = 0), 0)
  + 33554432 * coalesce((
    SELECT v.code FROM document_dossiers dd JOIN facet_values v ON v.kind = 'dossier' AND v.value = dd.dossier
    WHERE dd.doc = document_facets.doc AND dd.position = 1), 0)
  + 1125899906842624 * ((SELECT count(*) FROM document_dossiers dd WHERE dd.doc = document_facets.doc) > 2);
`;

/**
 * FTS5 merges its segments when 8 (not 4) of one level exist: an archive grows by
 * batches, and each paper is then rewritten by fewer merges while it is ingested.
 */
const V4 = `INSERT INTO fts (fts, rank) VALUES ('automerge', 8);`;

/**
 * Back to FTS5's default of merging 4 segments: 8 gave no measurable gain in ingest
 * and leaves more segments, which every search opens (a rare word took 36 ms at
 * 1,000,000 papers against the baseline's 11).
 */
const V5 = `INSERT INTO fts (fts, rank) VALUES ('automerge', 4);`;

/**
 * Griffie's own segment index replaces FTS5 (see `search/segments`): segments with
 * their per-paper columns, one row per term and segment with its postings and
 * positions, the deleted docids, and the dictionary of numbered values. Papers get
 * their docid when they are indexed: every paper stored before this version has none
 * and is indexed again when the archive is opened (`reindex` in `index-writer.ts`).
 */
const V6 = `
DROP TABLE fts_vocab;
DROP TABLE fts;
DROP TABLE document_facets;
DROP TABLE facet_values;
ALTER TABLE documents ADD COLUMN docid INTEGER;
CREATE UNIQUE INDEX documents_docid ON documents (docid);
CREATE INDEX documents_unindexed ON documents (doc) WHERE docid IS NULL;
CREATE TABLE index_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  generation INTEGER NOT NULL
);
INSERT INTO index_state (id, generation) VALUES (1, 0);
CREATE TABLE index_values (
  code INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  value TEXT NOT NULL,
  UNIQUE (kind, value)
);
-- AUTOINCREMENT: a segment id is never reused, so readers may cache a segment by id.
CREATE TABLE index_segments (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  first INTEGER NOT NULL,
  count INTEGER NOT NULL,
  live INTEGER NOT NULL,
  title_length INTEGER NOT NULL,
  dossiers_length INTEGER NOT NULL,
  body_length INTEGER NOT NULL,
  columns BLOB NOT NULL
);
CREATE INDEX index_segments_first ON index_segments (first);
-- Term blocks (search/segments/blocks.ts), keyed by their first term.
CREATE TABLE index_blocks (
  segment INTEGER NOT NULL,
  term TEXT NOT NULL,
  data BLOB NOT NULL,
  positions BLOB,
  PRIMARY KEY (segment, term)
) WITHOUT ROWID;
CREATE TABLE index_deleted (
  docid INTEGER PRIMARY KEY
);
`;

/**
 * Live sync: each paper's Tweede Kamer GUID (so a deleted entity finds its paper) and its
 * withdrawn mark; a checkpoint per source and stream.
 */
const V7 = `
ALTER TABLE documents ADD COLUMN tk_id TEXT;
ALTER TABLE documents ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0;
CREATE INDEX documents_tk_id ON documents (tk_id) WHERE tk_id IS NOT NULL;
CREATE TABLE checkpoints (
  source TEXT NOT NULL,
  stream TEXT NOT NULL,
  value TEXT NOT NULL,
  latest TEXT,
  synced_at TEXT NOT NULL,
  PRIMARY KEY (source, stream)
);
`;

/**
 * Browsing (`browse.ts`): the time of the last change and the withdrawn papers, so that
 * `freshness` reads both from an index (the newest paper date has `documents_date`).
 */
const V8 = `
CREATE INDEX documents_updated ON documents (updated_at);
CREATE INDEX documents_withdrawn ON documents (doc) WHERE withdrawn = 1;
`;

/** The SQL of a paper's blocks' texts as a JSON array, in order, for the paper `d` (`restoreDocument`). */
export const BLOCK_TEXTS =
  '(SELECT json_group_array(text) FROM (SELECT b.text FROM blocks b WHERE b.doc = d.doc ORDER BY b.position))';

/** The migrations of this version of Griffie, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'create archive', up: V1 },
  { version: 2, name: 'facet codes', up: V2 },
  { version: 3, name: 'dates and dossiers beside the facet codes', up: V3 },
  { version: 4, name: 'full-text merges of 8 segments', up: V4 },
  { version: 5, name: 'full-text merges of 4 segments', up: V5 },
  { version: 6, name: 'segment index instead of FTS5', up: V6 },
  { version: 7, name: 'sync checkpoints and withdrawn papers', up: V7 },
  { version: 8, name: 'indexes for browsing', up: V8 },
  { version: 9, name: 'commitments, requests and named entities', up: RECORD_SCHEMA },
  { version: 10, name: 'watches, what they found and their deliveries', up: WATCH_SCHEMA },
  { version: 11, name: 'Tweede Kamer decisions and votes', up: TK_SCHEMA },
  { version: 12, name: 'written questions paired with their answers', up: QUESTION_SCHEMA },
  { version: 13, name: 'topics in the index', up: INDEX_REBUILD_SCHEMA },
];
