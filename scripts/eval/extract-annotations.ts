/**
 * The hand annotations of requests, commitments and persons
 * (`scripts/eval/extract-annotations.jsonl`): their shape, reading them, and the texts
 * their character offsets point into. The file holds offsets only; every span's text is
 * read at run time from `../shared` (a corpus paper's `text`, or the seed letter).
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestKind } from '../../src/model/index.ts';
import { REPO_ROOT } from './locate.ts';
import { readJsonl } from './truth.ts';

/** The annotation file, in the repository. */
export const ANNOTATIONS_PATH = join(REPO_ROOT, 'scripts', 'eval', 'extract-annotations.jsonl');

/** The source id of the seed letter, whose text is `seed/kst-32824-93.txt`. */
export const SEED_ID = 'seed:kst-32824-93';

/** A character range `[start, end)` of a paper's text. */
export interface Span {
  start: number;
  end: number;
}

/** An annotated request: its span, its kind and a short normalised key of who asked. */
export interface RequestSpan extends Span {
  kind: RequestKind;
  /** `committee:SZW`, `motion:Klaver`, `member:Omtzigt`, `kamer`, ... (written by the annotator). */
  by: string;
}

/** One annotated paper. */
export interface PaperAnnotation {
  source_id: string;
  /** The annotator's label for the paper: `brief`, `motie`, `antwoord`, `verslag`, ... */
  type: string;
  requests: RequestSpan[];
  commitments: Span[];
  persons: Span[];
}

/** Read the annotation file (one paper a line). */
export function readAnnotations(path: string = ANNOTATIONS_PATH): PaperAnnotation[] {
  return readJsonl<PaperAnnotation>(path);
}

/**
 * The text an annotation's offsets point into, and the file name the pipeline gets:
 * the seed letter for {@link SEED_ID}, else `corpus/raw/<id>.json`'s `text`.
 *
 * @example
 * paperText('/work/shared', 'kst-29527-15').text.length; // 597
 */
export function paperText(shared: string, sourceId: string): { text: string; path: string } {
  if (sourceId === SEED_ID) {
    const name = sourceId.slice('seed:'.length);
    return { text: readFileSync(join(shared, 'seed', `${name}.txt`), 'utf8'), path: `${name}.txt` };
  }
  const raw = JSON.parse(readFileSync(join(shared, 'corpus', 'raw', `${sourceId}.json`), 'utf8')) as { text: string };
  return { text: raw.text, path: `${sourceId}.txt` };
}

/** Why a span is unusable for `text` (out of range, empty, or edged with whitespace), or `null`. */
export function spanProblem(text: string, span: Span): string | null {
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end)) return 'offsets are not integers';
  if (span.start < 0 || span.end > text.length || span.start >= span.end) return 'out of range or empty';
  const slice = text.slice(span.start, span.end);
  if (slice.trim() !== slice) return 'starts or ends with whitespace';
  return null;
}
