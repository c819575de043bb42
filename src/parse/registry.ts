/**
 * The format registry: every input format Griffie reads has one parser here, and the
 * registry picks the one that recognises the input best (by content first, the file
 * name second).
 *
 * @module
 */
import { createHash } from 'node:crypto';
import type { Document, Source } from '../model/index.ts';
import { decodeText } from './decode.ts';
import { ParseError } from './errors.ts';
import { htmlParser } from './html/index.ts';
import { applyCompanionMetadata, looksLikeMetadata } from './metadata/index.ts';
import { pdfParser } from './pdf/index.ts';
import { parseText } from './text/index.ts';
import { odataParser, parseODataJson, readODataRecord, syncFeedParser } from './tk/index.ts';
import type { Companions, FormatParser, InputOrigin } from './types.ts';
import { xmlParser } from './xml/index.ts';

export type { Companions, FormatParser, InputOrigin } from './types.ts';

/**
 * The start of XML or JSON: text of a format no other parser claimed, not plain text.
 * XML may open with comments and processing instructions before its first element.
 */
const STRUCTURED =
  /^(?:\ufeff)?\s*(?:(?:<!--[\s\S]*?-->|<\?[\s\S]*?\?>)\s*)*(?:<\?xml\b|<!DOCTYPE\b|<[A-Za-z][\w:.-]*[\s>/]|\{\s*"|\[\s*[{["\d\]])/;

/** What kind of structured input `bytes` is, for the message of an input in no known format. */
function describeStructured(head: string): string {
  if (/^\s*[[{]/.test(head.replace(/^\ufeff/, ''))) return 'JSON, but not a Tweede Kamer OData Document record';
  const root = /<([A-Za-z][\w:.-]*)/.exec(head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/g, ''));
  return `XML${root ? ` (<${root[1]}>)` : ''}, but not a paper: Griffie reads officielebekendmakingen XML and SyncFeed entities`;
}

/** The entity of a Tweede Kamer OData record other than a Document (a Zaak, a Toezegging), if the input is one. */
function tkRecordOf(bytes: Uint8Array): string | null {
  if (bytes.length > 16 * 1024 * 1024 || !/^\s*[[{]/.test(headOf(bytes).replace(/^\ufeff/, ''))) return null;
  try {
    return readODataRecord(parseODataJson(new TextDecoder('utf-8').decode(bytes))).entity;
  } catch {
    return null;
  }
}

function headOf(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
}

const textParser: FormatParser = {
  format: 'text',
  // Plain text is the fallback, but XML and JSON that no parser claimed are not text.
  score: (bytes) => (STRUCTURED.test(headOf(bytes)) ? 0 : 0.1),
  parse(bytes, source) {
    const { text, encoding } = decodeText(bytes);
    const doc = parseText(text, source);
    if (encoding === 'windows-1252') doc.warnings.unshift('input is not UTF-8; decoded as Windows-1252');
    return doc;
  },
};

const PARSERS: FormatParser[] = [xmlParser, htmlParser, pdfParser, textParser, odataParser, syncFeedParser];

/** The parsers in the registry. */
export function listParsers(): readonly FormatParser[] {
  return PARSERS;
}

/** SHA-256 of bytes, hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Parse one input with the best-fitting parser of the registry.
 *
 * @throws {ParseError} when the input cannot be read as a paper at all.
 */
export async function parseBytes(
  bytes: Uint8Array,
  origin: InputOrigin = {},
  companions: Companions = {},
): Promise<Document> {
  if (looksLikeMetadata(bytes)) {
    throw new ParseError(
      'unsupported-format',
      "the input is a paper's metadata (metadata.xml), not a paper; it is read with the paper it describes",
    );
  }
  let best: FormatParser | undefined;
  let bestScore = 0;
  for (const parser of PARSERS) {
    const score = parser.score(bytes, origin);
    if (score > bestScore) {
      best = parser;
      bestScore = score;
    }
  }
  if (!best) {
    const head = headOf(bytes);
    const record = tkRecordOf(bytes);
    const what = record
      ? `: it is the Tweede Kamer's record of a ${record}, not a paper`
      : STRUCTURED.test(head)
        ? `: it is ${describeStructured(head)}`
        : '';
    throw new ParseError('unsupported-format', `the input is in no format Griffie reads${what}`);
  }
  const source: Source = { format: best.format, ...origin, sha256: sha256(bytes) };
  const doc = await best.parse(bytes, source, companions);
  // The XML parser applies the metadata as it reads; for the other formats it comes after.
  if (best.format !== 'xml') applyCompanionMetadata(doc, companions);
  return doc;
}
