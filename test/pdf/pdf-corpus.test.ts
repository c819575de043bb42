/**
 * The PDF parser on the real PDFs of `../shared/corpus/pdf`, against their truth and
 * against the `pdftotext -raw` text beside each (`<id>.txt`, what the text parser is
 * tuned on): header fields (dossiers, number, date, type line), footnotes and
 * paragraphs from the PDF must be at least as good as from the `.txt`, and the text
 * extracted must be that `.txt` itself wherever no footnote had to be moved.
 *
 * A fifth of the papers by default; all of them with `GRIFFIE_PDF_CORPUS=all`. The
 * figures (and time per page) are printed as a test diagnostic.
 *
 * And the seed letter (Kamerstuk 32 824, nr. 93) as a PDF: its official PDF is not in
 * the corpus, so the test typesets `shared/seed/kst-32824-93.txt` into one at run
 * time (nothing is written to the repository): body lines in 11-point type, a
 * paragraph gap for each blank line, the footnote in 8.5-point type at the foot of
 * the last page and first in its content stream. Both engines must give the
 * hand-made expected document of `shared/spec`, field for field and block for block.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type HeaderTallies, scoreHeader } from '../../scripts/eval/fields.ts';
import { ws } from '../../scripts/eval/normalise.ts';
import { FieldTally } from '../../scripts/eval/tally.ts';
import { type PdfTruth, readJsonl } from '../../scripts/eval/truth.ts';
import { enrich } from '../../src/extract/index.ts';
import type { Block, Document } from '../../src/model/index.ts';
import { parseText, pdfText, sha256 } from '../../src/parse/index.ts';
import { SEED_FIELDS } from '../support/seed-fields.ts';
import { sharedOrSkip } from '../support/shared.ts';
import { validateDocument } from '../support/validate-document.ts';
import { ENGINES, engineOrSkip, parsePdf } from './engines.ts';
import { makePdf, type PdfSpec, type TextLine } from './make-pdf.ts';

/** Measured on all 121 papers with both engines: every field 1.0, as from the `.txt`. */
const MIN_ACCURACY = { dossiers: 1, number: 1, date: 1, typeLine: 1, footnotes: 1 };
const FIELDS = ['dossiers', 'number', 'date', 'typeLine', 'footnotes', 'paragraphs'] as const;

class Tallies {
  readonly header: HeaderTallies = {
    dossiers: new FieldTally('dossiers', []),
    number: new FieldTally('number', []),
    date: new FieldTally('date', []),
    typeLine: new FieldTally('typeLine', []),
  };
  readonly footnotes = new FieldTally('footnotes', []);
  readonly paragraphs = new FieldTally('paragraphs', []);

  add(truth: PdfTruth, doc: Document): void {
    scoreHeader(truth.source_id, truth, doc, this.header);
    const notes = new Set(doc.footnotes.map((f) => `${f.marker}\u0000${ws(f.text)}`));
    for (const note of truth.footnotes)
      this.footnotes.add(truth.source_id, notes.has(`${note.marker}\u0000${ws(note.text)}`), note, null);
    const blocks = new Set(doc.blocks.map((b) => ws(b.text)));
    truth.paragraphs.forEach((paragraph, i) => {
      if (!truth.signature.includes(i))
        this.paragraphs.add(truth.source_id, blocks.has(ws(paragraph)), paragraph, null);
    });
  }

  get(field: (typeof FIELDS)[number]): FieldTally {
    return field === 'footnotes' || field === 'paragraphs' ? this[field] : this.header[field];
  }
}

