/**
 * What both text extractors (poppler's `pdftotext`, pdfjs) hand to the layout stage:
 * the pages of a PDF as lines in content order, each with the boxes and type sizes of
 * its words. Coordinates are PDF points with y growing down the page.
 *
 * @module
 */

/** A word (poppler) or a text item (pdfjs) with its box and type size. */
export interface PdfWord {
  text: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  /**
   * The type size, in the extractor's own measure (poppler: the height of the word's
   * box; pdfjs: the font size): comparable within one document, not across extractors.
   */
  size: number;
}

/** One line of a page, in content order. */
export interface PdfLine {
  /** The line as the extractor spells it (words joined, markers glued as printed). */
  text: string;
  /** Its words with their geometry; empty when the extractor could not tell. */
  words: PdfWord[];
}

/** One page: its lines in content order. */
export interface PdfPage {
  lines: PdfLine[];
}

/** The engines that can extract the text of a PDF. */
export type PdfEngine = 'poppler' | 'pdfjs';

/** Limits and choices for reading one PDF. */
export interface PdfTextOptions {
  /**
   * Which engine to use; by default poppler's `pdftotext` when it is installed,
   * else pdfjs.
   */
  engine?: PdfEngine;
  /** Refuse PDFs with more pages than this (default 2,000). */
  maxPages?: number;
  /** Give up on a PDF after this many milliseconds (default 60,000). */
  timeoutMs?: number;
  /** Refuse PDFs whose extracted text and word boxes exceed this many bytes (default 256 MiB). */
  maxOutputBytes?: number;
}

/** `PdfTextOptions` with every limit set. */
export type PdfLimits = Required<Omit<PdfTextOptions, 'engine'>>;

/** The default limits. */
export const DEFAULT_LIMITS: PdfLimits = {
  maxPages: 2000,
  timeoutMs: 60_000,
  maxOutputBytes: 256 * 1024 * 1024,
};
