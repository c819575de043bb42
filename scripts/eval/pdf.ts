/**
 * The PDF part of the evaluation: every paper of `corpus/pdf/truth.jsonl`, parsed from
 * `corpus/pdf/<source_id>.txt` (the `pdftotext -raw` text of the typeset paper):
 * header fields, paragraphs rebuilt (hyphenation undone, furniture gone, footnotes
 * apart) and footnotes.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParseFn } from './corpus.ts';
import { tryParse } from './corpus.ts';
import { type HeaderTallies, scoreHeader } from './fields.ts';
import { ws } from './normalise.ts';
import { bigrams, dice } from './similarity.ts';
import { type FieldScore, FieldTally, type Mismatch, round4 } from './tally.ts';
import { type PdfTruth, readJsonl } from './truth.ts';

/** Scores of the PDF part. */
export interface PdfScore {
  papers: number;
  failed: number;
  dossiers: FieldScore;
  number: FieldScore;
  date: FieldScore;
  typeLine: FieldScore;
  /** Share of truth paragraphs (signature excluded) that some block reproduces exactly. */
  paragraphs: FieldScore;
  /** Mean over truth paragraphs of the best Dice similarity to any block. */
  paragraphSimilarity: number | null;
  /** Truth footnotes found with the same marker and text. */
  footnotes: FieldScore;
}

const SHOWN = 160;

function clip(text: string): string {
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
}

/**
 * Score `parse` on the PDF texts under `corpusDir/pdf`; mismatches go to `sink`.
 */
export async function scorePdf(corpusDir: string, parse: ParseFn, sink: Mismatch[]): Promise<PdfScore> {
  const dir = join(corpusDir, 'pdf');
  const truths = readJsonl<PdfTruth>(join(dir, 'truth.jsonl'));
  const tally = (field: string) => new FieldTally(field, sink);
  const header: HeaderTallies = {
    dossiers: tally('pdf.dossiers'),
    number: tally('pdf.number'),
    date: tally('pdf.date'),
    typeLine: tally('pdf.typeLine'),
  };
  const paragraphs = tally('pdf.paragraph');
  const footnotes = tally('pdf.footnote');
  let similaritySum = 0;
  let failed = 0;

  for (const truth of truths) {
    const id = truth.source_id;
    const bytes = readFileSync(join(dir, `${id}.txt`));
    const doc = await tryParse(parse, id, bytes, `${id}.txt`, sink);
    if (!doc) failed++;
    scoreHeader(id, truth, doc, header);

    const blocks = (doc?.blocks ?? []).map((b) => ws(b.text));
    const exact = new Set(blocks);
    const blockGrams = blocks.map(bigrams);
    const signature = new Set(truth.signature);
    truth.paragraphs.forEach((paragraph, index) => {
      if (signature.has(index)) return;
      const want = ws(paragraph);
      if (exact.has(want)) {
        similaritySum += 1;
        paragraphs.add(id, true, want, want);
        return;
      }
      const grams = bigrams(want);
      let best = 0;
      let bestAt = -1;
      blockGrams.forEach((g, i) => {
        const s = dice(grams, g);
        if (s > best) [best, bestAt] = [s, i];
      });
      similaritySum += best;
      paragraphs.add(id, false, clip(want), bestAt < 0 ? null : clip(blocks[bestAt] as string));
    });

    const ours = new Set((doc?.footnotes ?? []).map((f) => `${f.marker.trim()}\u0000${ws(f.text)}`));
    for (const note of truth.footnotes) {
      const ok = ours.has(`${note.marker.trim()}\u0000${ws(note.text)}`);
      const got = doc?.footnotes.find((f) => f.marker.trim() === note.marker.trim()) ?? null;
      footnotes.add(id, ok, note, got && { marker: got.marker, text: got.text });
    }
  }
  const para = paragraphs.score();
  return {
    papers: truths.length,
    failed,
    dossiers: header.dossiers.score(),
    number: header.number.score(),
    date: header.date.score(),
    typeLine: header.typeLine.score(),
    paragraphs: para,
    paragraphSimilarity: round4(para.total ? similaritySum / para.total : null),
    footnotes: footnotes.score(),
  };
}