describe('the PDF parser on the corpus PDFs', () => {
  for (const engine of ENGINES) {
    it(`should read header fields, footnotes and paragraphs with ${engine} at least as well as from the .txt`, async (t) => {
      const shared = sharedOrSkip(t);
      if (!shared || !(await engineOrSkip(t, engine))) return;
      const dir = join(shared, 'corpus', 'pdf');
      const truths = readJsonl<PdfTruth>(join(dir, 'truth.jsonl'));
      const papers = process.env.GRIFFIE_PDF_CORPUS === 'all' ? truths : truths.filter((_, i) => i % 5 === 0);
      const fromText = new Tallies();
      const fromPdf = new Tallies();
      const textDiffers: string[] = [];
      let pages = 0;
      let ms = 0;
      for (const truth of papers) {
        const id = truth.source_id;
        const txt = readFileSync(join(dir, `${id}.txt`), 'utf8');
        const bytes = readFileSync(join(dir, `${id}.pdf`));
        const started = performance.now();
        const text = await pdfText(bytes, { engine });
        ms += performance.now() - started;
        pages += text.split('\f').length - 1;
        if (truth.footnotes.length === 0 && text !== txt) textDiffers.push(id);
        const doc = enrich(parseText(text, { format: 'pdf', path: `${id}.pdf`, sha256: sha256(bytes) }));
        assert.deepEqual(validateDocument(doc), [], id);
        fromPdf.add(truth, doc);
        fromText.add(
          truth,
          enrich(parseText(txt, { format: 'text', path: `${id}.txt`, sha256: sha256(Buffer.from(txt)) })),
        );
      }
      const figures = Object.fromEntries(
        FIELDS.map((field) => [field, { pdf: fromPdf.get(field).score(), txt: fromText.get(field).score() }]),
      );
      t.diagnostic(
        JSON.stringify({
          engine,
          papers: papers.length,
          pages,
          msPerPage: Math.round((ms / pages) * 10) / 10,
          figures,
        }),
      );
      assert.ok(fromPdf.footnotes.total >= 5, 'the papers chosen should have footnotes to find');
      assert.deepEqual(textDiffers, [], 'papers without footnotes whose PDF text is not their pdftotext -raw text');
      for (const field of FIELDS) {
        assert.ok(
          fromPdf.get(field).correct >= fromText.get(field).correct,
          `${field}: ${JSON.stringify(figures[field])}`,
        );
      }
      for (const [field, min] of Object.entries(MIN_ACCURACY)) {
        const score = fromPdf.get(field as keyof typeof MIN_ACCURACY).score();
        assert.ok((score.accuracy ?? 0) >= min, `${field}: ${JSON.stringify(score)}`);
      }
    });
  }
});

/** Typeset a text whose footnotes follow its last blank line. */
function typeset(text: string): PdfSpec {
  const lines = text.split('\n').map((line) => line.trim());
  while (lines[lines.length - 1] === '') lines.pop();
  const lastBlank = lines.lastIndexOf('');
  const notes = lines.slice(lastBlank + 1);
  const pages: TextLine[][] = [[]];
  let y = 72;
  for (const line of lines.slice(0, lastBlank)) {
    if (line === '') {
      y += 7;
      continue;
    }
    if (y > 730) {
      pages.push([]);
      y = 72;
    }
    (pages[pages.length - 1] as TextLine[]).push({ x: 170, y, size: 11, text: line });
    y += 14.25;
  }
  const foot = notes.map((note, i) => ({ x: 170, y: 760 - (notes.length - 1 - i) * 10.5, size: 8.5, text: note }));
  pages[pages.length - 1] = [...foot, ...(pages[pages.length - 1] as TextLine[])];
  return { pages: pages.map((page) => ({ lines: page })) };
}

function normaliseBlocks(blocks: Block[]): Block[] {
  return blocks.map((block) => ({ ...block, text: block.text.replace(/\s+/g, ' ').trim() }));
}

describe('the seed letter kst-32824-93 as a PDF', () => {
  for (const engine of ENGINES) {
    it(`should parse with ${engine} to the expected document of shared/spec`, async (t) => {
      const shared = sharedOrSkip(t);
      if (!shared || !(await engineOrSkip(t, engine))) return;
      const spec = typeset(readFileSync(join(shared, 'seed', 'kst-32824-93.txt'), 'utf8'));
      assert.ok(spec.pages.length > 1, 'the letter should run over more than one page');
      const expected = JSON.parse(readFileSync(join(shared, 'spec', 'kst-32824-93.expected.json'), 'utf8')) as Document;
      const doc = await parsePdf(makePdf(spec), engine, 'kst-32824-93.pdf');
      assert.deepEqual(validateDocument(doc), []);
      for (const field of SEED_FIELDS) assert.deepEqual(doc[field], expected[field], `field ${field}`);
      assert.deepEqual(normaliseBlocks(doc.blocks), normaliseBlocks(expected.blocks));
      assert.deepEqual(doc.warnings, []);
      assert.equal(doc.source.format, 'pdf');
    });
  }
});
