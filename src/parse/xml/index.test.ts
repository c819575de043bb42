import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ParseError } from '../errors.ts';
import { parseXml, xmlParser } from './index.ts';

const SOURCE = { format: 'xml' as const, sha256: '0'.repeat(64) };
const score = (text: string | Uint8Array) => xmlParser.score(typeof text === 'string' ? Buffer.from(text) : text, {});

describe('xmlParser.score', () => {
  it('should score the envelope and paper elements high, after any prolog', () => {
    assert.equal(score('<?xml version="1.0"?>\n<!-- x -->\n<officiele-publicatie>'), 0.95);
    assert.equal(score('\ufeff<kamerstuk><kamerstukkop/>'), 0.95);
    assert.equal(score('<!DOCTYPE x [ <!ELEMENT x ANY> ]><handelingen>'), 0.95);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<officiele-publicatie/>', 'utf16le')]);
    assert.equal(score(utf16), 0.95);
  });

  it('should score metadata, XHTML and non-XML 0 and XML of other formats (an Atom feed) 0', () => {
    assert.equal(score('<?xml version="1.0"?><metadata_gegevens><metadata name="DC.identifier"/>'), 0);
    assert.equal(score('<owms-metadata xmlns:dcterms="x">'), 0);
    assert.equal(score('<sru:searchRetrieveResponse xmlns:sru="x">'), 0);
    assert.equal(score('<html><body>'), 0);
    assert.equal(score('32 824 Integratiebeleid\n\nNr. 93 BRIEF'), 0);
    assert.equal(score('%PDF-1.7'), 0);
    assert.equal(score('<feed xmlns="http://www.w3.org/2005/Atom">'), 0);
  });
});

describe('parseXml', () => {
  it('should refuse a metadata file as a paper', () => {
    assert.throws(
      () =>
        parseXml(
          Buffer.from('<metadata_gegevens><metadata name="DC.identifier" content="kst-99012-7"/></metadata_gegevens>'),
          SOURCE,
        ),
      (error) => error instanceof ParseError && error.code === 'unsupported-format' && /metadata/.test(error.message),
    );
  });

  it('should read a paper without the envelope and give the kind its element names', () => {
    const doc = parseXml(
      Buffer.from('<staatscourant><kop><titel>Fictief voorbeeld</titel></kop><al>Tekst.</al></staatscourant>'),
      SOURCE,
    );
    assert.equal(doc.kind, 'staatscourant');
    assert.equal(doc.subject, 'Fictief voorbeeld');
    assert.deepEqual(doc.blocks, [
      { kind: 'heading', text: 'Fictief voorbeeld' },
      { kind: 'paragraph', text: 'Tekst.' },
    ]);
  });

  it('should warn about an element it does not know, and read its text', () => {
    const doc = parseXml(Buffer.from('<rapport><al>Een fictief voorbeeld.</al></rapport>'), SOURCE);
    assert.equal(doc.kind, 'other');
    assert.deepEqual(doc.blocks, [{ kind: 'paragraph', text: 'Een fictief voorbeeld.' }]);
    assert.deepEqual(doc.warnings, ['<rapport> is not a paper Griffie knows; only its text was read']);
  });

  it('should turn unreadable metadata that came along into a warning', () => {
    const doc = parseXml(
      Buffer.from('<kamerstuk><stuk><titel>BRIEF</titel><al>Fictief voorbeeld.</al></stuk></kamerstuk>'),
      SOURCE,
      {
        metadata: Buffer.from('<html>niet gevonden</html>'),
      },
    );
    assert.ok(doc.warnings.some((w) => w.startsWith('the metadata.xml that came with the paper was not read: ')));
  });
});
