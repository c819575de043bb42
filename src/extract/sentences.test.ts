/**
 * Tests of the sentence splitter: stops, abbreviations and initials that are no stops,
 * list numbers, glued footnote markers, offsets, and linear time on long text.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blockSentences, joinBrokenBlocks, splitSentences } from './sentences.ts';

function texts(text: string): string[] {
  return splitSentences(text).map((s) => s.text);
}

describe('splitSentences', () => {
  const CASES: Array<[string, string[]]> = [
    ['Het regent. Morgen niet.', ['Het regent.', 'Morgen niet.']],
    ['Komt u? Ja! Goed.', ['Komt u?', 'Ja!', 'Goed.']],
    ['op 24 en 25 maart jl. aan Marokko bracht. Daarna', ['op 24 en 25 maart jl. aan Marokko bracht.', 'Daarna']],
    ['Op 9 april jl. De commissie vroeg.', ['Op 9 april jl.', 'De commissie vroeg.']],
    [
      'de motie-Kroosberg c.s. (Kamerstuk 99 101, nr. 6) is aangenomen.',
      ['de motie-Kroosberg c.s. (Kamerstuk 99 101, nr. 6) is aangenomen.'],
    ],
    ['De brief d.d. 8 april. Zie art. 3 en blz. 4.', ['De brief d.d. 8 april.', 'Zie art. 3 en blz. 4.']],
    ['Minister L.F. Asscher schreef dat.', ['Minister L.F. Asscher schreef dat.']],
    ['mr. Jansen en prof. De Vries zijn er.', ['mr. Jansen en prof. De Vries zijn er.']],
    ['1. Hoeveel schepen? Veel.', ['1. Hoeveel schepen?', 'Veel.']],
    ['II. Reactie van de Minister', ['II. Reactie van de Minister']],
    ['Dat was in 2025. Het jaar erna niet.', ['Dat was in 2025.', 'Het jaar erna niet.']],
    [
      'over de toedracht.2 Op dit moment lopen er onderzoeken.',
      ['over de toedracht.2', 'Op dit moment lopen er onderzoeken.'],
    ],
    [
      'Het ponton (zie bijlage). Dat is «goed». (Zo is het.)',
      ['Het ponton (zie bijlage).', 'Dat is «goed».', '(Zo is het.)'],
    ],
    [
      'ter vaststelling door de MR. Uw Kamer zal worden geïnformeerd.',
      ['ter vaststelling door de MR.', 'Uw Kamer zal worden geïnformeerd.'],
    ],
    ['ruim 18.000 migranten. Dat is veel', ['ruim 18.000 migranten.', 'Dat is veel']],
    ['zonder punt aan het eind', ['zonder punt aan het eind']],
    ['', []],
  ];
  for (const [input, expected] of CASES) {
    it(`should split ${JSON.stringify(input.slice(0, 40))}`, () => assert.deepEqual(texts(input), expected));
  }

  it('should give offsets that slice back to each sentence', () => {
    const text = '  Eerst dit.   Dan dat!  En zo voort.  ';
    for (const s of splitSentences(text)) assert.equal(text.slice(s.start, s.end), s.text);
  });

  it('should split a 200 kB paragraph without stops into one sentence, and many stops into many', () => {
    const run = 'woorden zonder enige punt '.repeat(8000);
    assert.equal(splitSentences(run).length, 1);
    const many = 'Ik zal u informeren. '.repeat(10000);
    assert.equal(splitSentences(many).length, 10000);
  });

  it('should split a block once and reuse it while its text is unchanged', () => {
    const block = { text: 'Een. Twee.' };
    const first = blockSentences(block);
    assert.equal(blockSentences(block), first);
    block.text = 'Drie.';
    assert.deepEqual(
      blockSentences(block).map((s) => s.text),
      ['Drie.'],
    );
  });
});

describe('joinBrokenBlocks', () => {
  it('should join a paragraph that ends in a word to the next that opens in lower case', () => {
    const blocks = [
      { kind: 'paragraph', text: 'Op 1 oktober 2024 is', footnoteRefs: ['1'] },
      { kind: 'paragraph', text: 'mij gevraagd om een brief.', footnoteRefs: ['2'] },
      { kind: 'paragraph', text: 'Die volgt.' },
    ];
    assert.deepEqual(joinBrokenBlocks(blocks), [
      { kind: 'paragraph', text: 'Op 1 oktober 2024 is mij gevraagd om een brief.', footnoteRefs: ['1', '2'] },
      { kind: 'paragraph', text: 'Die volgt.' },
    ]);
  });

  it('should leave finished sentences, commas, headings and other kinds apart', () => {
    const blocks = [
      { kind: 'paragraph', text: 'De Kamer,' },
      { kind: 'paragraph', text: 'gehoord de beraadslaging,' },
      { kind: 'heading', text: 'Inleiding' },
      { kind: 'heading', text: 'en verder' },
      { kind: 'paragraph', text: 'Een zin' },
      { kind: 'list-item', text: 'een punt' },
    ];
    const joined = joinBrokenBlocks(blocks);
    assert.equal(joined.length, blocks.length);
    assert.ok(joined.every((b, i) => b === blocks[i]));
  });
});
