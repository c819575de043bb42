/**
 * Reading the corpus truth: `corpus/truth.jsonl` (raw texts) and
 * `corpus/pdf/truth.jsonl` (texts of typeset PDFs). `null` means unknown.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import type { TruthHandelingenRef } from './normalise.ts';
import type { TruthIdInfo } from './type-slug.ts';

/** A dossier as the truth lists it: number with its addition, e.g. `21501-08`. */
export interface TruthDossier {
  number: string;
  title: string | null;
}

/** One line of `corpus/truth.jsonl`. */
export interface CorpusTruth {
  source_id: string;
  dossiers: TruthDossier[] | null;
  number: string | null;
  type_line: string | null;
  date: string | null;
  addressee: string | null;
  signers: Array<{ role: string | null; name: string }> | null;
  references: Array<{ dossier: string; number: string; cited_as?: string }> | null;
  handelingen_refs: TruthHandelingenRef[] | null;
  id_info: TruthIdInfo | null;
}

/** One line of `corpus/pdf/truth.jsonl` (the fields the evaluation reads). */
export interface PdfTruth {
  source_id: string;
  paragraphs: string[];
  footnotes: Array<{ marker: string; text: string }>;
  signature: number[];
  dossiers: TruthDossier[] | null;
  number: string | null;
  date: string | null;
  type_line: string | null;
}

/** Read a JSON Lines file, skipping blank lines. */
export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}
