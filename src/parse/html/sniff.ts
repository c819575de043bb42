/**
 * Whether an input is an HTML page, from its first few kilobytes: a doctype or an
 * `<html>` element (also XHTML, after an XML declaration), else an HTML fragment.
 * officielebekendmakingen XML (`<officiele-publicatie>`), its `metadata.xml` and any
 * other XML vocabulary are not claimed.
 *
 * @module
 */

/** How much of the input is looked at. */
const WINDOW = 4096;
/** What may stand before the first element: whitespace, XML declarations and processing instructions, comments. */
const PROLOGUE = /^(?:\s|<\?[^>]*\?>|<!--[\s\S]*?-->)*/;
const DOCUMENT = /^(?:<!doctype\s+html\b|<html[\s>/])/i;
const FRAGMENT =
  /^<(?:head|body|meta|title|link|base|div|p|section|article|main|header|nav|table|h[1-6]|ul|ol|span|a|br|b|i|em|strong|font|center|form|script|style)[\s>/]/i;

/** The start of the input as text: UTF-16 with a byte-order mark decoded, other bytes as Latin-1. */
function startOf(bytes: Uint8Array): string {
  const head = bytes.subarray(0, WINDOW);
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head.subarray(2));
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head.subarray(2));
  const start = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  return Buffer.from(head.buffer, head.byteOffset + start, head.byteLength - start).toString('latin1');
}

/**
 * Score an input as HTML: 0.9 for a page (doctype or `<html>`), 0.5 for a fragment of
 * HTML elements, 0 otherwise (the file name is not asked: content decides). Never throws.
 *
 * @example
 * scoreHtml(new TextEncoder().encode('<!DOCTYPE html><html lang="nl">')); // 0.9
 * scoreHtml(new TextEncoder().encode('<?xml version="1.0"?><officiele-publicatie>')); // 0
 */
export function scoreHtml(bytes: Uint8Array): number {
  const head = startOf(bytes);
  const rest = head.slice(PROLOGUE.exec(head)?.[0].length ?? 0);
  if (DOCUMENT.test(rest)) return 0.9;
  return FRAGMENT.test(rest) ? 0.5 : 0;
}
