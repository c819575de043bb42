import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeText, decodeWindows1252 } from './decode.ts';
import { ParseError } from './errors.ts';

describe('decodeText', () => {
  it('should decode UTF-8 with and without BOM', () => {
    assert.deepEqual(decodeText(Buffer.from('gecreëerd')), { text: 'gecreëerd', encoding: 'utf-8' });
    assert.equal(decodeText(Buffer.from('\ufeffNr. 93')).text, 'Nr. 93');
  });

  it('should fall back to Windows-1252 for bytes that are not UTF-8', () => {
    const bytes = new Uint8Array([
      0x93, 0x67, 0x65, 0x63, 0x72, 0x65, 0xeb, 0x65, 0x72, 0x64, 0x94, 0x20, 0x80, 0x20, 0x35,
    ]);
    assert.deepEqual(decodeText(bytes), { text: '“gecreëerd” € 5', encoding: 'windows-1252' });
  });

  it('should decode UTF-16 with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Den Haag, 28 mei 2015', 'utf16le')]);
    assert.equal(decodeText(le).encoding, 'utf-16le');
    assert.equal(decodeText(le).text, 'Den Haag, 28 mei 2015');
  });

  it('should refuse empty and binary input with a ParseError', () => {
    const code = (bytes: Uint8Array) => {
      try {
        decodeText(bytes);
        return 'none';
      } catch (error) {
        assert.ok(error instanceof ParseError);
        return error.code;
      }
    };
    assert.equal(code(new Uint8Array()), 'empty');
    assert.equal(code(Buffer.from(' \n\t\n')), 'empty');
    assert.equal(code(Buffer.from('%PDF-1.7\n...')), 'binary');
    assert.equal(code(new Uint8Array([0x41, 0x00, 0x42])), 'binary');
  });
});

describe('decodeWindows1252', () => {
  it('should map 0x80–0x9F to their Windows-1252 characters', () => {
    assert.equal(decodeWindows1252(new Uint8Array([0x80, 0x84, 0x85, 0x91, 0x92, 0x96, 0x97])), '€„…‘’–—');
  });
});
