import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { alignPage, alignPages, parseBboxPages } from './bbox.ts';
import type { PdfWord } from './types.ts';

function word(text: string, x0: number, size = 12.18): PdfWord {
  return { text, x0, x1: x0 + text.length * 5, top: 300, bottom: 300 + size, size };
}

describe('parseBboxPages', () => {
  it('should read the words of every page with their boxes, entities decoded', () => {
    const xml = [
      '<doc>',
      '  <page width="594.96" height="841.92">',
      '    <word xMin="170.07" yMin="744.68" xMax="174.32" yMax="754.09">1</word>',
      '    <word xMin="181.41" yMin="744.68" xMax="231.00" yMax="754.09">V&amp;J&#8217;s</word>',
      '  </page>',
      '  <page width="594.96" height="841.92">',
      '  </page>',
      '</doc>',
    ].join('\n');
    const pages = parseBboxPages(xml);
    assert.equal(pages.length, 2);
    assert.deepEqual(pages[1], []);
    assert.deepEqual(
      pages[0]?.map((w) => w.text),
      ['1', 'V&J’s'],
    );
    assert.equal(pages[0]?.[0]?.x0, 170.07);
    assert.ok(Math.abs((pages[0]?.[0]?.size ?? 0) - 9.41) < 1e-9);
  });
});

describe('alignPage', () => {
  it('should give each line the words that start on it, a glued marker included', () => {
    const words = [
      word('op', 170),
      word('6', 185),
      word('mei', 192),
      word('2015', 212),
      word('1', 233, 7.8),
      word('Zie', 170),
    ];
    const lines = alignPage('op 6 mei 20151\nZie\n', words);
    assert.deepEqual(
      lines.map((l) => [l.text, l.words.map((w) => w.text)]),
      [
        ['op 6 mei 20151', ['op', '6', 'mei', '2015', '1']],
        ['Zie', ['Zie']],
      ],
    );
  });

  it('should give no words at all when the text and the boxes disagree', () => {
    const lines = alignPage('op 6 mei\nZie\n', [word('op', 170), word('7', 185), word('mei', 192), word('Zie', 170)]);
    assert.deepEqual(
      lines.map((l) => l.words.length),
      [0, 0],
    );
  });
});

describe('alignPages', () => {
  it('should split the text at form feeds and pair each page with its boxes', () => {
    const xml =
      '<page width="1" height="1"><word xMin="1" yMin="1" xMax="2" yMax="11">Een</word></page>' +
      '<page width="1" height="1"><word xMin="1" yMin="1" xMax="2" yMax="11">Twee</word></page>';
    const pages = alignPages('Een\n\fTwee\n\f', xml);
    assert.deepEqual(
      pages.map((p) => p.lines.map((l) => `${l.text}:${l.words.length}`)),
      [['Een:1'], ['Twee:1']],
    );
  });
});
