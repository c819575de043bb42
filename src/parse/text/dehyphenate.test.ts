import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentWords, hyphenJoin, joinWrapped } from './dehyphenate.ts';

const empty = { doc: new Set<string>() };

describe('hyphenJoin', () => {
  it('should join a word split by the typesetter', () => {
    assert.equal(hyphenJoin('okto', 'ber', empty), '');
    assert.equal(hyphenJoin('socialezeker', 'heidsverdrag.', empty), '');
  });

  it('should keep real hyphens', () => {
    assert.equal(hyphenJoin('Noord', 'Holland', empty), '-');
    assert.equal(hyphenJoin('sub', 'Sahara', empty), '-');
    assert.equal(hyphenJoin('ICT', 'project', empty), '-');
    assert.equal(hyphenJoin('zee', 'egel', empty), '-');
    assert.equal(hyphenJoin('integratie', 'en', empty), '- ');
  });

  it('should follow the spelling the document uses elsewhere', () => {
    assert.equal(hyphenJoin('sociaal', 'culturele', { doc: new Set(['sociaal-culturele']) }), '-');
  });
});

describe('joinWrapped', () => {
  it('should join lines with a space, or without the split hyphen', () => {
    assert.equal(joinWrapped('de regio', 'Utrecht', empty), 'de regio Utrecht');
    assert.equal(joinWrapped('in okto-', 'ber 2015', empty), 'in oktober 2015');
    assert.equal(joinWrapped('integratie-', 'en participatiebeleid', empty), 'integratie- en participatiebeleid');
  });
});

describe('documentWords', () => {
  it('should collect lower-case words with their hyphens', () => {
    assert.ok(documentWords(['De sociaal-culturele kant']).has('sociaal-culturele'));
  });
});
