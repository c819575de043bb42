import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ParseError } from '../errors.ts';
import { decodeXml, undoDoubleEncoding } from './decode.ts';

/** UTF-8 text as a tool that read it as Latin-1 and saved it as UTF-8 again leaves it. */
function doublyEncoded(text: string): Buffer {
  return Buffer.from(Buffer.from(text, 'utf8').toString('latin1'), 'utf8');
}

describe('decodeXml', () => {
  it('should repair doubly encoded UTF-8, byte-order mark included, and say so', () => {
    const decoded = decodeXml(doublyEncoded('\ufeff\n<al>Müller, façade, Yeşilköy en Ödül – één</al>'));
    assert.equal(decoded.text, '<al>Müller, façade, Yeşilköy en Ödül – één</al>');
    assert.deepEqual(decoded.warnings, [
      'the text was encoded twice (UTF-8 read as Latin-1 and saved again); repaired',
    ]);
  });

  it('should leave correct UTF-8 alone', () => {
    const decoded = decodeXml(Buffer.from('<al>Â’s-Gravenhage: gecreëerd, «citaat» – €&#160;5</al>'));
    assert.equal(decoded.text, '<al>Â’s-Gravenhage: gecreëerd, «citaat» – €&#160;5</al>');
    assert.deepEqual(decoded.warnings, []);
  });

  it('should read Windows-1252 silently when the declaration names it, with a warning when not', () => {
    const body = Buffer.from([
      0x3c, 0x61, 0x6c, 0x3e, 0x67, 0x65, 0x63, 0x72, 0x65, 0xeb, 0x65, 0x72, 0x64, 0x3c, 0x2f, 0x61, 0x6c, 0x3e,
    ]);
    const declared = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?>'), body]);
    assert.deepEqual(decodeXml(declared).warnings, []);
    assert.match(decodeXml(declared).text, /gecreëerd/);
    assert.deepEqual(decodeXml(body).warnings, ['input is not UTF-8; decoded as Windows-1252']);
  });

  it('should refuse binary input', () => {
    assert.throws(() => decodeXml(new Uint8Array([0x3c, 0x00, 0x01, 0x02])), ParseError);
  });
});

describe('undoDoubleEncoding', () => {
  it('should give null for text that is not doubly encoded', () => {
    assert.equal(undoDoubleEncoding('Müller'), null);
    assert.equal(undoDoubleEncoding('plain ascii'), null);
    assert.equal(undoDoubleEncoding('MÃ¼ller'), 'Müller');
  });
});
