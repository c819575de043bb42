/**
 * The HTML parser: officielebekendmakingen pages (`zoek.officielebekendmakingen.nl/{id}.html`
 * of Kamerstukken, Handelingen, Aanhangsel, Kamervragen, Staatsblad, ...) and any other
 * HTML copy of a paper.
 *
 * - An officielebekendmakingen page states the publication in its meta tags
 *   (`DC.identifier`, `DCTERMS.issued`, `OVERHEIDop.dossiernummer`, ...): those give the
 *   header; the body, the XML rendered into elements with classes, gives blocks,
 *   headings, lists, tables, questions and answers, signatures and footnotes.
 * - Any other page (a ministry or tweedekamer.nl page, a saved web page) is read as the
 *   text of its main content by the plain-text parser, with a warning.
 * - A "not found" page the site served with HTTP 200 is refused.
 *
 * Stages: decode (`charset.ts`) → one pass of htmlparser2 (`scan.ts`) → the publication
 * (`publication.ts`) or the plain text (`plain-page.ts`). Metadata from a companion
 * `metadata.xml` is not read here: the registry applies it after this parser.
 *
 * @module
 */
import type { FormatParser } from '../types.ts';
import { decodeHtml } from './charset.ts';
import { isNotFoundPage, refuseNotFoundPage } from './not-found.ts';
import { readPlainPage } from './plain-page.ts';
import { readPublication } from './publication.ts';
import { MAX_DEPTH, scanPage } from './scan.ts';
import { scoreHtml } from './sniff.ts';

/**
 * The parser of HTML pages (format `html`).
 *
 * @example
 * const doc = await htmlParser.parse(bytes, { format: 'html', sha256 });
 * doc.id; // 'kst-99001-7'
 */
export const htmlParser: FormatParser = {
  format: 'html',
  score: (bytes) => scoreHtml(bytes),
  parse(bytes, source) {
    const { html, warnings } = decodeHtml(bytes);
    const page = scanPage(html);
    const official = page.meta.isOfficialPublication();
    if (!official && isNotFoundPage(html)) refuseNotFoundPage();
    const doc = official ? readPublication(page, source) : readPlainPage(page, source);
    doc.warnings.unshift(...warnings);
    if (page.tooDeep) {
      doc.warnings.push(
        `the page's markup is nested deeper than ${MAX_DEPTH} levels; what lies deeper was read as plain text`,
      );
    }
    return doc;
  },
};
