/**
 * Header field comparisons shared by the corpus and PDF parts of the evaluation.
 * Each adds one paper to a tally, and only when the truth knows the answer.
 *
 * @module
 */
import type { Document } from '../../src/model/index.ts';
import { dossierKey, numberKey, typeLineKey, ws } from './normalise.ts';
import type { FieldTally } from './tally.ts';
import type { TruthDossier } from './truth.ts';

/** The header fields both parts score. */
export interface HeaderTallies {
  dossiers: FieldTally;
  number: FieldTally;
  date: FieldTally;
  typeLine: FieldTally;
}

/** The header truth both parts carry. */
export interface HeaderTruth {
  dossiers: TruthDossier[] | null;
  number: string | null;
  date: string | null;
  type_line: string | null;
}

/** Compare dossiers, number, date and type line of one paper (`doc` null: parse failed). */
export function scoreHeader(id: string, truth: HeaderTruth, doc: Document | null, t: HeaderTallies): void {
  if (truth.dossiers) {
    const expected = truth.dossiers.map((d) => dossierKey(d.number));
    const got = doc ? doc.dossiers.map((d) => dossierKey(d)) : null;
    t.dossiers.add(id, sameList(expected, got), expected, got);
  }
  if (truth.number !== null) {
    const got = doc?.number ?? null;
    t.number.add(id, got !== null && numberKey(got) === numberKey(truth.number), truth.number, got);
  }
  if (truth.date !== null) {
    const got = doc?.date ?? null;
    t.date.add(id, got === truth.date, truth.date, got);
  }
  if (truth.type_line !== null) {
    const got = doc?.typeLine ?? null;
    t.typeLine.add(id, got !== null && typeLineKey(got) === typeLineKey(truth.type_line), truth.type_line, got);
  }
}

/**
 * Compare dossier titles in order; an entry whose truth title is unknown matches
 * anything. Counted only when some truth title is known.
 */
export function scoreDossierTitles(id: string, truth: TruthDossier[] | null, doc: Document | null, t: FieldTally) {
  if (!truth || truth.every((d) => d.title === null)) return;
  const expected = truth.map((d) => (d.title === null ? null : ws(d.title)));
  const got = doc ? doc.dossiers.map((d) => (d.title === null ? null : ws(d.title))) : null;
  const ok = got !== null && got.length === expected.length && expected.every((e, i) => e === null || e === got[i]);
  t.add(id, ok, expected, got);
}

/** Two lists equal element by element. */
export function sameList(expected: string[], got: string[] | null): boolean {
  return got !== null && got.length === expected.length && expected.every((e, i) => e === got[i]);
}
