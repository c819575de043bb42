/**
 * The officielebekendmakingen XML parser: Kamerstukken (`kst-*.xml`), Handelingen
 * (`h-*.xml`), Kamervragen (`kv-*.xml`) and their Aanhangsel (`ah-*.xml`) in the
 * `officiele-publicatie` envelope, and the Staatsblad, Staatscourant and other
 * publications in it, → the document model.
 *
 * Stages: bytes → text (`decode.ts`, with a repair for doubly encoded UTF-8) → a
 * guarded element tree (`tree.ts`: no DTD entities, bounded nesting) → the paper
 * (`paper.ts`, with one header reader per kind and one body reader) → the paper's
 * `metadata.xml`, when it came along, over what the markup said.
 *
 * References are left to `extract` (it scans blocks and footnotes); `extref` text
 * stays in the blocks verbatim.
 *
 * @module
 */
import type { Document, Source } from '../../model/index.ts';
import { ParseError } from '../errors.ts';
import { applyCompanionMetadata, isMetadataRoot } from '../metadata/index.ts';
import type { Companions, FormatParser } from '../types.ts';
import { decodeXml } from './decode.ts';
import { readPaper } from './paper.ts';
import { rootElementName } from './sniff.ts';
import { parseXmlTree } from './tree.ts';

/** Document elements of papers: the envelope, and the papers found without it. */
const PAPER_ROOTS = new Set([
  'officiele-publicatie',
  'kamerstuk',
  'handelingen',
  'kamervragen',
  'aanhangsel',
  'staatsblad',
  'staatscourant',
  'gemeenteblad',
  'provinciaalblad',
  'waterschapsblad',
]);

/**
 * Parse officielebekendmakingen XML into a document.
 *
 * @throws {ParseError} when the input is not XML, is hostile (DTD entities, nesting
 *   beyond the limit), is a metadata file, or is too broken to hold a paper.
 * @example
 * const doc = parseXml(bytes, { format: 'xml', sha256 });
 * doc.id; // 'h-tk-20172018-70-6'
 */
export function parseXml(bytes: Uint8Array, source: Source, companions: Companions = {}): Document {
  const { text, warnings } = decodeXml(bytes);
  const tree = parseXmlTree(text);
  if (isMetadataRoot(tree.root.name)) {
    throw new ParseError(
      'unsupported-format',
      "the input is a paper's metadata (metadata.xml or an SRU record), not a paper; it is read with the paper it describes",
    );
  }
  const doc = readPaper(tree.root, source);
  doc.warnings.unshift(...warnings, ...tree.warnings);
  const broken = tree.unclosed + tree.misnested;
  if (broken > 0) {
    if (doc.blocks.length === 0) {
      throw new ParseError('unreadable', 'the XML is truncated or malformed, and no paper could be read from it');
    }
    doc.warnings.push(
      tree.unclosed > 0
        ? `the XML is truncated (${elements(tree.unclosed)} not closed); the paper was read as far as it goes`
        : `the XML is malformed (${elements(tree.misnested)} closed out of order); the paper was read as it stands`,
    );
  }
  applyCompanionMetadata(doc, companions);
  return doc;
}

function elements(count: number): string {
  return count === 1 ? '1 element' : `${count} elements`;
}

/**
 * The registry's parser for officielebekendmakingen XML. `score` reads the document
 * element from the first kilobytes: a paper or the envelope scores high; other XML (an
 * RSS feed, a schema), a metadata file or XHTML 0.
 */
export const xmlParser: FormatParser = {
  format: 'xml',
  score(bytes) {
    const root = rootElementName(bytes);
    if (root === null || root === 'html' || isMetadataRoot(root)) return 0;
    return PAPER_ROOTS.has(root) ? 0.95 : 0;
  },
  parse: parseXml,
};
