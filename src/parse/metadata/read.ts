/**
 * Reading officielebekendmakingen metadata in its three shapes:
 *
 * - `metadata.xml`: flat `<metadata name="DC.identifier" scheme="…" content="…"/>`
 *   elements under `metadata_gegevens` (some nested, such as a location's parts);
 * - `metadata_owms.xml`: `owms-metadata` with `owmskern`, `owmsmantel` and `oep`, one
 *   element a value (`<dcterms:identifier>…</dcterms:identifier>`);
 * - an SRU search record: `record/recordData/gzd/originalData/meta` with `owmskern`,
 *   `owmsmantel` and `tpmeta`, and `enrichedData` with the links to each manifestation.
 *
 * The XML is read with the same guarded reader as papers (no DTD entities, bounded nesting).
 *
 * @module
 */
import { ParseError } from '../errors.ts';
import { decodeXml } from '../xml/decode.ts';
import { rootElementName } from '../xml/sniff.ts';
import { normaliseSpace } from '../xml/text.ts';
import { elementsOf, parseXmlTree, rawText, type XmlElement } from '../xml/tree.ts';
import { metadataFromProperties } from './fields.ts';
import type { MetadataProperty, OfficialMetadata } from './types.ts';

/** Document elements of the three shapes (an SRU response and a bare `gzd` record included). */
const METADATA_ROOTS = new Set(['metadata_gegevens', 'owms-metadata', 'record', 'searchretrieveresponse', 'gzd']);

/** Whether an XML document element (prefixed or not) is that of publication metadata. */
export function isMetadataRoot(name: string): boolean {
  return METADATA_ROOTS.has(localName(name));
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1).toLowerCase();
}

function firstRecord(element: XmlElement): XmlElement | undefined {
  for (const child of elementsOf(element)) {
    if (localName(child.name) === 'record') return child;
    const found = firstRecord(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * Whether the input is publication metadata rather than a paper, from its first few
 * kilobytes: what the registry and the ingest use to keep a `metadata.xml` from being
 * read as a paper.
 *
 * @example
 * looksLikeMetadata(Buffer.from('<metadata_gegevens><metadata name="DC.identifier" …')); // true
 */
export function looksLikeMetadata(bytes: Uint8Array | string): boolean {
  const root = rootElementName(typeof bytes === 'string' ? Buffer.from(bytes) : bytes);
  return root !== null && isMetadataRoot(root);
}

/**
 * Read a publication's metadata from any of its three shapes.
 *
 * @throws {ParseError} when the input is not publication metadata at all (not XML,
 *   hostile XML, another document element, or no value in it) or is cut short.
 * @example
 * readMetadata(metadataXml).identifier; // 'kst-32824-93'
 */
export function readMetadata(bytes: Uint8Array | string): OfficialMetadata {
  const { text } = decodeXml(typeof bytes === 'string' ? Buffer.from(bytes) : bytes);
  const tree = parseXmlTree(text);
  const root = tree.root;
  if (!isMetadataRoot(root.name)) {
    throw new ParseError(
      'unsupported-format',
      `the input is not publication metadata (metadata.xml, metadata_owms.xml or an SRU record), but <${root.name}>`,
    );
  }
  // A record cut short may lack what would contradict what it has: none of it is trusted.
  if (tree.unclosed > 0) throw new ParseError('unreadable', 'the metadata is truncated');
  // An SRU response may hold many records: the first is read.
  const record = localName(root.name) === 'searchretrieveresponse' ? firstRecord(root) : root;
  const properties: MetadataProperty[] = [];
  if (record) collect(record, properties);
  if (properties.length === 0) throw new ParseError('unsupported-format', 'the metadata holds no values');
  return metadataFromProperties(properties);
}

/** Every value under an element: `name`/`content` attributes, and elements holding only text. */
function collect(element: XmlElement, out: MetadataProperty[]): void {
  for (const child of elementsOf(element)) {
    const attrs = child.attrs;
    if (attrs.name !== undefined && attrs.content !== undefined) {
      const value = normaliseSpace(attrs.content);
      if (value !== '') out.push({ name: attrs.name, scheme: attrs.scheme || null, value });
      collect(child, out);
    } else if (elementsOf(child).length > 0) {
      collect(child, out);
    } else {
      const value = normaliseSpace(rawText(child));
      const scheme = attrs.scheme || attrs.manifestation || null;
      if (value !== '') out.push({ name: child.name, scheme, value });
    }
  }
}
