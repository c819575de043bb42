import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { itemsToLines, type PlacedItem } from './pdfjs-lines.ts';

function item(text: string, x0: number, baseline: number, size = 11): PlacedItem {
  return { text, x0, x1: x0 + text.length * size * 0.5, baseline, size };
}

describe('itemsToLines', () => {
  it('should glue a raised marker to the word before it and go on after it on the same line', () => {
    const year = item('op 6 mei 2015', 170, 300);
    const marker = item('1', year.x1, 296.5, 7);
    const rest = item(' separaat ontving.', marker.x1, 300);
    assert.deepEqual(
      itemsToLines([year, marker, rest]).map((l) => l.text),
      ['op 6 mei 20151 separaat ontving.'],
    );
  });

  it('should put a space where items stand apart or a blank item stands between them', () => {
    const nr = item('Nr. 4', 71, 188);
    const type = item('BRIEF VAN DE MINISTER', 170, 188);
    const blank = { ...item(' ', 285, 58), x1: 504 };
    const lines = itemsToLines([item('Tweede Kamer', 71, 58, 15), blank, item('2', 504, 65, 40), nr, type]);
    assert.deepEqual(
      lines.map((l) => l.text),
      ['Tweede Kamer 2', 'Nr. 4 BRIEF VAN DE MINISTER'],
    );
  });

  it('should start a new line where the baseline moves or the text runs back to the left', () => {
    const lines = itemsToLines([
      item('eerste regel van de alinea', 170, 300),
      item('tweede regel', 170, 314.25),
      item('rechts', 400, 314.25),
      item('terug', 300, 314.25),
    ]);
    assert.deepEqual(
      lines.map((l) => l.text),
      ['eerste regel van de alinea', 'tweede regel rechts', 'terug'],
    );
    assert.deepEqual(
      lines.map((l) => l.words.length),
      [1, 2, 1],
    );
  });

  it('should keep the font size of every item and skip empty items', () => {
    const [line] = itemsToLines([item('', 170, 755, 8.5), item('1 Kamerstuk 99 123, nr. 3', 170, 755, 8.5)]);
    assert.deepEqual(
      line?.words.map((w) => [w.text, w.size]),
      [['1 Kamerstuk 99 123, nr. 3', 8.5]],
    );
  });
});
