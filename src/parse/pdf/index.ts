/**
 * The PDF parser: the text of a printed paper, extracted with poppler's `pdftotext`
 * when it is installed and with pdfjs when it is not, laid out as `pdftotext -raw`
 * prints it (what the text parser is tuned on) with the page-foot footnotes told
 * apart by position and type size, then read by the text parser.
 *
 * Bad input is a `ParseError`: damaged or truncated, encrypted, without a text layer
 * (Griffie does no OCR), too many pages, too much text, too slow to read.
 *
 * @module
 */
import { ParseError } from '../errors.ts';
import { parseText } from '../text/index.ts';
import type { FormatParser } from '../types.ts';
import { noText } from './failures.ts';
import { layoutText } from './layout.ts';
import { extractWithPdfjs } from './pdfjs.ts';
import { extractWithPoppler, popplerAvailable } from './poppler.ts';
import { DEFAULT_LIMITS, type PdfLimits, type PdfPage, type PdfTextOptions } from './types.ts';

export { popplerAvailable } from './poppler.ts';
export type { PdfEngine, PdfTextOptions } from './types.ts';

const MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
/** Fewer letters than this in the whole file: no text layer to speak of. */
const MIN_LETTERS = 20;

/**
 * True when `bytes` start with `%PDF-`.
 *
 * @example
 * isPdf(new TextEncoder().encode('%PDF-1.4\n')); // true
 */
export function isPdf(bytes: Uint8Array): boolean {
  return MAGIC.every((byte, i) => bytes[i] === byte);
}

function letters(pages: readonly PdfPage[]): number {
  let count = 0;
  for (const page of pages) {
    for (const line of page.lines) {
      count += line.text.match(/\p{L}/gu)?.length ?? 0;
      if (count >= MIN_LETTERS) return count;
    }
  }
  return count;
}

function limitsOf(options: PdfTextOptions): PdfLimits {
  return {
    maxPages: options.maxPages ?? DEFAULT_LIMITS.maxPages,
    timeoutMs: options.timeoutMs ?? DEFAULT_LIMITS.timeoutMs,
    maxOutputBytes: options.maxOutputBytes ?? DEFAULT_LIMITS.maxOutputBytes,
  };
}

/**
 * The text of a PDF as the text parser reads it: the lines of each page as
 * `pdftotext -raw` prints them, a form feed after each page, and the footnotes from
 * the page feet after the last page, one a line.
 *
 * @throws {ParseError} when the PDF cannot be read as a whole.
 * @example
 * const text = await pdfText(readFileSync('kst-32824-93.pdf'));
 * parseText(text, { format: 'pdf', sha256 }).footnotes; // [{ marker: '1', text: 'Kamerstuk 34 052, nr. 7' }]
 */
export async function pdfText(bytes: Uint8Array, options: PdfTextOptions = {}): Promise<string> {
  if (bytes.length === 0) throw new ParseError('empty', 'the input is empty');
  if (!isPdf(bytes))
    throw new ParseError('unsupported-format', 'the input is not a PDF (it does not start with %PDF-)');
  const limits = limitsOf(options);
  const engine = options.engine ?? ((await popplerAvailable()) ? 'poppler' : 'pdfjs');
  const pages = engine === 'poppler' ? await extractWithPoppler(bytes, limits) : await extractWithPdfjs(bytes, limits);
  if (letters(pages) < MIN_LETTERS) throw noText();
  return layoutText(pages);
}

/**
 * A PDF parser with its own engine choice and limits (the registry's `pdfParser`
 * uses the defaults).
 *
 * @example
 * const parser = createPdfParser({ engine: 'pdfjs', timeoutMs: 10_000 });
 */
export function createPdfParser(options: PdfTextOptions = {}): FormatParser {
  return {
    format: 'pdf',
    score: (bytes) => (isPdf(bytes) ? 1 : 0),
    async parse(bytes, source) {
      const text = await pdfText(bytes, options);
      return parseText(text, { ...source, format: 'pdf' });
    },
  };
}

/**
 * The PDF parser of the registry: scores 1 for input starting with `%PDF-`, parses
 * asynchronously (poppler when installed, else pdfjs, default limits).
 */
export const pdfParser: FormatParser = createPdfParser();
