import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scoreHtml } from './sniff.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('scoreHtml', () => {
  it('should claim a page with an HTML doctype or an html element', () => {
    assert.equal(scoreHtml(utf8('<!DOCTYPE html>\n<html lang="nl"><head>')), 0.9);
    assert.equal(scoreHtml(utf8('<!doctype HTML><title>x</title>')), 0.9);
    assert.equal(scoreHtml(utf8('  \n<HTML>\n<body>Tekst</body></HTML>')), 0.9);
  });

  it('should claim XHTML after an XML declaration, a byte-order mark or comments', () => {
    const xhtml =
      '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE html\n  PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">';
    assert.equal(scoreHtml(utf8(xhtml)), 0.9);
    assert.equal(scoreHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('<!DOCTYPE html><html>')])), 0.9);
    assert.equal(scoreHtml(utf8('<!-- saved from url=(0047)https://www.example.org/ -->\n<!DOCTYPE html>')), 0.9);
  });

  it('should claim a page in UTF-16 with a byte-order mark', () => {
    const text = '<!DOCTYPE html><html>';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    assert.equal(scoreHtml(bytes), 0.9);
  });

  it('should score an HTML fragment lower than a page', () => {
    assert.equal(scoreHtml(utf8('<div class="stuk"><p>Tekst</p></div>')), 0.5);
    assert.equal(scoreHtml(utf8('<p>Tekst van een fictief voorbeeld.</p>')), 0.5);
  });

  it('should not claim officielebekendmakingen XML, its metadata.xml or other XML', () => {
    assert.equal(scoreHtml(utf8('<?xml version="1.0" encoding="utf-8"?>\n<officiele-publicatie>')), 0);
    assert.equal(scoreHtml(utf8('\ufeff<?xml version="1.0"?><officiele-publicatie xmlns:xsi="x">')), 0);
    assert.equal(scoreHtml(utf8('<?xml version="1.0"?>\n<metadata_gegevens>\n<metadata name="DC.title"/>')), 0);
    assert.equal(scoreHtml(utf8('<owms-metadata><owmskern>')), 0);
    assert.equal(scoreHtml(utf8('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">')), 0);
    assert.equal(scoreHtml(utf8('<!DOCTYPE officiele-publicatie SYSTEM "op.dtd"><officiele-publicatie>')), 0);
  });

  it('should not claim plain text, JSON, binary or empty input', () => {
    assert.equal(scoreHtml(utf8('Tweede Kamer der Staten-Generaal\n<p> staat hier in de tekst')), 0);
    assert.equal(scoreHtml(utf8('{"value": [{"Id": "x"}]}')), 0);
    assert.equal(scoreHtml(utf8('%PDF-1.7\n%âãÏÓ')), 0);
    assert.equal(scoreHtml(new Uint8Array(0)), 0);
    assert.equal(scoreHtml(new Uint8Array([0, 1, 2, 3, 0xff, 0xfe, 0x3c])), 0);
  });

  it('should look no further than the first few kilobytes', () => {
    assert.equal(scoreHtml(utf8(`${' '.repeat(10_000)}<!DOCTYPE html>`)), 0);
  });
});
