/**
 * The body of a paper: paragraphs, headings, list items, questions and answers,
 * footnotes and signatures.
 *
 * Stages: take the footnotes from the end (page-foot notes were moved there by
 * `stripFurniture`) → take out signature blocks → re-flow lines into paragraphs,
 * undoing end-of-line hyphenation → classify → take footnote markers out of the text.
 *
 * @module
 */
import { classify } from './blocks.ts';
import { documentIndex } from './dehyphenate.ts';
import { findFootnotes, linkFootnotes } from './footnotes.ts';
import { toParagraphs } from './paragraphs.ts';
import { findSignatures } from './signature.ts';
import { membersOfTypeLine } from './submitters.ts';
import type { BodyResult } from './types.ts';

/**
 * Read the body lines (after the header) into blocks, footnotes and signatories; the
 * type line tells which members submitted a motion or amendment. Never throws; what
 * it cannot place goes into `warnings`.
 *
 * @example
 * const body = readBody(['Op 6 mei 20151 ontving u de nota.', '', 'De Minister van Defensie,', 'J.A. Hennis-Plasschaert', '', '1 Kamerstuk 34 052, nr. 7']);
 * body.blocks; // [{ kind: 'paragraph', text: 'Op 6 mei 2015 ontving u de nota.', footnoteRefs: ['1'] }]
 * body.signatories; // [{ name: 'J.A. Hennis-Plasschaert', role: 'Minister van Defensie' }]
 */
export function readBody(lines: string[], typeLine: string | null = null): BodyResult {
  const warnings: string[] = [];
  const region = findFootnotes(lines, 0, lines.length);
  const body = region ? lines.slice(0, region.from) : lines.slice();
  const footnotes = region ? region.notes : [];
  const signatures = findSignatures(body, membersOfTypeLine(typeLine));
  for (const index of signatures.lines) body[index] = '';
  const paragraphs = toParagraphs(body, { doc: documentIndex(body) });
  const blocks = classify(paragraphs);
  warnings.push(...linkFootnotes(blocks, footnotes));
  return { blocks, footnotes, signatories: signatures.signatories, warnings };
}
