/**
 * Encoders for test inputs: the same text as Windows-1252 or UTF-16 bytes, as Dutch
 * Windows software and some exports write them.
 *
 * @module
 */

/** The characters where Windows-1252 differs from Latin-1 (0x80–0x9F). */
const CP1252_EXTRA: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '–': 0x96,
  '—': 0x97,
};

/**
 * Encode text as Windows-1252 ("ë" becomes the single byte 0xEB).
 *
 * @throws {RangeError} for a character Windows-1252 cannot hold.
 * @example
 * encodeCp1252('gecreëerd')[5]; // 0xeb
 */
export function encodeCp1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let i = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    const byte = CP1252_EXTRA[ch] ?? (code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : undefined);
    if (byte === undefined) throw new RangeError(`${ch} (U+${code.toString(16)}) has no Windows-1252 byte`);
    out[i++] = byte;
  }
  return out.subarray(0, i);
}

/** Encode text as UTF-16 with a byte order mark, little- or big-endian. */
export function encodeUtf16(text: string, endian: 'le' | 'be' = 'le'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [a, b] = endian === 'le' ? [unit & 0xff, unit >> 8] : [unit >> 8, unit & 0xff];
    out[2 + 2 * i] = a;
    out[3 + 2 * i] = b;
  }
  return out;
}
