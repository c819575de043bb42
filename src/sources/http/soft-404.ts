/**
 * Recognises "soft 404s": officielebekendmakingen answers some missing papers with
 * HTTP 200 and an error page (redirected to `Errors/404.htm`, or a page saying
 * "404: Pagina niet gevonden" or marked `fout404`) instead of a 404.
 *
 * @module
 */

const NOT_FOUND_ADDRESS = /\/errors\/404\.html?|fout404/i;
const NOT_FOUND_PAGE = /404:\s*pagina\s+niet\s+gevonden|fout404/i;
/** How much of a page to look at: the error pages say it at the top. */
const SNIFFED_BYTES = 64 * 1024;

/**
 * Whether a 200 answer is in fact a "page not found": the address it ended at (after
 * redirects) is the error page, or it is an HTML page that says so.
 */
export function isSoftNotFound(finalUrl: string, contentType: string | null, bytes: Uint8Array): boolean {
  if (NOT_FOUND_ADDRESS.test(finalUrl)) return true;
  if (!looksLikeHtml(contentType, bytes)) return false;
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, SNIFFED_BYTES));
  return NOT_FOUND_PAGE.test(head);
}

function looksLikeHtml(contentType: string | null, bytes: Uint8Array): boolean {
  if (contentType !== null) return /html/i.test(contentType);
  const start = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  return start.startsWith('<!doctype html') || start.startsWith('<html');
}
