/**
 * Fetching a listing page (an SRU answer, a feed page) and reading it, with a few more
 * tries when the answer arrives complete but is not readable XML: a proxy's error page
 * or a broken answer usually is a passing fault.
 *
 * @module
 */
import { SourceError, shownUrl } from './errors.ts';
import type { HttpClient, RequestOptions } from './http/client.ts';
import { decodeXml, readXml, type XmlElement, XmlSyntaxError } from './xml/index.ts';

/** A listing page read: its text and its root element. */
export interface XmlPage {
  text: string;
  root: XmlElement;
}

/**
 * Fetch `url` and read it as XML whose root element has one of the local names
 * `rootNames`.
 * An unreadable answer is fetched again, up to `invalidRetries` more times.
 *
 * @throws {SourceError} the client's error, or `invalid` once the tries are used up.
 */
export async function fetchXmlPage(
  http: HttpClient,
  url: string,
  options: { rootNames: readonly string[]; description: string; invalidRetries: number; request?: RequestOptions },
): Promise<XmlPage> {
  let last: SourceError | null = null;
  for (let attempt = 0; attempt <= options.invalidRetries; attempt++) {
    if (last) {
      options.request?.onRetry?.({ url, attempt, waitMs: 0, reason: last.message });
    }
    const response = await http.get(url, { accept: 'application/xml', ...options.request });
    const text = decodeXml(response.bytes);
    try {
      const root = readXml(text);
      if (options.rootNames.includes(root.local)) return { text, root };
      last = invalid(url, options.description, `it starts with <${root.name}>`);
    } catch (error) {
      if (!(error instanceof XmlSyntaxError)) throw error;
      last = invalid(url, options.description, error.message);
    }
  }
  throw last ?? invalid(url, options.description, 'no answer');
}

function invalid(url: string, description: string, reason: string): SourceError {
  return new SourceError('invalid', `${shownUrl(url)}: the answer is not ${description} (${reason})`, { url });
}
