/**
 * The span-int table: a word's integers are found by its characters wherever it
 * stands, computed once, told apart from words of the same hash slot, length or
 * characters but one, kept for words without values too, and the table stays bounded
 * (by its slots and by its integers) while it answers right; `ownString` copies a word.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ownString, SpanIntTable } from './span-int-table.ts';

/** The values the table holds for `text[start, end)`. */
function valuesOf(table: SpanIntTable, text: string, start: number, end: number): number[] {
  const at = table.find(text, start, end);
  return Array.from(table.pool.subarray(at, at + (table.pool[at - 1] as number)));
}

/** Each word's characters as its values, to check that no entry is mixed up with another. */
const codes = (word: string) => Array.from(word, (c) => c.charCodeAt(0));

describe('SpanIntTable', () => {
  it('should compute a word once and find it again by its characters in another text', () => {
    const seen: string[] = [];
    const table = new SpanIntTable((word) => {
      seen.push(word);
      return [word.length, word.charCodeAt(0)];
    });
    assert.deepEqual(valuesOf(table, 'de Kamer besluit', 3, 8), [5, 75]);
    assert.deepEqual(valuesOf(table, 'uw Kamer', 3, 8), [5, 75]);
    assert.deepEqual(valuesOf(table, 'Kamerstuk', 0, 5), [5, 75]);
    assert.deepEqual(valuesOf(table, 'Kamerstuk', 0, 9), [9, 75]);
    assert.deepEqual(valuesOf(table, 'de kamer', 3, 8), [5, 107]);
    // Odd and even lengths differ only in their last character pair.
    assert.deepEqual(valuesOf(table, 'Kamers', 0, 6), [6, 75]);
    assert.deepEqual(seen, ['Kamer', 'Kamerstuk', 'kamer', 'Kamers']);
    assert.equal(table.size, 4);
  });

  it('should keep a word without values, so that it is not computed again', () => {
    let computed = 0;
    const table = new SpanIntTable(() => {
      computed++;
      return null;
    });
    assert.deepEqual(valuesOf(table, 'de', 0, 2), []);
    assert.deepEqual(valuesOf(table, 'en de', 3, 5), []);
    assert.equal(computed, 1);
  });

  it('should tell apart every word of a vocabulary that fills its slots, letters beyond ASCII included', () => {
    // 2^6 slots: 32 words before it starts over, so many share a slot's neighbourhood.
    const table = new SpanIntTable(codes, 6);
    const words = Array.from({ length: 31 }, (_, i) => (i % 3 === 0 ? `geïnd${i}` : `woord${i}`));
    const text = words.join(' ');
    for (let pass = 0; pass < 2; pass++) {
      let at = 0;
      for (const word of words) {
        assert.deepEqual(valuesOf(table, text, at, at + word.length), codes(word));
        at += word.length + 1;
      }
    }
    assert.equal(table.size, 31);
  });

  it('should start over when half its slots are taken, and still answer right', () => {
    let computed = 0;
    const table = new SpanIntTable((word) => {
      computed++;
      return codes(word);
    }, 4);
    const text = Array.from({ length: 40 }, (_, i) => `w${String(i).padStart(2, '0')}`).join(' ');
    for (let i = 0; i < 40; i++)
      assert.deepEqual(valuesOf(table, text, i * 4, i * 4 + 3), codes(`w${String(i).padStart(2, '0')}`));
    assert.equal(computed, 40);
    assert.ok(table.size <= 8);
    // The last one is kept: asked again, it costs nothing.
    assert.deepEqual(valuesOf(table, text, 39 * 4, 39 * 4 + 3), codes('w39'));
    assert.equal(computed, 40);
    // The first ones were forgotten: computed again.
    assert.deepEqual(valuesOf(table, text, 0, 3), codes('w00'));
    assert.equal(computed, 41);
  });

  it('should start over when its integers reach the limit, growing its pool up to it', () => {
    // Each entry: 3 header integers, 20 values, 10 of characters: 33; a limit of 100 holds three.
    const table = new SpanIntTable((word) => Array.from({ length: 20 }, (_, i) => word.length + i), 10, 100);
    const words = Array.from({ length: 7 }, (_, i) => `woordenboek-${String(i).padStart(8, '0')}`);
    for (const [i, word] of words.entries()) {
      assert.deepEqual(
        valuesOf(table, word, 0, word.length),
        Array.from({ length: 20 }, (_, k) => word.length + k),
      );
      assert.equal(table.size, (i % 3) + 1);
    }
    assert.ok(table.pool.length <= 100);
    assert.throws(() => new SpanIntTable(() => new Array(200).fill(1), 4, 100).find('te groot', 0, 8), RangeError);
  });

  it('should forget everything on clear', () => {
    let computed = 0;
    const table = new SpanIntTable(() => [++computed]);
    assert.deepEqual(valuesOf(table, 'motie', 0, 5), [1]);
    assert.deepEqual(valuesOf(table, 'motie', 0, 5), [1]);
    table.clear();
    assert.equal(table.size, 0);
    assert.deepEqual(valuesOf(table, 'motie', 0, 5), [2]);
  });
});

describe('ownString', () => {
  it('should give an equal string', () => {
    const text = 'de socialezekerheidsverdragen met Marokko';
    assert.equal(ownString(text.slice(3, 29)), 'socialezekerheidsverdragen');
    assert.equal(ownString('kort'), 'kort');
  });
});
