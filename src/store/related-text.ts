/**
 * The "similar text" signal of related papers, the same on both engines: an OR query of
 * the paper's most distinctive stems (tf × idf, each in at least one other paper), run
 * through the segment index and ranked like any search. On a large archive the document
 * frequencies are estimated from a sample of the segments and the most common stems are
 * left out, so that a paper page costs tens of milliseconds, not the 0.3–1 s that exact
 * counts over every segment took at 50,000 papers.
 *
 * @module
 */
import type { Document } from '../model/index.ts';
import { analyzeText, documentFields, type IndexReader, type PlanNode } from '../search/index.ts';
import type { RelatedHit } from './types.ts';

/** Stems of the paper weighed for the query. */
const CANDIDATE_TERMS = 200;
/** Stems in the query. */
const TEXT_TERMS = 12;
/** Similar papers considered. */
const SIMILAR = 30;
/**
 * On an archive of more than twice this many papers the stems are weighed by document
 * frequencies estimated from the largest segments holding this many papers (reading every
 * segment's blocks for 200 stems took 0.2–0.6 s at 50,000 papers).
 */
const FREQUENCY_SAMPLE = 10_000;
/**
 * On such an archive, stems in more than this share of the papers are left out: their
 * postings make the query slow and they say little about what a paper is about.
 */
const COMMON_SHARE = 0.02;

/**
 * Add the papers whose text is most like `doc`'s (engine id `self`, left out; `docid`
 * its index docid, null when unindexed): up to 3 points each, relative to the best
 * match, for matches worth at least 0.5.
 */
export async function similarText(
  reader: IndexReader,
  doc: Document,
  self: { store: number; docid: number | null },
  add: (store: number, score: number, reason: string) => void,
): Promise<void> {
  const fields = documentFields(doc);
  const tf = new Map<string, number>();
  for (const term of analyzeText(`${fields.title}\n${fields.body}`).stems.split(' ')) {
    if (term.length >= 4 && !/^\d+$/.test(term)) tf.set(term, (tf.get(term) ?? 0) + 1);
  }
  const frequent = [...tf.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CANDIDATE_TERMS);
  if (frequent.length === 0) return;
  const { counts, papers, sampled } = await reader.frequencies(
    frequent.map(([t]) => t),
    self.docid === null ? { sample: FREQUENCY_SAMPLE } : { sample: FREQUENCY_SAMPLE, without: self.docid },
  );
  const common = sampled < papers ? COMMON_SHARE * papers : papers;
  const weighted: [string, number][] = [];
  for (const [term, n] of frequent) {
    const df = counts.get(term) ?? 0;
    if (df >= 2 && df < common) weighted.push([term, n * Math.log(papers / df)]);
  }
  weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const terms = weighted.slice(0, TEXT_TERMS).map(([t]) => t);
  if (terms.length === 0) return;
  const plan: PlanNode = {
    kind: 'or',
    children: terms.map((t) => ({ kind: 'match', match: { terms: [t], groups: [], prefix: false } })),
  };
  const { top } = await reader.search({ plan, keep: SIMILAR + 1, order: 'relevance' });
  const others = top.filter((k) => k.store !== self.store).slice(0, SIMILAR);
  const best = others[0]?.score ?? 0;
  for (const k of others) {
    const score = best > 0 ? Math.round((3 * k.score * 100) / best) / 100 : 0;
    if (score >= 0.5) add(k.store, score, 'similar text');
  }
}

/** A paper found related, with its score so far and why. */
export interface RelatedCandidate {
  score: number;
  reasons: string[];
}

/**
 * The best `limit` of the candidates (engine id → candidate), best first; ties broken by
 * the papers' ids, so that both engines give the same list whatever their internal ids.
 * `info` names a candidate; it is asked only for the best ones and those tied with them.
 */
export function finishRanking(
  found: ReadonlyMap<number, RelatedCandidate>,
  limit: number,
  info: (doc: number) => Pick<RelatedHit, 'id' | 'title' | 'date'>,
): RelatedHit[] {
  const ranked = [...found.entries()].sort((a, b) => b[1].score - a[1].score);
  const boundary = ranked[Math.min(limit, ranked.length) - 1]?.[1].score ?? 0;
  return ranked
    .filter(([, c]) => c.score >= boundary)
    .map(([doc, c]) => ({ ...info(doc), score: Math.round(c.score * 1000) / 1000, reasons: c.reasons }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
}
