/**
 * The span table: a word is found by its characters wherever it stands, computed once,
 * told apart from words of the same hash slot or length, and the table stays bounded.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ownString, SpanTable } from './span-table.ts';

describe('SpanTable', () => {
  it('should compute a word once and find it again by its characters in another text', () => {
    const seen: string[] = [];
    const table = new SpanTable((word) => {
      seen.push(word);
      return word.toUpperCase();
    });
    assert.equal(table.get('de Kamer besluit', 3, 8), 'KAMER');
    assert.equal(table.get('uw Kamer', 3, 8), 'KAMER');
    assert.equal(table.get('Kamerstuk', 0, 5), 'KAMER');
    assert.equal(table.get('Kamerstuk', 0, 9), 'KAMERSTUK');
    assert.equal(table.get('de kamer', 3, 8), 'KAMER'); // another word: computed from its own characters
    assert.deepEqual(seen, ['Kamer', 'Kamerstuk', 'kamer']);
  });

  it('should tell apart every word of a large vocabulary, colliding slots included', () => {
    // 2^6 slots: 32 words before it starts over, so many share a slot's neighbourhood.
    const table = new SpanTable((word) => word.length * 1000 + word.charCodeAt(word.length - 1), 6);
    const words = Array.from({ length: 31 }, (_, i) => `woord${i}`);
    const text = words.join(' ');
    let at = 0;
    for (const word of words) {
      assert.equal(table.get(text, at, at + word.length), word.length * 1000 + word.charCodeAt(word.length - 1));
      at += word.length + 1;
    }
    at = 0;
    for (const word of words) {
      assert.equal(table.get(text, at, at + word.length), word.length * 1000 + word.charCodeAt(word.length - 1));
      at += word.length + 1;
    }
  });

  it('should start over when half full, so that it stays bounded, and still answer right', () => {
    let computed = 0;
    const table = new SpanTable((word) => {
      computed++;
      return word;
    }, 4);
    const text = Array.from({ length: 40 }, (_, i) => `w${String(i).padStart(2, '0')}`).join(' ');
    for (let i = 0; i < 40; i++) assert.equal(table.get(text, i * 4, i * 4 + 3), text.slice(i * 4, i * 4 + 3));
    assert.equal(computed, 40);
    // The last few are kept: asked again, they cost nothing.
    assert.equal(table.get(text, 39 * 4, 39 * 4 + 3), 'w39');
    assert.equal(computed, 40);
    // The first ones were forgotten: computed again.
    assert.equal(table.get(text, 0, 3), 'w00');
    assert.equal(computed, 41);
  });

  it('should forget everything on clear', () => {
    let computed = 0;
    const table = new SpanTable(() => ++computed);
    assert.equal(table.get('motie', 0, 5), 1);
    assert.equal(table.get('motie', 0, 5), 1);
    table.clear();
    assert.equal(table.get('motie', 0, 5), 2);
  });
});

describe('ownString', () => {
  it('should give an equal string', () => {
    const text = 'de socialezekerheidsverdragen met Marokko';
    assert.equal(ownString(text.slice(3, 29)), 'socialezekerheidsverdragen');
    assert.equal(ownString('kort'), 'kort');
  });
});
