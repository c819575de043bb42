/**
 * How the API presents what the store returns: summaries with their links, and pages
 * with `next` / `prev` links that keep every other query parameter.
 *
 * @module
 */
import type { Reference } from '../../model/index.ts';
import type { DocumentSummary, Page } from '../../store/index.ts';
import { archivePath, officialUrl, paperPath } from '../links.ts';

/** The API path of a paper. */
export const documentHref = (id: string): string => `/api/v1/documents/${encodeURIComponent(id)}`;

/** A summary with its API and page links. */
export function presentSummary(summary: DocumentSummary) {
  return { ...summary, href: documentHref(summary.id), page: paperPath(summary.id) };
}

/** The same request URL with another offset (path and query only). */
export function withOffset(url: string, offset: number): string {
  const u = new URL(url);
  u.searchParams.set('offset', String(offset));
  return `${u.pathname}${u.search}`;
}

/** `next` and `prev` links for a page at `offset` of `limit` out of `total`, capped at `maxDepth`. */
export function pageLinks(
  url: string,
  offset: number,
  limit: number,
  total: number,
  maxDepth = Number.POSITIVE_INFINITY,
) {
  const nextOffset = offset + limit;
  return {
    next: nextOffset < total && nextOffset + limit <= maxDepth ? withOffset(url, nextOffset) : null,
    prev: offset > 0 ? withOffset(url, Math.max(0, offset - limit)) : null,
  };
}

/** A page of summaries as the API answers it. */
export function presentPage(url: string, page: Page<DocumentSummary>, offset: number, limit: number) {
  return {
    total: page.total,
    offset,
    limit,
    ...pageLinks(url, offset, limit, page.total),
    items: page.items.map(presentSummary),
  };
}

/** A `Link` header (RFC 8288) for the page links that exist. */
export function linkHeader(links: { next: string | null; prev: string | null }): string | undefined {
  const parts: string[] = [];
  if (links.next) parts.push(`<${links.next}>; rel="next"`);
  if (links.prev) parts.push(`<${links.prev}>; rel="prev"`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/** A reference with where it leads: the archive's page when the target is stored, else the official address. */
export function presentReference(reference: Reference, present: ReadonlySet<string>) {
  const inArchive = present.has(reference.target);
  return {
    ...reference,
    inArchive,
    page: inArchive ? archivePath(reference.target) : null,
    official: officialUrl(reference),
  };
}
