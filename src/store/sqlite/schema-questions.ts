/**
 * The schema of written questions (migration 12), apart from `schema.ts` for its size.
 *
 * @module
 */

/**
 * Written questions (`questions.ts`), derived from the stored papers and kept current
 * by catching up with them: `question_state` holds the highest docid looked at (the
 * papers stored after it are read before the next answer) and how many papers were
 * withdrawn then; `question_papers` each paper of written questions once per Zaak it
 * belongs to, with its role and what the pairing needs of it; `questions` one row per
 * Zaak, made of its papers, which the lists filter (ministry, askers, asking date,
 * answered or not) and order (newest asked first) by index; `question_askers` its
 * members and parties. Dates are ISO days, so they compare as text.
 */
export const QUESTION_SCHEMA = `
CREATE TABLE question_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  cursor INTEGER NOT NULL,
  withdrawn INTEGER NOT NULL
);
INSERT INTO question_state (id, cursor, withdrawn) VALUES (1, 0, 0);
CREATE TABLE question_papers (
  doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
  zaak TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('question', 'answer', 'notice')),
  date TEXT,
  official INTEGER NOT NULL,
  ministry TEXT,
  sender TEXT,
  askers TEXT NOT NULL,
  withdrawn INTEGER NOT NULL,
  PRIMARY KEY (doc, zaak)
) WITHOUT ROWID;
CREATE INDEX question_papers_zaak ON question_papers (zaak);
CREATE TABLE questions (
  zaak TEXT PRIMARY KEY,
  doc INTEGER NOT NULL,
  question_doc INTEGER,
  ministry TEXT,
  asked TEXT,
  answered TEXT,
  answer_doc INTEGER,
  days INTEGER,
  noticed TEXT,
  askers TEXT NOT NULL
);
CREATE INDEX questions_asked ON questions (asked, zaak);
CREATE INDEX questions_ministry ON questions (ministry, asked, zaak);
CREATE INDEX questions_unanswered ON questions (asked, zaak) WHERE answer_doc IS NULL;
CREATE INDEX questions_answered ON questions (answered, zaak) WHERE answered IS NOT NULL;
CREATE INDEX questions_ministry_answered ON questions (ministry, answered, zaak) WHERE answered IS NOT NULL;
CREATE TABLE question_askers (
  zaak TEXT NOT NULL,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  party TEXT,
  PRIMARY KEY (zaak, position)
) WITHOUT ROWID;
CREATE INDEX question_askers_name ON question_askers (name, zaak);
CREATE INDEX question_askers_party ON question_askers (party, zaak) WHERE party IS NOT NULL;
`;
