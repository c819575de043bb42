/**
 * Scoring the extraction of requests, commitments and persons against the hand
 * annotations: micro precision, recall and F1 per field, the same per paper type, the
 * agreement on request kinds, and every false positive and negative for `--details`.
 *
 * @module
 */
import type { Document } from '../../src/model/index.ts';
import type { PaperAnnotation, Span } from './extract-annotations.ts';
import { assign, commitmentScore, personScore, requestScore, tokenSet } from './extract-match.ts';
import { ws } from './normalise.ts';
import { type Mismatch, type PrfScore, PrfTally } from './tally.ts';

/** The fields scored. */
export const EXTRACT_FIELDS = ['requests', 'commitments', 'persons'] as const;

/** One of {@link EXTRACT_FIELDS}. */
export type ExtractField = (typeof EXTRACT_FIELDS)[number];

/** One annotated paper with its text and what the pipeline made of it (`null`: parsing failed). */
export interface ScoredPaper {
  annotation: PaperAnnotation;
  text: string;
  doc: Document | null;
}

/** A false positive (`got`) or false negative (`expected`) for `--details`. */
export interface ExtractMiss {
  paper: string;
  type: string;
  field: ExtractField;
  side: 'fp' | 'fn';
  text: string;
}

/** The scores of the three fields, overall and per paper type. */
export interface ExtractScore {
  papers: number;
  failed: number;
  fields: Record<ExtractField, PrfScore>;
  byType: Record<string, { papers: number } & Record<ExtractField, PrfScore>>;
  /** Of the matched requests that carry a `kind`, how many carry the annotated one. */
  requestKinds: { agree: number; total: number };
}

type Tallies = Record<ExtractField, PrfTally>;

function tallies(sink: Mismatch[]): Tallies {
  return {
    requests: new PrfTally('requests', sink),
    commitments: new PrfTally('commitments', sink),
    persons: new PrfTally('persons', sink),
  };
}

function slice(text: string, span: Span): string {
  return ws(text.slice(span.start, span.end));
}

/** What one field of one paper produced: true positives and the unmatched texts of each side. */
export interface FieldOutcome {
  tp: number;
  fn: string[];
  fp: string[];
  /** Index pairs (extracted, annotated) that matched. */
  pairs: Array<[number, number]>;
}

function outcome<G, W>(
  got: G[],
  want: W[],
  score: (g: G, w: W) => number,
  gotText: (g: G) => string,
  wantText: (w: W) => string,
): FieldOutcome {
  const a = assign(got, want, score);
  return {
    tp: a.pairs.length,
    fn: a.unmatchedWant.map((j) => wantText(want[j] as W)),
    fp: a.unmatchedGot.map((i) => gotText(got[i] as G)),
    pairs: a.pairs,
  };
}

/**
 * Match one paper's extraction to its annotation, field by field. A missing document
 * (failed parse) extracts nothing.
 *
 * @example
 * scorePaper({ annotation, text, doc }).commitments.tp; // 2
 */
export function scorePaper(paper: ScoredPaper): Record<ExtractField, FieldOutcome> {
  const { annotation: ann, text, doc } = paper;
  const requests = doc?.requests ?? [];
  const commitments = doc?.commitments ?? [];
  const persons = doc?.entities.persons ?? [];
  const requestTokens = requests.map((r) => tokenSet(r.asks));
  const commitmentTokens = commitments.map((c) => tokenSet(c.text));
  const annotatedRequests = ann.requests.map((s) => tokenSet(slice(text, s)));
  const annotatedCommitments = ann.commitments.map((s) => tokenSet(slice(text, s)));
  const index = (n: number) => Array.from({ length: n }, (_, i) => i);
  return {
    requests: outcome(
      index(requests.length),
      index(ann.requests.length),
      (g, w) => requestScore(requestTokens[g] as Set<string>, annotatedRequests[w] as Set<string>),
      (g) => ws(requests[g]?.asks ?? ''),
      (w) => slice(text, ann.requests[w] as Span),
    ),
    commitments: outcome(
      index(commitments.length),
      index(ann.commitments.length),
      (g, w) => commitmentScore(commitmentTokens[g] as Set<string>, annotatedCommitments[w] as Set<string>),
      (g) => ws(commitments[g]?.text ?? ''),
      (w) => slice(text, ann.commitments[w] as Span),
    ),
    persons: outcome(
      persons.map((p) => p.name),
      ann.persons.map((s) => slice(text, s)),
      personScore,
      (g) => g,
      (w) => w,
    ),
  };
}

/**
 * Score every paper; misses are appended to `misses` (in paper order) when given.
 *
 * @example
 * scoreExtraction(papers).fields.commitments.recall; // 0.81
 */
export function scoreExtraction(papers: ScoredPaper[], misses: ExtractMiss[] = []): ExtractScore {
  const total = tallies([]);
  const perType = new Map<string, { papers: number; tallies: Tallies }>();
  const requestKinds = { agree: 0, total: 0 };
  let failed = 0;
  for (const paper of papers) {
    const { source_id: id, type } = paper.annotation;
    if (!paper.doc) failed++;
    const entry = perType.get(type) ?? { papers: 0, tallies: tallies([]) };
    entry.papers++;
    perType.set(type, entry);
    const result = scorePaper(paper);
    for (const field of EXTRACT_FIELDS) {
      const r = result[field];
      total[field].add(id, r.tp, r.fn, r.fp);
      entry.tallies[field].add(id, r.tp, r.fn, r.fp);
      for (const text of r.fn) misses.push({ paper: id, type, field, side: 'fn', text });
      for (const text of r.fp) misses.push({ paper: id, type, field, side: 'fp', text });
    }
    for (const [g, w] of result.requests.pairs) {
      const kind = paper.doc?.requests[g]?.kind;
      if (kind === undefined) continue;
      requestKinds.total++;
      if (kind === paper.annotation.requests[w]?.kind) requestKinds.agree++;
    }
  }
  const score = (t: Tallies) =>
    Object.fromEntries(EXTRACT_FIELDS.map((f) => [f, t[f].score()])) as Record<ExtractField, PrfScore>;
  const byType: ExtractScore['byType'] = {};
  for (const [type, entry] of [...perType].sort(([a], [b]) => a.localeCompare(b))) {
    byType[type] = { papers: entry.papers, ...score(entry.tallies) };
  }
  return { papers: papers.length, failed, fields: score(total), byType, requestKinds };
}
