/**
 * Atom 1.0 documents (RFC 4287) of papers, written with the `feed` package.
 *
 * Ids are tag URIs (RFC 4151) that depend on nothing but the paper or the feed, never on
 * the host, port or `?limit=`: `tag:griffie,2026:kst-32824-93` for a paper (its id, or
 * its key when it has none) and `tag:griffie,2026:feeds/dossier/32824.atom` for a feed.
 * Links are absolute, on the origin the request came to.
 *
 * Escaping is done here, not left to `feed`: it writes titles and summaries as
 * `type="html"` CDATA, and its XML writer replaces only the first `]]>` in a CDATA
 * section and un-escapes `&amp;` in text before escaping it. So titles and summaries are
 * HTML-escaped first (no raw `<`, `>` or `&`, hence no `]]>`, reaches a CDATA section),
 * plain-text elements get their `&` doubled (so `&amp;` in a query survives as written),
 * category attributes hold only known type slugs and labels, and characters XML 1.0
 * forbids (control characters from PDF text, lone surrogates) are dropped everywhere.
 *
 * @module
 */
import { type Author, Feed, type Item } from 'feed';
import { type Document, PAPER_TYPES } from '../../model/index.ts';
import { paperPath } from '../links.ts';
import { dutchDate, senderLabel, typeLabel } from '../web/format.ts';

/** The tagging entity of every id Griffie writes (RFC 4151: authority, date). */
export const TAG = 'tag:griffie,2026:';

/** The media type of every feed. */
export const ATOM_TYPE = 'application/atom+xml; charset=utf-8';

/** Longest summary, in characters (cut at a word boundary). */
export const SUMMARY_LENGTH = 500;

/** Characters XML 1.0 does not allow. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** What a feed is, besides its entries. */
export interface FeedHead {
  /** The feed's title (plain text). */
  title: string;
  /** The feed's own path and query on this server, without `limit` (its id comes from it). */
  path: string;
  /** The path of the feed's URL as requested: `path`, plus `limit` when one was asked for. */
  self: string;
  /** The HTML page showing the same papers. */
  alternate: string;
}

/** A paper of a feed: its key, the whole document, and its date. */
export interface FeedPaper {
  key: string;
  doc: Document;
  date: Date;
}

/** Text with the characters XML 1.0 forbids left out. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Text as HTML (for the `type="html"` elements). */
export function htmlText(text: string): string {
  return xmlText(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Text for an element the XML writer escapes itself, after un-escaping `&amp;`. */
function plainText(text: string): string {
  return xmlText(text).replaceAll('&', '&amp;');
}

/** The tag URI of a paper, by its key (`kst-32824-93`, `sha256:…`). */
export function paperTag(key: string): string {
  return TAG + encodeURIComponent(key).replaceAll('%3A', ':');
}

/** The tag URI of a feed, by its path (already percent-encoded, as `links.ts` writes it). */
export function feedTag(path: string): string {
  return TAG + path.replace(/^\//, '');
}

/** A paper date (`2015-05-28`, or a timestamp) as a time, or null when it is missing or unreadable. */
export function paperDate(date: string | null): Date | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}/.test(date)) return null;
  const time = Date.parse(date);
  return Number.isNaN(time) ? null : new Date(time);
}

/** `text` cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** The first paragraph of a paper, whitespace collapsed and cut to `SUMMARY_LENGTH`; '' when it has none. */
export function firstParagraph(doc: Document): string {
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'text') continue;
    const text = xmlText(block.text).replace(/\s+/g, ' ').trim();
    if (text !== '') return cutAtWord(text, SUMMARY_LENGTH);
  }
  return '';
}

/** The line under the summary: citation, type and date, and whether it was withdrawn. */
function contentOf(paper: FeedPaper, summary: string): string {
  const { doc } = paper;
  const facts = [doc.citation, typeLabel(doc.type), dutchDate(doc.date)].filter((f): f is string => Boolean(f));
  const parts = [summary ? `<p>${htmlText(summary)}</p>` : '', `<p>${facts.map(htmlText).join(' · ')}</p>`];
  if (doc.withdrawn) parts.push('<p>Dit stuk is ingetrokken.</p>');
  return parts.join('');
}

/** The Atom entry of a paper. */
function itemOf(origin: string, paper: FeedPaper): Item {
  const { doc } = paper;
  const summary = firstParagraph(doc);
  const item: Item = {
    title: htmlText(doc.title.trim() || '(zonder titel)'),
    id: paperTag(paper.key),
    link: origin + paperPath(paper.key),
    date: paper.date,
    published: paper.date,
    content: contentOf(paper, summary),
  };
  if (summary) item.description = htmlText(summary);
  const sender = senderLabel(doc.sender);
  if (sender) item.author = [{ name: plainText(sender) }];
  if ((PAPER_TYPES as readonly string[]).includes(doc.type))
    item.category = [{ term: doc.type, name: typeLabel(doc.type) }];
  return item;
}

/** An entry of a feed with the time it is ordered by. */
export interface FeedEntry {
  item: Item;
  date: Date;
}

/**
 * The Atom document of a feed: its entries in the order given (newest first), updated
 * when the newest of them is dated. An empty feed is updated when the archive last
 * changed (`emptyUpdated`), or at the epoch for an empty archive: never "now", so an
 * unchanged feed is the same bytes every time.
 */
export function renderEntries(
  origin: string,
  head: FeedHead,
  entries: FeedEntry[],
  emptyUpdated: string | null,
): string {
  const newest = entries.reduce<Date | null>((max, e) => (max === null || e.date > max ? e.date : max), null);
  const fallback = emptyUpdated === null ? Number.NaN : Date.parse(emptyUpdated);
  const griffie: Author = { name: 'Griffie' };
  const feed = new Feed({
    id: feedTag(head.path),
    title: plainText(head.title),
    updated: newest ?? new Date(Number.isNaN(fallback) ? 0 : fallback),
    generator: 'Griffie',
    language: 'nl',
    link: origin + head.alternate,
    feed: origin + head.self,
    author: griffie,
  });
  for (const entry of entries) feed.addItem(entry.item);
  return feed.atom1();
}

/** The Atom document of a feed of papers (see `renderEntries`). */
export function renderAtom(origin: string, head: FeedHead, papers: FeedPaper[], emptyUpdated: string | null): string {
  return renderEntries(
    origin,
    head,
    papers.map((paper) => ({ item: itemOf(origin, paper), date: paper.date })),
    emptyUpdated,
  );
}

/** Plain text as the XML writer needs it (see the module comment). */
export { plainText };
