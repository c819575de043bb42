/**
 * Bytes of an XML answer to text: the byte-order mark or the XML declaration's
 * `encoding` decides (a UTF-16 one only with its byte-order mark), UTF-8 otherwise.
 *
 * @module
 */

/** Decode XML bytes to text (without a byte-order mark). */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode(bytes.subarray(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode(bytes.subarray(2), 'utf-16be');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  // A declaration read byte for byte is in an ASCII-compatible encoding, whatever it says:
  // "UTF-16" there (without a byte-order mark) is wrong, and decoding by it turns the text to noise.
  return decode(bytes, declared && !/^(?:utf-?16|utf-?32|ucs-?2|ucs-?4)/i.test(declared) ? declared : 'utf-8');
}

function decode(bytes: Uint8Array, label: string): string {
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
