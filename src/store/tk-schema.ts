/**
 * The schema of the Tweede Kamer's decisions and votes (SQLite migration 11, PostgreSQL
 * migration 8), one text for both engines but for what differs: SQLite's tables are
 * `WITHOUT ROWID`, and each engine fills `paper_zaken` from the papers it already holds
 * in its own JSON functions.
 *
 * @module
 */

/**
 * The tables:
 * - `paper_zaken`: the Zaken a paper belongs to, by number (`2024Z12345`, from
 *   `external.tkZaken`) and by GUID (`external.tkZaakIds`), written and replaced with the
 *   paper (on PostgreSQL without a foreign key, like its other children: migration 3).
 * - `tk_records`: the Tweede Kamer's records of Zaken, Besluiten, Stemmingen, Fracties,
 *   Personen, Agendapunten, Activiteiten and DocumentVersies, as synced (a withdrawn one
 *   stays, marked).
 * - `tk_links`: their relations (`besluit-zaak`, `stemming-besluit`, `zaak-nummer`,
 *   `zaak-paper`, `besluit-agendapunt`, `agendapunt-activiteit`, `versie-document`,
 *   `versie-paper`), replaced with the record.
 * - `tk_decisions`, `tk_votes`: each Besluit's decision and its votes per party (by its
 *   label lower-cased, `party_key`, and as given), computed from the records whenever
 *   one of them changes; `tk_zaak_outcomes`: each Zaak's last
 *   decision with an outcome, what `outcome:` and `party-voted-for:` search.
 * - `tk_state`: how many writes changed a record, part of the archive's version (ETags).
 *
 * The text must never change once released: later versions append migrations.
 */
export function tkSchema(engine: 'sqlite' | 'postgres'): string {
  const rowid = engine === 'sqlite' ? ' WITHOUT ROWID' : '';
  const paperZaken =
    engine === 'sqlite'
      ? `CREATE TABLE paper_zaken (
  doc INTEGER NOT NULL REFERENCES documents (doc) ON DELETE CASCADE,
  zaak TEXT NOT NULL,
  PRIMARY KEY (doc, zaak)
) WITHOUT ROWID;
CREATE INDEX paper_zaken_zaak ON paper_zaken (zaak, doc);
INSERT OR IGNORE INTO paper_zaken (doc, zaak)
  SELECT j.doc, z.value FROM document_json j, json_each(j.json, '$.external.tkZaken') z
  WHERE json_valid(j.json) AND z.type = 'text';`
      : `CREATE TABLE paper_zaken (
  doc bigint NOT NULL,
  zaak TEXT NOT NULL,
  PRIMARY KEY (doc, zaak)
);
CREATE INDEX paper_zaken_zaak ON paper_zaken (zaak, doc);
INSERT INTO paper_zaken (doc, zaak)
  SELECT DISTINCT d.doc, z.value FROM documents d,
    jsonb_array_elements_text(CASE WHEN jsonb_typeof(d.json::jsonb -> 'external' -> 'tkZaken') = 'array'
      THEN d.json::jsonb -> 'external' -> 'tkZaken' ELSE '[]'::jsonb END) AS z (value)
  ON CONFLICT DO NOTHING;`;
  return `
${paperZaken}
CREATE TABLE tk_records (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  bijgewerkt TEXT,
  verwijderd INTEGER NOT NULL,
  json TEXT NOT NULL,
  PRIMARY KEY (kind, id)
)${rowid};
CREATE TABLE tk_links (
  kind TEXT NOT NULL,
  from_id TEXT NOT NULL,
  to_id TEXT NOT NULL,
  PRIMARY KEY (kind, from_id, to_id)
)${rowid};
CREATE INDEX tk_links_to ON tk_links (kind, to_id, from_id);
CREATE TABLE tk_decisions (
  besluit TEXT PRIMARY KEY,
  date TEXT,
  outcome TEXT NOT NULL,
  vote_kind TEXT,
  volgorde INTEGER,
  bijgewerkt TEXT,
  json TEXT NOT NULL
)${rowid};
CREATE INDEX tk_decisions_date ON tk_decisions (date);
CREATE TABLE tk_votes (
  besluit TEXT NOT NULL,
  party_key TEXT NOT NULL,
  party TEXT NOT NULL,
  side TEXT NOT NULL,
  seats INTEGER,
  PRIMARY KEY (besluit, party_key)
)${rowid};
CREATE INDEX tk_votes_party ON tk_votes (party_key, side, besluit);
CREATE TABLE tk_zaak_outcomes (
  zaak TEXT PRIMARY KEY,
  besluit TEXT NOT NULL,
  outcome TEXT NOT NULL,
  date TEXT
)${rowid};
CREATE INDEX tk_zaak_outcomes_outcome ON tk_zaak_outcomes (outcome, zaak);
CREATE INDEX tk_zaak_outcomes_besluit ON tk_zaak_outcomes (besluit);
CREATE TABLE tk_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  changes INTEGER NOT NULL
);
INSERT INTO tk_state (id, changes) VALUES (1, 0);
`;
}
