/**
 * The registry's parsers for a Tweede Kamer record given on its own
 * (`griffie parse entity.json`, `griffie parse entity.xml`): an OData Document entity
 * (format `odata`) or a SyncFeed Document entity (format `syncfeed`) becomes a document
 * built from the record alone, with a warning that the paper's text is not in it.
 *
 * `score` reads the first 4 KB only and claims nothing but a Tweede Kamer Document
 * record: an `@odata.context` naming the Document set (or a bare entity with `Id` and
 * `DocumentNummer`), or a `document` element in the tkData namespace.
 *
 * @module
 */
import { decodeText } from '../decode.ts';
import type { FormatParser } from '../types.ts';
import { documentFromTkMetadata } from './apply.ts';
import { parseODataJson } from './json-text.ts';
import { readODataDocument } from './odata.ts';
import { entitySetOfContext } from './odata-entity.ts';
import { readSyncFeedEntity } from './syncfeed.ts';
import { TK_NAMESPACE } from './syncfeed-fields.ts';
import { firstElementIn } from './xml-tree.ts';

const HEAD_BYTES = 4096;

/** The first few KB as text (UTF-16 with a byte-order mark, else UTF-8), without a BOM. */
function headOf(bytes: Uint8Array): string {
  const head = bytes.subarray(0, HEAD_BYTES);
  const utf16 =
    head[0] === 0xff && head[1] === 0xfe ? 'utf-16le' : head[0] === 0xfe && head[1] === 0xff ? 'utf-16be' : null;
  return new TextDecoder(utf16 ?? 'utf-8').decode(head).replace(/^\uFEFF/, '');
}

/**
 * The keys of a JSON object's top level, as far as `head` reaches, with their values
 * where those are strings (`null` otherwise).
 */
function topLevelFields(head: string): Map<string, string | null> {
  const fields = new Map<string, string | null>();
  const text = head.trimStart();
  if (!text.startsWith('{')) return fields;
  let depth = 0;
  let key: string | null = null;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (end >= text.length) break;
      const raw = text.slice(i, end + 1);
      const isKey = depth === 1 && /^\s*:/.test(text.slice(end + 1, end + 16));
      if (isKey) {
        key = stringOf(raw);
        if (key !== null) fields.set(key, null);
      } else if (depth === 1 && key !== null) fields.set(key, stringOf(raw));
      i = end + 1;
      continue;
    }
    if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
    else if (c === ',') key = null;
    i++;
  }
  return fields;
}

function stringOf(literal: string): string | null {
  try {
    const value: unknown = JSON.parse(literal);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

const NOT_UTF8 = 'input is not UTF-8; decoded as Windows-1252';

/** An OData Document entity on its own → a document from its metadata. */
export const odataParser: FormatParser = {
  format: 'odata',
  score(bytes) {
    try {
      const fields = topLevelFields(headOf(bytes));
      const context = fields.get('@odata.context');
      if (context) return entitySetOfContext(context) === 'Document' ? 0.9 : 0;
      return fields.has('Id') && fields.has('DocumentNummer') ? 0.6 : 0;
    } catch {
      return 0;
    }
  },
  parse(bytes, source) {
    const { text, encoding } = decodeText(bytes);
    const doc = documentFromTkMetadata(readODataDocument(parseODataJson(text)), source);
    if (encoding === 'windows-1252') doc.warnings.unshift(NOT_UTF8);
    return doc;
  },
};

/** A SyncFeed Document entity (or an Atom entry holding one) on its own → a document from its metadata. */
export const syncFeedParser: FormatParser = {
  format: 'syncfeed',
  score(bytes) {
    try {
      const head = headOf(bytes);
      if (!head.includes(TK_NAMESPACE)) return 0;
      return firstElementIn(head, TK_NAMESPACE) === 'document' ? 0.9 : 0;
    } catch {
      return 0;
    }
  },
  parse(bytes, source) {
    const { text, encoding } = decodeText(bytes);
    const doc = documentFromTkMetadata(readSyncFeedEntity(text), source);
    if (encoding === 'windows-1252') doc.warnings.unshift(NOT_UTF8);
    return doc;
  },
};
