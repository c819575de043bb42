/**
 * The plain-text parser: text extracted from the official PDFs, text copied from
 * the HTML renderings, and ministry letters on letterhead → the document model.
 *
 * Stages: normalise lines → strip page furniture → read the header → read the body.
 * Derived fields (type, title, citation, references, ...) are filled later by `extract`.
 *
 * @module
 */
import { type Document, emptyDocument, type Source } from '../../model/index.ts';
import { readBody } from './body.ts';
import { stripFurniture } from './furniture.ts';
import { readHeader } from './header.ts';
import { toLines } from './lines.ts';

/**
 * Parse the text of one paper.
 *
 * Never throws on content: what it cannot read goes into `warnings`.
 *
 * @example
 * const doc = parseText(text, { format: 'text', sha256 });
 * doc.dossiers[0]?.number; // '32824'
 */
export function parseText(text: string, source: Source): Document {
  const doc = emptyDocument(source);
  const { lines } = stripFurniture(toLines(text));
  const header = readHeader(lines);
  const body = readBody(header.body, header.typeLine);
  doc.kind = header.kind;
  doc.chamber = header.chamber;
  doc.dossiers = header.dossiers;
  doc.number = header.number;
  doc.typeLine = header.typeLine;
  doc.subject = header.subject;
  doc.sender = header.sender;
  doc.addressee = header.addressee;
  doc.place = header.place;
  doc.date = header.date;
  doc.parliamentaryYear = header.parliamentaryYear;
  if (header.zaak) doc.external = { tkZaken: [header.zaak] };
  doc.signatories = mergeSignatories(header.signatories, body.signatories);
  doc.blocks = body.blocks;
  doc.footnotes = body.footnotes;
  doc.warnings.push(...header.warnings, ...body.warnings);
  return doc;
}

function mergeSignatories(
  fromHeader: Document['signatories'],
  fromBody: Document['signatories'],
): Document['signatories'] {
  const seen = new Set(fromBody.map((s) => s.name.toLowerCase()));
  return [...fromBody, ...fromHeader.filter((s) => !seen.has(s.name.toLowerCase()))];
}
