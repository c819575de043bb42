/**
 * The PostgreSQL schema as versioned migrations, with the same tables and column names
 * as the SQLite engine (`documents`, `dossiers`, `document_dossiers`, `"references"`,
 * `reference_status`, `footnotes`, `blocks`, `failures`). Migration 1 creates everything;
 * later versions append to `MIGRATIONS` and never change an earlier entry.
 *
 * Full text lives in `documents.fts`, a `tsvector` built from the streams of OUR
 * analyzer (never `to_tsvector('dutch', …)`): stems of the title with weight A, of the
 * dossier titles B, of the body C; expansions D. `exact_positions` says whether every
 * stem position survived PostgreSQL's limits (16,383 positions, 256 per lexeme); when
 * not, the stems streams are kept in `document_stems` and phrases are checked on them.
 *
 * @module
 */

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

/** The migrations of this version of Griffie, oldest first. */
export const MIGRATIONS: readonly Migration[] = [{ version: 1, name: 'create archive', up: V1 }];
