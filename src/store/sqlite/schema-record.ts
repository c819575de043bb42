/**
 * The schema of the linked record (migration 9), apart from `schema.ts` for its size.
 *
 * @module
 */

/**
 * The linked record (`record-writer.ts`, `records.ts`): each paper's commitments,
 * requests and named entities as rows, written and replaced with the paper.
 * `fulfilments` links a commitment (its paper and position) to the request (paper and
 * position) that fulfils it (`linking.ts`), computed when either paper is stored;
 * whether a motion is carried out is read by join (`requests_reference`).
 * `entity_names` and `entity_roles` count the papers that name an entity (with a role),
 * kept current by the writer, so that lists ranked by papers and prefix searches over
 * the folded name read an index, not every mention. The papers already stored are
 * listed in `record_pending`: their record is filled from their JSON when the archive
 * opens (`RecordWriter.backfill`), as papers without a docid are indexed.
 */
export const RECORD_SCHEMA = `
CREATE TABLE commitments (
  doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  by TEXT,
  due TEXT,
  deadline TEXT,
  PRIMARY KEY (doc, position)
) WITHOUT ROWID;
CREATE TABLE requests (
  doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  date TEXT,
  by TEXT,
  asks TEXT NOT NULL,
  reference TEXT,
  PRIMARY KEY (doc, position)
) WITHOUT ROWID;
CREATE INDEX requests_reference ON requests (reference, kind) WHERE reference IS NOT NULL;
CREATE TABLE fulfilments (
  commitment_doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
  commitment_position INTEGER NOT NULL,
  by_doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
  by_position INTEGER NOT NULL,
  PRIMARY KEY (commitment_doc, commitment_position, by_doc, by_position)
) WITHOUT ROWID;
CREATE INDEX fulfilments_by ON fulfilments (by_doc);
CREATE TABLE document_entities (
  doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  role TEXT,
  PRIMARY KEY (doc, kind, position)
) WITHOUT ROWID;
CREATE INDEX document_entities_name ON document_entities (kind, name, doc);
CREATE TABLE entity_names (
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  folded TEXT NOT NULL,
  documents INTEGER NOT NULL,
  PRIMARY KEY (kind, name)
) WITHOUT ROWID;
CREATE INDEX entity_names_rank ON entity_names (kind, documents DESC, name);
CREATE INDEX entity_names_folded ON entity_names (kind, folded);
CREATE TABLE entity_roles (
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  documents INTEGER NOT NULL,
  PRIMARY KEY (kind, name, role)
) WITHOUT ROWID;
CREATE TABLE record_pending (
  doc INTEGER PRIMARY KEY
);
INSERT INTO record_pending (doc) SELECT doc FROM documents;
`;
