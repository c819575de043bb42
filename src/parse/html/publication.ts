/**
 * An officielebekendmakingen page → the document model: header fields from the meta
 * tags and the marked header elements, the body's blocks in reading order, footnotes
 * with the markers that cite them.
 *
 * @module
 */
import { type Block, type Document, emptyDocument, type Source } from '../../model/index.ts';
import { mainContent } from './content.ts';
import { linkFootnotes } from './footnotes.ts';
import { readPageHeader } from './header.ts';
import { takeOpening } from './opening.ts';
import type { ScannedPage } from './page.ts';

/**
 * Read a scanned officielebekendmakingen page. Never throws on content: what it
 * cannot read goes into `warnings`.
 *
 * @example
 * readPublication(scanPage(html), { format: 'html', sha256 }).id; // 'kst-99001-7'
 */
export function readPublication(page: ScannedPage, source: Source): Document {
  const content = mainContent(page.blocks);
  const fields = content.filter((block) => block.field !== undefined);
  const opening = takeOpening(content.filter((block) => block.field === undefined));
  const header = readPageHeader(page.meta, fields, opening, page.title);
  const linked = linkFootnotes(opening.blocks, page.notes);

  const doc = emptyDocument(source);
  const { warnings, external, ...fieldsOfHeader } = header;
  Object.assign(doc, fieldsOfHeader);
  if (external) doc.external = external;
  doc.blocks = opening.blocks.flatMap((raw, i): Block[] => {
    if (raw.text === '') return [];
    const refs = linked.refs[i] as string[];
    return [
      refs.length > 0 ? { kind: raw.kind, text: raw.text, footnoteRefs: refs } : { kind: raw.kind, text: raw.text },
    ];
  });
  doc.footnotes = linked.footnotes;
  doc.warnings.push(...warnings, ...linked.warnings);
  if (doc.blocks.length === 0) doc.warnings.push('no text of the paper found on the page');
  return doc;
}
