/**
 * XML text → a small element tree, built with htmlparser2 in XML mode and guarded
 * against hostile input.
 *
 * The guard: a DTD that declares entities is refused (htmlparser2 never expands them,
 * but a file that declares them is a "billion laughs" or external-entity attack, not a
 * paper); an external DTD is never fetched; nesting deeper than {@link MAX_DEPTH} is
 * refused before the tree grows. Truncation (elements still open at the end) and
 * misnesting (an end tag that closes elements it did not open) are counted, so that
 * the caller can decide whether what was read is still a paper.
 *
 * Element and attribute names are lower-cased: the files in the wild were re-serialised
 * by tools that change their case.
 *
 * @module
 */
import { Parser } from 'htmlparser2';
import { ParseError } from '../errors.ts';

/** Deepest element nesting accepted; real papers nest a few dozen levels. */
export const MAX_DEPTH = 256;

/** One XML element: lower-cased name, attributes, children in document order. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

/** An element or a run of character data. */
export type XmlNode = XmlElement | string;

/** What the reader made of the input. */
export interface XmlTree {
  /** The document element (the first top-level element). */
  root: XmlElement;
  /** Elements still open when the input ended (a truncated file). */
  unclosed: number;
  /** Elements closed by an end tag of another element, and extra top-level elements. */
  misnested: number;
  /** Problems that did not stop the reading, in words for the user. */
  warnings: string[];
}

/** The XML entities and character references htmlparser2 decodes; any other `&name;` was never defined. */
const UNDEFINED_ENTITY = /&(?!amp;|lt;|gt;|quot;|apos;|#)[A-Za-z_][\w.-]*;/;

/**
 * Read XML text into a tree.
 *
 * @throws {ParseError} `unreadable` for entity declarations and excessive nesting,
 *   `unsupported-format` when the text holds no element at all.
 * @example
 * parseXmlTree('<al>en <nadruk>aanzanden</nadruk></al>').root.children;
 * // ['en ', { name: 'nadruk', attrs: {}, children: ['aanzanden'] }]
 */
export function parseXmlTree(text: string): XmlTree {
  const top: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [top];
  const warnings: string[] = [];
  let unclosed = 0;
  let misnested = 0;
  let ending = false;
  let undefinedEntity: string | null = null;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (stack.length > MAX_DEPTH) {
          throw new ParseError(
            'unreadable',
            `the XML nests elements more than ${MAX_DEPTH} levels deep; refused (real papers nest a few dozen)`,
          );
        }
        const element: XmlElement = { name: name.toLowerCase(), attrs: lowerCaseKeys(attribs), children: [] };
        (stack[stack.length - 1] as XmlElement).children.push(element);
        stack.push(element);
      },
      onclosetag(_name, isImplied) {
        if (stack.length <= 1) return;
        stack.pop();
        if (ending) unclosed++;
        // A self-closing tag (`<al/>`) is reported as implied too; it ends in "/>".
        else if (isImplied && text.charCodeAt(parser.endIndex - 1) !== 0x2f) misnested++;
      },
      ontext(data) {
        const parent = stack[stack.length - 1] as XmlElement;
        if (undefinedEntity === null && data.includes('&')) undefinedEntity = UNDEFINED_ENTITY.exec(data)?.[0] ?? null;
        const last = parent.children[parent.children.length - 1];
        if (typeof last === 'string') parent.children[parent.children.length - 1] = last + data;
        else parent.children.push(data);
      },
      onprocessinginstruction(name, data) {
        if (!name.startsWith('!')) return;
        if (/<!ENTITY|^!ENTITY/i.test(data)) {
          throw new ParseError(
            'unreadable',
            'the XML declares its own entities in a DTD; refused, since Griffie never expands or fetches them (papers declare none)',
          );
        }
        if (/^!DOCTYPE\b.*\b(?:SYSTEM|PUBLIC)\b/is.test(data)) {
          warnings.push('the XML names an external DTD, which was not read');
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(text);
  ending = true;
  parser.end();

  const elements = top.children.filter((child): child is XmlElement => typeof child !== 'string');
  const root = elements[0];
  if (!root) throw new ParseError('unsupported-format', 'the input is not XML: it holds no element');
  misnested += elements.length - 1;
  if (undefinedEntity !== null)
    warnings.push(`the XML uses an entity it does not define (${undefinedEntity}); left as written`);
  return { root, unclosed, misnested, warnings };
}

function lowerCaseKeys(attribs: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(attribs)) out[key.toLowerCase()] = value;
  return out;
}

/** The element children of an element. */
export function elementsOf(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string');
}

/** The first child element with one of the names, or undefined. */
export function childNamed(element: XmlElement, ...names: string[]): XmlElement | undefined {
  for (const child of element.children) if (typeof child !== 'string' && names.includes(child.name)) return child;
  return undefined;
}

/** The first descendant element (depth first, document order) with one of the names. */
export function findFirst(element: XmlElement, ...names: string[]): XmlElement | undefined {
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (names.includes(child.name)) return child;
    const found = findFirst(child, ...names);
    if (found) return found;
  }
  return undefined;
}

/** Every descendant element with one of the names, in document order (not inside each other's matches). */
export function findAll(element: XmlElement, names: ReadonlySet<string>, out: XmlElement[] = []): XmlElement[] {
  for (const child of element.children) {
    if (typeof child === 'string') continue;
    if (names.has(child.name)) out.push(child);
    else findAll(child, names, out);
  }
  return out;
}

/** All character data under an element, concatenated, without normalisation. */
export function rawText(node: XmlNode): string {
  if (typeof node === 'string') return node;
  let out = '';
  for (const child of node.children) out += rawText(child);
  return out;
}
