/**
 * Robustness of `parseInput` on inputs users really send: empty and binary files,
 * other encodings, text that is no paper, a header cut short.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ParseError } from '../src/parse/index.ts';
import { parseInput } from '../src/pipeline/index.ts';
import { encodeCp1252, encodeUtf16 } from './support/encodings.ts';
import { fixtureText } from './support/fixtures.ts';
import { validateDocument } from './support/validate-document.ts';

const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** Deterministic pseudo-random bytes (xorshift), so a failure can be reproduced. */
function noise(length: number, seed = 0x2545f491): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

async function assertRefused(bytes: Uint8Array, code: string, message: RegExp): Promise<void> {
  await assert.rejects(
    () => parseInput(bytes, { path: 'input.txt' }),
    (error: unknown) => error instanceof ParseError && error.code === code && message.test(error.message),
  );
}

async function bodyText(bytes: Uint8Array): Promise<string> {
  const doc = await parseInput(bytes, { path: 'brief.txt' });
  assert.deepEqual(validateDocument(doc), []);
  return doc.blocks.map((b) => b.text).join('\n');
}

describe('parseInput', () => {
  it('should refuse an empty input with a ParseError', async () => {
    await assertRefused(new Uint8Array(0), 'empty', /empty/);
  });

  it('should refuse an input of only whitespace', async () => {
    await assertRefused(utf8(' \n\r\n\t \n'), 'empty', /no text|empty/);
  });

  it('should refuse random bytes as binary', async () => {
    await assertRefused(noise(4096), 'binary', /binary/);
  });

  it('should refuse XML and JSON of formats that are no papers, naming what they are', async () => {
    await assertRefused(
      utf8('<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Kamerstukken</title></channel></rss>\n'),
      'unsupported-format',
      /XML \(<rss>\), but not a paper/,
    );
    await assertRefused(utf8('[{"id": 1, "naam": "Fictief"}]'), 'unsupported-format', /JSON, but not .*OData/);
    await assertRefused(
      utf8(fixtureText('tk/odata-toezegging.json')),
      'unsupported-format',
      /record of a toezegging, not a paper/,
    );
  });

  it('should refuse a damaged PDF and say so', async () => {
    await assertRefused(utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), 'unreadable', /PDF/);
  });

  it('should refuse a PNG image and name it', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    await assertRefused(png, 'binary', /PNG/);
  });

  it('should read Windows-1252 text ("ë" as 0xEB) with a warning', async () => {
    const text = fixtureText('brief-cp1252.txt');
    const bytes = encodeCp1252(text);
    assert.ok(bytes.includes(0xeb), 'the fixture must hold ë as the single byte 0xEB');
    const doc = await parseInput(bytes, { path: 'brief.txt' });
    assert.deepEqual(validateDocument(doc), []);
    assert.ok(
      doc.warnings.some((w) => /windows-1252/i.test(w)),
      `expected a warning about Windows-1252, got ${JSON.stringify(doc.warnings)}`,
    );
    const body = doc.blocks.map((b) => b.text).join('\n');
    for (const word of ['gecreëerd', 'financiële', 'België', '€ 4 miljoen', 'ideeën'])
      assert.ok(body.includes(word), word);
    assert.ok(!JSON.stringify(doc).includes('\uFFFD'), 'no replacement characters');
  });

  it('should read Windows-1252 text into the same body as its UTF-8 original', async () => {
    const text = fixtureText('brief-cp1252.txt');
    assert.equal(await bodyText(encodeCp1252(text)), await bodyText(utf8(text)));
  });

  it('should read UTF-16 with a byte order mark, little- and big-endian, like UTF-8', async () => {
    const text = fixtureText('brief-cp1252.txt');
    const expected = await parseInput(utf8(text), { path: 'brief.txt' });
    for (const endian of ['le', 'be'] as const) {
      const doc = await parseInput(encodeUtf16(text, endian), { path: 'brief.txt' });
      assert.deepEqual(validateDocument(doc), []);
      assert.deepEqual(doc.blocks, expected.blocks, endian);
      assert.deepEqual(doc.dossiers, expected.dossiers, endian);
    }
  });

  it('should ignore a UTF-8 byte order mark', async () => {
    const text = fixtureText('brief-cp1252.txt');
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(text)]);
    assert.deepEqual((await parseInput(withBom)).blocks, (await parseInput(utf8(text))).blocks);
  });

  it('should parse a news article with no dossiers and a warning that no header was found', async () => {
    const doc = await parseInput(utf8(fixtureText('nieuwsbericht.txt')), { path: 'nieuws.txt' });
    assert.deepEqual(validateDocument(doc), []);
    assert.deepEqual(doc.dossiers, []);
    assert.equal(doc.number, null);
    assert.ok(doc.blocks.length > 0, 'the text is kept as blocks');
    assert.ok(
      doc.warnings.some((w) => /header/i.test(w)),
      `expected a warning that no header was found, got ${JSON.stringify(doc.warnings)}`,
    );
  });

  it('should read a header cut short after the dossier line, with a warning', async () => {
    const doc = await parseInput(utf8('32 824 Integratiebeleid'), { path: 'kort.txt' });
    assert.deepEqual(validateDocument(doc), []);
    assert.deepEqual(
      doc.dossiers.map((d) => ({ number: d.number, suffix: d.suffix, title: d.title })),
      [{ number: '32824', suffix: undefined, title: 'Integratiebeleid' }],
    );
    assert.equal(doc.number, null);
    assert.ok(doc.warnings.length > 0, 'the missing number and type line are warned about');
  });

  it('should accept Windows (CRLF) and old Mac (CR) line ends alike', async () => {
    const text = fixtureText('brief-cp1252.txt');
    const lf = await parseInput(utf8(text));
    assert.deepEqual((await parseInput(utf8(text.replace(/\n/g, '\r\n')))).blocks, lf.blocks);
    assert.deepEqual((await parseInput(utf8(text.replace(/\n/g, '\r')))).blocks, lf.blocks);
  });

  it('should keep the path and hash of the input in source', async () => {
    const bytes = utf8(fixtureText('brief-cp1252.txt'));
    const doc = await parseInput(bytes, { path: 'papers/brief.txt' });
    assert.equal(doc.source.path, 'papers/brief.txt');
    assert.equal(doc.source.format, 'text');
    assert.match(doc.source.sha256, /^[0-9a-f]{64}$/);
  });
});
