/**
 * The schema of written questions (migration 9), apart from `schema.ts` for its size.
 *
 * @module
 */

/**
 * Written questions, as SQLite's migration 12: the catch-up state, each paper of
 * written questions per Zaak, one row per Zaak that the lists read, and its askers.
 * Zaak numbers, names, parties and ISO days are `COLLATE "C"`, so that they order and
 * compare byte-wise as on SQLite; the list's order (newest asked first, undated last)
 * has an index of its own.
 */
export const QUESTION_SCHEMA = `
CREATE TABLE question_state (
  id integer PRIMARY KEY CHECK (id = 1),
  cursor bigint NOT NULL,
  withdrawn bigint NOT NULL
);
INSERT INTO question_state (id, cursor, withdrawn) VALUES (1, 0, 0);
CREATE TABLE question_papers (
  doc bigint NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
  zaak text COLLATE "C" NOT NULL,
  role text NOT NULL CHECK (role IN ('question', 'answer', 'notice')),
  date text COLLATE "C",
  official integer NOT NULL,
  ministry text,
  sender text,
  askers text NOT NULL,
  withdrawn integer NOT NULL,
  PRIMARY KEY (doc, zaak)
);
CREATE INDEX question_papers_zaak ON question_papers (zaak);
CREATE TABLE questions (
  zaak text COLLATE "C" PRIMARY KEY,
  doc bigint NOT NULL,
  question_doc bigint,
  ministry text COLLATE "C",
  asked text COLLATE "C",
  answered text COLLATE "C",
  answer_doc bigint,
  days integer,
  noticed text COLLATE "C",
  askers text NOT NULL
);
CREATE INDEX questions_asked ON questions (asked DESC NULLS LAST, zaak DESC);
CREATE INDEX questions_ministry ON questions (ministry, asked DESC NULLS LAST, zaak DESC);
CREATE INDEX questions_unanswered ON questions (asked DESC NULLS LAST, zaak DESC) WHERE answer_doc IS NULL;
CREATE INDEX questions_answered ON questions (answered DESC, zaak DESC) WHERE answered IS NOT NULL;
CREATE INDEX questions_ministry_answered ON questions (ministry, answered DESC, zaak DESC) WHERE answered IS NOT NULL;
CREATE TABLE question_askers (
  zaak text COLLATE "C" NOT NULL,
  position integer NOT NULL,
  name text COLLATE "C" NOT NULL,
  party text COLLATE "C",
  PRIMARY KEY (zaak, position)
);
CREATE INDEX question_askers_name ON question_askers (name, zaak);
CREATE INDEX question_askers_party ON question_askers (party, zaak) WHERE party IS NOT NULL;
`;
