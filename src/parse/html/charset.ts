/**
 * Bytes of an HTML page → text, the way `src/parse/decode.ts` decodes every input
 * (UTF-8, UTF-16 with a byte-order mark, else Windows-1252; binary refused), reading
 * the charset the page declares (`<meta charset>`, `http-equiv` Content-Type, the XML
 * declaration) to tell a declared Latin encoding from a wrong one.
 *
 * The bytes decide: a page that declares windows-1252 or iso-8859-1 and is not valid
 * UTF-8 is decoded as Windows-1252 without complaint (as declared); a page whose bytes
 * are valid UTF-8 is read as UTF-8 whatever it declares (Latin-1 text is practically
 * never valid UTF-8), with a warning when the declaration said otherwise.
 *
 * @module
 */
import { decodeText } from '../decode.ts';

/** Decoded page and what was noticed on the way. */
export interface DecodedPage {
  html: string;
  warnings: string[];
}

/** How much of the page's start is searched for a charset declaration. */
const DECLARATION_WINDOW = 4096;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i;
const LATIN = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'latin-1',
  'l1',
  'us-ascii',
  'ascii',
]);
const UTF8 = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8']);

/** The charset the page declares near its start, lower case, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, DECLARATION_WINDOW)).toString(
    'latin1',
  );
  const match = META_CHARSET.exec(head) ?? XML_ENCODING.exec(head);
  return match ? (match[1] as string).toLowerCase() : null;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return true;
  return false;
}

/**
 * Decode the bytes of an HTML page.
 *
 * @throws {ParseError} `empty` or `binary`, as `decodeText`.
 * @example
 * decodeHtml(new TextEncoder().encode('<meta charset="utf-8"><p>gecreëerd</p>')).html; // '<meta charset="utf-8"><p>gecreëerd</p>'
 */
export function decodeHtml(bytes: Uint8Array): DecodedPage {
  const { text, encoding } = decodeText(bytes);
  const declared = declaredCharset(bytes);
  const latin = declared !== null && LATIN.has(declared);
  const warnings: string[] = [];
  if (encoding === 'windows-1252' && !latin) {
    if (declared === null) warnings.push('input is not UTF-8; decoded as Windows-1252');
    else if (UTF8.has(declared)) warnings.push('the page declares UTF-8 but is not UTF-8; decoded as Windows-1252');
    else warnings.push(`the page declares ${declared}, which Griffie does not read; decoded as Windows-1252`);
  } else if (encoding === 'utf-8' && latin && hasNonAscii(bytes)) {
    warnings.push(`the page declares ${declared} but its bytes are UTF-8; decoded as UTF-8`);
  }
  return { html: text, warnings };
}
