/**
 * The PDF parser on PDFs written by hand (`make-pdf.ts`, a fictional letter on dossier
 * 99 123): header fields, footnotes told apart from the body by size and position
 * whatever the content order, markers taken out of the body; both engines alike; and
 * every kind of bad input refused with a clear `ParseError`, leaving nothing behind.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isPdf, ParseError, type PdfTextOptions, parseText, pdfParser, pdfText } from '../../src/parse/index.ts';
import { validateDocument } from '../support/validate-document.ts';
import { ENGINES, engineOrSkip, parsePdf } from './engines.ts';
import { makePdf, type PageSpec } from './make-pdf.ts';
import { expectedNotes, fictionalLetter, type PaperOptions } from './papers.ts';

const LAYOUTS: Record<string, PaperOptions> = {
  'notes after the body': {},
  'notes first in the content stream': { notesFirst: true },
  'a six-line note': { longNote: true },
  'a note running on to the next page': { splitNote: true },
};

const ONE_LINE: PageSpec = { lines: [{ x: 72, y: 100, size: 11, text: 'Een pagina van een fictief voorbeeld.' }] };
const pagesOf = (count: number) => makePdf({ pages: Array.from({ length: count }, () => ONE_LINE) });

describe('pdfParser', () => {
  it('should score 1 for input starting with %PDF- and 0 for anything else', () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    assert.equal(pdfParser.format, 'pdf');
    assert.equal(pdfParser.score(makePdf(fictionalLetter()), {}), 1);
    assert.equal(pdfParser.score(encode('%PDF-1.7\n'), { path: 'brief.txt' }), 1);
    assert.equal(pdfParser.score(encode(' %PDF-1.7\n'), {}), 0);
    assert.equal(pdfParser.score(encode('Tweede Kamer der Staten-Generaal'), { path: 'brief.pdf' }), 0);
    assert.equal(pdfParser.score(new Uint8Array(), {}), 0);
    assert.equal(isPdf(encode('%PDF')), false);
  });

  it('should return the text parser’s document with source format pdf', async () => {
    const bytes = makePdf(fictionalLetter());
    const doc = await pdfParser.parse(bytes, { format: 'pdf', path: 'brief.pdf', sha256: 'abc' });
    assert.deepEqual(doc.source, { format: 'pdf', path: 'brief.pdf', sha256: 'abc' });
    assert.deepEqual(doc, parseText(await pdfText(bytes), doc.source));
  });
});

for (const engine of ENGINES) {
  describe(`reading PDFs with ${engine}`, () => {
    it('should read the header, the body and the footnotes of the fictional letter', async (t) => {
      if (!(await engineOrSkip(t, engine))) return;
      const doc = await parsePdf(makePdf(fictionalLetter()), engine);
      assert.deepEqual(validateDocument(doc), []);
      assert.equal(doc.id, 'kst-99123-4');
      assert.deepEqual(doc.dossiers, [{ number: '99123', title: 'Fictieve voorbeelden van parlementaire stukken' }]);
      assert.equal(doc.number, '4');
      assert.equal(doc.typeLine, 'BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES');
      assert.equal(doc.date, '2025-03-12');
      assert.deepEqual(doc.footnotes, expectedNotes());
      assert.deepEqual(
        doc.blocks.map((b) => b.footnoteRefs ?? []),
        [['1'], ['2'], ['3']],
      );
      assert.match(doc.blocks[0]?.text ?? '', /van 3 februari 2025 heb ik toegezegd/);
      assert.match(doc.blocks[1]?.text ?? '', /papieren versie\. Het samenwerkingsverband tussen/);
      assert.deepEqual(doc.signatories, [
        { name: 'J. de Vries', role: 'Minister van Binnenlandse Zaken en Koninkrijksrelaties' },
      ]);
      assert.deepEqual(
        doc.references.filter((r) => r.in).map((r) => [r.target, r.in]),
        [
          ['kst-99123-3', 'footnote 1'],
          ['kst-99123-2', 'footnote 3'],
        ],
      );
      assert.deepEqual(doc.warnings, []);
    });

    for (const [name, options] of Object.entries(LAYOUTS)) {
      it(`should tell the footnotes from the body with ${name}`, async (t) => {
        if (!(await engineOrSkip(t, engine))) return;
        const doc = await parsePdf(makePdf(fictionalLetter(options)), engine);
        assert.deepEqual(doc.footnotes, expectedNotes(options));
        assert.equal(doc.blocks.length, 3);
        assert.ok(doc.blocks.every((b) => !/Kamerstuk 99 123|onderzoeksrapport/.test(b.text)));
        assert.deepEqual(doc.warnings, []);
      });
    }
  });
}

describe('reading PDFs with either engine', () => {
  it('should give the same document with poppler and with pdfjs', async (t) => {
    if (!(await engineOrSkip(t, 'poppler'))) return;
    for (const options of Object.values(LAYOUTS)) {
      const bytes = makePdf(fictionalLetter(options));
      assert.deepEqual(await parsePdf(bytes, 'poppler'), await parsePdf(bytes, 'pdfjs'), JSON.stringify(options));
    }
  });

  it('should find footnotes that the plain text of pdftotext -raw puts at the top of the page', async (t) => {
    if (!(await engineOrSkip(t, 'poppler'))) return;
    const bytes = makePdf(fictionalLetter({ notesFirst: true }));
    const raw = execFileSync('pdftotext', ['-raw', '-', '-'], { input: bytes, encoding: 'utf8' });
    assert.deepEqual(parseText(raw, { format: 'text', sha256: '' }).footnotes, []);
    assert.deepEqual((await parsePdf(bytes, 'poppler')).footnotes, expectedNotes());
  });
});

interface BadInput {
  name: string;
  bytes: () => Uint8Array;
  options?: PdfTextOptions;
  code: ParseError['code'];
  message: RegExp;
}

const letter = () => makePdf(fictionalLetter());
const BAD_INPUTS: BadInput[] = [
  { name: 'empty', bytes: () => new Uint8Array(), code: 'empty', message: /^the input is empty$/ },
  {
    name: 'not a PDF',
    bytes: () => new TextEncoder().encode('Tweede Kamer der Staten-Generaal'),
    code: 'unsupported-format',
    message: /not a PDF/,
  },
  {
    name: 'truncated',
    bytes: () => letter().subarray(0, letter().length >> 1),
    code: 'unreadable',
    message: /^the PDF is damaged or truncated/,
  },
  {
    name: 'corrupt',
    bytes: () =>
      Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))]),
    code: 'unreadable',
    message: /^the PDF is damaged or truncated/,
  },
  {
    name: 'encrypted with a password',
    bytes: () => makePdf({ ...fictionalLetter(), encrypt: { userPassword: 'geheim' } }),
    code: 'unreadable',
    message: /encrypted with a password/,
  },
  {
    name: 'a scan without a text layer',
    bytes: () => makePdf({ pages: [{ image: true }, { image: true }] }),
    code: 'unreadable',
    message: /no text layer.*Griffie does no OCR/,
  },
  {
    name: 'more pages than the limit',
    bytes: () => pagesOf(2001),
    code: 'too-large',
    message: /more than 2,000 pages/,
  },
  {
    name: 'more pages than a lower limit',
    bytes: () => pagesOf(4),
    options: { maxPages: 3 },
    code: 'too-large',
    message: /more than 3 pages/,
  },
  {
    name: 'more text than the output cap',
    bytes: () => pagesOf(40),
    options: { maxOutputBytes: 1000 },
    code: 'too-large',
    message: /more than 1 KB of text/,
  },
  {
    name: 'slower than the time limit',
    bytes: () => pagesOf(1500),
    options: { timeoutMs: 25 },
    code: 'unreadable',
    message: /took longer than 25 ms/,
  },
];

/** The `pdftotext` processes this test process has running. */
function runningPdftotext(): string[] {
  const out = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  return out.split('\n').filter((line) => /\bpdftotext$/.test(line.trim()));
}

