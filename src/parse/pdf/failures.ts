/**
 * The ways a PDF can be unreadable as a whole, as `ParseError`s with a message for the
 * user: the same words whichever engine found the problem.
 *
 * @module
 */
import { ParseError } from '../errors.ts';

/** Truncated, corrupt or not really a PDF. */
export function damaged(): ParseError {
  return new ParseError('unreadable', 'the PDF is damaged or truncated and cannot be read');
}

/** Opening the PDF needs a password. */
export function encrypted(): ParseError {
  return new ParseError('unreadable', 'the PDF is encrypted with a password; Griffie cannot read it');
}

/** Pages without a text layer: a scan or pictures of text. */
export function noText(): ParseError {
  return new ParseError(
    'unreadable',
    'the PDF has no text layer (it is probably a scan); Griffie does no OCR, so it needs a PDF with text',
  );
}

/** More pages than the limit. */
export function tooManyPages(maxPages: number): ParseError {
  return new ParseError(
    'too-large',
    `the PDF has more than ${maxPages.toLocaleString('en')} pages, more than Griffie reads`,
  );
}

/** More extracted text than the limit. */
export function tooMuchOutput(maxBytes: number): ParseError {
  const size =
    maxBytes >= 1024 * 1024
      ? `${Math.round(maxBytes / (1024 * 1024))} MB`
      : `${Math.max(1, Math.round(maxBytes / 1024))} KB`;
  return new ParseError('too-large', `the PDF holds more than ${size} of text, more than Griffie reads`);
}

/** Reading took longer than the limit (a damaged PDF, or one built to stall readers). */
export function tookTooLong(timeoutMs: number): ParseError {
  const limit = timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`;
  return new ParseError(
    'unreadable',
    `reading the PDF took longer than ${limit}, so Griffie gave up; the file may be damaged`,
  );
}
