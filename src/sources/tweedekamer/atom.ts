/**
 * Reads a page of the Tweede Kamer SyncFeed (Atom): per entry the entity's GUID
 * (`<title>`), `<updated>`, its links (`next`: the position after it; `enclosure`: its
 * file) and the entity XML in `<content>` with its `verwijderd` mark (`tk:`, `ns1:` or
 * unprefixed); and the page's own `next` link.
 *
 * @module
 */
import {
  attributeOf,
  childNamed,
  childrenNamed,
  readXml,
  standaloneXml,
  textOf,
  type XmlElement,
  XmlSyntaxError,
} from '../xml/index.ts';

/** One entry of a feed page. */
export interface FeedEntry {
  /** The entity's GUID, lower case; null when the entry has none. */
  guid: string | null;
  /** The entry's `<id>` (the entity's address). */
  entryId: string | null;
  updated: string | null;
  /** The link to the feed after this entry. */
  next: string | null;
  /** The link to the entity's file. */
  enclosure: string | null;
  /** The entity's XML, standalone; null when the entry carries none. */
  entityXml: string | null;
  /** The entity is marked `verwijderd="true"`. */
  deleted: boolean;
  /** The entity's `contentType`: it has a file of that type. */
  contentType: string | null;
  /** What could not be read of the entry. */
  problems: string[];
}

/** A feed page. */
export interface FeedPage {
  entries: FeedEntry[];
  /** The page's link to the next page; null on the last one. */
  next: string | null;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Read a feed page whose root element `feed` was read from `source`. */
export function readSyncFeedPage(feed: XmlElement, source: string): FeedPage {
  const entries = childrenNamed(feed, 'entry').map((entry) => readEntry(entry, source));
  return { entries, next: linkOf(feed, 'next') };
}

function readEntry(entry: XmlElement, source: string): FeedEntry {
  const problems: string[] = [];
  const title = textOf(childNamed(entry, 'title'));
  const content = entityOf(childNamed(entry, 'content'), source, problems);
  const entityGuid = content ? attributeOf(content.element, 'id') : null;
  const guid = GUID.test(title) ? title : entityGuid && GUID.test(entityGuid) ? entityGuid : null;
  return {
    guid: guid?.toLowerCase() ?? null,
    entryId: textOf(childNamed(entry, 'id')) || null,
    updated: textOf(childNamed(entry, 'updated')) || (content ? attributeOf(content.element, 'bijgewerkt') : null),
    next: linkOf(entry, 'next'),
    enclosure: linkOf(entry, 'enclosure'),
    entityXml: content?.xml ?? null,
    deleted: content ? attributeOf(content.element, 'verwijderd')?.trim() === 'true' : false,
    contentType: content ? attributeOf(content.element, 'contentType') : null,
    problems,
  };
}

/** The entity in `<content>`: an element inside it, or XML written as (CDATA) text. */
function entityOf(
  content: XmlElement | null,
  source: string,
  problems: string[],
): { element: XmlElement; xml: string } | null {
  if (!content) return null;
  const element = content.children[0];
  if (element) return { element, xml: standaloneXml(element, source) };
  const text = textOf(content);
  if (!text.startsWith('<')) return null;
  try {
    return { element: readXml(text), xml: text };
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    problems.push(`an entry's entity XML is unreadable (${error.message})`);
    return null;
  }
}

function linkOf(parent: XmlElement, rel: string): string | null {
  for (const link of childrenNamed(parent, 'link')) {
    if ((attributeOf(link, 'rel') ?? 'alternate') === rel) {
      const href = attributeOf(link, 'href')?.trim();
      if (href) return href;
    }
  }
  return null;
}
