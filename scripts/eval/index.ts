/**
 * Scoring of `griffie parse` on the shared corpus: the corpus part (raw texts), the
 * PDF part (pdftotext output of typeset papers) and the targets the parser must meet.
 * Used by `scripts/eval-parse.ts` and `test/corpus.test.ts`.
 *
 * @module
 */
import { parseInput } from '../../src/pipeline/index.ts';
import { type CorpusScore, type ParseFn, scoreCorpus } from './corpus.ts';
import { type PdfScore, scorePdf } from './pdf.ts';
import type { Mismatch } from './tally.ts';

export { type CorpusScore, type ParseFn, scoreCorpus } from './corpus.ts';
export { findCorpus, findShared, REPO_ROOT } from './locate.ts';
export { type PdfScore, scorePdf } from './pdf.ts';
export type { FieldScore, Mismatch, PrfScore } from './tally.ts';
export { typeSlug } from './type-slug.ts';

/** One target: the measured value, the threshold and whether it is met. */
export interface Target {
  value: number | null;
  target: number;
  met: boolean;
}

/** The whole evaluation. */
export interface Evaluation {
  corpus: CorpusScore;
  pdf: PdfScore;
  targets: Record<string, Target>;
  /** Every target met. */
  met: boolean;
  seconds: number;
}

function target(value: number | null, threshold: number): Target {
  return { value, target: threshold, met: value !== null && value >= threshold };
}

/**
 * Score a parser (by default the pipeline's `parseInput`) on the corpus in `corpusDir`.
 * Never throws for a parser that throws: such papers count as wrong everywhere.
 *
 * @example
 * const { met, targets, mismatches } = await evaluate('/work/shared/corpus');
 */
export async function evaluate(
  corpusDir: string,
  parse: ParseFn = parseInput,
): Promise<{ evaluation: Evaluation; mismatches: Mismatch[] }> {
  const started = performance.now();
  const mismatches: Mismatch[] = [];
  const corpus = await scoreCorpus(corpusDir, parse, mismatches);
  const pdf = await scorePdf(corpusDir, parse, mismatches);
  const targets: Record<string, Target> = {
    dossiers: target(corpus.dossiers.accuracy, 0.98),
    number: target(corpus.number.accuracy, 0.98),
    type: target(corpus.type.accuracy, 0.98),
    date: target(corpus.date.accuracy, 0.98),
    addressee: target(corpus.addressee.accuracy, 0.95),
    typeLine: target(corpus.typeLine.accuracy, 0.95),
    referencesF1: target(corpus.referencesWithErrata.f1, 0.95),
  };
  const met = Object.values(targets).every((t) => t.met);
  const seconds = Math.round((performance.now() - started) / 10) / 100;
  return { evaluation: { corpus, pdf, targets, met, seconds }, mismatches };
}
