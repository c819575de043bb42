import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import { readBody } from './body.ts';
import { stripFurniture } from './furniture.ts';
import { toLines } from './lines.ts';

const shared = resolve(import.meta.dirname, '../../../../shared');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

const PRINTED = [
  'Bij brief van 12 maart 20151 heb ik uw Kamer geïnformeerd over de stand van de',
  'uitvoering van het bilaterale socialezeker-',
  'heidsverdrag met de regio Noord-',
  'Holland en de provincies.',
  'Samenwerking',
  'In okto-',
  'ber is gesproken over integratie-',
  'en participatiebeleid.',
  'De Minister van Sociale Zaken en Werkgelegenheid,',
  'L.F. Asscher',
  '',
  '1 Kamerstuk 34 052, nr. 7',
];

describe('readBody', () => {
  it('should re-flow printed lines into paragraphs, headings, footnotes and signatories', () => {
    const body = readBody(PRINTED);
    assert.deepEqual(body.blocks, [
      {
        kind: 'paragraph',
        text: 'Bij brief van 12 maart 2015 heb ik uw Kamer geïnformeerd over de stand van de uitvoering van het bilaterale socialezekerheidsverdrag met de regio Noord-Holland en de provincies.',
        footnoteRefs: ['1'],
      },
      { kind: 'heading', text: 'Samenwerking' },
      { kind: 'paragraph', text: 'In oktober is gesproken over integratie- en participatiebeleid.' },
    ]);
    assert.deepEqual(body.footnotes, [{ marker: '1', text: 'Kamerstuk 34 052, nr. 7' }]);
    assert.deepEqual(body.signatories, [
      { name: 'L.F. Asscher', role: 'Minister van Sociale Zaken en Werkgelegenheid' },
    ]);
  });

  it('should keep a year without a footnote as it is', () => {
    const body = readBody(['Op 6 mei 2015 ontving uw Kamer de nota.']);
    assert.equal(body.blocks[0]?.text, 'Op 6 mei 2015 ontving uw Kamer de nota.');
    assert.equal(body.blocks[0]?.footnoteRefs, undefined);
  });

  it('should take motion submitters as signatories with role lid', () => {
    const body = readBody([
      'verzoekt de regering, de regeling te herzien,',
      '',
      'en gaat over tot de orde van de dag.',
      '',
      'Van der Ham',
      'Klaver',
    ]);
    assert.deepEqual(body.signatories, [
      { name: 'Van der Ham', role: 'lid' },
      { name: 'Klaver', role: 'lid' },
    ]);
    assert.equal(body.blocks.length, 2);
  });

  it('should read question and answer blocks after their labels', () => {
    const body = readBody(['Vraag 1', '', 'Kent u het bericht over de wachtlijsten?', '', 'Antwoord 1', '', 'Ja.']);
    assert.deepEqual(
      body.blocks.map((b) => b.kind),
      ['heading', 'question', 'heading', 'answer'],
    );
  });

  it('should read one paragraph a line from HTML-style text', () => {
    const body = readBody(['Eerste alinea van de brief.', '', 'Tweede alinea van de brief.']);
    assert.deepEqual(
      body.blocks.map((b) => b.text),
      ['Eerste alinea van de brief.', 'Tweede alinea van de brief.'],
    );
  });

  it('should never throw on odd input', () => {
    for (const input of [[], [''], ['\f'], ['1'], ['-'], ['1 2 3', '2 x'], ['a-', '']]) readBody(input);
  });

  it('should reproduce the seed letter exactly', (t) => {
    if (!existsSync(shared)) {
      if (process.env.GRIFFIE_REQUIRE_ALL === '1') assert.fail('../shared not found');
      t.skip('../shared not found');
      return;
    }
    const { lines } = stripFurniture(toLines(readFileSync(resolve(shared, 'seed/kst-32824-93.txt'), 'utf8')));
    const start = lines.findIndex((l) => l.startsWith('Op 9 april'));
    const body = readBody(lines.slice(start));
    const expected = JSON.parse(readFileSync(resolve(shared, 'spec/kst-32824-93.expected.json'), 'utf8'));
    assert.deepEqual(
      body.blocks.map((b) => ({ ...b, text: norm(b.text) })),
      expected.blocks.map((b: { text: string }) => ({ ...b, text: norm(b.text) })),
    );
    assert.deepEqual(body.footnotes, expected.footnotes);
    assert.deepEqual(body.signatories, expected.signatories);
  });
});
