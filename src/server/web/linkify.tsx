/**
 * Text with links: every place where a reference's verbatim text stands becomes a link
 * to the target (in the archive when it is there, else its official address). Matches
 * never overlap; at one position the longest reference wins.
 *
 * @module
 */
import type { Child } from 'hono/jsx';

/** Where a stretch of text leads. */
export interface TextLink {
  /** The verbatim text to find. */
  text: string;
  href: string;
  /** Whether it leaves the archive. */
  external: boolean;
}

interface Span {
  start: number;
  end: number;
  link: TextLink;
}

/** The text as nodes, with each occurrence of a link's text wrapped in `<a>`. */
export function linkify(text: string, links: readonly TextLink[]): Child[] {
  const spans: Span[] = [];
  for (const link of links) {
    if (link.text.length === 0) continue;
    for (let at = text.indexOf(link.text); at >= 0; at = text.indexOf(link.text, at + link.text.length))
      spans.push({ start: at, end: at + link.text.length, link });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const nodes: Child[] = [];
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    if (span.start > cursor) nodes.push(text.slice(cursor, span.start));
    const label = text.slice(span.start, span.end);
    nodes.push(
      span.link.external ? (
        <a class="ref extern" href={span.link.href} rel="noopener noreferrer">
          {label}
        </a>
      ) : (
        <a class="ref" href={span.link.href}>
          {label}
        </a>
      ),
    );
    cursor = span.end;
  }
  if (cursor < text.length) nodes.push(text.slice(cursor));
  return nodes;
}
