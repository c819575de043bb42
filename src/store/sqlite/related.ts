/**
 * Related papers: the ones that share a dossier with a paper, cite it or are cited by
 * it, cite the same publications, or have similar text (`related-text.ts`). Each signal adds to the score and says why:
 * shared dossier +2 each, a citation either way +4, shared citations +1 each (at most
 * 5), similar text up to +3 (relative to the best text match).
 *
 * @module
 */
import type Database from 'better-sqlite3';
import type { IndexReader } from '../../search/index.ts';
import { restoreDocument } from '../documents.ts';
import type { RelatedCandidate } from '../related-text.ts';
import { finishRanking, similarText } from '../related-text.ts';
import type { RelatedHit } from '../types.ts';
import { BLOCK_TEXTS } from './schema.ts';

const CANDIDATES = 200;

/** Finds related papers in one database. */
export class Relater {
  private readonly stmt;

  constructor(
    db: Database.Database,
    private readonly reader: IndexReader,
  ) {
    this.stmt = {
      find: db.prepare(
        `SELECT d.doc, d.docid, d.key, d.id, j.json, ${BLOCK_TEXTS} AS texts FROM documents d JOIN document_json j ON j.doc = d.doc
         WHERE d.key = ? OR d.id = ? LIMIT 1`,
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
      info: db.prepare('SELECT key, id, title, date FROM documents WHERE doc = ?'),
    };
  }

  /** Up to `limit` papers related to the one with this id or key; [] when it is not stored. */
  async related(id: string, limit: number): Promise<RelatedHit[]> {
    const self = this.stmt.find.get(id, id) as
      | { doc: number; docid: number | null; key: string; id: string | null; json: string; texts: string }
      | undefined;
    if (self === undefined) return [];
    const doc = restoreDocument(self.json, self.texts);
    const found = new Map<number, RelatedCandidate>();
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
    await similarText(this.reader, doc, { store: self.doc, docid: self.docid }, add);
    return finishRanking(found, limit, (doc) => {
      const info = this.stmt.info.get(doc) as { key: string; id: string | null; title: string; date: string | null };
      return { id: info.id ?? info.key, title: info.title, date: info.date };
    });
  }
}
