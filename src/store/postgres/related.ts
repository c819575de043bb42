/**
 * Related papers (as the SQLite engine): the ones that share a dossier with a paper,
 * cite it or are cited by it, cite the same publications, or have similar text
 * (`related-text.ts`). Each signal adds to the
 * score and says why: shared dossier +2 each, a citation either way +4, shared
 * citations +1 each (at most 5), similar text up to +3 (relative to the best text match).
 *
 * @module
 */
import type { Sql } from 'postgres';
import type { IndexReader } from '../../search/index.ts';
import { restoreDocument } from '../documents.ts';
import { finishRanking, type RelatedCandidate, similarText } from '../related-text.ts';
import type { RelatedHit } from '../types.ts';
import { BLOCK_TEXTS } from './schema.ts';

const CANDIDATES = 200;

/** The Julian day of an ISO date text, 0 when it is none (SQLite's `coalesce(julianday(x), 0)`). */
const julian = (x: string) =>
  `(CASE WHEN ${x} ~ '^\\d{4}-\\d{2}-\\d{2}$' THEN (to_date(${x}, 'YYYY-MM-DD') - date '2000-01-01') + 2451544.5 ELSE 0 END)`;

/** Up to `limit` papers related to the one with this id or key; [] when it is not stored. */
export async function related(sql: Sql, reader: IndexReader, id: string, limit: number): Promise<RelatedHit[]> {
  const [self] = await sql.unsafe<
    { doc: string; docid: number | null; key: string; id: string | null; json: string; texts: string }[]
  >(
    `SELECT d.doc, d.docid, d.key, d.id, d.json, ${BLOCK_TEXTS} AS texts FROM documents d WHERE d.id = $1 OR d.key = $1 LIMIT 1`,
    [id],
  );
  if (self === undefined) return [];
  const doc = restoreDocument(self.json, self.texts);
  const selfDoc = Number(self.doc);
  const found = new Map<number, RelatedCandidate>();
  const add = (other: number, score: number, reason: string) => {
    const c = found.get(other) ?? { score: 0, reasons: [] };
    c.score += score;
    c.reasons.push(reason);
    found.set(other, c);
  };
  const [dossiers, cites, citedBy, sameTargets] = await Promise.all([
    sql.unsafe<{ doc: string; shared: string; n: number }[]>(
      `SELECT o.doc, string_agg(DISTINCT o.dossier, ',') AS shared, count(DISTINCT o.dossier)::integer AS n
       FROM document_dossiers s JOIN document_dossiers o ON o.dossier = s.dossier AND o.doc <> s.doc
       JOIN documents d ON d.doc = o.doc
       WHERE s.doc = $1 GROUP BY o.doc, d.date, d.key
       ORDER BY n DESC, abs(${julian('d.date')} - ${julian('$2::text')}), d.key COLLATE "C" LIMIT ${CANDIDATES}`,
      [selfDoc, doc.date],
    ),
    sql.unsafe<{ doc: string }[]>(
      `SELECT DISTINCT d.doc FROM "references" r JOIN documents d ON d.id = r.target
       WHERE r.doc = $1 AND d.doc <> $1 LIMIT ${CANDIDATES}`,
      [selfDoc],
    ),
    self.id === null
      ? Promise.resolve([])
      : sql.unsafe<{ doc: string }[]>(
          `SELECT DISTINCT r.doc FROM "references" r WHERE r.target = $1 AND r.doc <> $2 LIMIT ${CANDIDATES}`,
          [self.id, selfDoc],
        ),
    sql.unsafe<{ doc: string; n: number }[]>(
      `SELECT o.doc, count(DISTINCT o.target)::integer AS n
       FROM "references" s JOIN "references" o ON o.target = s.target AND o.doc <> s.doc
       WHERE s.doc = $1 GROUP BY o.doc ORDER BY n DESC LIMIT ${CANDIDATES}`,
      [selfDoc],
    ),
  ]);
  for (const r of dossiers) add(Number(r.doc), 2 * r.n, `shared dossier ${r.shared.split(',').join(', ')}`);
  for (const r of cites) add(Number(r.doc), 4, 'cited by this paper');
  for (const r of citedBy) add(Number(r.doc), 4, 'cites this paper');
  for (const r of sameTargets) add(Number(r.doc), Math.min(5, r.n), `shared citations: ${r.n}`);
  await similarText(reader, doc, { store: selfDoc, docid: self.docid === null ? null : Number(self.docid) }, add);
  const chosen = [...found.entries()].sort((a, b) => b[1].score - a[1].score);
  const boundary = chosen[Math.min(limit, chosen.length) - 1]?.[1].score ?? 0;
  const wanted = chosen.filter(([, c]) => c.score >= boundary).map(([d]) => d);
  if (wanted.length === 0) return [];
  const info = await sql.unsafe<{ doc: string; key: string; id: string | null; title: string; date: string | null }[]>(
    'SELECT doc, key, id, title, date FROM documents WHERE doc = ANY($1::bigint[])',
    [wanted],
  );
  const byDoc = new Map(info.map((r) => [Number(r.doc), { id: r.id ?? r.key, title: r.title, date: r.date }]));
  return finishRanking(found, limit, (doc) => byDoc.get(doc)!);
}
