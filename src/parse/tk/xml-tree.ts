/**
 * A small namespace-aware element tree over htmlparser2's XML mode, for entity XML of a
 * few kilobytes: elements with their namespace URI and local name, attributes the same,
 * and the element's own text.
 *
 * htmlparser2 is lenient; this builder refuses what a conforming reader would not take
 * as one document (no element, several roots, an element left open: a truncated file)
 * and any DOCTYPE (entity XML never has one; refusing it keeps entity declarations out),
 * and nesting deeper than {@link MAX_DEPTH} (entity XML nests a few levels).
 * Entities other than XML's own and character references are never expanded.
 *
 * @module
 */
import { Parser } from 'htmlparser2';
import { ParseError } from '../errors.ts';

/** Deepest element nesting accepted: a feed, its entry, the content and the entity's fields nest five. */
export const MAX_DEPTH = 256;

/** An attribute with its namespace resolved. */
export interface XmlAttribute {
  namespace: string | null;
  name: string;
  value: string;
}

/** An element with its namespace resolved. */
export interface XmlElement {
  namespace: string | null;
  /** The local name, without prefix. */
  name: string;
  attributes: XmlAttribute[];
  children: XmlElement[];
  /** The element's own text (not its descendants'), entities decoded. */
  text: string;
}

interface OpenElement {
  element: XmlElement;
  scope: ReadonlyMap<string, string>;
  selfClosing: boolean;
}

const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const ROOT_SCOPE: ReadonlyMap<string, string> = new Map([['xml', XML_NAMESPACE]]);

function split(qualified: string): [prefix: string, local: string] {
  const colon = qualified.indexOf(':');
  return colon < 0 ? ['', qualified] : [qualified.slice(0, colon), qualified.slice(colon + 1)];
}

/** The scope of an element: its parent's, plus the namespaces it declares. */
function scopeOf(parent: ReadonlyMap<string, string>, attribs: Record<string, string>): ReadonlyMap<string, string> {
  let scope: Map<string, string> | null = null;
  for (const [name, value] of Object.entries(attribs)) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    scope ??= new Map(parent);
    scope.set(name === 'xmlns' ? '' : name.slice(6), value);
  }
  return scope ?? parent;
}

function elementOf(qualified: string, attribs: Record<string, string>, scope: ReadonlyMap<string, string>): XmlElement {
  const [prefix, name] = split(qualified);
  const attributes: XmlAttribute[] = [];
  for (const [attribute, value] of Object.entries(attribs)) {
    if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) continue;
    const [attributePrefix, local] = split(attribute);
    attributes.push({ namespace: attributePrefix ? (scope.get(attributePrefix) ?? null) : null, name: local, value });
  }
  return { namespace: scope.get(prefix) ?? null, name, attributes, children: [], text: '' };
}

/**
 * Parse XML text into its root element.
 *
 * @throws {ParseError} `unreadable` for text that is not one well-formed XML element
 *   or nests deeper than {@link MAX_DEPTH} (`what` names the input in the message,
 *   e.g. "the SyncFeed entity").
 */
export function parseXml(text: string, what: string): XmlElement {
  const stack: OpenElement[] = [];
  const found: { root: XmlElement | null; problem: string | null; strayText: boolean } = {
    root: null,
    problem: null,
    strayText: false,
  };
  const fail = (message: string) => {
    found.problem ??= message;
  };
  const parser = new Parser(
    {
      onprocessinginstruction(name) {
        if (name.toLowerCase() === '!doctype')
          fail(`${what} declares a DOCTYPE, which Tweede Kamer entity XML never has`);
      },
      onopentag(qualified, attribs) {
        if (stack.length >= MAX_DEPTH) {
          throw new ParseError('unreadable', `${what} nests elements more than ${MAX_DEPTH} levels deep; refused`);
        }
        const parent = stack.at(-1);
        const scope = scopeOf(parent?.scope ?? ROOT_SCOPE, attribs);
        const element = elementOf(qualified, attribs, scope);
        const selfClosing = text.charAt(parser.endIndex - 1) === '/';
        if (parent) parent.element.children.push(element);
        else if (found.root) fail(`${what} has more than one root element`);
        else found.root = element;
        stack.push({ element, scope, selfClosing });
      },
      ontext(data) {
        const current = stack.at(-1);
        if (current) current.element.text += data;
        else if (data.trim() !== '') found.strayText = true;
      },
      onclosetag(qualified, isImplied) {
        const open = stack.pop();
        if (isImplied && open && !open.selfClosing) {
          fail(
            `${what} breaks off before its <${qualified}> element is closed (the file is incomplete or not well-formed)`,
          );
        }
      },
    },
    { xmlMode: true },
  );
  parser.write(text);
  parser.end();
  if (found.problem) throw new ParseError('unreadable', found.problem);
  if (!found.root) throw new ParseError('unreadable', `${what} is not XML (no element found)`);
  if (found.strayText) throw new ParseError('unreadable', `${what} has text outside its root element`);
  return found.root;
}

/** The children of `element` in `namespace` named `name`. */
export function childrenNamed(element: XmlElement, namespace: string, name: string): XmlElement[] {
  return element.children.filter((child) => child.namespace === namespace && child.name === name);
}

/** The value of an attribute (`namespace` null: unqualified), or `null`. */
export function attributeOf(element: XmlElement, namespace: string | null, name: string): string | null {
  return element.attributes.find((a) => a.namespace === namespace && a.name === name)?.value ?? null;
}

/**
 * The local name of the first element in `namespace`, reading `text` as far as it goes
 * (a head cut off mid-document is fine); `null` when there is none. Never throws.
 */
export function firstElementIn(text: string, namespace: string): string | null {
  const scopes: Array<ReadonlyMap<string, string>> = [];
  let found: string | null = null;
  const parser = new Parser(
    {
      onopentag(qualified, attribs) {
        const scope = scopeOf(scopes.at(-1) ?? ROOT_SCOPE, attribs);
        scopes.push(scope);
        const [prefix, name] = split(qualified);
        if (found === null && scope.get(prefix) === namespace) found = name;
      },
      onclosetag() {
        scopes.pop();
      },
    },
    { xmlMode: true },
  );
  parser.write(text);
  parser.end();
  return found;
}
