/**
 * Bytes → text: detects the encoding of a plain-text paper and refuses what is not text.
 *
 * UTF-8 (with or without BOM) and UTF-16 (with BOM) are decoded as such; bytes that are
 * not valid UTF-8 are read as Windows-1252, the superset of Latin-1 that Dutch Windows
 * software writes ("gecreëerd" as `0xEB`). Binary data (NUL bytes, many control
 * characters) and known binary formats are refused with a `ParseError`.
 *
 * @module
 */
import { ParseError } from './errors.ts';

/** The encodings `decodeText` recognises. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Decoded text and what it was decoded from. */
export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const SIGNATURES: Array<[bytes: number[], name: string]> = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF file'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or a Word/ODF document)'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Microsoft Office document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
];

/** One strict UTF-8 decoder for every input (a decoder is reusable between calls). */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

/** Share of C0 control characters other than tab, newline, carriage return and form feed. */
function controlRatio(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return 1;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return n === 0 ? 0 : control / n;
}

/**
 * Decode the bytes of a plain-text paper.
 *
 * @throws {ParseError} `empty` for no text at all, `binary` for binary data.
 * @example
 * decodeText(new Uint8Array([0x67, 0x65, 0x63, 0x72, 0x65, 0xeb, 0x65, 0x72, 0x64]));
 * // { text: 'gecreëerd', encoding: 'windows-1252' }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new ParseError('empty', 'the input is empty');
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    const text = new TextDecoder(encoding).decode(bytes.subarray(2));
    return checkText({ text, encoding });
  }
  for (const [signature, name] of SIGNATURES) {
    if (startsWith(bytes, signature)) {
      throw new ParseError('binary', `the input is ${name}, not plain text`);
    }
  }
  if (controlRatio(bytes) > 0.01) {
    throw new ParseError('binary', 'the input is binary data, not plain text');
  }
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  try {
    return checkText({ text: UTF8.decode(body), encoding: 'utf-8' });
  } catch (error) {
    if (error instanceof ParseError) throw error;
    return checkText({ text: decodeWindows1252(body), encoding: 'windows-1252' });
  }
}

/**
 * Windows-1252 for 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ); the
 * rest equals Latin-1. Node 20's `TextDecoder('windows-1252')` decodes these bytes as
 * Latin-1 control characters, so we map them ourselves.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decode Windows-1252 bytes. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] as string);
}

function checkText(decoded: DecodedText): DecodedText {
  if (decoded.text.trim() === '') throw new ParseError('empty', 'the input holds no text (only whitespace)');
  return decoded;
}
