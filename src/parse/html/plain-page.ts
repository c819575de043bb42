/**
 * Any other HTML copy of a paper (a ministry or tweedekamer.nl page, a saved web
 * page): the text of its main content, as a browser's copy of it reads (scripts,
 * styles, navigation, headers and footers of the site left out; each block a
 * paragraph of its own, its `<br>`s as line breaks; footnote markers where they stood,
 * the notes at the end), read by the plain-text parser.
 *
 * @module
 */
import type { Document, Source } from '../../model/index.ts';
import { ParseError } from '../errors.ts';
import { parseText } from '../text/index.ts';
import { mainContent } from './content.ts';
import type { ScannedPage } from './page.ts';

/** The warning every document read this way carries. */
const NO_MARKUP_WARNING = 'the page had no officielebekendmakingen markup; read as the text of its main content';

/**
 * The text of a page's main content: blocks apart by blank lines (which the text
 * parser never joins), footnotes at the end.
 *
 * @example
 * plainText(scanPage('<nav>Home</nav><main><h1>Titel</h1><p>Tekst.</p></main>')); // 'Titel\n\nTekst.'
 */
export function plainText(page: ScannedPage): string {
  const lines = mainContent(page.blocks).map((block) => block.plain);
  // A note without a marker of its own is numbered by its place, as an ordered list shows it.
  page.notes.forEach((note, i) => {
    lines.push(`${note.marker === '' ? i + 1 : note.marker} ${note.text}`);
  });
  return lines.filter((line) => line !== '').join('\n\n');
}

/**
 * Read a page without officielebekendmakingen markup as the text of its main content.
 *
 * @throws {ParseError} `empty` when the page holds no text at all.
 */
export function readPlainPage(page: ScannedPage, source: Source): Document {
  const text = plainText(page);
  if (text === '') throw new ParseError('empty', 'the HTML page holds no text');
  const doc = parseText(text, source);
  doc.warnings.unshift(NO_MARKUP_WARNING);
  return doc;
}
