/**
 * Related papers: the ones that share a dossier with a paper, cite it or are cited by
 * it, cite the same publications, or have similar text (an OR query of its most
 * distinctive stems, ranked by bm25). Each signal adds to the score and says why:
 * shared dossier +2 each, a citation either way +4, shared citations +1 each (at most
 * 5), similar text up to +3 (relative to the best text match).
 *
 * @module
 */
import type Database from 'better-sqlite3';
import type { Document } from '../../model/index.ts';
import { analyzeText, documentFields } from '../../search/index.ts';
import type { RelatedHit } from '../types.ts';
import { quoteTerm } from './compile.ts';

const CANDIDATES = 200;
const TEXT_TERMS = 12;

interface Candidate {
  score: number;
  reasons: string[];
}

/** Finds related papers in one database. */
export class Relater {
  private readonly stmt;

  constructor(db: Database.Database) {
    this.stmt = {
      find: db.prepare(
        'SELECT d.doc, d.key, d.id, j.json FROM documents d JOIN document_json j ON j.doc = d.doc WHERE d.key = ? OR d.id = ? LIMIT 1',
      ),
      dossiers: db.prepare(
        `SELECT o.doc AS doc, group_concat(DISTINCT o.dossier) AS shared, count(DISTINCT o.dossier) AS n
         FROM document_dossiers s JOIN document_dossiers o ON o.dossier = s.dossier AND o.doc != s.doc
         JOIN documents d ON d.doc = o.doc
         WHERE s.doc = ? GROUP BY o.doc
         ORDER BY n DESC, abs(coalesce(julianday(d.date), 0) - coalesce(julianday(?), 0)), d.key LIMIT ${CANDIDATES}`,
      ),
      cites: db.prepare(
        `SELECT DISTINCT d.doc AS doc FROM "references" r JOIN documents d ON d.id = r.target
         WHERE r.doc = ? AND d.doc != ? LIMIT ${CANDIDATES}`,
      ),
      citedBy: db.prepare(
        `SELECT DISTINCT r.doc AS doc FROM "references" r WHERE r.target = ? AND r.doc != ? LIMIT ${CANDIDATES}`,
      ),
      sameTargets: db.prepare(
        `SELECT o.doc AS doc, count(DISTINCT o.target) AS n
         FROM "references" s JOIN "references" o ON o.target = s.target AND o.doc != s.doc
         WHERE s.doc = ? GROUP BY o.doc ORDER BY n DESC LIMIT ${CANDIDATES}`,
      ),
      df: db.prepare('SELECT doc FROM fts_vocab WHERE term = ?'),
      count: db.prepare('SELECT count(*) AS n FROM documents'),
      text: db.prepare(
        `SELECT rowid AS doc, bm25(fts, 10.0, 5.0, 4.0, 2.0, 1.0, 0.5) AS r FROM fts
         WHERE fts MATCH ? AND rowid != ? ORDER BY r LIMIT 30`,
      ),
      info: db.prepare('SELECT key, id, title, date FROM documents WHERE doc = ?'),
    };
  }

  /** Up to `limit` papers related to the one with this id or key; [] when it is not stored. */
  related(id: string, limit: number): RelatedHit[] {
    const self = this.stmt.find.get(id, id) as
      | { doc: number; key: string; id: string | null; json: string }
      | undefined;
    if (self === undefined) return [];
    const doc = JSON.parse(self.json) as Document;
    const found = new Map<number, Candidate>();
    const add = (other: number, score: number, reason: string) => {
      const c = found.get(other) ?? { score: 0, reasons: [] };
      c.score += score;
      c.reasons.push(reason);
      found.set(other, c);
    };
    for (const r of this.stmt.dossiers.all(self.doc, doc.date) as { doc: number; shared: string; n: number }[]) {
      add(r.doc, 2 * r.n, `shared dossier ${r.shared.split(',').join(', ')}`);
    }
    for (const r of this.stmt.cites.all(self.doc, self.doc) as { doc: number }[]) add(r.doc, 4, 'cited by this paper');
    if (self.id !== null) {
      for (const r of this.stmt.citedBy.all(self.id, self.doc) as { doc: number }[]) add(r.doc, 4, 'cites this paper');
    }
    for (const r of this.stmt.sameTargets.all(self.doc) as { doc: number; n: number }[]) {
      add(r.doc, Math.min(5, r.n), `shared citations: ${r.n}`);
    }
    this.similarText(doc, self.doc, add);
    const ranked = [...found.entries()].sort((a, b) => b[1].score - a[1].score || a[0] - b[0]).slice(0, limit);
    return ranked.map(([other, c]) => {
      const info = this.stmt.info.get(other) as { key: string; id: string | null; title: string; date: string | null };
      return {
        id: info.id ?? info.key,
        title: info.title,
        date: info.date,
        score: Math.round(c.score * 1000) / 1000,
        reasons: c.reasons,
      };
    });
  }

  /** The document's most distinctive stems (tf × idf, in at least one other paper), OR-ed. */
  private similarText(doc: Document, rowid: number, add: (doc: number, score: number, reason: string) => void): void {
    const fields = documentFields(doc);
    const tf = new Map<string, number>();
    for (const term of analyzeText(`${fields.title}\n${fields.body}`).stems.split(/\s+/)) {
      if (term.length >= 4 && !/^\d+$/.test(term)) tf.set(term, (tf.get(term) ?? 0) + 1);
    }
    const total = (this.stmt.count.get() as { n: number }).n;
    const frequent = [...tf.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 200);
    const weighted: [string, number][] = [];
    for (const [term, n] of frequent) {
      const df = (this.stmt.df.get(term) as { doc: number } | undefined)?.doc ?? 0;
      if (df >= 2 && df < total) weighted.push([term, n * Math.log(total / df)]);
    }
    weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const terms = weighted.slice(0, TEXT_TERMS).map(([t]) => quoteTerm(t));
    if (terms.length === 0) return;
    const rows = this.stmt.text.all(`{title_s dossiers_s body_s} : (${terms.join(' OR ')})`, rowid) as {
      doc: number;
      r: number;
    }[];
    const best = rows[0]?.r ?? 0;
    for (const r of rows) {
      const score = best < 0 ? Math.round((3 * r.r * 100) / best) / 100 : 0;
      if (score >= 0.5) add(r.doc, score, 'similar text');
    }
  }
}
