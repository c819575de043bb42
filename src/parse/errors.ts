/**
 * The one error class of the parse stage.
 *
 * A `ParseError` means the input as a whole cannot be read as a paper (empty,
 * binary, too large, not text). Problems *inside* a paper never throw: they become
 * `warnings` on the document.
 *
 * @module
 */

/** Why an input could not be parsed at all. */
export type ParseErrorCode = 'empty' | 'binary' | 'too-large' | 'unsupported-format' | 'unreadable';

/** The input as a whole cannot be parsed; `message` is written for the user. */
export class ParseError extends Error {
  readonly code: ParseErrorCode;

  constructor(code: ParseErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ParseError';
    this.code = code;
  }
}
