import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ParseError } from '../errors.ts';
import { declaredCharset, decodeHtml } from './charset.ts';

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('declaredCharset', () => {
  it('should read <meta charset>, the http-equiv Content-Type and the XML declaration', () => {
    assert.equal(declaredCharset(utf8('<html><head><meta charset="Windows-1252">')), 'windows-1252');
    assert.equal(
      declaredCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />')),
      'iso-8859-1',
    );
    assert.equal(declaredCharset(utf8('<?xml version="1.0" encoding="UTF-8"?><html>')), 'utf-8');
  });

  it('should say null when the page declares nothing', () => {
    assert.equal(declaredCharset(utf8('<!DOCTYPE html><html><p>charset staat hier niet in een meta</p>')), null);
  });
});

describe('decodeHtml', () => {
  it('should decode a page that declares windows-1252 as Windows-1252, without a warning', () => {
    const page = decodeHtml(latin1('<meta charset="windows-1252"><p>Het is gecre\xeberd \x80 5</p>'));
    assert.match(page.html, /gecreëerd € 5/);
    assert.deepEqual(page.warnings, []);
  });

  it('should decode iso-8859-1 as browsers do, as Windows-1252', () => {
    const page = decodeHtml(latin1('<meta charset="iso-8859-1"><p>\x93citaat\x94 na\xefef</p>'));
    assert.match(page.html, /“citaat” naïef/);
    assert.deepEqual(page.warnings, []);
  });

  it('should read UTF-8 bytes as UTF-8 whatever the page declares, and say so', () => {
    const page = decodeHtml(utf8('<meta charset="windows-1252"><p>gecreëerd</p>'));
    assert.match(page.html, /gecreëerd/);
    assert.deepEqual(page.warnings, ['the page declares windows-1252 but its bytes are UTF-8; decoded as UTF-8']);
  });

  it('should warn when a page declared UTF-8 but is not', () => {
    const page = decodeHtml(latin1('<meta charset="utf-8"><p>gecre\xeberd</p>'));
    assert.match(page.html, /gecreëerd/);
    assert.deepEqual(page.warnings, ['the page declares UTF-8 but is not UTF-8; decoded as Windows-1252']);
  });

  it('should warn when a page declares nothing and is not UTF-8', () => {
    assert.deepEqual(decodeHtml(latin1('<p>gecre\xeberd</p>')).warnings, [
      'input is not UTF-8; decoded as Windows-1252',
    ]);
  });

  it('should refuse empty and binary input with a ParseError', () => {
    assert.throws(
      () => decodeHtml(new Uint8Array(0)),
      (error: unknown) => error instanceof ParseError && error.code === 'empty',
    );
    assert.throws(
      () => decodeHtml(new Uint8Array([0x3c, 0x70, 0x3e, 0, 0, 1, 2, 3])),
      (error: unknown) => error instanceof ParseError && error.code === 'binary',
    );
  });
});
