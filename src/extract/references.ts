/**
 * References: every citation of another parliamentary or legal publication, with its
 * canonical target id.
 *
 * Each scanner (Kamerstukken, dossiers, Handelingen, Staatsblad and the rest) finds
 * candidates in one text; where candidates overlap the fuller citation wins ("Kamerstuk
 * 34 052, nr. 7" over the dossier "Kamerstuk 34 052"). Precision comes first: a bare
 * number, "Nr. 93" in a header, "artikel 12", amounts and dates are never references.
 *
 * @module
 */
import type { Block, Footnote, Reference } from '../model/index.ts';
import type { Candidate } from './reference-candidates.ts';
import { findDossiers, findKamerstukken } from './reference-kamerstuk.ts';
import { findHandelingen, findPublications } from './reference-publications.ts';

const HAS_DIGIT = /\d/;

/** Every candidate in a text, overlaps resolved, in reading order. */
function candidatesIn(text: string): Candidate[] {
  const all = [...findKamerstukken(text), ...findHandelingen(text), ...findPublications(text), ...findDossiers(text)];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of all) {
    const last = kept[kept.length - 1];
    if (!last || candidate.start >= last.end) {
      kept.push(candidate);
      continue;
    }
    const better =
      candidate.rank > last.rank ||
      (candidate.rank === last.rank && candidate.end - candidate.start > last.end - last.start);
    if (better) kept[kept.length - 1] = candidate;
  }
  return kept;
}

/** Append the references of one place (the body, or one footnote), each target once. */
function collect(texts: Iterable<string>, where: string | undefined, out: Reference[]): void {
  const seen = new Set<string>();
  for (const text of texts) {
    // Every citation form holds a digit (a number, a year, an ECLI or BWB id).
    if (typeof text !== 'string' || !HAS_DIGIT.test(text)) continue;
    for (const candidate of candidatesIn(text)) {
      const verbatim = text.slice(candidate.start, candidate.end).replace(/\s+/g, ' ').trim();
      for (const target of candidate.targets) {
        if (seen.has(target)) continue;
        seen.add(target);
        const reference: Reference = { kind: candidate.kind, target, text: verbatim };
        if (where !== undefined) reference.in = where;
        out.push(reference);
      }
    }
  }
}

function* blockTexts(blocks: Block[]): Iterable<string> {
  for (const block of blocks) yield block?.text;
}

/**
 * Find the references in a document's blocks and footnotes: body references first, in
 * reading order, then those of each footnote in footnote order (with `in: "footnote 1"`).
 * The same target cited twice in one place is listed once. Never throws.
 *
 * @example
 * extractReferences(
 *   [{ kind: 'paragraph', text: 'bij wetsvoorstel 34 052 die uw Kamer' }],
 *   [{ marker: '1', text: 'Kamerstuk 34 052, nr. 7' }],
 * );
 * // [{ kind: 'dossier', target: 'dossier-34052', text: 'wetsvoorstel 34 052' },
 * //  { kind: 'kamerstuk', target: 'kst-34052-7', text: 'Kamerstuk 34 052, nr. 7', in: 'footnote 1' }]
 */
export function extractReferences(blocks: Block[], footnotes: Footnote[]): Reference[] {
  const out: Reference[] = [];
  collect(blockTexts(blocks ?? []), undefined, out);
  for (const footnote of footnotes ?? []) {
    if (footnote) collect([footnote.text], `footnote ${footnote.marker}`, out);
  }
  return out;
}
