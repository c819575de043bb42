/**
 * "Soft 404" pages: officielebekendmakingen answers a request for a publication it
 * does not have with HTTP 200 and a page that says "404: Pagina niet gevonden", links
 * `Errors/404.htm` or carries `fout404`. Such a page is no paper and must not be
 * stored as one.
 *
 * @module
 */
import { ParseError } from '../errors.ts';

const NOT_FOUND = /404\s*:\s*pagina\s+niet\s+gevonden|errors\/404\.html?\b|fout404/i;

/** Whether the page's markup or text carries one of the site's "not found" marks. */
export function isNotFoundPage(html: string): boolean {
  return NOT_FOUND.test(html);
}

/**
 * Refuse a "not found" page.
 *
 * @throws {ParseError} `unsupported-format`, always.
 */
export function refuseNotFoundPage(): never {
  throw new ParseError(
    'unsupported-format',
    'the page is a "not found" page of the website ("404: Pagina niet gevonden"), not a paper',
  );
}
