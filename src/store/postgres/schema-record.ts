/**
 * The schema of the linked record (migration 6), apart from `schema.ts` for its size.
 *
 * @module
 */

/**
 * The linked record, as SQLite's migration 9: each paper's commitments, requests and
 * named entities as rows, the links from commitments to the requests that fulfil them,
 * the papers per entity name and role, and the papers stored before, whose record is
 * filled when the archive opens. Texts that lists sort or compare are `COLLATE "C"`
 * (byte-wise, as SQLite); like the other children (migration 3), no foreign keys.
 */
export const RECORD_SCHEMA = `
CREATE TABLE commitments (
  doc bigint NOT NULL,
  position integer NOT NULL,
  text text NOT NULL,
  by text,
  due text,
  deadline text COLLATE "C",
  PRIMARY KEY (doc, position)
);
CREATE TABLE requests (
  doc bigint NOT NULL,
  position integer NOT NULL,
  kind text NOT NULL,
  date text,
  by text,
  asks text NOT NULL,
  reference text,
  PRIMARY KEY (doc, position)
);
CREATE INDEX requests_reference ON requests (reference, kind) WHERE reference IS NOT NULL;
CREATE TABLE fulfilments (
  commitment_doc bigint NOT NULL,
  commitment_position integer NOT NULL,
  by_doc bigint NOT NULL,
  by_position integer NOT NULL,
  PRIMARY KEY (commitment_doc, commitment_position, by_doc, by_position)
);
CREATE INDEX fulfilments_by ON fulfilments (by_doc);
CREATE TABLE document_entities (
  doc bigint NOT NULL,
  kind text NOT NULL,
  position integer NOT NULL,
  name text COLLATE "C" NOT NULL,
  role text COLLATE "C",
  PRIMARY KEY (doc, kind, position)
);
CREATE INDEX document_entities_name ON document_entities (kind, name, doc);
CREATE TABLE entity_names (
  kind text NOT NULL,
  name text COLLATE "C" NOT NULL,
  folded text COLLATE "C" NOT NULL,
  documents integer NOT NULL,
  PRIMARY KEY (kind, name)
);
CREATE INDEX entity_names_rank ON entity_names (kind, documents DESC, name);
CREATE INDEX entity_names_folded ON entity_names (kind, folded);
CREATE TABLE entity_roles (
  kind text NOT NULL,
  name text COLLATE "C" NOT NULL,
  role text COLLATE "C" NOT NULL,
  documents integer NOT NULL,
  PRIMARY KEY (kind, name, role)
);
CREATE TABLE record_pending (
  doc bigint PRIMARY KEY
);
INSERT INTO record_pending (doc) SELECT doc FROM documents;
`;
