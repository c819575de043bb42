/**
 * `jsonLines`: lines split as bytes stream in (across chunks, CRLF, characters cut
 * between chunks, chunks whose memory is reused), a line over the limit skipped without
 * being gathered, invalid UTF-8 and cut-off gzip reported by line.
 *
 * @module
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { type InputLine, jsonLines } from './json-lines.ts';

async function* chunks(...parts: Array<string | Uint8Array>): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield typeof part === 'string' ? Buffer.from(part) : part;
}

async function all(input: AsyncIterable<Uint8Array>, maxBytes?: number): Promise<InputLine[]> {
  const out: InputLine[] = [];
  for await (const line of jsonLines(input, maxBytes)) out.push(line);
  return out;
}

describe('jsonLines', () => {
  it('should split at newlines across chunks, dropping a CR before them', async () => {
    assert.deepEqual(await all(chunks('{"a":1}\r\n{"b"', ':2}\n', '\n{"c":3}')), [
      { number: 1, text: '{"a":1}', ended: true },
      { number: 2, text: '{"b":2}', ended: true },
      { number: 3, text: '', ended: true },
      { number: 4, text: '{"c":3}', ended: false },
    ]);
  });

  it('should decode a character split between chunks', async () => {
    const bytes = Buffer.from('"gecreëerd ’s-Gravenhage"\n');
    const cut = bytes.indexOf(0xc3) + 1;
    assert.deepEqual(await all(chunks(bytes.subarray(0, cut), bytes.subarray(cut))), [
      { number: 1, text: '"gecreëerd ’s-Gravenhage"', ended: true },
    ]);
  });

  it('should keep a chunk’s bytes even when the stream reuses its memory', async () => {
    const reused = Buffer.from('{"x":');
    async function* reusing(): AsyncGenerator<Uint8Array> {
      yield reused;
      reused.write('1}\n\n\n');
      yield reused;
    }
    assert.deepEqual((await all(reusing()))[0], { number: 1, text: '{"x":1}', ended: true });
  });

  it('should skip a line over the limit without gathering it, and go on after it', async () => {
    const long = Array.from({ length: 50 }, () => 'x'.repeat(1000));
    const lines = await all(chunks('"kort"\n', ...long, '\n"daarna"\n'), 10_000);
    assert.deepEqual(lines, [
      { number: 1, text: '"kort"', ended: true },
      { number: 2, error: 'the line is longer than 10000 bytes' },
      { number: 3, text: '"daarna"', ended: true },
    ]);
  });

  it('should report a line that is not UTF-8', async () => {
    const lines = await all(chunks('"goed"\n', Buffer.from([0x22, 0xff, 0xfe, 0x22, 0x0a]), '"ook goed"\n'));
    assert.deepEqual(lines[1], { number: 2, error: 'the line is not UTF-8 text' });
    assert.equal(lines.length, 3);
  });

  it('should read gzip, and say when it is cut short', async () => {
    const packed = gzipSync(Buffer.from('{"a":1}\n{"b":2}\n'.repeat(200)));
    const lines = await all(chunks(packed.subarray(0, 7), packed.subarray(7)));
    assert.equal(lines.length, 400);
    assert.deepEqual(lines[399], { number: 400, text: '{"b":2}', ended: true });
    const cut = await all(chunks(packed.subarray(0, packed.length - 20)));
    assert.deepEqual(cut.at(-1), {
      number: cut.length,
      error: 'the compressed input is damaged or cut short',
    });
  });

  it('should give nothing for an empty input', async () => {
    assert.deepEqual(await all(chunks()), []);
  });
});
