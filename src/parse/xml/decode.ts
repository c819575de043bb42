/**
 * Bytes → XML text: the encodings of `decodeText`, the encoding an XML declaration
 * names, and a repair for text that was encoded twice.
 *
 * Some XML in circulation was read as Latin-1 or Windows-1252 and written out again as
 * UTF-8 ("MÃ¼ller" for "Müller"). When every character of the text maps back to one byte
 * and those bytes are valid UTF-8 with at least one multi-byte character, the text was
 * encoded twice, and decoding the bytes again repairs it. Correct text never passes
 * that test: a lone "é" or "’" is no valid UTF-8 once mapped back to a byte.
 *
 * @module
 */
import { decodeText } from '../decode.ts';

/** Decoded XML text and what was noticed on the way. */
export interface DecodedXml {
  text: string;
  warnings: string[];
}

/** Two characters that UTF-8 read as Latin-1 or Windows-1252 makes of one: a lead byte, then a continuation byte. */
const DOUBLE_ENCODED =
  /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]/;

/** Windows-1252 bytes 0x80–0x9F by the character they stand for. */
const CP1252_BYTES: ReadonlyMap<number, number> = new Map(
  [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ']
    .map((c, i): [number, number] => [c.charCodeAt(0), 0x80 + i])
    .filter(([code]) => code >= 0x100),
);

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Declared single-byte encodings under which a Windows-1252 reading is what was asked for. */
const DECLARED_SINGLE_BYTE =
  /^<\?xml[^>]*\bencoding\s*=\s*["'](?:iso-8859-1|iso-8859-15|latin-?1|windows-1252|cp1252)["']/i;

/**
 * Decode the bytes of an XML file.
 *
 * @throws {ParseError} `empty` or `binary`, as `decodeText`.
 * @example
 * decodeXml(Buffer.from('<al>MÃ¼ller</al>')).text; // '<al>Müller</al>'
 */
export function decodeXml(bytes: Uint8Array): DecodedXml {
  const decoded = decodeText(bytes);
  const warnings: string[] = [];
  let text = decoded.text;
  if (decoded.encoding === 'windows-1252' && !DECLARED_SINGLE_BYTE.test(text.trimStart())) {
    warnings.push('input is not UTF-8; decoded as Windows-1252');
  }
  const repaired = DOUBLE_ENCODED.test(text) ? undoDoubleEncoding(text) : null;
  if (repaired !== null) {
    text = repaired;
    warnings.push('the text was encoded twice (UTF-8 read as Latin-1 and saved again); repaired');
  }
  return { text: text.replace(/^\ufeff/, '').trimStart(), warnings };
}

/** The text decoded once more, or null when it is not doubly encoded UTF-8. */
export function undoDoubleEncoding(text: string): string | null {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code < 0x100 ? code : CP1252_BYTES.get(code);
    if (byte === undefined) return null;
    bytes[i] = byte;
  }
  try {
    const again = UTF8.decode(bytes);
    return again === text ? null : again;
  } catch {
    return null;
  }
}
