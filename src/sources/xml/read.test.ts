/**
 * Tests of the XML reader: the tree, lookups by local name, and the documents it
 * refuses although htmlparser2 would read them.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeXml } from './decode.ts';
import {
  attributeOf,
  childNamed,
  childrenNamed,
  findFirst,
  MAX_DEPTH,
  readXml,
  textOf,
  XmlSyntaxError,
} from './read.ts';
import { standaloneXml } from './standalone.ts';

const FEED = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:tk="http://www.tweedekamer.nl/xsd/tkData/v1-0">
  <entry>
    <title>99000000-0000-4000-8000-000000000001</title>
    <content type="application/xml"><document xmlns="http://www.tweedekamer.nl/xsd/tkData/v1-0" id="x" tk:verwijderd="false"><titel>Fictief &amp; voorbeeld</titel><leeg/></document></content>
  </entry>
  <entry><title>2</title><content><ns1:toezegging xmlns:ns1="urn:x" ns1:verwijderd="true"/></content></entry>
</feed>`;

describe('readXml', () => {
  it('should read elements, attributes and decoded text, whatever the prefixes', () => {
    const root = readXml(FEED);
    assert.equal(root.local, 'feed');
    const entries = childrenNamed(root, 'entry');
    assert.equal(entries.length, 2);
    const document = findFirst(root, 'document');
    assert.ok(document);
    assert.equal(textOf(childNamed(document, 'titel')), 'Fictief & voorbeeld');
    assert.equal(attributeOf(document, 'verwijderd'), 'false');
    const toezegging = findFirst(root, 'toezegging');
    assert.ok(toezegging);
    assert.equal(toezegging.name, 'ns1:toezegging');
    assert.equal(attributeOf(toezegging, 'verwijderd'), 'true');
  });

  it('should keep CDATA as text', () => {
    assert.equal(textOf(readXml('<a><![CDATA[<b>kst-99001-1</b>]]></a>')), '<b>kst-99001-1</b>');
  });

  for (const [what, text] of [
    ['an element left open (a truncated answer)', '<feed><entry><title>x</title></entry>'],
    ['tags that cross', '<a><b></a></b>'],
    ['text after the root', '<a/>trailing'],
    ['a second root element', '<a/><b/>'],
    ['a document type declaration', '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'],
    ['no element at all', 'Service Unavailable'],
    ['a tag cut off', '<feed><entry></entr'],
  ] as const) {
    it(`should refuse ${what}`, () => {
      assert.throws(() => readXml(text), XmlSyntaxError);
    });
  }

  // Found by fuzzing (test/fuzz-atom.test.ts): the lookups recursed through 12,000 nested
  // elements into a RangeError that escaped the connectors.
  it('should refuse nesting deeper than MAX_DEPTH, and read nesting up to it', () => {
    const deep = (depth: number) =>
      `<feed><entry><title>${'<x>'.repeat(depth)}a${'</x>'.repeat(depth)}</title></entry></feed>`;
    assert.throws(
      () => readXml(deep(12_000)),
      (error) => error instanceof XmlSyntaxError && /more than 256 levels deep/.test(error.message),
    );
    const root = readXml(deep(MAX_DEPTH - 3));
    assert.equal(textOf(root), 'a');
    assert.equal(findFirst(root, 'nothing'), null);
  });
});

describe('standaloneXml', () => {
  it('should cut an element out with the namespace declarations it inherits', () => {
    const root = readXml(FEED);
    const document = findFirst(root, 'document');
    assert.ok(document);
    const xml = standaloneXml(document, FEED);
    assert.match(xml, /^<document xmlns:tk="http:\/\/www\.tweedekamer\.nl\/xsd\/tkData\/v1-0" xmlns="http/);
    assert.match(xml, /<leeg\/><\/document>$/);
    const again = readXml(xml);
    assert.equal(attributeOf(again, 'verwijderd'), 'false');
    assert.equal(again.attributes['xmlns:tk'], 'http://www.tweedekamer.nl/xsd/tkData/v1-0');
  });

  it('should cut a self-closing element whole', () => {
    const root = readXml(FEED);
    const toezegging = findFirst(root, 'toezegging');
    assert.ok(toezegging);
    const xml = standaloneXml(toezegging, FEED);
    assert.match(xml, /^<ns1:toezegging [^>]*xmlns:ns1="urn:x" ns1:verwijderd="true"\/>$/);
    assert.deepEqual(Object.keys(readXml(xml).attributes).sort(), ['ns1:verwijderd', 'xmlns', 'xmlns:ns1', 'xmlns:tk']);
  });
});

describe('decodeXml', () => {
  it('should follow the byte-order mark and the declared encoding', () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<a>é</a>')]);
    assert.equal(decodeXml(utf8), '<a>é</a>');
    const latin = new Uint8Array([
      ...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a>'),
      0xe9,
      0x3c,
      0x2f,
      0x61,
      0x3e,
    ]);
    assert.match(decodeXml(latin), /<a>é<\/a>$/);
  });

  // Found by fuzzing (test/fuzz-atom.test.ts): such a page was decoded as UTF-16 into noise and refused.
  it('should read a page that declares UTF-16 but is written byte for byte as UTF-8', () => {
    const text = '<?xml version="1.0" encoding="UTF-16"?>\n<feed><title>Één</title></feed>';
    assert.equal(decodeXml(new TextEncoder().encode(text)), text);
    assert.equal(textOf(readXml(decodeXml(new TextEncoder().encode(text)))), 'Één');
  });
});
