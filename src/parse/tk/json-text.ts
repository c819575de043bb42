/**
 * JSON text → value, for the Tweede Kamer's OData responses: text that is not JSON is
 * refused in words a user understands (where it breaks off, or where its syntax error
 * is), never with the engine's message.
 *
 * @module
 */
import { ParseError } from '../errors.ts';

/**
 * Parse the text of an OData response or entity.
 *
 * @throws {ParseError} `empty` for no text, `unreadable` for text that is not JSON.
 * @example
 * readODataRecord(parseODataJson(await response.text()));
 */
export function parseODataJson(text: string): unknown {
  if (text.trim() === '') throw new ParseError('empty', 'the input is empty');
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const at = /position (\d+)/.exec(message);
    const position = at ? Number(at[1]) : null;
    if (/end of JSON input/i.test(message) || (position !== null && position >= text.trimEnd().length)) {
      throw new ParseError('unreadable', 'the JSON breaks off before its end (the file is incomplete)', {
        cause: error,
      });
    }
    const where = position !== null ? ` (a syntax error at character ${position + 1})` : '';
    throw new ParseError('unreadable', `the input is not valid JSON${where}`, { cause: error });
  }
}
