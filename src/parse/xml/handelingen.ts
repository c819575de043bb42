/**
 * Handelingen in officielebekendmakingen XML (`handelingen`): the record of one agenda
 * item of a sitting (`agendapunt` with `item-titel`, `spreekbeurt`s with their
 * `spreker`, `motie`s), or the opening of the sitting (`vergadering`, `opening`). The
 * sitting's date stands in `vergaderdatum`; the item's title is the paper's subject.
 *
 * @module
 */
import type { Document } from '../../model/index.ts';
import { findDutchDate } from '../text/dates.ts';
import { BodyReader } from './body.ts';
import { inlineText } from './text.ts';
import { childNamed, elementsOf, type XmlElement } from './tree.ts';

/** Read a `handelingen` element into the document. */
export function readHandelingen(paper: XmlElement, doc: Document): BodyReader {
  doc.kind = 'handelingen';
  const header = new Set<XmlElement>();
  const sitting = childNamed(paper, 'vergadering');
  if (sitting) {
    header.add(sitting);
    const date = childNamed(sitting, 'vergaderdatum');
    doc.date = date ? (findDutchDate(inlineText(date).text)?.iso ?? null) : null;
  }
  const items = elementsOf(paper).filter((child) => child.name === 'agendapunt');
  const title = items.length === 1 ? childNamed(items[0] as XmlElement, 'item-titel') : undefined;
  if (title) doc.subject = inlineText(title).text || null;
  const body = new BodyReader(paper, header);
  body.read(paper);
  return body;
}
