/**
 * The interner: equal strings get one number, numbers count up in the order first seen
 * and give their strings back, and `clear` starts the numbering over.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Interner } from './interner.ts';

describe('Interner', () => {
  it('should number strings in the order first seen, equal strings alike, and give them back', () => {
    const terms = new Interner();
    const numbers = ['kamer', 'motie', 'kamer', `${'ka'}mer`, 'sociale zekerheid', ''].map((t) => terms.number(t));
    assert.deepEqual(numbers, [0, 1, 0, 0, 2, 3]);
    assert.equal(terms.size, 4);
    assert.deepEqual(
      [0, 1, 2, 3].map((n) => terms.string(n)),
      ['kamer', 'motie', 'sociale zekerheid', ''],
    );
    assert.equal(terms.string(4), undefined);
  });

  it('should start over on clear', () => {
    const terms = new Interner();
    terms.number('kamer');
    terms.number('motie');
    terms.clear();
    assert.equal(terms.size, 0);
    assert.equal(terms.string(0), undefined);
    assert.equal(terms.number('motie'), 0);
  });
});
