/**
 * Counters for scoring: per-field accuracy, micro precision/recall/F1, and the list of
 * mismatches that `--details` prints.
 *
 * @module
 */

/** One disagreement between the parser and the truth. */
export interface Mismatch {
  paper: string;
  field: string;
  expected: unknown;
  got: unknown;
}

/** Accuracy of one field: `accuracy` is `null` when no paper had a known truth. */
export interface FieldScore {
  accuracy: number | null;
  correct: number;
  total: number;
}

/** Micro-averaged precision, recall and F1 over all papers. */
export interface PrfScore {
  precision: number | null;
  recall: number | null;
  f1: number | null;
  tp: number;
  fp: number;
  fn: number;
}

/** Round to four decimals, keeping `null`. */
export function round4(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10000) / 10000;
}

/** Counts right and wrong answers of one field, remembering the wrong ones. */
export class FieldTally {
  correct = 0;
  total = 0;

  constructor(
    readonly field: string,
    private readonly sink: Mismatch[],
  ) {}

  /** Count one paper; record a mismatch when `ok` is false. */
  add(paper: string, ok: boolean, expected: unknown, got: unknown): void {
    this.total++;
    if (ok) this.correct++;
    else this.sink.push({ paper, field: this.field, expected, got });
  }

  score(): FieldScore {
    return {
      accuracy: round4(this.total ? this.correct / this.total : null),
      correct: this.correct,
      total: this.total,
    };
  }
}

/** Counts true positives, false positives and false negatives across papers. */
export class PrfTally {
  tp = 0;
  fp = 0;
  fn = 0;

  constructor(
    readonly field: string,
    private readonly sink: Mismatch[],
  ) {}

  /** Count one paper's matches; unmatched items on either side become mismatches. */
  add(paper: string, tp: number, missed: string[], extra: string[]): void {
    this.tp += tp;
    this.fn += missed.length;
    this.fp += extra.length;
    for (const m of missed) this.sink.push({ paper, field: this.field, expected: m, got: null });
    for (const e of extra) this.sink.push({ paper, field: this.field, expected: null, got: e });
  }

  score(): PrfScore {
    const precision = this.tp + this.fp ? this.tp / (this.tp + this.fp) : null;
    const recall = this.tp + this.fn ? this.tp / (this.tp + this.fn) : null;
    const n = 2 * this.tp + this.fp + this.fn;
    const f1 = n ? (2 * this.tp) / n : null;
    return {
      precision: round4(precision),
      recall: round4(recall),
      f1: round4(f1),
      tp: this.tp,
      fp: this.fp,
      fn: this.fn,
    };
  }
}
