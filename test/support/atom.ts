/**
 * A strict Atom 1.0 reader for the feed tests: `parseAtom(xml)` parses with `saxes`
 * (well-formedness and namespaces checked), then checks the rules of RFC 4287 the feeds
 * must keep, throwing on the first violation, and returns the feed as a plain object.
 *
 * @module
 */
import { SaxesParser } from 'saxes';

/** The Atom namespace. */
export const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** An element as parsed: namespace, local name, attributes, children and text. */
interface Element {
  ns: string;
  name: string;
  attributes: Record<string, string>;
  children: Element[];
  text: string;
}

/** An atom:link. */
export interface AtomLink {
  rel: string;
  href: string;
  type: string | null;
}

/** An atom:entry, as the tests look at it. */
export interface AtomEntry {
  title: string;
  titleType: string;
  id: string;
  updated: string;
  published: string | null;
  summary: string | null;
  content: string | null;
  links: AtomLink[];
  authors: string[];
  categories: { term: string; label: string | null }[];
}

/** An atom:feed, as the tests look at it. */
export interface AtomFeed {
  title: string;
  id: string;
  updated: string;
  generator: string | null;
  links: AtomLink[];
  authors: string[];
  entries: AtomEntry[];
}

/** RFC 3339 date-time. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
/** An absolute IRI: a scheme, then no spaces or characters IRIs exclude. */
const IRI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]+$/;
/** An IRI reference (relative allowed), for link@href. */
const IRI_REFERENCE = /^[^\s<>"{}|\\^`]+$/;

/** Parse XML into elements (strict, namespace-aware). */
function parseXml(xml: string): Element {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: Element[] = [];
  let root: Element | null = null;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.uri === '' || attribute.uri === undefined) attributes[attribute.local] = attribute.value;
      else attributes[`{${attribute.uri}}${attribute.local}`] = attribute.value;
    }
    const element: Element = { ns: tag.uri ?? '', name: tag.local ?? tag.name, attributes, children: [], text: '' };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (text: string) => {
    const current = stack.at(-1);
    if (current) current.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(xml).close();
  if (root === null) throw new Error('no root element');
  return root;
}

function fail(message: string): never {
  throw new Error(`not valid Atom: ${message}`);
}

/** The Atom children of `parent` called `name`. */
function children(parent: Element, name: string): Element[] {
  return parent.children.filter((c) => c.ns === ATOM_NS && c.name === name);
}

/** The one Atom child called `name` (a violation when there are none or several). */
function one(parent: Element, name: string, where: string): Element {
  const found = children(parent, name);
  if (found.length !== 1) fail(`${where} has ${found.length} atom:${name} elements, not exactly one`);
  return found[0]!;
}

/** At most one Atom child called `name`. */
function optional(parent: Element, name: string, where: string): Element | null {
  const found = children(parent, name);
  if (found.length > 1) fail(`${where} has ${found.length} atom:${name} elements, at most one allowed`);
  return found[0] ?? null;
}

/** A text construct (title, summary, content): its type and text. */
function textOf(element: Element, where: string): { type: string; text: string } {
  const type = element.attributes.type ?? 'text';
  if (!['text', 'html', 'xhtml'].includes(type) && !element.attributes.src)
    fail(`${where} atom:${element.name} has type "${type}"`);
  if (type !== 'xhtml' && element.children.length > 0) fail(`${where} atom:${element.name} holds elements`);
  return { type, text: element.text };
}

function idOf(parent: Element, where: string): string {
  const id = one(parent, 'id', where).text.trim();
  if (!IRI.test(id)) fail(`${where} atom:id "${id}" is not an absolute IRI`);
  return id;
}

function dateOf(element: Element, where: string): string {
  const date = element.text.trim();
  if (!RFC3339.test(date) || Number.isNaN(Date.parse(date)))
    fail(`${where} atom:${element.name} "${date}" is not an RFC 3339 date`);
  return date;
}

function linksOf(parent: Element, where: string): AtomLink[] {
  const links = children(parent, 'link').map((link) => {
    const href = link.attributes.href;
    if (href === undefined || !IRI_REFERENCE.test(href)) fail(`${where} atom:link without a good href`);
    return { rel: link.attributes.rel ?? 'alternate', href, type: link.attributes.type ?? null };
  });
  const alternates = links.filter((l) => l.rel === 'alternate').map((l) => `${l.type}`);
  if (new Set(alternates).size !== alternates.length) fail(`${where} has two alternate links of one type`);
  return links;
}

function authorsOf(parent: Element, where: string): string[] {
  return children(parent, 'author').map((author) => one(author, 'name', `${where} atom:author`).text);
}

function entryOf(entry: Element, index: number, feedHasAuthor: boolean): AtomEntry {
  const where = `entry ${index + 1}`;
  const title = textOf(one(entry, 'title', where), where);
  const links = linksOf(entry, where);
  const authors = authorsOf(entry, where);
  const summary = optional(entry, 'summary', where);
  const content = optional(entry, 'content', where);
  const published = optional(entry, 'published', where);
  if (!feedHasAuthor && authors.length === 0) fail(`${where} has no atom:author and neither has the feed`);
  if (content === null && !links.some((l) => l.rel === 'alternate'))
    fail(`${where} has neither atom:content nor an alternate link`);
  return {
    title: title.text,
    titleType: title.type,
    id: idOf(entry, where),
    updated: dateOf(one(entry, 'updated', where), where),
    published: published === null ? null : dateOf(published, where),
    summary: summary === null ? null : textOf(summary, where).text,
    content: content === null ? null : textOf(content, where).text,
    links,
    authors,
    categories: children(entry, 'category').map((category) => {
      const term = category.attributes.term;
      if (term === undefined) fail(`${where} atom:category without a term`);
      return { term, label: category.attributes.label ?? null };
    }),
  };
}

/**
 * Parse and check an Atom feed document; throws on malformed XML or any broken rule
 * (root atom:feed; one atom:id, atom:title and atom:updated in the feed and each entry;
 * authors; an alternate link or content per entry; ids absolute IRIs; links with href).
 */
export function parseAtom(xml: string): AtomFeed {
  const root = parseXml(xml);
  if (root.ns !== ATOM_NS || root.name !== 'feed') fail(`the root is {${root.ns}}${root.name}, not atom:feed`);
  const authors = authorsOf(root, 'feed');
  const ids = new Set<string>();
  const entries = children(root, 'entry').map((entry, i) => {
    const parsed = entryOf(entry, i, authors.length > 0);
    if (ids.has(parsed.id)) fail(`two entries have the id ${parsed.id}`);
    ids.add(parsed.id);
    return parsed;
  });
  const generator = optional(root, 'generator', 'feed');
  return {
    title: textOf(one(root, 'title', 'feed'), 'feed').text,
    id: idOf(root, 'feed'),
    updated: dateOf(one(root, 'updated', 'feed'), 'feed'),
    generator: generator === null ? null : generator.text,
    links: linksOf(root, 'feed'),
    authors,
    entries,
  };
}

/** The text of HTML that holds only text and entities (as `type="html"` titles do). */
export function htmlToText(html: string): string {
  if (/<[a-z/!]/i.test(html)) throw new Error(`HTML holds markup: ${html}`);
  return html.replace(/&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (entity.startsWith('#x') || entity.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return named[entity.toLowerCase()]!;
  });
}
