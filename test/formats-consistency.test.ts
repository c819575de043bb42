/**
 * One paper, every format: the fictional letter kst-99012-7 as officielebekendmakingen
 * XML with its metadata.xml (`test/fixtures/ob-xml`), as its HTML page
 * (`test/fixtures/consistency`), as a PDF laid out here from its text, and as the text a
 * PDF gives, each read through the registry (the format told from the content): the
 * same header fields and the same references. Also: every XML and HTML fixture of
 * `../shared/fixtures` parses, and the metadata.xml is read with the paper on ingest.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Document } from '../src/model/index.ts';
import { expandInputs, ingest, parseInput } from '../src/pipeline/index.ts';
import { openStore } from '../src/store/index.ts';
import { makePdf, type TextLine } from './pdf/make-pdf.ts';
import { FIXTURES } from './support/fixtures.ts';
import { sharedOrSkip } from './support/shared.ts';
import { validateDocument } from './support/validate-document.ts';

const ID = 'kst-99012-7';
const read = (...path: string[]) => new Uint8Array(readFileSync(join(FIXTURES, ...path)));
const METADATA = read('ob-xml', `${ID}.metadata.xml`);
const TEXT = readFileSync(join(FIXTURES, 'ob-xml', `${ID}.txt`), 'utf8');

/** The paper's text laid out as a one-page PDF: body in 10 pt, the footnotes in 7 pt at the foot. */
function pdfOfText(text: string): Uint8Array {
  const lines = text.split('\n');
  const notesAt = lines.findIndex((line, i) => /^1 /.test(line) && i > 10);
  const body = lines.slice(0, notesAt).filter((line) => line.trim() !== '');
  const notes = lines.slice(notesAt).filter((line) => line.trim() !== '');
  const placed: TextLine[] = [
    ...body.map((line, i) => ({ x: 72, y: 60 + i * 14, size: 10, text: line })),
    ...notes.map((line, i) => ({ x: 72, y: 760 + i * 10, size: 7, text: line })),
  ];
  return makePdf({ pages: [{ lines: placed }] });
}

/** What every format must agree on. */
function header(doc: Document) {
  return {
    id: doc.id,
    kind: doc.kind,
    dossiers: doc.dossiers.map((d) => d.number),
    number: doc.number,
    type: doc.type,
    date: doc.date,
    parliamentaryYear: doc.parliamentaryYear,
    citation: doc.citation,
    references: [...new Set(doc.references.map((r) => r.target))].sort(),
    footnotes: doc.footnotes.map((f) => f.marker),
  };
}

function valid(doc: Document): Document {
  assert.deepEqual(validateDocument(doc), []);
  return doc;
}

describe(`one paper in every format (${ID})`, () => {
  const withMetadata = { metadata: METADATA };

  it('should read the same header fields and references from XML, HTML, PDF and text', async () => {
    const xml = valid(await parseInput(read('ob-xml', `${ID}.xml`), { path: `${ID}.xml` }, withMetadata));
    const html = valid(await parseInput(read('consistency', `${ID}.html`), { path: `${ID}.html` }, withMetadata));
    const pdf = valid(await parseInput(pdfOfText(TEXT), { path: `${ID}.pdf` }, withMetadata));
    const text = valid(await parseInput(new TextEncoder().encode(TEXT), { path: `${ID}.txt` }));
    assert.deepEqual(
      [xml.source.format, html.source.format, pdf.source.format, text.source.format],
      ['xml', 'html', 'pdf', 'text'],
    );
    const expected = header(xml);
    assert.equal(expected.id, ID);
    assert.deepEqual(expected.dossiers, ['99012', '99340']);
    assert.ok(expected.references.includes('kst-99340-12') && expected.references.includes('kst-99012-5'));
    assert.deepEqual(header(html), expected, 'HTML');
    assert.deepEqual(header(pdf), expected, 'PDF');
    assert.deepEqual(header(text), expected, 'text');
  });

  it('should take the metadata.xml beside the paper on ingest, not as a paper of its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'griffie-formats-'));
    try {
      const inputs = join(dir, 'inputs', ID, '1');
      mkdirSync(join(inputs, 'xml'), { recursive: true });
      mkdirSync(join(inputs, 'metadata'), { recursive: true });
      writeFileSync(join(inputs, 'xml', `${ID}.xml`), read('ob-xml', `${ID}.xml`));
      writeFileSync(join(inputs, 'metadata', 'metadata.xml'), METADATA);
      writeFileSync(join(dir, 'inputs', 'README.md'), '# not a paper\n');
      const store = await openStore({ db: join(dir, 'archive.db') });
      try {
        const summary = await ingest(expandInputs([join(dir, 'inputs')]), store);
        assert.deepEqual([summary.files, summary.added, summary.failed], [1, 1, 0]);
        const doc = await store.get(ID);
        assert.equal(doc?.subject, 'Voortgang van het fictieve waterbeleid');
        assert.deepEqual(await store.failures(), []);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('every XML and HTML fixture of ../shared/fixtures', () => {
  it('should parse into a valid document, in its own format', async (t) => {
    const shared = sharedOrSkip(t);
    if (!shared) return;
    let parsed = 0;
    for (const folder of ['ob-handelingen-xml', 'ob-xml-misc']) {
      for (const name of readdirSync(join(shared, 'fixtures', folder))) {
        if (!/\.(xml|html)$/.test(name) || /^(opmeta|searchrec)/.test(name)) continue;
        const bytes = new Uint8Array(readFileSync(join(shared, 'fixtures', folder, name)));
        const doc = valid(await parseInput(bytes, { path: name }));
        assert.equal(doc.source.format, name.endsWith('.html') ? 'html' : 'xml', name);
        assert.ok(doc.id, `${name}: an id`);
        parsed++;
      }
    }
    assert.equal(parsed, 21);
  });
});