for (const engine of ENGINES) {
  describe(`refusing bad PDFs with ${engine}`, () => {
    for (const bad of BAD_INPUTS) {
      it(`should refuse ${bad.name} with a ParseError`, async (t) => {
        if (!(await engineOrSkip(t, engine))) return;
        const bytes = bad.bytes();
        await assert.rejects(pdfText(bytes, { engine, ...bad.options }), (error: unknown) => {
          assert.ok(error instanceof ParseError, String(error));
          assert.equal(error.code, bad.code);
          assert.match(error.message, bad.message);
          assert.doesNotMatch(error.message, /\n|\bat \S+:\d+|xref|trailer|Exception/);
          return true;
        });
      });
    }

    it('should read a PDF encrypted without a user password, even one that forbids copying', async (t) => {
      if (!(await engineOrSkip(t, engine))) return;
      for (const allowCopy of [true, false]) {
        const doc = await parsePdf(makePdf({ ...fictionalLetter(), encrypt: { userPassword: '', allowCopy } }), engine);
        assert.equal(doc.id, 'kst-99123-4');
        assert.deepEqual(doc.footnotes, expectedNotes());
      }
    });

    it('should leave no temporary file and no running process behind', async (t) => {
      if (!(await engineOrSkip(t, engine))) return;
      await pdfText(letter(), { engine });
      const dir = mkdtempSync(join(tmpdir(), 'griffie-pdf-test-'));
      const saved = process.env.TMPDIR;
      process.env.TMPDIR = dir;
      try {
        const runs = [pdfText(letter(), { engine })];
        for (const bad of BAD_INPUTS.filter((b) => !/pages|output/.test(b.name))) {
          runs.push(pdfText(bad.bytes(), { engine, ...bad.options }));
        }
        await Promise.allSettled(runs);
        assert.deepEqual(readdirSync(dir), []);
        assert.deepEqual(runningPdftotext(), []);
      } finally {
        if (saved === undefined) delete process.env.TMPDIR;
        else process.env.TMPDIR = saved;
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
