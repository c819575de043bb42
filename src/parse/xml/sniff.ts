/**
 * The name of an XML file's document element, read from its first few kilobytes only:
 * what the registry's `score` and `looksLikeMetadata` decide by.
 *
 * @module
 */

/** How much of the input is looked at. */
const HEAD_BYTES = 4096;

/** What may stand before the document element: declaration, comments, processing instructions, a DOCTYPE. */
const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)/i;

/** The UTF-8 byte-order mark as it reads after UTF-8 was decoded as Latin-1 and saved again. */
const DOUBLE_ENCODED_BOM = 'ï»¿';

function headText(bytes: Uint8Array): string {
  const head = bytes.subarray(0, HEAD_BYTES);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head.subarray(2));
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head.subarray(2));
  return new TextDecoder('utf-8').decode(head);
}

/**
 * The local name of the document element, lower-cased (`officiele-publicatie`,
 * `metadata_gegevens`), or null when the input does not start like XML.
 *
 * @example
 * rootElementName(Buffer.from('<?xml version="1.0"?>\n<officiele-publicatie>')); // 'officiele-publicatie'
 */
export function rootElementName(bytes: Uint8Array): string | null {
  let text = headText(bytes).replace(/^\ufeff/, '');
  if (text.startsWith(DOUBLE_ENCODED_BOM)) text = text.slice(DOUBLE_ENCODED_BOM.length);
  for (let m = PROLOG.exec(text); m !== null && m[0].length > 0; m = PROLOG.exec(text)) text = text.slice(m[0].length);
  const root = /^<([A-Za-z_][\w.:-]*)/.exec(text);
  if (!root) return null;
  const name = (root[1] as string).toLowerCase();
  return name.slice(name.indexOf(':') + 1);
}
