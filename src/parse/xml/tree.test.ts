import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ParseError } from '../errors.ts';
import { MAX_DEPTH, parseXmlTree } from './tree.ts';

function refusal(text: string): ParseError {
  try {
    parseXmlTree(text);
  } catch (error) {
    assert.ok(error instanceof ParseError, String(error));
    return error;
  }
  assert.fail('expected a ParseError');
}

describe('parseXmlTree', () => {
  it('should build the tree with lower-cased names and merged character data', () => {
    const tree = parseXmlTree('<A X="1"><al>een &amp; <b/>twee</al></A>');
    assert.equal(tree.root.name, 'a');
    assert.deepEqual(tree.root.attrs, { x: '1' });
    assert.deepEqual(tree.root.children, [
      { name: 'al', attrs: {}, children: ['een & ', { name: 'b', attrs: {}, children: [] }, 'twee'] },
    ]);
    assert.equal(tree.unclosed + tree.misnested, 0);
  });

  it('should refuse a DTD that declares entities, internal or external', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><lolz>&lol2;</lolz>';
    assert.equal(refusal(laughs).code, 'unreadable');
    const xxe = '<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><foo>&xxe;</foo>';
    assert.match(refusal(xxe).message, /entities/);
  });

  it('should refuse nesting deeper than the limit, and accept it up to the limit', () => {
    const nest = (n: number) => `${'<a>'.repeat(n)}x${'</a>'.repeat(n)}`;
    assert.equal(parseXmlTree(nest(MAX_DEPTH)).unclosed, 0);
    assert.match(refusal(nest(MAX_DEPTH + 1)).message, /deep/);
  });

  it('should count elements left open by a truncated file and end tags out of order', () => {
    assert.equal(parseXmlTree('<a><b><c>tekst').unclosed, 3);
    assert.equal(parseXmlTree('<a><b><c/></a>').misnested, 1);
    assert.equal(parseXmlTree('<a/><b/>').misnested, 1);
  });

  it('should warn about entities used but never defined, and leave them as written', () => {
    const tree = parseXmlTree('<al>caf&eacute;</al>');
    assert.deepEqual(tree.root.children, ['caf&eacute;']);
    assert.deepEqual(tree.warnings, ['the XML uses an entity it does not define (&eacute;); left as written']);
  });

  it('should refuse text without any element', () => {
    assert.equal(refusal('just some text, no markup').code, 'unsupported-format');
  });
});
