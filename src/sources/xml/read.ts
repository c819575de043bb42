/**
 * A small XML reader on htmlparser2 (xml mode): the whole document as a tree of
 * elements, strict where htmlparser2 is forgiving (an element left open, tags that
 * cross, text or a second element outside the root, a DTD, nesting deeper than
 * {@link MAX_DEPTH}, all refuse the document), with lookups by local name so that
 * prefixes (`sru:`, `gzd:`, `tk:`, `ns1:` or none) do not matter.
 *
 * @module
 */
import { Parser } from 'htmlparser2';

/** An element, with its position in the source text. */
export interface XmlElement {
  /** The name as written, with its prefix: `gzd:itemUrl`. */
  readonly name: string;
  /** The name without prefix: `itemUrl`. */
  readonly local: string;
  /** Attributes by their names as written, values decoded. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly parent: XmlElement | null;
  /** Child elements, in order. */
  readonly children: XmlElement[];
  /** Child elements and text, in order. */
  readonly nodes: (XmlElement | string)[];
  /** Offset of the element's `<` in the source. */
  readonly start: number;
  /** Offset just after its end tag's `>` (or its `/>`). */
  end: number;
}

/**
 * Deepest element nesting accepted. SRU answers and feed pages nest about ten levels;
 * the lookups below recurse, and a document nested many thousands deep would overflow
 * the stack (and costs htmlparser2 time in proportion to the depth for every element).
 */
export const MAX_DEPTH = 256;

/** The text is not well-formed XML; `message` says where, for users. */
export class XmlSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}

/**
 * Read a whole XML document.
 *
 * @throws {XmlSyntaxError} when the text is not a well-formed document, or nests
 *   deeper than {@link MAX_DEPTH}.
 */
export function readXml(source: string): XmlElement {
  const open: XmlElement[] = [];
  let root: XmlElement | null = null;
  let ending = false;
  let problem: string | null = null;
  const fail = (message: string) => {
    problem ??= message;
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (open.length >= MAX_DEPTH) {
          throw new XmlSyntaxError(`not accepted: the XML nests elements more than ${MAX_DEPTH} levels deep`);
        }
        const parent = open.at(-1) ?? null;
        if (!parent && root) fail(`a second root element <${name}> at offset ${parser.startIndex}`);
        const element: XmlElement = {
          name,
          local: localName(name),
          attributes,
          parent,
          children: [],
          nodes: [],
          start: parser.startIndex,
          end: parser.endIndex + 1,
        };
        if (parent) {
          parent.children.push(element);
          parent.nodes.push(element);
        } else {
          root ??= element;
        }
        open.push(element);
      },
      onclosetag(name, isImplied) {
        const element = open.pop();
        // htmlparser2 reports a self-closing tag, and an element it closes on its own, as
        // an implied close; only the first starts where the element starts.
        const selfClosing = isImplied && element !== undefined && parser.startIndex === element.start;
        if (ending) fail(`<${name}> is not closed (the text ends first)`);
        else if (isImplied && !selfClosing) fail(`<${name}> is not closed before offset ${parser.startIndex}`);
        if (element) element.end = parser.endIndex + 1;
      },
      ontext(text) {
        const parent = open.at(-1);
        if (parent) parent.nodes.push(text);
        else if (text.trim() !== '') fail(`text outside the root element at offset ${parser.startIndex}`);
      },
      onprocessinginstruction(name) {
        if (name.toLowerCase() === '!doctype') fail('a document type declaration (not accepted)');
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(source);
  ending = true;
  parser.end();
  if (problem) throw new XmlSyntaxError(`not well-formed XML: ${problem}`);
  if (!root) throw new XmlSyntaxError('not XML: no element found');
  return root;
}

/** The name without its prefix. */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** The child elements with this local name. */
export function childrenNamed(element: XmlElement, local: string): XmlElement[] {
  return element.children.filter((child) => child.local === local);
}

/** The first child element with this local name. */
export function childNamed(element: XmlElement, local: string): XmlElement | null {
  return element.children.find((child) => child.local === local) ?? null;
}

/** The first element with this local name at any depth below `element`, in document order. */
export function findFirst(element: XmlElement, local: string): XmlElement | null {
  for (const child of element.children) {
    if (child.local === local) return child;
    const found = findFirst(child, local);
    if (found) return found;
  }
  return null;
}

/** The element's text (its own and its descendants'), whitespace at the ends trimmed. */
export function textOf(element: XmlElement | null): string {
  if (!element) return '';
  return collectText(element).trim();
}

function collectText(element: XmlElement): string {
  let text = '';
  for (const node of element.nodes) text += typeof node === 'string' ? node : collectText(node);
  return text;
}

/**
 * An attribute by local name, whatever its prefix (`tk:verwijderd`, `ns1:verwijderd`,
 * `verwijderd`); namespace declarations are not attributes here.
 */
export function attributeOf(element: XmlElement, local: string): string | null {
  const exact = element.attributes[local];
  if (exact !== undefined) return exact;
  for (const [name, value] of Object.entries(element.attributes)) {
    if (!name.startsWith('xmlns') && localName(name) === local) return value;
  }
  return null;
}
