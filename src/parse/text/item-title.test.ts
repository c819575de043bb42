import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readItemTitle } from './item-title.ts';

describe('readItemTitle', () => {
  it('should read a title printed under the item number, also over two lines', () => {
    assert.equal(
      readItemTitle(['9', 'Stemmingen moties Fictieve voorbeeldwet'], [1]),
      'Stemmingen moties Fictieve voorbeeldwet',
    );
    assert.equal(
      readItemTitle(['Debat over het fictieve voorbeeld van de', 'proefvaart op de Voorbeeldrivier'], [0, 1]),
      'Debat over het fictieve voorbeeld van de proefvaart op de Voorbeeldrivier',
    );
  });

  it('should drop the item number a web page prints before the title', () => {
    assert.equal(readItemTitle(['16 Stemmingen moties Voorbeeldwet 2031'], [0]), 'Stemmingen moties Voorbeeldwet 2031');
  });

  it('should refuse sentences, labels and long runs of lines', () => {
    assert.equal(readItemTitle(['Dit is een fictieve zin.'], [0]), null);
    assert.equal(readItemTitle(['Voorzitter: Voorbeeld'], [0]), null);
    assert.equal(readItemTitle(['kleine letter aan het begin'], [0]), null);
    assert.equal(readItemTitle(['A', 'B', 'C', 'D'], [0, 1, 2, 3]), null);
    assert.equal(readItemTitle([], []), null);
  });
});
